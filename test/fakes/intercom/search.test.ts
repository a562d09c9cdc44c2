import { ManualClock } from '../common';
import { startFakeIntercom, type FakeIntercom } from './index';
import { api, firstError } from './testSupport';

/** 2025-01-15 09:30 UTC. */
const START = Date.UTC(2025, 0, 15, 9, 30);
const DAY = 86_400;
const JAN_15 = Date.UTC(2025, 0, 15) / 1000;

type SearchBody = {
	data: Array<{ id: string; email: string; name: string }>;
	total_count: number;
	pages: {
		page: number;
		per_page: number;
		total_pages: number;
		next?: { page: number; starting_after: string };
	};
};

describe('fake Intercom contact search', () => {
	let fake: FakeIntercom;
	let clock: ManualClock;

	beforeEach(async () => {
		clock = new ManualClock(START);
		fake = await startFakeIntercom({
			clock,
			searchLagMs: 60_000,
			seed: {
				dataAttributes: [
					{ name: 'score', model: 'contact', data_type: 'integer' },
					{ name: 'renewal', model: 'contact', data_type: 'date' },
				],
			},
		});
	});
	afterEach(() => fake.stop());

	const search = (query: unknown, pagination?: unknown) =>
		api<SearchBody>(fake, 'POST', '/contacts/search', {
			query,
			...(pagination !== undefined && { pagination }),
		});
	const emails = (body: SearchBody) => body.data.map((c) => c.email);

	it('hides new contacts until searchLagMs has passed, and shows the previous version of an updated one', async () => {
		const { body } = await api(fake, 'POST', '/contacts', {
			email: 'lag@example.com',
			name: 'Before',
		});
		const byEmail = { field: 'email', operator: '=', value: 'lag@example.com' };
		expect((await search(byEmail)).body.total_count).toBe(0);
		clock.advance(59_999);
		expect((await search(byEmail)).body.total_count).toBe(0);
		clock.advance(1);
		expect(emails((await search(byEmail)).body)).toEqual(['lag@example.com']);

		await api(fake, 'PUT', `/contacts/${String(body.id)}`, { name: 'After' });
		const byName = (name: string) => search({ field: 'name', operator: '=', value: name });
		expect((await byName('Before')).body.total_count).toBe(1);
		expect((await byName('After')).body.total_count).toBe(0);
		clock.advance(60_000);
		expect((await byName('Before')).body.total_count).toBe(0);
		expect((await byName('After')).body.data[0].name).toBe('After');
	});

	it('answers single id / external_id / email lookups like a scan, lag included', async () => {
		const { body: user } = await api(fake, 'POST', '/contacts', {
			email: 'dup@x.io',
			external_id: 'E-1',
		});
		await api(fake, 'POST', '/contacts', { email: 'DUP@x.io', role: 'lead' });
		await api(fake, 'POST', '/contacts', { email: 'dup@x.io', role: 'lead' });
		const lookup = (field: string, value: string, pagination?: unknown) =>
			search({ field, operator: '=', value }, pagination).then((r) => r.body);
		expect((await lookup('email', 'dup@x.io')).total_count).toBe(0);
		clock.advance(60_000);
		expect((await lookup('email', 'Dup@X.io')).total_count).toBe(3);
		expect((await lookup('id', String(user.id))).total_count).toBe(1);
		expect((await lookup('external_id', 'e-1')).total_count).toBe(0);

		await api(fake, 'PUT', `/contacts/${String(user.id)}`, { external_id: 'E-2' });
		expect((await lookup('external_id', 'E-1')).data[0]?.id).toBe(user.id);
		expect((await lookup('external_id', 'E-2')).total_count).toBe(0);
		clock.advance(60_000);
		expect((await lookup('external_id', 'E-1')).total_count).toBe(0);
		expect((await lookup('external_id', 'E-2')).total_count).toBe(1);

		const paged = await lookup('email', 'dup@x.io', { per_page: 2 });
		expect(paged).toMatchObject({
			total_count: 3,
			pages: { page: 1, total_pages: 2, next: { page: 2 } },
		});
	});

	describe('with searchable contacts', () => {
		beforeEach(async () => {
			const people = [
				{
					email: 'ada@alpha.io',
					name: 'Ada',
					custom_attributes: { score: 10, renewal: JAN_15 + 3600 },
				},
				{ email: 'bob@beta.io', name: 'Bob', role: 'lead', custom_attributes: { score: 20 } },
				{
					email: 'cy@alpha.io',
					name: 'Cy',
					external_id: 'X-3',
					custom_attributes: { score: 30, renewal: JAN_15 + DAY },
				},
			];
			for (const person of people) await api(fake, 'POST', '/contacts', person);
			clock.advance(60_000);
		});

		it('supports = != IN NIN ~ !~ ^ $ on strings, case-insensitively', async () => {
			expect(
				emails((await search({ field: 'email', operator: '=', value: 'ADA@alpha.io' })).body),
			).toEqual(['ada@alpha.io']);
			expect(
				(await search({ field: 'email', operator: '!=', value: 'ada@alpha.io' })).body.total_count,
			).toBe(2);
			expect(
				(await search({ field: 'name', operator: 'IN', value: ['Ada', 'Cy'] })).body.total_count,
			).toBe(2);
			expect(
				(await search({ field: 'name', operator: 'NIN', value: ['Ada', 'Cy'] })).body.data[0].name,
			).toBe('Bob');
			expect(
				(await search({ field: 'email', operator: '~', value: 'ALPHA' })).body.total_count,
			).toBe(2);
			expect(
				(await search({ field: 'email', operator: '!~', value: 'alpha' })).body.total_count,
			).toBe(1);
			expect((await search({ field: 'name', operator: '^', value: 'c' })).body.total_count).toBe(1);
			expect((await search({ field: 'email', operator: '$', value: '.io' })).body.total_count).toBe(
				3,
			);
			expect(
				(await search({ field: 'external_id', operator: '=', value: null })).body.total_count,
			).toBe(2);
			expect(
				(await search({ field: 'role', operator: '=', value: 'lead' })).body.data[0].name,
			).toBe('Bob');
		});

		it('compares integers with < <= > >= and matches custom attributes', async () => {
			const score = (operator: string, value: number) =>
				search({ field: 'custom_attributes.score', operator, value }).then(
					(r) => r.body.total_count,
				);
			expect(await score('>', 10)).toBe(2);
			expect(await score('>=', 10)).toBe(3);
			expect(await score('<', 30)).toBe(2);
			expect(await score('<=', 10)).toBe(1);
			expect(await score('=', 20)).toBe(1);
		});

		it('matches dates by calendar day and refuses != >= <= IN NIN on dates', async () => {
			const at = (operator: string, value: number, field = 'created_at') =>
				search({ field, operator, value }).then((r) => r.body.total_count);
			expect(await at('=', JAN_15 + 5)).toBe(3);
			expect(await at('>', JAN_15 + 5)).toBe(0);
			expect(await at('>', JAN_15 - DAY)).toBe(3);
			expect(await at('<', JAN_15 + DAY + 5)).toBe(3);
			expect(await at('<', JAN_15 + 23 * 3600)).toBe(0);
			expect(await at('=', JAN_15, 'custom_attributes.renewal')).toBe(1);
			expect(await at('>', JAN_15, 'custom_attributes.renewal')).toBe(1);
			for (const operator of ['!=', '>=', '<=']) {
				const refused = await search({ field: 'created_at', operator, value: JAN_15 });
				expect(refused.status).toBe(400);
				expect(firstError(refused.body).code).toBe('parameter_invalid');
			}
			expect((await search({ field: 'updated_at', operator: 'IN', value: [JAN_15] })).status).toBe(
				400,
			);
			expect(
				(await search({ field: 'created_at', operator: '>', value: 'yesterday' })).status,
			).toBe(400);
		});

		it('nests AND / OR two levels deep, no deeper, with at most 15 filters a group', async () => {
			const twoLevels = {
				operator: 'OR',
				value: [
					{
						operator: 'AND',
						value: [
							{ field: 'name', operator: '=', value: 'Ada' },
							{ field: 'role', operator: '=', value: 'user' },
						],
					},
					{
						operator: 'AND',
						value: [
							{ field: 'name', operator: '=', value: 'Bob' },
							{ field: 'role', operator: '=', value: 'lead' },
						],
					},
				],
			};
			expect(emails((await search(twoLevels)).body).sort()).toEqual([
				'ada@alpha.io',
				'bob@beta.io',
			]);
			const threeLevels = {
				operator: 'AND',
				value: [{ operator: 'OR', value: [twoLevels.value[0]] }],
			};
			expect((await search(threeLevels)).status).toBe(400);
			const filter = { field: 'name', operator: '!=', value: 'Zed' };
			expect(
				(await search({ operator: 'AND', value: Array(15).fill(filter) })).body.total_count,
			).toBe(3);
			const sixteen = await search({ operator: 'AND', value: Array(16).fill(filter) });
			expect(sixteen.status).toBe(400);
			expect(firstError(sixteen.body).message).toContain('15');
			expect((await search({ field: 'shoe_size', operator: '=', value: 1 })).status).toBe(400);
			expect(
				(await search({ field: 'custom_attributes.nope', operator: '=', value: 1 })).status,
			).toBe(400);
			expect((await search({ field: 'name', operator: '>', value: 'A' })).status).toBe(400);
			expect((await search({ field: 'name', operator: 'IN', value: 'Ada' })).status).toBe(400);
			expect((await api(fake, 'POST', '/contacts/search', {})).status).toBe(400);
		});

		it('pages with the body cursor (the query-string cursor is ignored) and reports total_count', async () => {
			const all = { field: 'email', operator: '~', value: '@' };
			const first = await search(all, { per_page: 2 });
			expect(first.body).toMatchObject({
				total_count: 3,
				pages: { page: 1, per_page: 2, total_pages: 2, next: { page: 2 } },
			});
			const cursor = first.body.pages.next?.starting_after as string;
			const ignored = await api<SearchBody>(
				fake,
				'POST',
				`/contacts/search?starting_after=${encodeURIComponent(cursor)}`,
				{
					query: all,
					pagination: { per_page: 2 },
				},
			);
			expect(ignored.body.pages.page).toBe(1);
			const second = await search(all, { per_page: 2, starting_after: cursor });
			expect(second.body.pages).toMatchObject({ page: 2, total_pages: 2 });
			expect(second.body.pages.next).toBeUndefined();
			expect([...emails(first.body), ...emails(second.body)]).toEqual([
				'ada@alpha.io',
				'bob@beta.io',
				'cy@alpha.io',
			]);
			expect((await search(all)).body.pages.per_page).toBe(50);
			expect((await search(all, { starting_after: 'garbage' })).status).toBe(400);
		});

		it('leaves archived and merged contacts out', async () => {
			const ada = fake.contacts.byEmail('ada@alpha.io');
			await api(fake, 'POST', `/contacts/${ada?.id}/archive`);
			const bob = fake.contacts.byEmail('bob@beta.io');
			const cy = fake.contacts.byEmail('cy@alpha.io');
			await api(fake, 'POST', '/contacts/merge', { from: bob?.id, into: cy?.id });
			clock.advance(60_000);
			expect(emails((await search({ field: 'email', operator: '~', value: '@' })).body)).toEqual([
				'cy@alpha.io',
			]);
		});
	});
});
