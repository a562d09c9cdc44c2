import { request as httpRequest } from 'node:http';
import {
	FakeServer,
	ManualClock,
	RateLimiter,
	TokenAuth,
	salesforceApiLimit,
	type FaultSpec,
} from './index';

const SESSION_EXPIRED = [
	{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' },
];

describe('fault injection', () => {
	let server: FakeServer;
	let base: string;
	const token = 'sf-session';
	const authed = { headers: { Authorization: `Bearer ${token}` } };

	beforeEach(async () => {
		const clock = new ManualClock();
		const auth = new TokenAuth({
			clock,
			unauthorizedResponse: () => ({ status: 401, body: SESSION_EXPIRED }),
		});
		auth.addStatic(token);
		server = new FakeServer({
			name: 'faulty',
			clock,
			auth,
			rateLimiter: new RateLimiter({ ...salesforceApiLimit({ daily: 1000 }), clock }),
		});
		server
			.route('GET', '/limits', () => ({ status: 200, body: { ok: true } }))
			.route('GET', '/other', () => ({ status: 200, body: { ok: true } }));
		base = await server.start();
	});

	afterEach(() => server.stop());

	async function statuses(n: number, path = '/limits'): Promise<number[]> {
		const result: number[] = [];
		for (let i = 0; i < n; i++) result.push((await fetch(`${base}${path}`, authed)).status);
		return result;
	}

	it('status: answers with the given status, body and headers, without the service headers', async () => {
		server.faults.inject({
			kind: 'status',
			status: 503,
			headers: { 'Retry-After': '2' },
			body: 'Service Unavailable',
			times: 1,
		});
		const res = await fetch(`${base}/limits`, authed);
		expect(res.status).toBe(503);
		expect(res.headers.get('retry-after')).toBe('2');
		expect(res.headers.get('sforce-limit-info')).toBeNull();
		expect(await res.text()).toBe('Service Unavailable');
		const next = await fetch(`${base}/limits`, authed);
		expect(next.status).toBe(200);
		expect(next.headers.get('sforce-limit-info')).toBe('api-usage=1/1000');
		expect(server.log.entries().map((e) => [e.status, e.fault])).toEqual([
			[503, 'status'],
			[200, undefined],
		]);
	});

	it('status: honours times, after and every', async () => {
		const handle = server.faults.inject({
			kind: 'status',
			status: 500,
			after: 1,
			every: 2,
			times: 2,
		});
		expect(await statuses(8)).toEqual([200, 200, 500, 200, 500, 200, 200, 200]);
		expect(handle.hits).toBe(2);
		expect(handle.seen).toBe(8);
	});

	it('matches by method and path, and stops once removed or cleared', async () => {
		const handle = server.faults.inject({
			kind: 'status',
			status: 502,
			match: { method: 'GET', path: /^\/oth/ },
		});
		expect(await statuses(2, '/limits')).toEqual([200, 200]);
		expect(await statuses(2, '/other')).toEqual([502, 502]);
		handle.remove();
		expect(await statuses(1, '/other')).toEqual([200]);
		server.faults.inject({ kind: 'status', status: 504, match: { path: '/limits' } });
		expect(await statuses(1, '/limits')).toEqual([504]);
		server.faults.clear();
		expect(await statuses(1, '/limits')).toEqual([200]);
	});

	it('probability draws from the seeded random, so runs repeat', async () => {
		const pattern = async (): Promise<number[]> => {
			const s = new FakeServer({ name: 'p', seed: 42 });
			s.route('GET', '/x', () => ({ status: 200 }));
			const url = await s.start();
			s.faults.inject({ kind: 'status', status: 500, probability: 0.5 });
			const result: number[] = [];
			for (let i = 0; i < 20; i++) result.push((await fetch(`${url}/x`)).status);
			await s.stop();
			return result;
		};
		const first = await pattern();
		expect(await pattern()).toEqual(first);
		expect(first.filter((s) => s === 500).length).toBeGreaterThan(3);
		expect(first.filter((s) => s === 200).length).toBeGreaterThan(3);
	});

	it('drop: the client sees a connection error and no response', async () => {
		server.faults.inject({ kind: 'drop', times: 1 });
		const error = await fetch(`${base}/limits`, authed).then(
			() => undefined,
			(e: Error & { cause?: { code?: string } }) => e,
		);
		// fetch's TypeError comes from another realm than jest's, so compare by name.
		expect(error?.message).toBe('fetch failed');
		expect(error?.cause?.code).toBe('ECONNRESET');
		expect((await fetch(`${base}/limits`, authed)).status).toBe(200);
		const dropped = server.log.entries({ fault: 'drop' });
		expect(dropped).toHaveLength(1);
		expect(dropped[0].status).toBeUndefined();
	});

	it('drop with mode close: node:http reports "socket hang up"', async () => {
		server.faults.inject({ kind: 'drop', mode: 'close' });
		const error = await new Promise<NodeJS.ErrnoException>((resolve) => {
			httpRequest(`${base}/limits`, authed, () => resolve(new Error('got a response')))
				.on('error', resolve)
				.end();
		});
		expect(error.message).toBe('socket hang up');
		expect(error.code).toBe('ECONNRESET');
	});

	it('delay: waits, then runs the normal pipeline', async () => {
		server.faults.inject({ kind: 'delay', ms: 150, match: { path: '/limits' } });
		const fastStart = performance.now();
		await fetch(`${base}/other`, authed);
		const fast = performance.now() - fastStart;
		const start = performance.now();
		const res = await fetch(`${base}/limits`, authed);
		const slow = performance.now() - start;
		expect(res.status).toBe(200);
		expect(res.headers.get('sforce-limit-info')).toBe('api-usage=2/1000');
		expect(slow).toBeGreaterThanOrEqual(140);
		expect(fast).toBeLessThan(100);
		expect(server.log.last()).toMatchObject({ fault: 'delay', status: 200 });
		expect(server.log.last()?.durationMs).toBeGreaterThanOrEqual(140);
	});

	it('delay combines with a terminal fault', async () => {
		server.faults.inject({ kind: 'delay', ms: 60 });
		server.faults.inject({ kind: 'status', status: 500 });
		const start = performance.now();
		expect((await fetch(`${base}/limits`, authed)).status).toBe(500);
		expect(performance.now() - start).toBeGreaterThanOrEqual(50);
	});

	it('rateLimit: answers exactly as the configured limiter would, without using budget', async () => {
		server.faults.inject({ kind: 'rateLimit', times: 1 });
		const res = await fetch(`${base}/limits`, authed);
		expect(res.status).toBe(403);
		expect(res.headers.get('sforce-limit-info')).toBe('api-usage=1000/1000');
		expect(await res.json()).toEqual([
			{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' },
		]);
		expect(server.log.last()).toMatchObject({ fault: 'rateLimit', rateLimited: true, status: 403 });
		const next = await fetch(`${base}/limits`, authed);
		expect(next.headers.get('sforce-limit-info')).toBe('api-usage=1/1000');
	});

	it("expiredToken: answers with the auth layer's 401 even for a valid token", async () => {
		server.faults.inject({ kind: 'expiredToken', times: 1 });
		const res = await fetch(`${base}/limits`, authed);
		expect(res.status).toBe(401);
		expect(await res.json()).toEqual(SESSION_EXPIRED);
		expect((await fetch(`${base}/limits`, authed)).status).toBe(200);
	});

	it('hang: never answers; the client times out and the entry ends without a status', async () => {
		server.faults.inject({ kind: 'hang', times: 1 });
		const error = await fetch(`${base}/limits`, {
			...authed,
			signal: AbortSignal.timeout(100),
		}).then(
			() => undefined,
			(e: Error) => e,
		);
		expect(error?.name).toBe('TimeoutError');
		await waitFor(() => server.log.last()?.durationMs !== undefined);
		expect(server.log.last()).toMatchObject({ fault: 'hang', error: 'hung by fault' });
		expect(server.log.last()?.status).toBeUndefined();
		expect((await fetch(`${base}/limits`, authed)).status).toBe(200);
	});

	it('hang/timeout: stop() destroys the held connection and returns promptly', async () => {
		server.faults.inject({ kind: 'timeout' });
		const pending = fetch(`${base}/limits`, authed).then(
			() => 'answered',
			() => 'failed',
		);
		await waitFor(() => server.log.count({ fault: 'timeout' }) === 1);
		const start = performance.now();
		await server.stop();
		expect(performance.now() - start).toBeLessThan(500);
		expect(await pending).toBe('failed');
	});

	it('stop() also ends requests waiting in a delay', async () => {
		server.faults.inject({ kind: 'delay', ms: 60_000 });
		const pending = fetch(`${base}/limits`, authed).then(
			() => 'answered',
			() => 'failed',
		);
		await waitFor(() => server.log.count() === 1);
		await server.stop();
		expect(await pending).toBe('failed');
		expect(server.log.last()?.error).toBe('server stopped');
	});

	it('rejects schedules that make no sense and faults the server cannot serve', () => {
		expect(() => server.faults.inject({ kind: 'status', status: 500, every: 0 })).toThrow(
			RangeError,
		);
		expect(() => server.faults.inject({ kind: 'drop', probability: 2 })).toThrow(RangeError);
		const bare = new FakeServer({ name: 'bare' });
		const needsAuth: FaultSpec = { kind: 'expiredToken' };
		expect(() => bare.faults.inject(needsAuth)).toThrow('needs a server with auth');
		expect(() => bare.faults.inject({ kind: 'rateLimit' })).toThrow('needs a rate limiter');
	});
});

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error('condition not met in time');
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}
