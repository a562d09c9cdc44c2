/** Helpers shared by this folder's tests: a real intercom-client on the fake, raw HTTP, errors. */
import { IntercomClient, IntercomError as ClientError } from 'intercom-client';
import type { FakeIntercom } from './startFakeIntercom';

export function client(
	fake: FakeIntercom,
	options: { token?: string; maxRetries?: number } = {},
): IntercomClient {
	return new IntercomClient({
		token: options.token ?? fake.token,
		baseUrl: fake.url,
		maxRetries: options.maxRetries ?? 0,
	});
}

export interface RawResponse<T = Record<string, unknown>> {
	status: number;
	headers: Headers;
	body: T;
}

export async function api<T = Record<string, unknown>>(
	fake: FakeIntercom,
	method: string,
	path: string,
	body?: unknown,
	token: string | null = fake.token,
): Promise<RawResponse<T>> {
	const res = await fetch(`${fake.url}${path}`, {
		method,
		headers: {
			...(token !== null && { Authorization: `Bearer ${token}` }),
			...(body !== undefined && { 'Content-Type': 'application/json' }),
			Accept: 'application/json',
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	return {
		status: res.status,
		headers: res.headers,
		body: (text ? JSON.parse(text) : undefined) as T,
	};
}

/** What intercom-client threw: its status and the parsed `error.list` body. */
export async function clientError(promise: Promise<unknown>): Promise<{
	statusCode?: number;
	body: { type?: string; request_id?: string; errors: Array<{ code: string; message: string }> };
}> {
	try {
		await promise;
	} catch (error) {
		if (!(error instanceof ClientError)) throw error;
		return { statusCode: error.statusCode, body: error.body as never };
	}
	throw new Error('expected the call to fail');
}

export const firstError = (body: unknown) =>
	(body as { errors: Array<{ code: string; message: string }> }).errors[0];
