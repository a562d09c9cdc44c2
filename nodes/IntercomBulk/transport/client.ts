import { createHash } from 'node:crypto';
import { IntercomClient } from 'intercom-client';
import {
	NodeOperationError,
	type IExecuteFunctions,
	type ILoadOptionsFunctions,
} from 'n8n-workflow';
import {
	INTERCOM_REGION_URLS,
	type IntercomRegion,
} from '../../../credentials/IntercomMigrationApi.credentials';
import { attempt } from '../../shared/attempt';
import { RateController, sharedRateController } from '../../shared/rateControl';
import { INTERCOM_DEFAULT_LIMIT, INTERCOM_INTERVAL_MS, intercomRatePolicy } from './ratePolicy';

export const INTERCOM_CREDENTIAL = 'intercomMigrationApi';

/** The API version every request asks for: the one this node's payloads follow. */
export const INTERCOM_VERSION = '2.11';

type Context = IExecuteFunctions | ILoadOptionsFunctions;

/** What the client's `.withRawResponse()` gives back. */
interface WithRaw<T> {
	data: T;
	rawResponse: { headers: Headers };
}

/** A single answer (`client.contacts.create(…)`) or the first page of a list (`client.notes.list(…)`). */
export type Sendable<T> =
	| { withRawResponse(): Promise<WithRaw<T>> }
	| Promise<{ response: T; rawResponse: { headers: Headers } }>;

async function answerOf<T>(sendable: Sendable<T>): Promise<WithRaw<T>> {
	if ('withRawResponse' in sendable) return await sendable.withRawResponse();
	const page = await sendable;
	return { data: page.response, rawResponse: page.rawResponse };
}

export interface IntercomApi {
	baseUrl: string;
	/** The host and a digest of the token: names the app's workspace without the secret. */
	workspaceKey: string;
	rate: RateController;
	/** One request through the rate controller: paced, and retried after 429s, 5xx and drops. */
	call<T>(send: (client: IntercomClient) => Sendable<T>): Promise<T>;
}

function headersOf(headers: Headers | undefined): Record<string, string> {
	const record: Record<string, string> = {};
	headers?.forEach((value, name) => (record[name] = value));
	return record;
}

/** The client's error, with the answer's headers where the rate policy looks for them. */
function withHeaders(error: unknown): unknown {
	const raw = (error as { rawResponse?: { headers?: Headers } })?.rawResponse;
	if (
		error &&
		typeof error === 'object' &&
		raw?.headers &&
		typeof raw.headers.forEach === 'function'
	)
		Object.assign(error, { headers: headersOf(raw.headers) });
	return error;
}

export function baseUrlOf(credentials: { baseUrl?: unknown; region?: unknown }): string {
	const region = (credentials.region as IntercomRegion | undefined) ?? 'us';
	const url = String(
		credentials.baseUrl || INTERCOM_REGION_URLS[region] || INTERCOM_REGION_URLS.us,
	);
	return url.replace(/\/+$/, '');
}

/**
 * The only place the Intercom client is built from the node's credential. The client's own
 * retries are off: the rate controller paces every request of every execution on one token.
 */
export async function intercomApi(context: Context): Promise<IntercomApi> {
	const credentials = await context.getCredentials(INTERCOM_CREDENTIAL);
	const token = credentials.accessToken as string | undefined;
	if (!token) {
		throw new NodeOperationError(
			context.getNode(),
			'The Intercom credential holds no access token',
			{
				description: "Paste your Intercom app's access token into the credential.",
			},
		);
	}
	const baseUrl = baseUrlOf(credentials);
	const client = new IntercomClient({
		token,
		baseUrl,
		version: INTERCOM_VERSION,
		maxRetries: 0,
		timeoutInSeconds: 60,
	});
	// Intercom limits each app (token); the key holds a digest, never the token itself.
	const tokenDigest = createHash('sha256').update(token).digest('hex').slice(0, 16);
	const rate = sharedRateController(
		`intercom:${baseUrl}:${tokenDigest}`,
		() =>
			new RateController(
				{ limit: INTERCOM_DEFAULT_LIMIT, intervalMs: INTERCOM_INTERVAL_MS },
				intercomRatePolicy,
			),
	);
	return {
		baseUrl,
		workspaceKey: `${baseUrl}:${tokenDigest}`,
		rate,
		async call<T>(send: (client: IntercomClient) => Sendable<T>): Promise<T> {
			return await rate.run(async () => {
				const sent = await attempt(async () => await answerOf(send(client)));
				if (!sent.ok) throw withHeaders(sent.error);
				return { value: sent.value.data, headers: headersOf(sent.value.rawResponse.headers) };
			});
		},
	};
}
