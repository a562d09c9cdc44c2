/** Helpers shared by this folder's tests: a real @hubspot/api-client on the fake, and raw HTTP. */
import { Client } from '@hubspot/api-client';
import type { FakeHubSpot } from './startFakeHubSpot';

/**
 * A real SDK client pointed at the fake. Note: the SDK keeps its retry/limiter decorators in a
 * process-wide singleton that every `new Client()` resets, so the last client built wins.
 */
export function sdk(hs: FakeHubSpot, options: { token?: string; retries?: number } = {}): Client {
	return new Client({
		accessToken: options.token ?? hs.token,
		basePath: hs.url,
		numberOfApiCallRetries: options.retries ?? 0,
	});
}

export interface RawResponse<T = Record<string, unknown>> {
	status: number;
	headers: Headers;
	body: T;
}

export async function api<T = Record<string, unknown>>(
	hs: FakeHubSpot,
	method: string,
	path: string,
	body?: unknown,
	token: string | null = hs.token,
): Promise<RawResponse<T>> {
	const res = await fetch(`${hs.url}${path}`, {
		method,
		headers: {
			...(token !== null && { Authorization: `Bearer ${token}` }),
			...(body !== undefined && { 'Content-Type': 'application/json' }),
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

/** The body of a HubSpot SDK ApiException (or whatever else was thrown). */
export async function rejection(
	promise: Promise<unknown>,
): Promise<{ code?: number; body: Record<string, unknown> }> {
	try {
		await promise;
	} catch (error) {
		const e = error as { code?: number; body?: Record<string, unknown> };
		return { code: e.code, body: e.body ?? {} };
	}
	throw new Error('expected the call to fail');
}

/** `Property values were not valid: [...]` parsed back into its results. */
export function validationResults(
	message: unknown,
): Array<{ error: string; name: string; message: string }> {
	const text = String(message);
	const prefix = 'Property values were not valid: ';
	if (!text.startsWith(prefix)) throw new Error(`not a validation message: ${text}`);
	return JSON.parse(text.slice(prefix.length));
}
