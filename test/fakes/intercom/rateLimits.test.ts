import { ManualClock } from '../common';
import { startFakeIntercom, type FakeIntercom, type FakeIntercomOptions } from './index';
import { api, client } from './testSupport';

/** Aligned to a 10-second window. */
const START = Date.UTC(2025, 0, 6, 12, 0, 0);

describe('fake Intercom rate limits', () => {
	const fakes: FakeIntercom[] = [];
	const start = async (options: FakeIntercomOptions) => {
		const fake = await startFakeIntercom(options);
		fakes.push(fake);
		return fake;
	};
	afterEach(async () => {
		await Promise.all(fakes.map((f) => f.stop()));
		fakes.length = 0;
		jest.restoreAllMocks();
	});

	it('defaults to 10,000 a minute, reported per 10-second window on every authenticated response', async () => {
		const fake = await start({ clock: new ManualClock(START) });
		const res = await api(fake, 'GET', '/me');
		expect(res.headers.get('x-ratelimit-limit')).toBe('1667');
		expect(res.headers.get('x-ratelimit-remaining')).toBe('1666');
		expect(res.headers.get('x-ratelimit-reset')).toBe(String(START / 1000 + 10));
		const unauthorized = await api(fake, 'GET', '/me', undefined, 'wrong');
		expect(unauthorized.status).toBe(401);
		expect(unauthorized.headers.get('x-ratelimit-limit')).toBeNull();
		expect((await api(fake, 'GET', '/me')).headers.get('x-ratelimit-remaining')).toBe('1665');
	});

	it('refuses past the limit with 429 rate_limit_exceeded until the window resets', async () => {
		const clock = new ManualClock(START);
		const fake = await start({ clock, perMinute: 60 });
		const remaining: Array<string | null> = [];
		for (let i = 0; i < 10; i++)
			remaining.push((await api(fake, 'GET', '/admins')).headers.get('x-ratelimit-remaining'));
		expect(remaining).toEqual(['9', '8', '7', '6', '5', '4', '3', '2', '1', '0']);
		const refused = await api(fake, 'GET', '/admins');
		expect(refused.status).toBe(429);
		expect(refused.body).toEqual({
			type: 'error.list',
			request_id: refused.headers.get('x-request-id'),
			errors: [{ code: 'rate_limit_exceeded', message: 'Exceeded rate limit of 10 in 10_seconds' }],
		});
		expect(refused.headers.get('x-ratelimit-limit')).toBe('10');
		expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
		expect(refused.headers.get('x-ratelimit-reset')).toBe(String(START / 1000 + 10));
		clock.advance(9_999);
		expect((await api(fake, 'GET', '/admins')).status).toBe(429);
		clock.advance(1);
		expect((await api(fake, 'GET', '/admins')).status).toBe(200);
		expect(fake.server.log.count({ rateLimited: true })).toBe(2);
	});

	it('keeps one bucket per token and a workspace limit across them', async () => {
		const fake = await start({
			clock: new ManualClock(START),
			perMinute: 60,
			workspacePerMinute: 90,
		});
		const other = fake.addToken();
		for (let i = 0; i < 10; i++) expect((await api(fake, 'GET', '/me')).status).toBe(200);
		expect((await api(fake, 'GET', '/me')).status).toBe(429);
		for (let i = 0; i < 5; i++)
			expect((await api(fake, 'GET', '/me', undefined, other)).status).toBe(200);
		const workspace = await api(fake, 'GET', '/me', undefined, other);
		expect(workspace.status).toBe(429);
		expect(workspace.body.errors).toEqual([
			{ code: 'rate_limit_exceeded', message: 'Exceeded rate limit of 15 in 10_seconds' },
		]);
		const state = fake.rateLimitState(other);
		expect(state.app.windows['10_seconds'].used).toBe(5);
		expect(state.workspace.windows['10_seconds'].used).toBe(15);
	});

	it('serves the rateLimit fault as the app limit, or as the workspace limit', async () => {
		const fake = await start({
			clock: new ManualClock(START),
			perMinute: 600,
			workspacePerMinute: 1200,
		});
		fake.server.faults.inject({ kind: 'rateLimit', times: 1 });
		const app = await api(fake, 'GET', '/me');
		expect(app.status).toBe(429);
		expect(app.body.errors).toEqual([
			{ code: 'rate_limit_exceeded', message: 'Exceeded rate limit of 100 in 10_seconds' },
		]);
		fake.server.faults.inject({ kind: 'rateLimit', window: 'workspace', times: 1 });
		const workspace = await api(fake, 'GET', '/me');
		expect(workspace.body.errors).toEqual([
			{ code: 'rate_limit_exceeded', message: 'Exceeded rate limit of 200 in 10_seconds' },
		]);
		expect((await api(fake, 'GET', '/me')).status).toBe(200);
	});

	it('gives an X-RateLimit-Reset the system clock can wait for', async () => {
		const fake = await start({});
		const before = Date.now() / 1000;
		const reset = Number((await api(fake, 'GET', '/me')).headers.get('x-ratelimit-reset'));
		expect(reset % 10).toBe(0);
		expect(reset).toBeGreaterThan(before);
		expect(reset).toBeLessThanOrEqual(before + 10);
	});

	it('lets intercom-client wait for X-RateLimit-Reset after a 429 and then succeed', async () => {
		// The client compares the reset header with its own Date.now(), so the fake clock starts at
		// wall-clock time; its retry sleep is shortened and the fake clock moved by what it asked for.
		const clock = new ManualClock(Date.now());
		const fake = await start({ clock, perMinute: 12 });
		const waits: number[] = [];
		const realSetTimeout = global.setTimeout;
		jest.spyOn(global, 'setTimeout').mockImplementation(((callback: () => void, ms?: number) => {
			// The client's retry sleeps are jittered (fractional); its timeout and Node's timers are not.
			if (ms === undefined || Number.isInteger(ms)) return realSetTimeout(callback, ms);
			waits.push(ms);
			clock.advance(Math.ceil(ms) + 50);
			return realSetTimeout(callback, 1);
		}) as typeof setTimeout);
		const ic = client(fake, { maxRetries: 2 });
		await ic.admins.list();
		await ic.admins.list();
		const resetAt = fake.rateLimitState().app.windows['10_seconds'].resetAt;
		const third = await ic.admins.list();
		expect(third.type).toBe('admin.list');
		expect(fake.server.log.entries({ path: '/admins' }).map((e) => e.status)).toEqual([
			200, 200, 429, 200,
		]);
		expect(waits).toHaveLength(1);
		expect(waits[0]).toBeGreaterThan(0);
		expect(waits[0]).toBeLessThanOrEqual(12_000);
		expect(clock.now()).toBeGreaterThanOrEqual(resetAt);
	});
});
