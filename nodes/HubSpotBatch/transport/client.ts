import { Client } from '@hubspot/api-client';
import * as http from 'node:http';
import * as https from 'node:https';
import {
	NodeOperationError,
	type ICredentialDataDecryptedObject,
	type IExecuteFunctions,
	type ILoadOptionsFunctions,
} from 'n8n-workflow';
import { HUBSPOT_API_URL } from '../../../credentials/hubSpotShared';
import { RateController, sharedRateController } from '../../shared/rateControl';
import {
	credentialTypeFor,
	DEFAULT_TEN_SECOND_LIMIT,
	type HubSpotAuthentication,
} from './credentialTypes';
import { hubSpotRatePolicy } from './ratePolicy';

type Context = IExecuteFunctions | ILoadOptionsFunctions;

/** What every SDK `…WithHttpInfo` method returns. */
export interface HttpInfo<T> {
	httpStatusCode: number;
	headers: Record<string, string>;
	data: T;
}

export interface HubSpotApi {
	baseUrl: string;
	rate: RateController;
	/** One request through the rate controller: paced, retried, the token renewed once on a 401. */
	call<T>(send: (client: Client) => Promise<HttpInfo<T>>): Promise<T>;
}

const agents = new Map<string, http.Agent>();

// One keep-alive agent per host: a batch upsert costs one TLS handshake per connection, not per call.
function agentFor(baseUrl: string): http.Agent {
	let agent = agents.get(baseUrl);
	if (!agent) {
		const options = { keepAlive: true, maxSockets: 32 };
		agent = baseUrl.startsWith('https:') ? new https.Agent(options) : new http.Agent(options);
		agents.set(baseUrl, agent);
	}
	return agent;
}

function tokenOf(credentials: ICredentialDataDecryptedObject): string | undefined {
	const oauth = credentials.oauthTokenData as { access_token?: string } | undefined;
	return (credentials.accessToken as string | undefined) || oauth?.access_token;
}

function makeClient(baseUrl: string, accessToken: string): Client {
	// Retries are ours (the rate controller): the SDK's would wait 10 s × attempt after a 429.
	return new Client({
		accessToken,
		basePath: baseUrl,
		numberOfApiCallRetries: 0,
		httpAgent: agentFor(baseUrl),
	});
}

/**
 * The only place the HubSpot client is built from the node's credential. Tokens stay in n8n's
 * credential store; an OAuth2 token HubSpot refuses is refreshed by n8n and read again.
 */
export async function hubSpotApi(context: Context): Promise<HubSpotApi> {
	const authentication = context.getNodeParameter('authentication', 0) as HubSpotAuthentication;
	const credentialType = credentialTypeFor(authentication);
	const credentials = await context.getCredentials(credentialType);
	const baseUrl = String(credentials.baseUrl || HUBSPOT_API_URL).replace(/\/+$/, '');
	const token = tokenOf(credentials);
	if (!token) {
		throw new NodeOperationError(
			context.getNode(),
			'The HubSpot credential holds no access token',
			{
				description:
					authentication === 'oAuth2'
						? 'Open the credential and connect it to HubSpot again.'
						: "Paste the private app's access token into the credential.",
			},
		);
	}
	let client = makeClient(baseUrl, token);

	// One budget per credential, kept across executions (each page of a migration is one).
	const credentialId = context.getNode().credentials?.[credentialType]?.id ?? credentialType;
	const rate = sharedRateController(
		`hubspot:${baseUrl}:${credentialId}`,
		() =>
			new RateController(
				{ limit: DEFAULT_TEN_SECOND_LIMIT[authentication], intervalMs: 10_000 },
				hubSpotRatePolicy,
			),
	);

	const renew =
		authentication === 'oAuth2'
			? async () => {
					// A refused token makes n8n refresh it and store the new one.
					await context.helpers.httpRequestWithAuthentication.call(context, credentialType, {
						method: 'GET',
						url: `${baseUrl}/account-info/v3/details`,
						json: true,
					});
					const renewed = tokenOf(await context.getCredentials(credentialType));
					if (renewed) client = makeClient(baseUrl, renewed);
				}
			: undefined;

	return {
		baseUrl,
		rate,
		async call<T>(send: (client: Client) => Promise<HttpInfo<T>>): Promise<T> {
			return await rate.run(
				async () => {
					const info = await send(client);
					return { value: info.data, headers: info.headers };
				},
				{ renew },
			);
		},
	};
}

/**
 * A request the SDK has no typed method for, or whose typed method cannot read HubSpot's real
 * answer (v4 "associate default" answers 207 with per-pair errors, which its model does not
 * declare). Fails like the SDK does: `code` the HTTP status, `body` HubSpot's JSON, `headers`.
 */
export async function rawRequest(
	client: Client,
	request: { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: string; body?: unknown },
): Promise<HttpInfo<unknown>> {
	const response = await client.apiRequest(request);
	const text = await response.text();
	let data: unknown = undefined;
	try {
		data = text ? JSON.parse(text) : undefined;
	} catch {
		data = { message: text.slice(0, 500) };
	}
	const headers: Record<string, string> = {};
	response.headers.forEach((value, name) => (headers[name] = value));
	if (!response.ok) {
		throw Object.assign(new Error(`HubSpot answered ${response.status}`), {
			code: response.status,
			body: data,
			headers,
		});
	}
	return { httpStatusCode: response.status, headers, data };
}
