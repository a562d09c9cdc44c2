import { ManualClock } from '../common';
import { startFakeIntercom, type FakeIntercom } from './index';
import { api, firstError } from './testSupport';

const START = Date.UTC(2025, 0, 15, 9, 30);

describe('fake Intercom contacts', () => {
	let fake: FakeIntercom;
	let clock: ManualClock;

	beforeEach(async () => {
		clock = new ManualClock(START);
		fake = await startFakeIntercom({
			clock,
			seed: { dataAttributes: [{ name: 'tier', model: 'contact', data_type: 'string' }] },
		});
	});
	afterEach(() => fake.stop());

	const create = (body: unknown) => api(fake, 'POST', '/contacts', body);

	it('answers a create with the full contact shape, role user by default and Unix-second timestamps', async () => {
		const res = await create({
			email: 'grace@example.com',
			name: 'Grace',
			signed_up_at: 1_700_000_000,
		});
		expect(res.status).toBe(200);
		const id = res.body.id as string;
		expect(res.body).toMatchObject({
			type: 'contact',
			id: expect.stringMatching(/^[0-9a-f]{24}$/),
			workspace_id: 'fk8ws2xq',
			external_id: null,
			role: 'user',
			email: 'grace@example.com',
			phone: null,
			name: 'Grace',
			owner_id: null,
			has_hard_bounced: false,
			unsubscribed_from_emails: false,
			created_at: START / 1000,
			updated_at: START / 1000,
			signed_up_at: 1_700_000_000,
			last_seen_at: null,
			location: { type: 'location', country: null },
			custom_attributes: {},
			tags: {
				type: 'list',
				data: [],
				url: `/contacts/${id}/tags`,
				total_count: 0,
				has_more: false,
			},
			companies: {
				type: 'list',
				data: [],
				url: `/contacts/${id}/companies`,
				total_count: 0,
				has_more: false,
			},
			notes: {
				type: 'list',
				data: [],
				url: `/contacts/${id}/notes`,
				total_count: 0,
				has_more: false,
			},
		});
		expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
	});

	it('refuses a duplicate email or external_id with 409, naming the existing (or archived) contact', async () => {
		const { body: ada } = await create({ email: 'ada@example.com', external_id: 'sf-1' });
		const byEmail = await create({ email: 'Ada@Example.com' });
		expect(byEmail.status).toBe(409);
		expect(byEmail.body).toEqual({
			type: 'error.list',
			request_id: byEmail.headers.get('x-request-id'),
			errors: [
				{
					code: 'conflict',
					message: `A contact matching those details already exists with id=${String(ada.id)}`,
				},
			],
		});
		const byExternalId = await create({ external_id: 'sf-1', role: 'lead' });
		expect(byExternalId.status).toBe(409);

		await api(fake, 'POST', `/contacts/${String(ada.id)}/archive`);
		const archived = await create({ email: 'ada@example.com' });
		expect(archived.status).toBe(409);
		expect(firstError(archived.body).message).toBe(
			`An archived contact matching those details already exists with id=${String(ada.id)}`,
		);
		expect(fake.contacts.count()).toBe(1);
	});

	it('lets leads share an email with each other and with a user', async () => {
		expect((await create({ email: 'shared@example.com', role: 'lead' })).status).toBe(200);
		expect((await create({ email: 'shared@example.com', role: 'lead' })).status).toBe(200);
		expect((await create({ email: 'shared@example.com' })).status).toBe(200);
		expect((await create({ email: 'shared@example.com' })).status).toBe(409);
		expect(fake.contacts.count({ role: 'lead' })).toBe(2);
	});

	it('checks updates for conflicts, bumps updated_at only on a change, and clears custom attributes with null', async () => {
		const { body: a } = await create({
			email: 'a@example.com',
			external_id: 'A',
			custom_attributes: { tier: 'gold' },
		});
		const { body: b } = await create({ email: 'b@example.com', external_id: 'B' });
		const taken = await api(fake, 'PUT', `/contacts/${String(b.id)}`, { external_id: 'A' });
		expect(taken.status).toBe(409);
		expect(firstError(taken.body).message).toContain(`id=${String(a.id)}`);

		clock.advance(5000);
		const same = await api(fake, 'PUT', `/contacts/${String(a.id)}`, { email: 'a@example.com' });
		expect(same.body.updated_at).toBe(START / 1000);
		const changed = await api(fake, 'PUT', `/contacts/${String(a.id)}`, {
			name: 'Alpha',
			custom_attributes: { tier: null },
		});
		expect(changed.body).toMatchObject({
			name: 'Alpha',
			updated_at: START / 1000 + 5,
			custom_attributes: {},
		});
		const demote = await api(fake, 'PUT', `/contacts/${String(a.id)}`, { role: 'lead' });
		expect(demote.status).toBe(400);
	});

	it('requires email, external_id or role, and refuses unknown fields and bad types with 400s', async () => {
		expect((await create({ name: 'Nobody' })).status).toBe(400);
		const unknown = await create({ email: 'x@example.com', favourite_colour: 'blue' });
		expect(unknown.status).toBe(400);
		expect(firstError(unknown.body)).toEqual({
			code: 'bad_request',
			message: "bad 'favourite_colour' parameter",
		});
		const badType = await create({ email: 'x@example.com', signed_up_at: '2024-01-01' });
		expect(firstError(badType.body).code).toBe('parameter_invalid');
		expect((await create({ email: 'x@example.com', owner_id: 1 })).status).toBe(400);
		expect((await create({ email: 'x@example.com', owner_id: 991267391 })).body.owner_id).toBe(
			991267391,
		);
	});

	it('gets, deletes, archives and unarchives by id, with 404 "User Not Found" for unknown ids', async () => {
		const { body } = await create({ external_id: 'E1' });
		const id = String(body.id);
		expect((await api(fake, 'GET', `/contacts/${id}`)).body.external_id).toBe('E1');
		expect((await api(fake, 'GET', '/contacts/find_by_external_id/E1')).body.id).toBe(id);
		expect((await api(fake, 'POST', `/contacts/${id}/archive`)).body).toEqual({
			id,
			external_id: 'E1',
			type: 'contact',
			archived: true,
		});
		expect((await api(fake, 'POST', `/contacts/${id}/unarchive`)).body).toEqual({
			id,
			external_id: 'E1',
			type: 'contact',
			archived: false,
		});
		expect((await api(fake, 'DELETE', `/contacts/${id}`)).body).toEqual({
			id,
			external_id: 'E1',
			type: 'contact',
			deleted: true,
		});
		const gone = await api(fake, 'GET', `/contacts/${id}`);
		expect(gone.status).toBe(404);
		expect(firstError(gone.body)).toEqual({ code: 'not_found', message: 'User Not Found' });
		expect(
			(await api(fake, 'PUT', '/contacts/000000000000000000000000', { name: 'x' })).status,
		).toBe(404);
		expect((await create({ external_id: 'E1' })).status).toBe(200);
	});

	it('lists contacts with per_page (max 150) and the starting_after cursor, leaving archived ones out', async () => {
		const ids: string[] = [];
		for (let i = 0; i < 5; i++) ids.push(String((await create({ external_id: `L${i}` })).body.id));
		await api(fake, 'POST', `/contacts/${ids[1]}/archive`);
		const first = await api<{
			data: Array<{ id: string }>;
			total_count: number;
			pages: Record<string, unknown>;
		}>(fake, 'GET', '/contacts?per_page=2');
		expect(first.body.data.map((c) => c.id)).toEqual([ids[0], ids[2]]);
		expect(first.body.total_count).toBe(4);
		expect(first.body.pages).toMatchObject({
			type: 'pages',
			page: 1,
			per_page: 2,
			total_pages: 2,
			next: { page: 2 },
		});
		const cursor = (first.body.pages.next as { starting_after: string }).starting_after;
		const second = await api<{ data: Array<{ id: string }>; pages: Record<string, unknown> }>(
			fake,
			'GET',
			`/contacts?per_page=2&starting_after=${encodeURIComponent(cursor)}`,
		);
		expect(second.body.data.map((c) => c.id)).toEqual([ids[3], ids[4]]);
		expect(second.body.pages.page).toBe(2);
		expect(second.body.pages.next).toBeUndefined();
		const big = await api<{ pages: { per_page: number } }>(fake, 'GET', '/contacts?per_page=500');
		expect(big.body.pages.per_page).toBe(150);
	});

	it('merges a lead into a user: the lead is gone, its details fill the gaps', async () => {
		const { body: lead } = await create({
			role: 'lead',
			email: 'lead@example.com',
			phone: '+1 555',
			custom_attributes: { tier: 'silver' },
		});
		const { body: user } = await create({ external_id: 'U1', name: 'User One' });
		await api(fake, 'POST', `/contacts/${String(lead.id)}/notes`, { body: 'from the lead' });
		const merged = await api(fake, 'POST', '/contacts/merge', { from: lead.id, into: user.id });
		expect(merged.status).toBe(200);
		expect(merged.body).toMatchObject({
			id: user.id,
			role: 'user',
			email: 'lead@example.com',
			phone: '+1 555',
			name: 'User One',
			custom_attributes: { tier: 'silver' },
			notes: { total_count: 1 },
		});
		expect((await api(fake, 'GET', `/contacts/${String(lead.id)}`)).status).toBe(404);
		const wrongWay = await api(fake, 'POST', '/contacts/merge', { from: user.id, into: user.id });
		expect(wrongWay.status).toBe(400);
	});
});
