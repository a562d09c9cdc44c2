import { request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import { FakeServer, TokenAuth, type FakeRequest } from './index';

describe('FakeServer', () => {
	let server: FakeServer;
	let base: string;

	afterEach(async () => {
		await server.stop();
	});

	async function startWith(
		setup: (s: FakeServer) => void,
		options: Partial<ConstructorParameters<typeof FakeServer>[0]> = {},
	) {
		server = new FakeServer({ name: 'test', ...options });
		setup(server);
		base = await server.start();
	}

	it('listens on 127.0.0.1 with a random port', async () => {
		await startWith(() => undefined);
		expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(Number(new URL(base).port)).toBeGreaterThan(0);
		expect(server.url).toBe(base);
	});

	it('extracts named params, decodes them, and passes the query with repeated keys as arrays', async () => {
		let seen: FakeRequest | undefined;
		await startWith((s) =>
			s.route('GET', '/services/data/:version/jobs/query/:jobId', (req) => {
				seen = req;
				return { status: 200, body: { version: req.params.version, jobId: req.params.jobId } };
			}),
		);
		const res = await fetch(
			`${base}/services/data/v60.0/jobs/query/750%2Fx?properties=a&properties=b&q=SELECT+Id`,
		);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/json;charset=UTF-8');
		expect(await res.json()).toEqual({ version: 'v60.0', jobId: '750/x' });
		expect(seen?.method).toBe('GET');
		expect(seen?.path).toBe('/services/data/v60.0/jobs/query/750%2Fx');
		expect(seen?.query).toEqual({ properties: ['a', 'b'], q: 'SELECT Id' });
	});

	it('supports a trailing wildcard and RegExp routes, first registered match winning', async () => {
		await startWith((s) =>
			s
				.route('GET', '/files/special', () => ({ status: 200, body: 'special' }))
				.route('GET', '/files/*', (req) => ({ status: 200, body: `rest=${req.params['*']}` }))
				.route('*', /^\/sobjects\/(?<type>\w+)\/describe$/, (req) => ({
					status: 200,
					body: `${req.method} ${req.params.type} ${req.params['1']}`,
				})),
		);
		expect(await (await fetch(`${base}/files/special`)).text()).toBe('special');
		expect(await (await fetch(`${base}/files/a/b/c.csv`)).text()).toBe('rest=a/b/c.csv');
		expect(
			await (await fetch(`${base}/sobjects/Account/describe`, { method: 'POST' })).text(),
		).toBe('POST Account Account');
	});

	it('parses JSON bodies, keeps other bodies as text, and reads form bodies on demand', async () => {
		const bodies: unknown[] = [];
		await startWith((s) =>
			s.route('POST', '/echo', (req) => {
				bodies.push(req.body);
				return { status: 200, body: { form: req.form(), length: req.rawBody.length } };
			}),
		);
		await fetch(`${base}/echo`, {
			method: 'POST',
			headers: { 'content-type': 'application/json; charset=UTF-8' },
			body: JSON.stringify({ records: [{ Id: '001' }] }),
		});
		await fetch(`${base}/echo`, {
			method: 'POST',
			headers: { 'content-type': 'text/csv' },
			body: 'Id,Name\n001,Acme\n',
		});
		const form = await fetch(`${base}/echo`, {
			method: 'POST',
			body: new URLSearchParams({ grant_type: 'password', username: 'u@example.com' }),
		});
		expect(bodies).toEqual([
			{ records: [{ Id: '001' }] },
			'Id,Name\n001,Acme\n',
			'grant_type=password&username=u%40example.com',
		]);
		expect(await form.json()).toEqual({
			form: { grant_type: 'password', username: 'u@example.com' },
			length: 44,
		});
	});

	it('sends strings as text, Buffers as bytes, streams chunked, and 204 without a body', async () => {
		await startWith((s) =>
			s
				.route('GET', '/text', () => ({ status: 200, body: 'hello' }))
				.route('GET', '/bytes', () => ({
					status: 200,
					headers: { 'Content-Type': 'text/csv' },
					body: Buffer.from('a,b\n'),
				}))
				.route('GET', '/stream', () => ({
					status: 200,
					headers: { 'Content-Type': 'text/csv' },
					body: Readable.from(['Id\n', '1\n', '2\n']),
				}))
				.route('DELETE', '/thing', () => ({ status: 204, body: { ignored: true } })),
		);
		const text = await fetch(`${base}/text`);
		expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
		expect(await text.text()).toBe('hello');
		const bytes = await fetch(`${base}/bytes`);
		expect([
			bytes.headers.get('content-type'),
			bytes.headers.get('content-length'),
			await bytes.text(),
		]).toEqual(['text/csv', '4', 'a,b\n']);
		const stream = await fetch(`${base}/stream`);
		expect(stream.headers.get('transfer-encoding')).toBe('chunked');
		expect(await stream.text()).toBe('Id\n1\n2\n');
		const deleted = await fetch(`${base}/thing`, { method: 'DELETE' });
		expect(deleted.status).toBe(204);
		expect(await deleted.text()).toBe('');
	});

	it('answers unknown routes with 404, through the notFound hook when given', async () => {
		await startWith(() => undefined);
		const plain = await fetch(`${base}/nope`);
		expect(plain.status).toBe(404);
		expect(await plain.json()).toEqual({
			error: 'not_found',
			message: 'test fake has no route for GET /nope',
		});
		await server.stop();

		await startWith((s) => s.route('GET', '/things', () => ({ status: 200 })), {
			notFound: (req, { allowedMethods }) =>
				allowedMethods.length > 0
					? {
							status: 405,
							body: [
								{
									errorCode: 'METHOD_NOT_ALLOWED',
									message: `Allowed: ${allowedMethods.join(',')}`,
								},
							],
						}
					: { status: 404, body: [{ errorCode: 'NOT_FOUND', message: `${req.path} not found` }] },
		});
		expect(await (await fetch(`${base}/other`)).json()).toEqual([
			{ errorCode: 'NOT_FOUND', message: '/other not found' },
		]);
		const wrongMethod = await fetch(`${base}/things`, { method: 'PUT' });
		expect(wrongMethod.status).toBe(405);
		expect(await wrongMethod.json()).toEqual([
			{ errorCode: 'METHOD_NOT_ALLOWED', message: 'Allowed: GET' },
		]);
	});

	it('turns a throwing handler into a 500, records the error, and keeps serving', async () => {
		await startWith((s) =>
			s
				.route('GET', '/sync-throw', () => {
					throw new Error('boom');
				})
				.route('GET', '/async-throw', async () => Promise.reject(new TypeError('bad')))
				.route('GET', '/circular', () => {
					const body: Record<string, unknown> = {};
					body.self = body;
					return { status: 200, body };
				})
				.route('GET', '/ok', () => ({ status: 200, body: { ok: true } })),
		);
		const sync = await fetch(`${base}/sync-throw`);
		expect(sync.status).toBe(500);
		expect(await sync.json()).toEqual({ error: 'internal_error', message: 'Error: boom' });
		expect((await fetch(`${base}/async-throw`)).status).toBe(500);
		expect((await fetch(`${base}/circular`)).status).toBe(500);
		expect((await fetch(`${base}/ok`)).status).toBe(200);
		expect(
			server.log.entries({ status: 500 }).map((e) => [e.path, e.error?.split(':')[0]]),
		).toEqual([
			['/sync-throw', 'Error'],
			['/async-throw', 'TypeError'],
			['/circular', 'TypeError'],
		]);
	});

	it('uses the internalError hook for the service-shaped 500', async () => {
		await startWith(
			(s) =>
				s.route('GET', '/x', () => {
					throw new Error('kaput');
				}),
			{
				internalError: (_req, error) => ({
					status: 500,
					body: [{ errorCode: 'UNKNOWN_EXCEPTION', message: String(error) }],
				}),
			},
		);
		expect(await (await fetch(`${base}/x`)).json()).toEqual([
			{ errorCode: 'UNKNOWN_EXCEPTION', message: 'Error: kaput' },
		]);
	});

	it('rejects bodies over the size limit with 413', async () => {
		let called = false;
		await startWith(
			(s) =>
				s.route('PUT', '/upload', () => {
					called = true;
					return { status: 201 };
				}),
			{ maxBodyBytes: 1000 },
		);
		expect((await fetch(`${base}/upload`, { method: 'PUT', body: 'x'.repeat(1000) })).status).toBe(
			201,
		);
		called = false;
		const tooBig = await fetch(`${base}/upload`, { method: 'PUT', body: 'x'.repeat(5000) });
		expect(tooBig.status).toBe(413);
		expect(called).toBe(false);
		expect(server.log.last()).toMatchObject({ status: 413, requestBytes: 5000 });
	});

	it('answers malformed JSON through the invalidJson hook without calling the handler', async () => {
		await startWith((s) => s.route('POST', '/json', () => ({ status: 200 })), {
			invalidJson: () => ({
				status: 400,
				body: [{ errorCode: 'JSON_PARSER_ERROR', message: 'Unexpected character' }],
			}),
		});
		const res = await fetch(`${base}/json`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"a":',
		});
		expect(res.status).toBe(400);
		expect(await res.json()).toEqual([
			{ errorCode: 'JSON_PARSER_ERROR', message: 'Unexpected character' },
		]);
	});

	it('adds default headers, which handler headers override', async () => {
		let n = 0;
		await startWith(
			(s) =>
				s
					.route('GET', '/a', () => ({ status: 200, body: {} }))
					.route('GET', '/b', () => ({
						status: 200,
						headers: { 'x-request-id': 'mine' },
						body: {},
					})),
			{ defaultHeaders: () => ({ 'X-Request-Id': `req-${++n}`, Server: 'fake' }) },
		);
		const a = await fetch(`${base}/a`);
		const b = await fetch(`${base}/b`);
		expect([a.headers.get('x-request-id'), a.headers.get('server')]).toEqual(['req-1', 'fake']);
		expect(b.headers.get('x-request-id')).toBe('mine');
	});

	it('checks auth on routes unless they skip it, and gives handlers the accepted token', async () => {
		const auth = new TokenAuth();
		const token = auth.issue({ data: { userId: '005' } });
		await startWith(
			(s) =>
				s
					.route(
						'POST',
						'/oauth/token',
						() => ({ status: 200, body: { access_token: auth.issue() } }),
						{ skipAuth: true },
					)
					.route('GET', '/me', (req) => ({ status: 200, body: req.auth?.data ?? {} })),
			{ auth },
		);
		expect((await fetch(`${base}/me`)).status).toBe(401);
		expect((await fetch(`${base}/oauth/token`, { method: 'POST' })).status).toBe(200);
		const me = await fetch(`${base}/me`, { headers: { Authorization: `Bearer ${token}` } });
		expect(await me.json()).toEqual({ userId: '005' });
	});

	it('answers HEAD from the GET route without a body', async () => {
		await startWith((s) => s.route('GET', '/thing', () => ({ status: 200, body: { a: 1 } })));
		const res = await fetch(`${base}/thing`, { method: 'HEAD' });
		expect(res.status).toBe(200);
		expect(await res.text()).toBe('');
	});

	it('works with node:http clients too, and stop() is idempotent', async () => {
		await startWith((s) => s.route('GET', '/ping', () => ({ status: 200, body: 'pong' })));
		const body = await new Promise<string>((resolve, reject) => {
			httpRequest(`${base}/ping`, (res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (chunk: string) => (text += chunk));
				res.on('end', () => resolve(text));
			})
				.on('error', reject)
				.end();
		});
		expect(body).toBe('pong');
		await server.stop();
		await server.stop();
		expect(() => server.url).toThrow('not started');
	});
});
