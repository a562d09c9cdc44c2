import { Client } from '@hubspot/api-client';
import { ManualClock } from '../common';
import { startFakeHubSpot, type FakeHubSpot } from './index';
import { api, rejection, sdk } from './testSupport';

describe('fake HubSpot auth', () => {
	const clock = new ManualClock(Date.UTC(2025, 5, 1, 12));
	let hs: FakeHubSpot;

	beforeAll(async () => {
		hs = await startFakeHubSpot({
			clock,
			privateAppTokens: [
				'pat-na1-11111111-2222-3333-4444-555555555555',
				{ token: 'pat-na1-readonly', scopes: ['crm.objects.contacts.read'] },
			],
			oauth: {
				clientId: 'client-id',
				clientSecret: 'client-secret',
				redirectUris: ['http://localhost:5678/rest/oauth2-credential/callback'],
			},
		});
	});
	afterAll(() => hs.stop());

	it('answers a missing or unknown token with INVALID_AUTHENTICATION', async () => {
		for (const token of [null, 'pat-na1-nope']) {
			const res = await api(hs, 'GET', '/crm/v3/objects/contacts', undefined, token);
			expect(res.status).toBe(401);
			expect(res.body).toMatchObject({
				status: 'error',
				category: 'INVALID_AUTHENTICATION',
				message: expect.stringMatching(/^Authentication credentials not found\./),
			});
		}
		expect((await api(hs, 'GET', '/account-info/v3/details')).body).toMatchObject({
			portalId: hs.portalId,
		});
	});

	it('refreshes an expired OAuth token through the real SDK and its new token works', async () => {
		const session = hs.issueOAuthToken();
		expect(session).toMatchObject({ token_type: 'bearer', expires_in: 1800 });
		expect(
			(await api(hs, 'GET', '/crm/v3/owners?limit=1', undefined, session.access_token)).status,
		).toBe(200);

		clock.advance(31 * 60_000);
		const expired = await rejection(
			sdk(hs, { token: session.access_token }).crm.contacts.basicApi.getPage(),
		);
		expect(expired.code).toBe(401);
		expect(expired.body).toMatchObject({
			category: 'EXPIRED_AUTHENTICATION',
			message: 'The OAuth token used to make this call expired 1 minute(s) ago.',
			context: { 'expire time': ['2025-06-01T12:30:00.000Z'] },
		});

		const client = new Client({ basePath: hs.url });
		const refreshed = await client.oauth.tokensApi.create(
			'refresh_token',
			undefined,
			undefined,
			'client-id',
			'client-secret',
			session.refresh_token,
		);
		expect(refreshed).toMatchObject({
			tokenType: 'bearer',
			refreshToken: session.refresh_token,
			expiresIn: 1800,
		});
		expect(refreshed.accessToken).not.toBe(session.access_token);
		const info = await client.oauth.accessTokensApi.get(refreshed.accessToken);
		expect(info).toMatchObject({ hubId: hs.portalId, tokenType: 'access', expiresIn: 1800 });
		expect(
			(await api(hs, 'GET', '/crm/v3/owners?limit=1', undefined, refreshed.accessToken)).status,
		).toBe(200);

		const bad = await rejection(
			client.oauth.tokensApi.create(
				'refresh_token',
				undefined,
				undefined,
				'client-id',
				'client-secret',
				'nope',
			),
		);
		expect(bad.code).toBe(400);
		expect(bad.body).toMatchObject({
			status: 'BAD_REFRESH_TOKEN',
			message: 'missing or unknown refresh token',
		});
		const wrongSecret = await rejection(
			client.oauth.tokensApi.create(
				'refresh_token',
				undefined,
				undefined,
				'client-id',
				'wrong',
				session.refresh_token,
			),
		);
		expect(wrongSecret.body).toMatchObject({ status: 'BAD_CLIENT_SECRET' });
	});

	it('authorization code flow: /oauth/authorize redirects with a code the token endpoint exchanges once', async () => {
		const redirectUri = 'http://localhost:5678/rest/oauth2-credential/callback';
		const authorize = await fetch(
			`${hs.url}/oauth/authorize?client_id=client-id&redirect_uri=${encodeURIComponent(redirectUri)}&scope=crm.objects.contacts.read&state=xyz`,
			{ redirect: 'manual' },
		);
		expect(authorize.status).toBe(302);
		const location = new URL(authorize.headers.get('location') as string);
		expect(location.searchParams.get('state')).toBe('xyz');
		const form = new URLSearchParams({
			grant_type: 'authorization_code',
			client_id: 'client-id',
			client_secret: 'client-secret',
			redirect_uri: redirectUri,
			code: location.searchParams.get('code') as string,
		});
		const post = () =>
			fetch(`${hs.url}/oauth/v1/token`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				body: form,
			});
		const first = await post();
		expect(first.status).toBe(200);
		const tokens = (await first.json()) as { access_token: string };
		// Scopes asked for are granted and enforced.
		expect(
			(await api(hs, 'GET', '/crm/v3/objects/contacts', undefined, tokens.access_token)).status,
		).toBe(200);
		const forbidden = await api(
			hs,
			'GET',
			'/crm/v3/objects/companies',
			undefined,
			tokens.access_token,
		);
		expect(forbidden.status).toBe(403);
		expect(forbidden.body).toMatchObject({
			category: 'MISSING_SCOPES',
			errors: [{ context: { requiredGranularScopes: ['crm.objects.companies.read'] } }],
		});
		expect(await (await post()).json()).toMatchObject({ status: 'BAD_AUTH_CODE' });
	});

	it('enforces the scopes of a private-app token given some', async () => {
		expect(
			(await api(hs, 'GET', '/crm/v3/objects/contacts', undefined, 'pat-na1-readonly')).status,
		).toBe(200);
		const write = await api(
			hs,
			'POST',
			'/crm/v3/objects/contacts/batch/upsert',
			{ inputs: [] },
			'pat-na1-readonly',
		);
		expect([write.status, write.body.category]).toEqual([403, 'MISSING_SCOPES']);
	});

	it('expireTokens and the expiredToken fault give 401 EXPIRED_AUTHENTICATION', async () => {
		hs.server.faults.inject({ kind: 'expiredToken', times: 1 });
		const faulted = await api(hs, 'GET', '/crm/v3/objects/contacts');
		expect([faulted.status, faulted.body.category]).toEqual([401, 'EXPIRED_AUTHENTICATION']);
		expect((await api(hs, 'GET', '/crm/v3/objects/contacts')).status).toBe(200);
		hs.expireTokens();
		clock.advance(3 * 3600_000);
		const res = await api(hs, 'GET', '/crm/v3/objects/contacts');
		expect(res.body).toMatchObject({
			category: 'EXPIRED_AUTHENTICATION',
			message: 'The OAuth token used to make this call expired 3 hour(s) ago.',
		});
	});
});
