import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runWorkflow } from './index';
import type { CredentialsInput } from './index';
import { fixtureCredentialTypes } from './__fixtures__/credentials';
import { startFakeServer } from './__fixtures__/fake-server';
import type { FakeRequest, FakeServer } from './__fixtures__/fake-server';
import { fixtureNodeTypes } from './__fixtures__/nodes';
import { chain, node } from './__fixtures__/workflows';

let server: FakeServer;
let validSession = 'session-1';
let validAccessToken = 'access-1';
let tokensIssued = 0;

const bearer = (request: FakeRequest) => request.headers.authorization?.replace(/^Bearer /, '');

beforeAll(async () => {
	server = await startFakeServer({
		'GET /api-key/whoami': (request) =>
			request.headers['x-api-key'] === 'key-123'
				? { body: { version: request.headers['x-api-version'], client: request.query.client } }
				: { status: 401, body: { message: 'bad api key' } },
		'POST /session/login': (request) => {
			const { username, password } = request.body as Record<string, string>;
			return username === 'ada' && password === 'pw'
				? { body: { token: validSession } }
				: { status: 403, body: { message: 'bad login' } };
		},
		'GET /session/data': (request) =>
			bearer(request) === validSession
				? { body: { session: validSession } }
				: { status: 401, body: { message: 'session expired' } },
		'POST /oauth/token': (request) => {
			const { grant_type, scope } = request.body as Record<string, string>;
			validAccessToken = `access-${++tokensIssued}`;
			return { body: { access_token: validAccessToken, token_type: 'Bearer', expires_in: 3600, grant_type, scope } };
		},
		'GET /oauth/resource': (request) =>
			bearer(request) === validAccessToken
				? { body: { token: validAccessToken } }
				: { status: 401, body: { message: 'token expired' } },
	});
});

afterAll(async () => await server.close());

beforeEach(() => {
	server.requests.length = 0;
	tokensIssued = 0;
});

/** Emit two items -> "Request" (probe 'request' op) using one credential of `credentialType`. */
function requestWorkflow(path: string, authentication: string, credentialType: string) {
	const parameters: INodeParameters = { operation: 'request', authentication, url: `${server.url}${path}` };
	return chain(
		node('Emit', { operation: 'emit', items: JSON.stringify([{ n: 1 }, { n: 2 }]) }),
		node('Request', parameters, { credentials: { [credentialType]: { id: '7', name: 'My credential' } } }),
	);
}

async function run(path: string, authentication: string, credentialType: string, credentials: CredentialsInput) {
	return await runWorkflow({
		workflow: requestWorkflow(path, authentication, credentialType),
		nodeTypes: fixtureNodeTypes,
		credentialTypes: fixtureCredentialTypes,
		credentials,
	});
}

describe('credentials: generic authenticate', () => {
	it('sends headers and qs resolved from $credentials, with property defaults filled in', async () => {
		const result = await run('/api-key/whoami', 'apiKey', 'harnessApiKeyApi', {
			harnessApiKeyApi: { 'My credential': { apiKey: 'key-123' } },
		});

		expect(result.error).toBeUndefined();
		expect(result.output('Request').map((item) => item.json)).toEqual([
			{ version: 'v1', client: 'harness' },
			{ version: 'v1', client: 'harness' },
		]);
		expect(server.requests[0].headers).toMatchObject({ 'x-api-key': 'key-123', 'x-api-version': 'v1' });
	});

	it('finds credentials by id as well as by name', async () => {
		const result = await run('/api-key/whoami', 'apiKey', 'harnessApiKeyApi', {
			harnessApiKeyApi: { '7': { apiKey: 'key-123', apiVersion: 'v2' } },
		});

		expect(result.output('Request')[0].json).toEqual({ version: 'v2', client: 'harness' });
	});

	it('a rejected key fails the node with n8n’s NodeApiError after its one 401 retry', async () => {
		const result = await run('/api-key/whoami', 'apiKey', 'harnessApiKeyApi', {
			harnessApiKeyApi: { 'My credential': { apiKey: 'wrong' } },
		});

		expect(result.status).toBe('error');
		expect(result.error).toMatchObject({ nodeName: 'Request', httpCode: '401' });
		expect(result.error?.message).toMatch(/Authorization failed/);
		expect(server.calls('GET /api-key/whoami')).toHaveLength(2);
	});
});

describe('credentials: preAuthentication with an expirable field', () => {
	const session = (sessionToken?: string) => ({
		harnessSessionApi: {
			'My credential': {
				loginUrl: `${server.url}/session/login`,
				username: 'ada',
				password: 'pw',
				...(sessionToken === undefined ? {} : { sessionToken }),
			},
		},
	});

	it('on a 401 logs in once, retries, and keeps the new token for the rest of the run', async () => {
		validSession = 'session-2';
		const result = await run('/session/data', 'session', 'harnessSessionApi', session('session-1'));

		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => `${r.method} ${r.path} ${bearer(r) ?? ''}`)).toEqual([
			'GET /session/data session-1',
			'POST /session/login ',
			'GET /session/data session-2',
			'GET /session/data session-2',
		]);
		expect(result.output('Request').map((item) => item.json)).toEqual([
			{ session: 'session-2' },
			{ session: 'session-2' },
		]);
		expect(result.credentials.harnessSessionApi['My credential'].sessionToken).toBe('session-2');
	});

	it('logs in before the first request when the expirable field is empty', async () => {
		validSession = 'session-3';
		const result = await run('/session/data', 'session', 'harnessSessionApi', session());

		expect(result.error).toBeUndefined();
		expect(server.calls('POST /session/login')).toHaveLength(1);
		expect(server.calls('GET /session/data').map(bearer)).toEqual(['session-3', 'session-3']);
	});
});

describe('credentials: OAuth2 (extends oAuth2Api) through n8n-core’s OAuth2 path', () => {
	const oauth = (oauthTokenData?: IDataObject): CredentialsInput => ({
		harnessOAuth2Api: {
			'My credential': {
				clientId: 'client',
				clientSecret: 'secret',
				accessTokenUrl: `${server.url}/oauth/token`,
				...(oauthTokenData && { oauthTokenData }),
			},
		},
	});

	it('fetches a client-credentials token when there is none and saves it', async () => {
		const result = await run('/oauth/resource', 'oAuth2', 'harnessOAuth2Api', oauth());

		expect(result.error).toBeUndefined();
		const [tokenRequest] = server.calls('POST /oauth/token');
		expect(tokenRequest.body).toMatchObject({ grant_type: 'client_credentials', scope: 'records.read' });
		expect(tokenRequest.headers.authorization).toBe(`Basic ${Buffer.from('client:secret').toString('base64')}`);
		expect(server.calls('GET /oauth/resource').map(bearer)).toEqual(['access-1', 'access-1']);
		expect(result.credentials.harnessOAuth2Api['My credential'].oauthTokenData).toMatchObject({
			access_token: 'access-1',
		});
	});

	it('on a 401 gets a new token once (updateCredentialsOauthTokenData) and retries', async () => {
		validAccessToken = 'stale';
		const result = await run(
			'/oauth/resource',
			'oAuth2',
			'harnessOAuth2Api',
			oauth({ access_token: 'expired', token_type: 'Bearer' }),
		);

		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => `${r.method} ${r.path} ${bearer(r) ?? ''}`)).toEqual([
			'GET /oauth/resource expired',
			expect.stringMatching(/^POST \/oauth\/token /),
			'GET /oauth/resource access-1',
			'GET /oauth/resource access-1',
		]);
		expect(result.credentials.harnessOAuth2Api['My credential'].oauthTokenData).toMatchObject({
			access_token: 'access-1',
		});
	});
});

describe('credentials: lookup', () => {
	it('an unknown credential fails the node with a message naming what exists', async () => {
		const result = await run('/api-key/whoami', 'apiKey', 'harnessApiKeyApi', {
			harnessApiKeyApi: { Other: { apiKey: 'key-123' } },
		});

		expect(result.status).toBe('error');
		expect(result.error?.nodeName).toBe('Request');
		expect(result.error?.message).toMatch(/does not exist for type "harnessApiKeyApi"/);
		expect(server.requests).toHaveLength(0);
	});
});
