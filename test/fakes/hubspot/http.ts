/**
 * Route registration for the HubSpot fake: every handler may throw a HubSpotError (turned into
 * HubSpot's error body) and may name the scopes it needs. Plus small readers for bodies and
 * query strings, which HubSpot's SDK sends as repeated parameters (`properties=a&properties=b`)
 * and other clients as comma lists.
 */
import type { FakeRequest, FakeResponse, FakeServer, RouteOptions, RoutePattern } from '../common';
import { HubSpotError, missingScopes, validationError } from './errors';

export interface HubSpotRouteOptions extends RouteOptions {
	/** Scopes any one of which the token must hold (checked only for tokens with enforced scopes). */
	scopes?: (req: FakeRequest) => string[] | undefined;
}

export type HubSpotHandler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;

export function addRoute(
	server: FakeServer,
	method: string,
	pattern: RoutePattern,
	handler: HubSpotHandler,
	options: HubSpotRouteOptions = {},
): void {
	const { scopes, ...routeOptions } = options;
	server.route(
		method,
		pattern,
		async (req) => {
			try {
				if (scopes) checkScopes(req, scopes(req));
				return await handler(req);
			} catch (error) {
				if (error instanceof HubSpotError) return error.toResponse();
				throw error;
			}
		},
		routeOptions,
	);
}

function checkScopes(req: FakeRequest, needed: string[] | undefined): void {
	const token = req.auth;
	if (!token || !needed || needed.length === 0 || token.data.enforceScopes !== true) return;
	if (needed.some((scope) => token.scopes.includes(scope))) return;
	throw missingScopes(needed);
}

/** The JSON body as an object; HubSpot answers anything else with 400 "Invalid input JSON". */
export function jsonBody(req: FakeRequest): Record<string, unknown> {
	const body = req.body;
	if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
		throw validationError(
			`Invalid input JSON on line 1, column 1: Cannot build ${describeBody(req)} from a non-object value`,
		);
	}
	return body as Record<string, unknown>;
}

/** `inputs` of a batch body, each an object. */
export function batchInputs(req: FakeRequest): Array<Record<string, unknown>> {
	const inputs = jsonBody(req).inputs;
	if (!Array.isArray(inputs)) {
		throw validationError(
			'Invalid input JSON on line 1, column 2: Missing required field "inputs"',
		);
	}
	inputs.forEach((input, index) => {
		if (input === null || typeof input !== 'object' || Array.isArray(input)) {
			throw validationError(
				`Invalid input JSON on line 1, column ${index + 2}: inputs[${index}] must be an object`,
			);
		}
	});
	return inputs as Array<Record<string, unknown>>;
}

/** A query parameter given once or repeated, each value split on commas, blanks dropped. */
export function queryList(req: FakeRequest, name: string): string[] | undefined {
	const raw = req.query[name];
	if (raw === undefined) return undefined;
	return (Array.isArray(raw) ? raw : [raw])
		.flatMap((value) => value.split(','))
		.map((value) => value.trim())
		.filter(Boolean);
}

export function queryString(req: FakeRequest, name: string): string | undefined {
	const raw = req.query[name];
	return Array.isArray(raw) ? raw[0] : raw;
}

export function queryBoolean(req: FakeRequest, name: string): boolean {
	return queryString(req, name)?.toLowerCase() === 'true';
}

/** `limit` between 1 and `max`; HubSpot answers 400 outside that range. */
export function queryLimit(req: FakeRequest, fallback: number, max: number): number {
	const raw = queryString(req, 'limit');
	if (raw === undefined || raw === '') return fallback;
	const limit = Number(raw);
	if (!Number.isInteger(limit) || limit < 1 || limit > max) {
		throw validationError(`limit must be an integer between 1 and ${max}, got ${raw}`);
	}
	return limit;
}

/** An array of strings from a body field, or undefined when absent. */
export function stringList(value: unknown, field: string): string[] | undefined {
	if (value === undefined || value === null) return undefined;
	if (!Array.isArray(value))
		throw validationError(`Invalid input JSON: "${field}" must be an array`);
	return value.map((item) => String(item));
}

export function json(status: number, body: object): FakeResponse {
	return { status, body };
}

export const noContent = (): FakeResponse => ({ status: 204 });

function describeBody(req: FakeRequest): string {
	return req.path.includes('/batch/') ? 'BatchInput' : 'input';
}
