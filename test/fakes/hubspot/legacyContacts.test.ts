import { startFakeHubSpot, type FakeHubSpot } from './index';
import { api } from './testSupport';

interface V1Profile {
	vid: number;
	properties: Record<string, { value: string; versions: Array<Record<string, unknown>> }>;
	'identity-profiles': Array<{ identities: Array<{ type: string; value: string }> }>;
	[key: string]: unknown;
}

describe('fake HubSpot legacy v1 contacts (n8n built-in node)', () => {
	let hs: FakeHubSpot;

	beforeAll(async () => {
		hs = await startFakeHubSpot({ tenSecondlyLimit: 50 });
	});
	afterAll(() => hs.stop());

	const createOrUpdate = (email: string, properties: Array<{ property: string; value: unknown }>) =>
		api<Record<string, unknown>>(
			hs,
			'POST',
			`/contacts/v1/contact/createOrUpdate/email/${encodeURIComponent(email)}`,
			{ properties },
		);

	it('createOrUpdate answers {vid, isNew} and writes the same contacts v3 reads', async () => {
		const created = await createOrUpdate('Jane@Example.com', [
			{ property: 'firstname', value: 'Jane' },
			{ property: 'lifecyclestage', value: 'customer' },
		]);
		expect(created.status).toBe(200);
		expect(created.body).toEqual({ vid: expect.any(Number), isNew: true });
		// With the trailing slash many clients add.
		const updated = await api(
			hs,
			'POST',
			'/contacts/v1/contact/createOrUpdate/email/jane@example.com/',
			{
				properties: [{ property: 'lastname', value: 'Doe' }],
			},
		);
		expect(updated.body).toEqual({ vid: created.body.vid, isNew: false });

		const v3 = await api<{ properties: Record<string, string> }>(
			hs,
			'GET',
			`/crm/v3/objects/contacts/jane@example.com?idProperty=email&properties=firstname,lastname,lifecyclestage`,
		);
		expect(v3.body.properties).toEqual({
			firstname: 'Jane',
			lastname: 'Doe',
			lifecyclestage: 'customer',
		});
		const upsert = await api<{ results: Array<{ id: string; new: boolean }> }>(
			hs,
			'POST',
			'/crm/v3/objects/contacts/batch/upsert',
			{
				inputs: [{ id: 'jane@example.com', idProperty: 'email', properties: { jobtitle: 'CTO' } }],
			},
		);
		expect(upsert.body.results[0]).toMatchObject({ id: String(created.body.vid), new: false });
	});

	it('serves the v1 profile with dates as epoch milliseconds', async () => {
		const { body } = await createOrUpdate('profile@example.com', [
			{ property: 'firstname', value: 'Pro' },
			{ property: 'closedate', value: 1430438400000 },
		]);
		const profile = await api<V1Profile>(hs, 'GET', `/contacts/v1/contact/vid/${body.vid}/profile`);
		expect(profile.status).toBe(200);
		expect(profile.body).toMatchObject({
			vid: body.vid,
			'canonical-vid': body.vid,
			'portal-id': hs.portalId,
			'is-contact': true,
			'merged-vids': [],
		});
		expect(profile.body.properties.firstname.value).toBe('Pro');
		expect(profile.body.properties.firstname.versions[0]).toMatchObject({
			value: 'Pro',
			'source-type': 'API',
		});
		expect(profile.body.properties.closedate.value).toBe('1430438400000');
		expect(profile.body.properties.createdate.value).toMatch(/^\d{13}$/);
		expect(profile.body['identity-profiles'][0].identities[0]).toMatchObject({
			type: 'EMAIL',
			value: 'profile@example.com',
		});
		const missing = await api(hs, 'GET', '/contacts/v1/contact/vid/424242/profile');
		expect([missing.status, missing.body.message]).toEqual([404, 'contact does not exist']);
	});

	it('answers invalid values with the v1 validationResults body', async () => {
		const res = await createOrUpdate('bad@example.com', [
			{ property: 'nosuchprop', value: 'x' },
			{ property: 'lifecyclestage', value: 'Customer' },
		]);
		expect(res.status).toBe(400);
		expect(res.body).toMatchObject({
			status: 'error',
			message: 'Property values were not valid',
			validationResults: [
				{
					isValid: false,
					error: 'PROPERTY_DOESNT_EXIST',
					name: 'nosuchprop',
					message: 'Property "nosuchprop" does not exist',
				},
				{ isValid: false, error: 'INVALID_OPTION', name: 'lifecyclestage' },
			],
		});
		const badEmail = await createOrUpdate('not-an-email', []);
		expect(badEmail.body).toMatchObject({
			validationResults: [{ error: 'INVALID_EMAIL', name: 'email' }],
		});
	});

	it('counts against the same rate limit as v3', async () => {
		const before = hs.rateLimitState().windows.TEN_SECONDLY_ROLLING.used;
		const res = await createOrUpdate('counted@example.com', []);
		expect(res.headers.get('x-hubspot-ratelimit-max')).toBe('50');
		await api(hs, 'GET', '/crm/v3/objects/contacts?limit=1');
		expect(hs.rateLimitState().windows.TEN_SECONDLY_ROLLING.used).toBe(before + 2);
	});
});
