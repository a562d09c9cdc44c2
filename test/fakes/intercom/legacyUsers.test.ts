/**
 * The `/users` calls n8n's built-in Intercom node (typeVersion 1) makes for User → Create,
 * Update and Get, replayed with the bodies and query strings it sends.
 */
import { ManualClock } from '../common';
import { startFakeIntercom, type FakeIntercom } from './index';
import { api, firstError } from './testSupport';

type UserList = {
	type: string;
	users: Array<{ user_id: string }>;
	pages: { next: string | null; page: number };
	total_count: number;
};

describe('fake Intercom legacy /users endpoints', () => {
	let fake: FakeIntercom;

	beforeEach(async () => {
		fake = await startFakeIntercom({
			clock: new ManualClock(),
			seed: { dataAttributes: [{ name: 'plan_tier', model: 'contact', data_type: 'string' }] },
		});
	});
	afterEach(() => fake.stop());

	it('creates a user by user_id (a contact with role user and that external_id)', async () => {
		const res = await api(fake, 'POST', '/users', {
			user_id: 'sf-001',
			email: 'old@example.com',
			name: 'Legacy User',
			phone: '+1 555 0100',
			unsubscribed_from_emails: true,
			avatar: { type: 'avatar', image_url: 'https://example.com/a.png' },
			session_count: 3,
			utm_source: 'salesforce',
			custom_attributes: { plan_tier: 'gold' },
			companies: [{ company_id: 'ACME' }],
		});
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({
			type: 'user',
			user_id: 'sf-001',
			email: 'old@example.com',
			name: 'Legacy User',
			avatar: { type: 'avatar', image_url: 'https://example.com/a.png' },
			session_count: 3,
			utm_source: 'salesforce',
			custom_attributes: { plan_tier: 'gold' },
			companies: { type: 'company.list', companies: [{ type: 'company', company_id: 'ACME' }] },
		});
		expect(fake.contacts.byExternalId('sf-001')).toMatchObject({
			role: 'user',
			email: 'old@example.com',
			unsubscribed_from_emails: true,
		});
		expect(fake.companies.byCompanyId('ACME')?.user_count).toBe(1);
	});

	it('updates the same user when found by user_id, email or id', async () => {
		const { body } = await api(fake, 'POST', '/users', { email: 'u@example.com' });
		await api(fake, 'POST', '/users', { email: 'u@example.com', user_id: 'U-1' });
		expect(
			(await api(fake, 'POST', '/users', { user_id: 'U-1', name: 'By user_id' })).body.id,
		).toBe(body.id);
		expect((await api(fake, 'POST', '/users', { id: body.id, phone: '123' })).body).toMatchObject({
			name: 'By user_id',
			phone: '123',
		});
		expect(fake.contacts.count()).toBe(1);
		const unknownId = await api(fake, 'POST', '/users', {
			id: '000000000000000000000000',
			name: 'x',
		});
		expect(unknownId.status).toBe(404);
		expect((await api(fake, 'POST', '/users', { name: 'no identifier' })).status).toBe(400);
		const badAttribute = await api(fake, 'POST', '/users', {
			user_id: 'U-2',
			custom_attributes: { nope: 1 },
		});
		expect(firstError(badAttribute.body)).toEqual({
			code: 'parameter_invalid',
			message: "User attribute 'nope' does not exist",
		});
	});

	it('gets a user by user_id, by email or by id, with 404 "User Not Found" otherwise', async () => {
		const { body } = await api(fake, 'POST', '/users', { user_id: 'G-1', email: 'g@example.com' });
		expect((await api(fake, 'GET', '/users?user_id=G-1')).body.id).toBe(body.id);
		expect((await api(fake, 'GET', '/users?email=g@example.com')).body.id).toBe(body.id);
		expect((await api(fake, 'GET', `/users/${String(body.id)}`)).body.user_id).toBe('G-1');
		const missing = await api(fake, 'GET', '/users?user_id=none');
		expect(missing.status).toBe(404);
		expect(firstError(missing.body)).toEqual({ code: 'not_found', message: 'User Not Found' });
	});

	it('lists users page by page until pages.next is null, as the node’s return-all loop expects', async () => {
		for (let i = 0; i < 5; i++) await api(fake, 'POST', '/users', { user_id: `L-${i}` });
		const seen: string[] = [];
		let next: string | null = `${fake.url}/users?per_page=2`;
		while (next !== null) {
			const res = await fetch(next, { headers: { Authorization: `Bearer ${fake.token}` } });
			const page = (await res.json()) as UserList;
			seen.push(...page.users.map((u) => u.user_id));
			next = page.pages.next;
		}
		expect(seen).toEqual(['L-0', 'L-1', 'L-2', 'L-3', 'L-4']);
		const behindProxy = await fetch(`${fake.url}/users?per_page=2`, {
			headers: { Authorization: `Bearer ${fake.token}`, 'X-Forwarded-Host': 'api.intercom.io' },
		});
		expect(((await behindProxy.json()) as UserList).pages.next).toBe(
			'https://api.intercom.io/users?per_page=2&page=2',
		);
	});
});
