import { ManualClock } from '../common';
import { startFakeHubSpot, type FakeHubSpot, type FakeHubSpotOptions } from './index';
import { api } from './testSupport';

const START = Date.UTC(2025, 0, 6, 23, 59, 0);

describe('fake HubSpot rate limits', () => {
	let clock: ManualClock;
	const fakes: FakeHubSpot[] = [];
	const start = async (options: FakeHubSpotOptions) => {
		clock = new ManualClock(START);
		const hs = await startFakeHubSpot({
			clock,
			oauth: { clientId: 'cid', clientSecret: 'secret' },
			...options,
		});
		fakes.push(hs);
		return hs;
	};
	afterAll(() => Promise.all(fakes.map((hs) => hs.stop())));

	const owners = (hs: FakeHubSpot, token = hs.token) =>
		api(hs, 'GET', '/crm/v3/owners?limit=1', undefined, token);

	it('puts the X-HubSpot-RateLimit headers on every response, 429s included', async () => {
		const hs = await start({ tenSecondlyLimit: 3, dailyLimit: 100 });
		const seen: Array<[number, string | null, string | null]> = [];
		for (let i = 0; i < 4; i++) {
			const res = await owners(hs);
			seen.push([
				res.status,
				res.headers.get('x-hubspot-ratelimit-remaining'),
				res.headers.get('x-hubspot-ratelimit-daily-remaining'),
			]);
			expect(res.headers.get('x-hubspot-ratelimit-max')).toBe('3');
			expect(res.headers.get('x-hubspot-ratelimit-interval-milliseconds')).toBe('10000');
			expect(res.headers.get('x-hubspot-ratelimit-daily')).toBe('100');
		}
		expect(seen).toEqual([
			[200, '2', '99'],
			[200, '1', '98'],
			[200, '0', '97'],
			[429, '0', '97'],
		]);
	});

	it('refuses the burst past the limit with TEN_SECONDLY_ROLLING and recovers as the window rolls', async () => {
		const hs = await start({ tenSecondlyLimit: 10 });
		for (let i = 0; i < 5; i++) expect((await owners(hs)).status).toBe(200);
		clock.advance(5000);
		for (let i = 0; i < 5; i++) expect((await owners(hs)).status).toBe(200);
		const refused = await owners(hs);
		expect(refused.status).toBe(429);
		expect(refused.body).toMatchObject({
			status: 'error',
			errorType: 'RATE_LIMIT',
			policyName: 'TEN_SECONDLY_ROLLING',
			message: 'You have reached your ten_secondly_rolling limit.',
		});
		expect(refused.body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
		expect(refused.headers.get('retry-after')).toBeNull();
		clock.advance(4999);
		expect((await owners(hs)).status).toBe(429);
		// The first five leave the rolling window 10 s after they were made, not at a fixed boundary.
		clock.advance(1);
		const statuses = [];
		for (let i = 0; i < 6; i++) statuses.push((await owners(hs)).status);
		expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
	});

	it('refuses past the daily limit with policy DAILY until midnight (UTC)', async () => {
		const hs = await start({ tenSecondlyLimit: 100, dailyLimit: 5 });
		for (let i = 0; i < 5; i++) await owners(hs);
		const refused = await owners(hs);
		expect(refused.status).toBe(429);
		expect(refused.body).toMatchObject({
			policyName: 'DAILY',
			message: 'You have reached your daily limit.',
		});
		expect(refused.headers.get('x-hubspot-ratelimit-daily-remaining')).toBe('0');
		clock.advance(59_000);
		expect((await owners(hs)).status).toBe(429);
		clock.advance(1000); // 2025-01-07T00:00:00Z
		const fresh = await owners(hs);
		expect(fresh.status).toBe(200);
		expect(fresh.headers.get('x-hubspot-ratelimit-daily-remaining')).toBe('4');
	});

	it('keeps one bucket per app; OAuth apps have their own limit and no daily headers', async () => {
		const hs = await start({ tenSecondlyLimit: 2, oauthTenSecondlyLimit: 3 });
		const sameApp = hs.addToken('pat-na1-same-app', {
			appId: Number(hs.auth.tokens.lookup(hs.token)?.data.appId),
		});
		const otherApp = hs.addToken();
		await owners(hs);
		await owners(hs, sameApp);
		expect((await owners(hs)).status).toBe(429);
		expect((await owners(hs, otherApp)).status).toBe(200);

		const { access_token } = hs.issueOAuthToken();
		const oauth = await owners(hs, access_token);
		expect(oauth.status).toBe(200);
		expect(oauth.headers.get('x-hubspot-ratelimit-max')).toBe('3');
		expect(oauth.headers.get('x-hubspot-ratelimit-daily')).toBeNull();
		expect(oauth.headers.get('x-hubspot-ratelimit-daily-remaining')).toBeNull();
	});

	it('does not count 401s, and counts 429s only with countRateLimited', async () => {
		const hs = await start({ tenSecondlyLimit: 2 });
		const unauthorized = await owners(hs, 'pat-na1-unknown');
		expect(unauthorized.status).toBe(401);
		expect(unauthorized.headers.get('x-hubspot-ratelimit-remaining')).toBeNull();
		expect(hs.rateLimitState().windows.TEN_SECONDLY_ROLLING.used).toBe(0);

		const counting = await start({ tenSecondlyLimit: 2, countRateLimited: true });
		for (let i = 0; i < 4; i++) await owners(counting);
		clock.advance(1);
		expect(counting.rateLimitState().windows.TEN_SECONDLY_ROLLING.used).toBe(4);
		expect(counting.rateLimitState().windows.DAILY.used).toBe(4);
	});

	it('an injected rateLimit fault answers with the same 429 (DAILY when asked), on any route', async () => {
		const hs = await start({ retryAfterHeader: true });
		hs.server.faults.inject({
			kind: 'rateLimit',
			window: 'DAILY',
			times: 1,
			match: { path: /batch\/upsert$/ },
		});
		const res = await api(hs, 'POST', '/crm/v3/objects/contacts/batch/upsert', { inputs: [] });
		expect(res.status).toBe(429);
		expect(res.body).toMatchObject({ policyName: 'DAILY' });
		expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(hs.server.log.count({ rateLimited: true })).toBe(1);
	});
});
