import { generateKeyPairSync } from 'node:crypto';
import { Connection, OAuth2 } from 'jsforce';
import { jwtAssertion } from '../../../credentials/salesforceSession';
import { ManualClock } from '../common';
import { startFakeSalesforce, type FakeSalesforce } from './index';
import { V } from './testSupport';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const otherPem = generateKeyPairSync('rsa', { modulusLength: 2048 })
	.privateKey.export({ type: 'pkcs8', format: 'pem' })
	.toString();

async function token(sf: FakeSalesforce, form: Record<string, string>, headers: Record<string, string> = {}) {
	const res = await fetch(`${sf.url}/services/oauth2/token`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
		body: new URLSearchParams(form).toString(),
	});
	return { status: res.status, body: (await res.json()) as Record<string, string> };
}

describe('fake Salesforce OAuth', () => {
	const clock = new ManualClock(Date.UTC(2025, 5, 1));
	let sf: FakeSalesforce;

	beforeAll(async () => {
		sf = await startFakeSalesforce({
			clock,
			clientId: 'cid',
			clientSecret: 'csecret',
			username: 'integration@acme.example',
			jwtPublicKey: publicKey,
			tokenTtlMs: 60_000,
			redirectUris: ['http://localhost:5678/rest/oauth2-credential/callback'],
		});
	});
	afterAll(() => sf.stop());

	it('refresh_token: a new session for a known refresh token, invalid_grant otherwise', async () => {
		const issued = sf.issueToken();
		const ok = await token(sf, {
			grant_type: 'refresh_token',
			client_id: 'cid',
			client_secret: 'csecret',
			refresh_token: issued.refresh_token as string,
		});
		expect(ok.status).toBe(200);
		expect(Object.keys(ok.body)).toEqual(['access_token', 'signature', 'scope', 'instance_url', 'id', 'token_type', 'issued_at']);
		expect(ok.body.instance_url).toBe(sf.url);
		expect(ok.body.token_type).toBe('Bearer');
		expect(ok.body.access_token.startsWith(`${sf.orgId.slice(0, 15)}!`)).toBe(true);
		expect(ok.body.id).toBe(`${sf.url}/id/${sf.orgId}/${sf.user.userId}`);

		expect(await token(sf, { grant_type: 'refresh_token', client_id: 'cid', refresh_token: 'nope' })).toEqual({
			status: 400,
			body: { error: 'invalid_grant', error_description: 'expired access/refresh token' },
		});
		expect(await token(sf, { grant_type: 'refresh_token', client_id: 'other', refresh_token: issued.refresh_token as string })).toEqual({
			status: 400,
			body: { error: 'invalid_client_id', error_description: 'client identifier invalid' },
		});
	});

	it('JWT bearer: checks the signature, iss, sub, aud and exp', async () => {
		const now = Math.floor(clock.now() / 1000);
		const grant = (assertion: string) =>
			token(sf, { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion });
		const ok = await grant(jwtAssertion('cid', 'integration@acme.example', 'https://login.salesforce.com', privatePem, now));
		expect(ok.status).toBe(200);
		expect(Object.keys(ok.body)).toEqual(['access_token', 'scope', 'instance_url', 'id', 'token_type']);
		expect((await grant(jwtAssertion('cid', 'integration@acme.example', sf.url, privatePem, now))).status).toBe(200);

		const refused = (description: string, error = 'invalid_grant') => ({ status: 400, body: { error, error_description: description } });
		expect(await grant(jwtAssertion('cid', 'integration@acme.example', 'https://login.salesforce.com', otherPem, now))).toEqual(
			refused('invalid assertion'),
		);
		expect(await grant(jwtAssertion('wrong', 'integration@acme.example', 'https://login.salesforce.com', privatePem, now))).toEqual(
			refused('client identifier invalid', 'invalid_client_id'),
		);
		expect(await grant(jwtAssertion('cid', 'nobody@acme.example', 'https://login.salesforce.com', privatePem, now))).toEqual(
			refused("user hasn't approved this consumer"),
		);
		expect(await grant(jwtAssertion('cid', 'integration@acme.example', 'https://evil.example', privatePem, now))).toEqual(
			refused('audience is invalid'),
		);
		expect(await grant(jwtAssertion('cid', 'integration@acme.example', 'https://login.salesforce.com', privatePem, now - 600))).toEqual(
			refused('expired authorization code'),
		);
		expect(await grant('not.a.jwt')).toEqual(refused('invalid assertion'));
	});

	it('client_credentials: client id and secret, in the body or as HTTP Basic', async () => {
		const ok = await token(sf, { grant_type: 'client_credentials', client_id: 'cid', client_secret: 'csecret' });
		expect(ok.status).toBe(200);
		expect(ok.body.instance_url).toBe(sf.url);
		const basic = await token(sf, { grant_type: 'client_credentials' }, { Authorization: `Basic ${Buffer.from('cid:csecret').toString('base64')}` });
		expect(basic.status).toBe(200);
		expect(await token(sf, { grant_type: 'client_credentials', client_id: 'cid', client_secret: 'bad' })).toEqual({
			status: 400,
			body: { error: 'invalid_client', error_description: 'invalid client credentials' },
		});
	});

	it('authorization_code: authorize redirects with a code that jsforce exchanges once', async () => {
		const redirectUri = 'http://localhost:5678/rest/oauth2-credential/callback';
		const res = await fetch(
			`${sf.url}/services/oauth2/authorize?response_type=code&client_id=cid&redirect_uri=${encodeURIComponent(redirectUri)}&state=s1`,
			{ redirect: 'manual' },
		);
		expect(res.status).toBe(302);
		const location = new URL(res.headers.get('location') as string);
		expect(location.searchParams.get('state')).toBe('s1');
		const code = location.searchParams.get('code') as string;

		const oauth2 = new OAuth2({ loginUrl: sf.url, clientId: 'cid', clientSecret: 'csecret', redirectUri });
		const tokens = await oauth2.requestToken(code);
		expect(tokens.refresh_token).toEqual(expect.any(String));
		expect(tokens.instance_url).toBe(sf.url);
		await expect(oauth2.requestToken(code)).rejects.toThrow('invalid authorization code');
	});

	it('refuses unknown grant types', async () => {
		expect(await token(sf, { grant_type: 'magic' })).toEqual({
			status: 400,
			body: { error: 'unsupported_grant_type', error_description: 'grant type not supported' },
		});
	});

	it('REST answers an expired or unknown token with 401 INVALID_SESSION_ID', async () => {
		const session = sf.issueToken({ refreshToken: false });
		const get = (t: string) => fetch(`${sf.url}/services/data/v${V}/sobjects`, { headers: { Authorization: `Bearer ${t}` } });
		expect((await get(session.access_token)).status).toBe(200);
		clock.advance(61_000);
		const expired = await get(session.access_token);
		expect(expired.status).toBe(401);
		expect(await expired.json()).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
		expect(expired.headers.get('sforce-limit-info')).toBeNull();
		expect((await get('00Dnope!x')).status).toBe(401);

		sf.server.faults.inject({ kind: 'expiredToken', times: 1 });
		const faulted = await get(sf.issueToken().access_token);
		expect(faulted.status).toBe(401);
		expect(await faulted.json()).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
	});

	it('jsforce refreshes an expired session through the refresh_token grant and retries', async () => {
		const session = sf.issueToken();
		const conn = new Connection({
			oauth2: { loginUrl: sf.url, clientId: 'cid', clientSecret: 'csecret' },
			instanceUrl: session.instance_url,
			accessToken: session.access_token,
			refreshToken: session.refresh_token,
			version: V,
		});
		clock.advance(61_000);
		const refreshed: string[] = [];
		conn.on('refresh', (accessToken: string) => refreshed.push(accessToken));
		const global = await conn.describeGlobal();
		expect(global.sobjects.length).toBeGreaterThan(0);
		expect(refreshed).toHaveLength(1);
		expect(sf.server.log.count({ method: 'POST', path: '/services/oauth2/token' })).toBeGreaterThan(0);
	});

	it('userinfo describes the token user; the identity service refuses bad tokens with 403 text', async () => {
		const session = sf.issueToken({ refreshToken: false });
		const info = await fetch(`${sf.url}/services/oauth2/userinfo`, { headers: { Authorization: `Bearer ${session.access_token}` } });
		expect(info.status).toBe(200);
		expect(await info.json()).toMatchObject({
			user_id: sf.user.userId,
			organization_id: sf.orgId,
			preferred_username: 'integration@acme.example',
			email: 'integration@acme.example',
			urls: { rest: `${sf.url}/services/data/v{version}/` },
		});
		const id = await fetch(session.id, { headers: { Authorization: `Bearer ${session.access_token}` } });
		expect(await id.json()).toMatchObject({ user_id: sf.user.userId, username: 'integration@acme.example' });

		clock.advance(61_000);
		const expired = await fetch(`${sf.url}/services/oauth2/userinfo`, { headers: { Authorization: `Bearer ${session.access_token}` } });
		expect(expired.status).toBe(403);
		expect(await expired.text()).toBe('Bad_OAuth_Token');
		const missing = await fetch(`${sf.url}/services/oauth2/userinfo`);
		expect(missing.status).toBe(403);
		expect(await missing.text()).toBe('Missing_OAuth_Token');
	});
});
