import {
	FakeServer,
	ManualClock,
	REDACTED,
	RequestLog,
	TokenAuth,
	type FakeRequest,
} from './index';

function fakeRequest(body: string, contentType: string): FakeRequest {
	const rawBody = Buffer.from(body);
	return {
		method: 'POST',
		path: '/x',
		query: {},
		headers: { 'content-type': contentType },
		params: {},
		rawBody,
		body: contentType.includes('json') ? JSON.parse(body) : body,
		header: () => undefined,
		form: () => Object.fromEntries(new URLSearchParams(body)),
	};
}

describe('RequestLog', () => {
	describe('through a server', () => {
		let server: FakeServer;
		let base: string;
		const clock = new ManualClock();

		beforeAll(async () => {
			const auth = new TokenAuth({ clock });
			auth.addStatic('pat-na1-secret-token');
			server = new FakeServer({ name: 'log', clock, auth });
			server
				.route('GET', '/crm/v3/objects/contacts/:id', (req) => ({
					status: req.params.id === '404' ? 404 : 200,
					body: {},
				}))
				.route('POST', '/crm/v3/objects/contacts', () => ({ status: 201, body: {} }))
				.route('POST', '/oauth/token', () => ({ status: 200, body: {} }), { skipAuth: true });
			base = await server.start();
		});
		afterAll(() => server.stop());
		beforeEach(() => server.log.clear());

		const authed = { Authorization: 'Bearer pat-na1-secret-token' };

		it('records method, path, query, status, clock time and parsed body', async () => {
			clock.advance(1234);
			await fetch(`${base}/crm/v3/objects/contacts/1?properties=email&properties=firstname`, {
				headers: authed,
			});
			await fetch(`${base}/crm/v3/objects/contacts`, {
				method: 'POST',
				headers: { ...authed, 'content-type': 'application/json' },
				body: JSON.stringify({ properties: { email: 'a@example.com' } }),
			});
			const [get, post] = server.log.entries();
			expect(get).toMatchObject({
				method: 'GET',
				path: '/crm/v3/objects/contacts/1',
				query: { properties: ['email', 'firstname'] },
				status: 200,
				at: clock.now(),
				requestBytes: 0,
			});
			expect(get.requestBody).toBeUndefined();
			expect(get.durationMs).toBeGreaterThanOrEqual(0);
			expect(post).toMatchObject({
				method: 'POST',
				status: 201,
				requestBody: { properties: { email: 'a@example.com' } },
			});
			expect(post.seq).toBe(get.seq + 1);
		});

		it('filters by method, exact or RegExp path, and status', async () => {
			for (const id of ['1', '2', '404'])
				await fetch(`${base}/crm/v3/objects/contacts/${id}`, { headers: authed });
			await fetch(`${base}/crm/v3/objects/contacts`, {
				method: 'POST',
				headers: authed,
				body: '{}',
			});
			expect(server.log.count()).toBe(4);
			expect(server.log.count({ method: 'get' })).toBe(3);
			expect(server.log.count({ path: '/crm/v3/objects/contacts/2' })).toBe(1);
			expect(server.log.count({ path: /^\/crm\/v3\/objects\/contacts\/\d+$/ })).toBe(3);
			expect(server.log.entries({ status: 404 }).map((e) => e.path)).toEqual([
				'/crm/v3/objects/contacts/404',
			]);
			expect(server.log.count({ method: 'POST', status: 201 })).toBe(1);
			expect(server.log.last({ method: 'GET' })?.path).toBe('/crm/v3/objects/contacts/404');
		});

		it('never stores Authorization or other credentials', async () => {
			await fetch(`${base}/crm/v3/objects/contacts/1?hapikey=k123&access_token=t456&limit=5`, {
				headers: { ...authed, Cookie: 'sid=abc', 'X-Api-Key': 'key789' },
			});
			await fetch(`${base}/oauth/token`, {
				method: 'POST',
				body: new URLSearchParams({
					grant_type: 'refresh_token',
					refresh_token: '5Aep861-refresh',
					client_id: 'cid',
					client_secret: 'shh',
				}),
			});
			await fetch(`${base}/crm/v3/objects/contacts`, {
				method: 'POST',
				headers: { ...authed, 'content-type': 'application/json' },
				body: JSON.stringify({
					properties: {
						note: 'pat-na1-secret-token',
						password: 'p',
						nested: [{ apiKey: 'z' }],
						forwarded: 'Bearer 00D000000000001!AQ4AQLk9x2',
						plan: 'Basic membership',
					},
				}),
			});
			await fetch(`${base}/crm/v3/objects/contacts`, {
				method: 'POST',
				headers: { ...authed, 'content-type': 'text/plain' },
				body: 'token=abc&name=Ann',
			});
			const [get, token, json, text] = server.log.entries();
			expect(get.headers?.authorization).toBe(REDACTED);
			expect(get.headers?.cookie).toBe(REDACTED);
			expect(get.headers?.['x-api-key']).toBe(REDACTED);
			expect(get.query).toEqual({ hapikey: REDACTED, access_token: REDACTED, limit: '5' });
			expect(token.requestBody).toEqual({
				grant_type: 'refresh_token',
				refresh_token: REDACTED,
				client_id: 'cid',
				client_secret: REDACTED,
			});
			expect(json.requestBody).toEqual({
				properties: {
					note: REDACTED,
					password: REDACTED,
					nested: [{ apiKey: REDACTED }],
					forwarded: REDACTED,
					plan: 'Basic membership',
				},
			});
			expect(text.requestBody).toBe(`token=${REDACTED}&name=Ann`);
			const everything = JSON.stringify(server.log.entries());
			for (const secret of [
				'pat-na1-secret-token',
				'k123',
				't456',
				'abc',
				'key789',
				'5Aep861',
				'shh',
				'AQ4AQLk9x2',
			]) {
				expect(everything).not.toContain(secret);
			}
		});
	});

	it('keeps at most `cap` entries, dropping the oldest and counting them', () => {
		const log = new RequestLog({ cap: 3 });
		for (let i = 0; i < 10; i++)
			log.open({ method: 'GET', path: `/r/${i}`, query: {}, headers: {} });
		expect(log.size).toBe(3);
		expect(log.dropped).toBe(7);
		expect(log.entries().map((e) => e.path)).toEqual(['/r/7', '/r/8', '/r/9']);
		expect(log.last()?.path).toBe('/r/9');
		log.clear();
		expect([log.size, log.dropped]).toEqual([0, 0]);
		expect(log.open({ method: 'GET', path: '/after', query: {}, headers: {} }).seq).toBe(11);
	});

	it('stays bounded under a large volume', () => {
		const log = new RequestLog({ cap: 1000, storeHeaders: false });
		for (let i = 0; i < 100_000; i++)
			log.open({ method: 'POST', path: '/contacts', query: {}, headers: {} });
		expect(log.size).toBe(1000);
		expect(log.dropped).toBe(99_000);
		expect(log.entries()[0].seq).toBe(99_001);
	});

	it('can skip bodies and headers, and skips bodies over maxStoredBodyBytes', () => {
		const noBodies = new RequestLog({ storeBodies: false, storeHeaders: false });
		const entry = noBodies.open({
			method: 'POST',
			path: '/x',
			query: {},
			headers: { 'content-type': 'application/json' },
		});
		noBodies.attachBody(entry, fakeRequest('{"a":1}', 'application/json'));
		expect(entry.requestBody).toBeUndefined();
		expect(entry.headers).toBeUndefined();
		expect(entry.requestBytes).toBe(7);

		const small = new RequestLog({ maxStoredBodyBytes: 10 });
		const big = small.open({ method: 'PUT', path: '/batches', query: {}, headers: {} });
		small.attachBody(big, fakeRequest('Id\n'.repeat(100), 'text/csv'));
		expect(big.requestBody).toBeUndefined();
		expect(big.requestBytes).toBe(300);
	});
});
