import {
	FakeServer,
	hubspotRateLimit,
	hubspotSearchRateLimit,
	intercomRateLimit,
	ManualClock,
	RateLimiter,
	salesforceApiLimit,
	TokenAuth,
	type FakeRequest,
	type RateLimitState,
} from './index';

function requestFor(app = 'app-1'): FakeRequest {
	return {
		method: 'GET',
		path: '/x',
		query: {},
		headers: { 'x-app': app },
		params: {},
		rawBody: Buffer.alloc(0),
		body: undefined,
		header: (name) => (name === 'x-app' ? app : undefined),
		form: () => ({}),
	};
}

const remainingOf = (state: RateLimitState) =>
	Object.fromEntries(Object.entries(state.windows).map(([name, w]) => [name, w.remaining]));

describe('RateLimiter', () => {
	let clock: ManualClock;
	beforeEach(() => {
		clock = new ManualClock();
	});

	it('counts down, refuses once exhausted, and resets when a fixed window rolls over', () => {
		const limiter = new RateLimiter({
			windows: [{ name: 'minute', limit: 3, windowMs: 60_000 }],
			clock,
		});
		const remaining = [1, 2, 3].map(() => {
			const decision = limiter.consume(requestFor());
			if (decision.limited) throw new Error('limited too early');
			return decision.state.windows.minute.remaining;
		});
		expect(remaining).toEqual([2, 1, 0]);
		const refused = limiter.consume(requestFor());
		expect(refused.limited).toBe(true);
		expect(refused.state.exceeded?.name).toBe('minute');
		expect(refused.state.exceeded?.resetAt).toBe(clock.now() + 60_000);
		clock.advance(59_999);
		expect(limiter.consume(requestFor()).limited).toBe(true);
		clock.advance(1);
		const again = limiter.consume(requestFor());
		expect(again.limited).toBe(false);
		expect(again.state.windows.minute).toMatchObject({
			remaining: 2,
			used: 1,
			resetInMs: 60_000,
			resetInSeconds: 60,
		});
	});

	it('does not count refused requests, unless countLimited is set', () => {
		const windows = [{ name: 'w', limit: 2, windowMs: 1000 }];
		const lenient = new RateLimiter({ windows, clock });
		const strict = new RateLimiter({ windows, clock, countLimited: true });
		for (const limiter of [lenient, strict])
			for (let i = 0; i < 5; i++) limiter.consume(requestFor());
		expect(lenient.state().windows.w.used).toBe(2);
		expect(strict.state().windows.w.used).toBe(5);
	});

	it('slides: budget returns as each request leaves the rolling window', () => {
		const limiter = new RateLimiter({
			windows: [{ name: 'roll', limit: 2, windowMs: 10_000, kind: 'sliding' }],
			clock,
		});
		limiter.consume(requestFor()); // t=0
		clock.advance(4000);
		limiter.consume(requestFor()); // t=4000
		const refused = limiter.consume(requestFor());
		expect(refused.limited).toBe(true);
		expect(refused.state.exceeded?.resetInMs).toBe(6000);
		clock.advance(6000); // the t=0 request leaves
		expect(limiter.state().windows.roll.remaining).toBe(1);
		expect(limiter.consume(requestFor()).limited).toBe(false);
		expect(limiter.consume(requestFor()).limited).toBe(true);
		clock.advance(4000); // the t=4000 request leaves
		expect(limiter.state().windows.roll.remaining).toBe(1);
	});

	it('enforces several windows together, reporting the one that refused', () => {
		const limiter = new RateLimiter({
			windows: [
				{ name: 'TEN_SECONDLY_ROLLING', limit: 3, windowMs: 10_000, kind: 'sliding' },
				{ name: 'DAILY', limit: 5, windowMs: 86_400_000 },
			],
			clock,
		});
		for (let i = 0; i < 3; i++) limiter.consume(requestFor());
		const burst = limiter.consume(requestFor());
		expect(burst.limited && burst.state.exceeded?.name).toBe('TEN_SECONDLY_ROLLING');
		expect(remainingOf(burst.state)).toEqual({ TEN_SECONDLY_ROLLING: 0, DAILY: 2 });
		clock.advance(10_000);
		for (let i = 0; i < 2; i++) expect(limiter.consume(requestFor()).limited).toBe(false);
		const daily = limiter.consume(requestFor());
		expect(daily.limited && daily.state.exceeded?.name).toBe('DAILY');
		clock.advance(10_000);
		expect(limiter.consume(requestFor()).limited).toBe(true);
		clock.setTime(Date.UTC(2025, 0, 2)); // next UTC day
		expect(limiter.consume(requestFor()).limited).toBe(false);
	});

	it('keeps a separate bucket per key', () => {
		const limiter = new RateLimiter({
			windows: [{ name: 'w', limit: 1, windowMs: 1000 }],
			key: (req) => req.header('x-app') ?? 'anonymous',
			clock,
		});
		expect(limiter.consume(requestFor('a')).limited).toBe(false);
		expect(limiter.consume(requestFor('a')).limited).toBe(true);
		expect(limiter.consume(requestFor('b')).limited).toBe(false);
		expect(limiter.state('a').windows.w.remaining).toBe(0);
		expect(limiter.state('b').windows.w.remaining).toBe(0);
		expect(limiter.state('c').windows.w.remaining).toBe(1);
		limiter.reset();
		expect(limiter.state('a').windows.w.remaining).toBe(1);
	});

	it('adds Retry-After when asked, and lets the limited response override header values', () => {
		const limiter = new RateLimiter({
			windows: [{ name: 'w', limit: 0, windowMs: 30_000 }],
			headers: (s) => ({
				'X-Limit': String(s.windows.w.limit),
				'X-Remaining': String(s.windows.w.remaining),
			}),
			limitedResponse: () => ({
				status: 429,
				headers: { 'X-Limit': 'overridden' },
				body: { slow: 'down' },
			}),
			retryAfter: true,
			clock,
		});
		clock.advance(5000);
		const decision = limiter.consume(requestFor());
		if (!decision.limited) throw new Error('expected a refusal');
		expect(decision.response).toEqual({
			status: 429,
			headers: { 'X-Limit': 'overridden', 'X-Remaining': '0', 'Retry-After': '25' },
			body: { slow: 'down' },
		});
	});
});

describe('rate limiting through the server', () => {
	let server: FakeServer;
	let base: string;
	let clock: ManualClock;

	afterEach(() => server.stop());

	async function start(limiter: RateLimiter, auth?: TokenAuth) {
		server = new FakeServer({ name: 'rl', clock, rateLimiter: limiter, auth });
		server
			.route('POST', '/crm/v3/objects/contacts/batch/create', () => ({ status: 201, body: {} }))
			.route('POST', '/crm/v3/objects/contacts/search', () => ({ status: 200, body: {} }), {
				rateLimiter: new RateLimiter({ ...hubspotSearchRateLimit({ perSecond: 1 }), clock }),
			})
			.route('POST', '/oauth/v1/token', () => ({ status: 200, body: {} }), {
				skipRateLimit: true,
				skipAuth: true,
			});
		base = await server.start();
	}

	beforeEach(() => {
		clock = new ManualClock();
	});

	it('HubSpot: X-HubSpot-RateLimit headers count down, then the TEN_SECONDLY_ROLLING 429', async () => {
		await start(new RateLimiter({ ...hubspotRateLimit({ tenSecondly: 2, daily: 100 }), clock }));
		const post = () =>
			fetch(`${base}/crm/v3/objects/contacts/batch/create`, { method: 'POST', body: '{}' });
		const first = await post();
		expect(
			Object.fromEntries([...first.headers].filter(([name]) => name.startsWith('x-hubspot'))),
		).toEqual({
			'x-hubspot-ratelimit-interval-milliseconds': '10000',
			'x-hubspot-ratelimit-max': '2',
			'x-hubspot-ratelimit-remaining': '1',
			'x-hubspot-ratelimit-daily': '100',
			'x-hubspot-ratelimit-daily-remaining': '99',
		});
		expect((await post()).headers.get('x-hubspot-ratelimit-remaining')).toBe('0');
		const limited = await post();
		expect(limited.status).toBe(429);
		expect(limited.headers.get('x-hubspot-ratelimit-remaining')).toBe('0');
		expect(limited.headers.get('x-hubspot-ratelimit-daily-remaining')).toBe('98');
		expect(await limited.json()).toEqual({
			status: 'error',
			message: 'You have reached your ten_secondly_rolling limit.',
			errorType: 'RATE_LIMIT',
			correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
			policyName: 'TEN_SECONDLY_ROLLING',
			requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
		});
		expect(server.log.entries({ rateLimited: true }).map((e) => e.status)).toEqual([429]);
		clock.advance(10_000);
		const after = await post();
		expect(after.status).toBe(201);
		expect(after.headers.get('x-hubspot-ratelimit-remaining')).toBe('1');
		expect(after.headers.get('x-hubspot-ratelimit-daily-remaining')).toBe('97');
	});

	it('HubSpot: the DAILY policy once the day is used up; search has its own SECONDLY limit', async () => {
		await start(
			new RateLimiter({
				...hubspotRateLimit({ tenSecondly: 100, daily: 1, dailyHeaders: false }),
				clock,
			}),
		);
		const first = await fetch(`${base}/crm/v3/objects/contacts/batch/create`, { method: 'POST' });
		expect(first.headers.get('x-hubspot-ratelimit-daily')).toBeNull();
		const daily = await fetch(`${base}/crm/v3/objects/contacts/batch/create`, { method: 'POST' });
		expect(await daily.json()).toMatchObject({
			policyName: 'DAILY',
			message: 'You have reached your daily limit.',
		});

		expect((await fetch(`${base}/crm/v3/objects/contacts/search`, { method: 'POST' })).status).toBe(
			200,
		);
		const search = await fetch(`${base}/crm/v3/objects/contacts/search`, { method: 'POST' });
		expect(search.status).toBe(429);
		expect(await search.json()).toMatchObject({
			policyName: 'SECONDLY',
			message: 'You have reached your secondly limit.',
		});
		expect((await fetch(`${base}/oauth/v1/token`, { method: 'POST' })).status).toBe(200);
	});

	it('Intercom: X-RateLimit-* with a Unix-seconds reset and the error.list 429', async () => {
		clock.setTime(Date.UTC(2025, 0, 1, 12, 0, 3)); // 3 s into a 10-second period
		await start(new RateLimiter({ ...intercomRateLimit({ perMinute: 12 }), clock }));
		const res = await fetch(`${base}/crm/v3/objects/contacts/batch/create`, { method: 'POST' });
		const resetSeconds = Date.UTC(2025, 0, 1, 12, 0, 10) / 1000;
		expect([
			res.headers.get('x-ratelimit-limit'),
			res.headers.get('x-ratelimit-remaining'),
			res.headers.get('x-ratelimit-reset'),
		]).toEqual(['2', '1', String(resetSeconds)]);
		await fetch(`${base}/crm/v3/objects/contacts/batch/create`, { method: 'POST' });
		const limited = await fetch(`${base}/crm/v3/objects/contacts/batch/create`, { method: 'POST' });
		expect(limited.status).toBe(429);
		expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
		expect(await limited.json()).toEqual({
			type: 'error.list',
			request_id: expect.any(String),
			errors: [{ code: 'rate_limit_exceeded', message: 'Exceeded rate limit of 2 in 10_seconds' }],
		});
		clock.advance(7000);
		expect(
			(await fetch(`${base}/crm/v3/objects/contacts/batch/create`, { method: 'POST' })).headers.get(
				'x-ratelimit-remaining',
			),
		).toBe('1');
	});

	it('Salesforce: Sforce-Limit-Info usage, then 403 REQUEST_LIMIT_EXCEEDED', async () => {
		await start(new RateLimiter({ ...salesforceApiLimit({ daily: 2 }), clock }));
		const usage: (string | null)[] = [];
		const statuses: number[] = [];
		for (let i = 0; i < 3; i++) {
			const res = await fetch(`${base}/crm/v3/objects/contacts/batch/create`, { method: 'POST' });
			usage.push(res.headers.get('sforce-limit-info'));
			statuses.push(res.status);
		}
		expect(statuses).toEqual([201, 201, 403]);
		expect(usage).toEqual(['api-usage=1/2', 'api-usage=2/2', 'api-usage=2/2']);
	});

	it('keys buckets per token, after auth has run', async () => {
		const auth = new TokenAuth({ clock });
		const a = auth.addStatic('token-a', { data: { app: 'a' } });
		const b = auth.addStatic('token-b', { data: { app: 'b' } });
		await start(
			new RateLimiter({
				...hubspotRateLimit({ tenSecondly: 1 }),
				clock,
				key: (req) => String(req.auth?.data.app),
			}),
			auth,
		);
		const call = (token: string) =>
			fetch(`${base}/crm/v3/objects/contacts/batch/create`, {
				method: 'POST',
				headers: { Authorization: `Bearer ${token}` },
			});
		expect((await call(a)).status).toBe(201);
		expect((await call(a)).status).toBe(429);
		expect((await call(b)).status).toBe(201);
		expect((await call('unknown')).headers.get('x-hubspot-ratelimit-remaining')).toBeNull(); // 401: no limit headers
	});
});
