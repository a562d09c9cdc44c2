import { ManualClock } from '../common';
import { serverErrorFault, startFakeIntercom, type FakeIntercom } from './index';
import { api, client, clientError, firstError } from './testSupport';

describe('fake Intercom errors, auth and faults', () => {
	let fake: FakeIntercom;

	beforeEach(async () => {
		fake = await startFakeIntercom({ clock: new ManualClock(), maxBodyBytes: 10_000 });
	});
	afterEach(async () => {
		jest.restoreAllMocks();
		await fake.stop();
	});

	it('answers a missing or bad token with 401 "Access Token Invalid"', async () => {
		for (const token of [null, 'not-a-token']) {
			const res = await api(fake, 'GET', '/contacts', undefined, token);
			expect(res.status).toBe(401);
			expect(res.body).toEqual({
				type: 'error.list',
				request_id: res.headers.get('x-request-id'),
				errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }],
			});
		}
	});

	it('stops accepting expired and revoked tokens', async () => {
		const spare = fake.addToken('dG9rOnNwYXJl');
		expect((await api(fake, 'GET', '/me', undefined, spare)).status).toBe(200);
		fake.revokeToken(spare);
		expect((await api(fake, 'GET', '/me', undefined, spare)).status).toBe(401);
		expect((await api(fake, 'GET', '/me')).status).toBe(200);
		fake.expireTokens();
		expect(firstError((await api(fake, 'GET', '/me')).body).code).toBe('unauthorized');
	});

	it('answers unknown routes with 404 not_found in the error.list envelope', async () => {
		const res = await api(fake, 'GET', '/conversations/nope');
		expect(res.status).toBe(404);
		expect(firstError(res.body)).toEqual({ code: 'not_found', message: 'Resource Not Found' });
		expect((await api(fake, 'PATCH', '/contacts')).status).toBe(404);
	});

	it('answers invalid JSON, non-object bodies and oversized bodies with 4xx error.lists', async () => {
		const invalid = await fetch(`${fake.url}/contacts`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${fake.token}`, 'Content-Type': 'application/json' },
			body: '{"email": ',
		});
		expect(invalid.status).toBe(400);
		const body = (await invalid.json()) as { errors: Array<{ code: string; message: string }> };
		expect(body.errors[0].code).toBe('bad_request');
		expect(body.errors[0].message).toMatch(/^There was a problem in the JSON you submitted/);
		expect((await api(fake, 'POST', '/contacts', ['email'])).status).toBe(400);
		const huge = await api(fake, 'POST', '/contacts', { email: 'a@b.c', name: 'x'.repeat(20_000) });
		expect(huge.status).toBe(413);
		expect(firstError(huge.body).code).toBe('request_too_large');
	});

	it('serves Intercom-shaped 5xx faults, which intercom-client retries', async () => {
		const realSetTimeout = global.setTimeout;
		const waits: number[] = [];
		jest.spyOn(global, 'setTimeout').mockImplementation(((callback: () => void, ms?: number) => {
			if (ms === undefined || Number.isInteger(ms)) return realSetTimeout(callback, ms);
			waits.push(ms);
			return realSetTimeout(callback, 1);
		}) as typeof setTimeout);
		fake.server.faults.inject({ ...serverErrorFault(503), match: { path: '/me' }, times: 1 });
		const me = await client(fake, { maxRetries: 2 }).admins.identify();
		expect(me?.type).toBe('admin');
		expect(fake.server.log.entries({ path: '/me' }).map((e) => e.status)).toEqual([503, 200]);
		expect(waits).toHaveLength(1);

		fake.server.faults.inject({ ...serverErrorFault(500), match: { path: '/me' } });
		const failed = await clientError(client(fake, { maxRetries: 1 }).admins.identify());
		expect(failed.statusCode).toBe(500);
		expect(failed.body.errors[0]).toEqual({ code: 'server_error', message: 'Server Error' });
	});

	it('drops and delays requests on demand', async () => {
		fake.server.faults.inject({ kind: 'drop', times: 1 });
		await expect(api(fake, 'GET', '/me')).rejects.toThrow();
		fake.server.faults.inject({ kind: 'delay', ms: 50, times: 1 });
		const started = Date.now();
		expect((await api(fake, 'GET', '/me')).status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(45);
	});

	it('accepts any Intercom-Version header', async () => {
		for (const version of ['2.11', '2.14', 'Unstable', 'banana']) {
			const res = await fetch(`${fake.url}/me`, {
				headers: { Authorization: `Bearer ${fake.token}`, 'Intercom-Version': version },
			});
			expect(res.status).toBe(200);
		}
	});
});
