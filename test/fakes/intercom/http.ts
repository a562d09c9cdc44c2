/**
 * Route registration for the Intercom fake (every handler may throw an IntercomError, which
 * becomes Intercom's `error.list` body) and small readers for bodies and query strings.
 */
import type { FakeRequest, FakeResponse, FakeServer, RouteOptions, RoutePattern } from '../common';
import { badParameter, IntercomError, parameterInvalid } from './errors';

export type IntercomHandler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;

export function addRoute(
	server: FakeServer,
	method: string,
	pattern: RoutePattern,
	handler: IntercomHandler,
	options?: RouteOptions,
): void {
	server.route(
		method,
		pattern,
		async (req) => {
			try {
				return await handler(req);
			} catch (error) {
				if (error instanceof IntercomError) return error.toResponse(req);
				throw error;
			}
		},
		options,
	);
}

export function ok(body: object): FakeResponse {
	return { status: 200, body };
}

export type JsonObject = Record<string, unknown>;

/**
 * The body as a JSON object. An empty body is `{}`; a JSON body sent without a JSON content type
 * is still read (n8n and curl users do that); anything else is refused.
 */
export function jsonObject(req: FakeRequest): JsonObject {
	let body = req.body;
	if (typeof body === 'string') {
		if (body.trim() === '') return {};
		try {
			body = JSON.parse(body);
		} catch {
			throw new IntercomError(400, 'bad_request', 'There was a problem in the JSON you submitted');
		}
	}
	if (body === undefined || body === null) return {};
	if (typeof body !== 'object' || Array.isArray(body)) {
		throw new IntercomError(400, 'bad_request', 'The request body must be a JSON object');
	}
	return body as JsonObject;
}

/** Refuses keys outside `allowed` with `bad 'x' parameter` (what the companies endpoint documents). */
export function rejectUnknownKeys(body: JsonObject, allowed: ReadonlySet<string>): void {
	for (const key of Object.keys(body)) if (!allowed.has(key)) throw badParameter(key);
}

export function queryString(req: FakeRequest, name: string): string | undefined {
	const raw = req.query[name];
	return Array.isArray(raw) ? raw[0] : raw;
}

export function queryBoolean(req: FakeRequest, name: string): boolean {
	return queryString(req, name)?.toLowerCase() === 'true';
}

/** A positive integer query parameter; above `max` it is clamped, as list endpoints do. */
export function queryPositiveInt(
	req: FakeRequest,
	name: string,
	fallback: number,
	max = Number.MAX_SAFE_INTEGER,
): number {
	const raw = queryString(req, name);
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 1) {
		throw parameterInvalid(`${name} must be a positive integer`);
	}
	return Math.min(value, max);
}

/** Optional typed readers for body fields; `null` passes through (it clears a value). */
export const read = {
	string(body: JsonObject, key: string, onError: (key: string) => IntercomError) {
		const value = body[key];
		if (value === undefined || value === null) return value;
		if (typeof value !== 'string') throw onError(key);
		return value;
	},
	integer(body: JsonObject, key: string, onError: (key: string) => IntercomError) {
		const value = body[key];
		if (value === undefined || value === null) return value;
		if (typeof value !== 'number' || !Number.isInteger(value)) throw onError(key);
		return value;
	},
	number(body: JsonObject, key: string, onError: (key: string) => IntercomError) {
		const value = body[key];
		if (value === undefined || value === null) return value;
		if (typeof value !== 'number' || !Number.isFinite(value)) throw onError(key);
		return value;
	},
	boolean(body: JsonObject, key: string, onError: (key: string) => IntercomError) {
		const value = body[key];
		if (value === undefined || value === null) return value;
		if (typeof value !== 'boolean') throw onError(key);
		return value;
	},
};

/** `https://api.intercom.io` when reached through a proxy under Intercom's host name, else the fake's own URL. */
export function publicBaseUrl(req: FakeRequest, fallback: string): string {
	const host = req.header('x-forwarded-host') ?? req.header('host');
	if (!host) return fallback;
	const proto =
		req.header('x-forwarded-proto') ?? (/intercom\.io(:\d+)?$/i.test(host) ? 'https' : 'http');
	return `${proto}://${host}`;
}
