import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/contacts';
import { ManualClock } from '../common';
import { startFakeHubSpot, type FakeHubSpot } from './index';
import { api, rejection, sdk } from './testSupport';

describe('fake HubSpot search', () => {
	const clock = new ManualClock(Date.UTC(2025, 2, 3, 9));
	let hs: FakeHubSpot;

	beforeAll(async () => {
		hs = await startFakeHubSpot({ clock, searchLagMs: 5000, searchPerSecond: 3 });
	});
	afterAll(() => hs.stop());
	// Each test starts with a fresh second of search budget.
	beforeEach(() => clock.advance(1000));

	// Spaced out so that the per-second search limit (3 here) never bites by accident.
	const search = (body: Record<string, unknown>) => {
		clock.advance(400);
		return sdk(hs).crm.contacts.searchApi.doSearch({
			filterGroups: [],
			sorts: [],
			properties: [],
			limit: 10,
			after: '0',
			...body,
		});
	};

	it('finds new records only after the indexing lag, and old values until an update is indexed', async () => {
		await sdk(hs).crm.contacts.batchApi.upsert({
			inputs: [{ id: 'lag@example.com', idProperty: 'email', properties: { firstname: 'Before' } }],
		});
		const filterGroups = [
			{
				filters: [
					{ propertyName: 'email', operator: FilterOperatorEnum.Eq, value: 'lag@example.com' },
				],
			},
		];
		expect((await search({ filterGroups })).total).toBe(0);
		clock.advance(5000);
		const found = await search({ filterGroups, properties: ['firstname'] });
		expect(found.total).toBe(1);
		expect(found.results[0].properties.firstname).toBe('Before');

		await api(hs, 'PATCH', `/crm/v3/objects/contacts/lag@example.com?idProperty=email`, {
			properties: { firstname: 'After' },
		});
		clock.advance(1000);
		expect(
			(await search({ filterGroups, properties: ['firstname'] })).results[0].properties.firstname,
		).toBe('Before');
		clock.advance(5000);
		expect(
			(await search({ filterGroups, properties: ['firstname'] })).results[0].properties.firstname,
		).toBe('After');
	});

	it('filters (AND in a group, OR across groups), sorts, pages and counts', async () => {
		const rows = Array.from({ length: 30 }, (_, i) => ({
			email: `p${i}@${i % 2 ? 'odd' : 'even'}.example`,
			firstname: i % 3 === 0 ? 'Fizz' : 'Plain',
			lastname: `Person ${String(i).padStart(2, '0')}`,
			lifecyclestage: i < 10 ? 'lead' : 'customer',
		}));
		const insertedAt = clock.now();
		for (const row of rows) hs.objects('contacts').insert(row);
		clock.advance(6000);

		const odd = await search({
			filterGroups: [
				{
					filters: [
						{
							propertyName: 'email',
							operator: FilterOperatorEnum.ContainsToken,
							value: '*@odd.example',
						},
					],
				},
			],
			limit: 5,
			sorts: ['-lastname'],
			properties: ['lastname'],
		});
		expect(odd.total).toBe(15);
		expect(odd.results.map((r) => r.properties.lastname)).toEqual([
			'Person 29',
			'Person 27',
			'Person 25',
			'Person 23',
			'Person 21',
		]);
		const next = await search({
			filterGroups: [
				{
					filters: [
						{
							propertyName: 'email',
							operator: FilterOperatorEnum.ContainsToken,
							value: '*@odd.example',
						},
					],
				},
			],
			limit: 5,
			sorts: ['-lastname'],
			properties: ['lastname'],
			after: odd.paging?.next?.after,
		});
		expect(next.results[0].properties.lastname).toBe('Person 19');

		const either = await search({
			filterGroups: [
				{
					filters: [
						{ propertyName: 'firstname', operator: FilterOperatorEnum.Eq, value: 'fizz' },
						{ propertyName: 'lifecyclestage', operator: FilterOperatorEnum.Eq, value: 'lead' },
					],
				},
				{
					filters: [
						{ propertyName: 'lastname', operator: FilterOperatorEnum.In, values: ['person 29'] },
					],
				},
			],
		});
		expect(either.total).toBe(5); // 0, 3, 6, 9 and 29

		const recent = await search({
			filterGroups: [
				{
					filters: [
						{
							propertyName: 'createdate',
							operator: FilterOperatorEnum.Gte,
							value: String(insertedAt),
						},
					],
				},
			],
		});
		expect(recent.total).toBe(30);
		const text = await search({ query: 'person 07' });
		expect(text.total).toBe(1);
		// Default properties of a contact search.
		expect(Object.keys(text.results[0].properties).sort()).toEqual([
			'createdate',
			'email',
			'firstname',
			'hs_object_id',
			'lastmodifieddate',
			'lastname',
		]);
	});

	it('refuses more than 200 per page, 6 filter groups and unknown properties', async () => {
		expect((await rejection(search({ limit: 201 }))).code).toBe(400);
		const group = {
			filters: [{ propertyName: 'email', operator: FilterOperatorEnum.HasProperty }],
		};
		expect((await rejection(search({ filterGroups: Array(6).fill(group) }))).code).toBe(400);
		clock.advance(1000);
		const unknown = await rejection(
			search({
				filterGroups: [
					{ filters: [{ propertyName: 'nope', operator: FilterOperatorEnum.Eq, value: 'x' }] },
				],
			}),
		);
		expect(unknown.body).toMatchObject({ category: 'VALIDATION_ERROR' });
	});

	it('has its own per-second limit (429 "secondly limit") and leaves the ten-secondly bucket alone', async () => {
		const before = hs.rateLimitState().windows.TEN_SECONDLY_ROLLING.used;
		const statuses: number[] = [];
		let last: Awaited<ReturnType<typeof api>> | undefined;
		for (let i = 0; i < 4; i++) {
			last = await api(hs, 'POST', '/crm/v3/objects/contacts/search', { limit: 1 });
			statuses.push(last.status);
		}
		expect(statuses).toEqual([200, 200, 200, 429]);
		expect(last?.body).toMatchObject({
			status: 'error',
			errorType: 'RATE_LIMIT',
			policyName: 'SECONDLY',
			message: 'You have reached your secondly limit.',
		});
		expect(last?.headers.get('x-hubspot-ratelimit-secondly')).toBe('3');
		expect(last?.headers.get('x-hubspot-ratelimit-secondly-remaining')).toBe('0');
		expect(hs.rateLimitState().windows.TEN_SECONDLY_ROLLING.used).toBe(before);
		clock.advance(1000);
		expect((await api(hs, 'POST', '/crm/v3/objects/contacts/search', { limit: 1 })).status).toBe(
			200,
		);
	});
});
