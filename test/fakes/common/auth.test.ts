import { FakeServer, ManualClock, TokenAuth, type AuthFailure, type FakeRequest } from './index';

function withAuthorization(value?: string, query: Record<string, string> = {}): FakeRequest {
	return {
		method: 'GET',
		path: '/',
		query,
		headers: value === undefined ? {} : { authorization: value },
		params: {},
		rawBody: Buffer.alloc(0),
		body: undefined,
		header: (name) => (name.toLowerCase() === 'authorization' ? value : undefined),
		form: () => ({}),
	};
}

const reasonOf = (auth: TokenAuth, req: FakeRequest) => {
	const result = auth.authenticate(req);
	return result.ok ? 'ok' : result.failure.reason;
};

describe('TokenAuth', () => {
	let clock: ManualClock;
	beforeEach(() => {
		clock = new ManualClock();
	});

	it('accepts issued tokens until their ttl runs out', () => {
		const auth = new TokenAuth({ clock, tokenPrefix: '00D000000000001!' });
		const token = auth.issue({
			ttlMs: 7_200_000,
			scope: 'api refresh_token',
			data: { userId: '005' },
		});
		expect(token.startsWith('00D000000000001!')).toBe(true);
		const result = auth.authenticate(withAuthorization(`Bearer ${token}`));
		expect(result).toEqual({
			ok: true,
			token: {
				token,
				scopes: ['api', 'refresh_token'],
				data: { userId: '005' },
				issuedAt: clock.now(),
				expiresAt: clock.now() + 7_200_000,
				static: false,
			},
		});
		clock.advance(7_199_999);
		expect(reasonOf(auth, withAuthorization(`Bearer ${token}`))).toBe('ok');
		clock.advance(1);
		expect(reasonOf(auth, withAuthorization(`Bearer ${token}`))).toBe('expired');
	});

	it('tells missing, invalid and expired apart', () => {
		const auth = new TokenAuth({ clock });
		const token = auth.issue();
		expect(reasonOf(auth, withAuthorization())).toBe('missing');
		expect(reasonOf(auth, withAuthorization('Bearer nope'))).toBe('invalid');
		expect(reasonOf(auth, withAuthorization(`Basic ${token}`))).toBe('invalid');
		expect(reasonOf(auth, withAuthorization(`bearer ${token}`))).toBe('ok');
		auth.expire(token);
		expect(reasonOf(auth, withAuthorization(`Bearer ${token}`))).toBe('expired');
		auth.revoke(token);
		expect(reasonOf(auth, withAuthorization(`Bearer ${token}`))).toBe('invalid');
	});

	it('expireAll() ends every session, static tokens included', () => {
		const auth = new TokenAuth({ clock });
		const issued = [auth.issue(), auth.issue({ ttlMs: 1000 }), auth.addStatic('pat-na1-static')];
		expect(issued.map((t) => reasonOf(auth, withAuthorization(`Bearer ${t}`)))).toEqual([
			'ok',
			'ok',
			'ok',
		]);
		expect(auth.lookup('pat-na1-static')?.static).toBe(true);
		auth.expireAll();
		expect(issued.map((t) => reasonOf(auth, withAuthorization(`Bearer ${t}`)))).toEqual([
			'expired',
			'expired',
			'expired',
		]);
	});

	it('supports other schemes and custom extraction', () => {
		const salesforce = new TokenAuth({ clock, schemes: ['Bearer', 'OAuth'] });
		const token = salesforce.issue();
		expect(reasonOf(salesforce, withAuthorization(`OAuth ${token}`))).toBe('ok');
		const legacy = new TokenAuth({
			clock,
			extract: (req) => req.query.hapikey as string | undefined,
		});
		legacy.addStatic('key-1');
		expect(reasonOf(legacy, withAuthorization(undefined, { hapikey: 'key-1' }))).toBe('ok');
		expect(reasonOf(legacy, withAuthorization('Bearer key-1'))).toBe('missing');
	});

	it("answers with the service's own 401 through the server", async () => {
		const failures: AuthFailure[] = [];
		const auth = new TokenAuth({
			clock,
			unauthorizedResponse: (failure) => {
				failures.push(failure);
				return {
					status: 401,
					body: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }],
				};
			},
		});
		const token = auth.issue({ ttlMs: 60_000 });
		const server = new FakeServer({ name: 'sf', clock, auth });
		server.route('GET', '/services/data/v60.0/limits', () => ({ status: 200, body: {} }));
		const base = await server.start();
		try {
			const call = () =>
				fetch(`${base}/services/data/v60.0/limits`, {
					headers: { Authorization: `Bearer ${token}` },
				});
			expect((await call()).status).toBe(200);
			clock.advance(60_000);
			const expired = await call();
			expect(expired.status).toBe(401);
			expect(await expired.json()).toEqual([
				{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' },
			]);
			expect(failures.map((f) => [f.reason, f.token?.token])).toEqual([['expired', token]]);
		} finally {
			await server.stop();
		}
	});
});
