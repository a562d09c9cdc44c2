/**
 * HubSpot's error bodies (crm-apis.md 2.1, 2.2, 2.5, 2.8).
 *
 * - Top-level errors (any non-2xx): `{status:"error", message, correlationId, category,
 *   subCategory?, context?, errors?, links?}`.
 * - Per-record errors inside a 207 multi-status body: `StandardError` `{status:"error",
 *   category, subCategory?, message, errors[], context{…:[…]}, links{}}`.
 * - Property validation: HubSpot serialises the per-property results into the message,
 *   `Property values were not valid: [{"isValid":false,"message":…,"error":"INVALID_OPTION","name":…}]`.
 *
 * Wording marked "fake's own" in README.md has no public source; clients should depend on
 * the status, the category and the error code inside the message, not on the prose.
 */
import { randomUUID } from 'node:crypto';
import type { FakeResponse } from '../common';

export interface ErrorDetail {
	message: string;
	code?: string;
	in?: string;
	subCategory?: string;
	context?: Record<string, string[]>;
}

/** One entry of a 207 body's `errors[]`. */
export interface StandardError {
	status: 'error';
	category: string;
	subCategory?: string;
	message: string;
	errors: ErrorDetail[];
	context: Record<string, string[]>;
	links: Record<string, string>;
}

/** One element of the JSON array HubSpot embeds in "Property values were not valid: […]". */
export interface PropertyValidationResult {
	isValid: false;
	message: string;
	/** PROPERTY_DOESNT_EXIST, INVALID_OPTION, INVALID_DATE, INVALID_LONG, ... */
	error: string;
	name: string;
	localizedErrorMessage: string;
	portalId: number;
}

export interface ErrorExtras {
	subCategory?: string;
	context?: Record<string, string[]>;
	errors?: ErrorDetail[];
	links?: Record<string, string>;
}

/** Thrown by handlers; the route wrapper (http.ts) turns it into the response. */
export class HubSpotError extends Error {
	constructor(
		readonly status: number,
		readonly category: string,
		message: string,
		readonly extras: ErrorExtras = {},
	) {
		super(message);
		this.name = 'HubSpotError';
	}

	toResponse(): FakeResponse {
		return errorResponse(this.status, this.category, this.message, this.extras);
	}

	/** The same error as an entry of a 207 body. */
	toStandardError(): StandardError {
		return standardError(this.category, this.message, this.extras);
	}
}

export function errorResponse(
	status: number,
	category: string,
	message: string,
	extras: ErrorExtras = {},
): FakeResponse {
	return {
		status,
		body: {
			status: 'error',
			message,
			correlationId: randomUUID(),
			category,
			...(extras.subCategory !== undefined && { subCategory: extras.subCategory }),
			...(extras.context && { context: extras.context }),
			...(extras.errors && { errors: extras.errors }),
			...(extras.links && { links: extras.links }),
		},
	};
}

export function standardError(
	category: string,
	message: string,
	extras: ErrorExtras = {},
): StandardError {
	return {
		status: 'error',
		category,
		...(extras.subCategory !== undefined && { subCategory: extras.subCategory }),
		message,
		errors: extras.errors ?? [],
		context: extras.context ?? {},
		links: extras.links ?? {},
	};
}

export const validationError = (message: string, extras?: ErrorExtras) =>
	new HubSpotError(400, 'VALIDATION_ERROR', message, extras);

/** `Property values were not valid: [...]` with the results embedded as JSON. */
export function invalidPropertiesError(
	results: PropertyValidationResult[],
	context?: Record<string, string[]>,
): HubSpotError {
	return validationError(`Property values were not valid: ${JSON.stringify(results)}`, {
		context,
		errors: results.map((r) => ({
			message: r.message,
			code: r.error,
			context: { propertyName: [r.name] },
		})),
	});
}

/** `Unable to infer object type from: foo` (400), HubSpot's answer to an unknown object type. */
export const unknownObjectType = (segment: string) =>
	validationError(`Unable to infer object type from: ${segment}`);

export const resourceNotFound = () =>
	new HubSpotError(404, 'OBJECT_NOT_FOUND', 'resource not found');

/** Batch read/update: one error for all missing ids, e.g. `Could not get some CONTACT objects, …`. */
export function objectsNotFound(errorName: string, ids: string[]): StandardError {
	return standardError(
		'OBJECT_NOT_FOUND',
		`Could not get some ${errorName} objects, they may be deleted or not exist. Check that ids are valid.`,
		{ context: { ids } },
	);
}

export function tooManyInputs(max: number): HubSpotError {
	return validationError(`The maximum number of inputs supported in a batch request is ${max}`, {
		context: { maxInputs: [String(max)] },
	});
}

/** The body of a 401 for a missing, unknown or expired token. */
export function unauthorizedBody(
	kind: 'missing' | 'expired',
	expiredAt?: number,
	now?: number,
): FakeResponse {
	if (kind === 'missing') {
		return errorResponse(
			401,
			'INVALID_AUTHENTICATION',
			'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
		);
	}
	const at = expiredAt ?? now ?? 0;
	return errorResponse(
		401,
		'EXPIRED_AUTHENTICATION',
		`The OAuth token used to make this call expired ${ago(Math.max(0, (now ?? at) - at))} ago.`,
		{ context: { 'expire time': [new Date(at).toISOString()] } },
	);
}

/** 403 for a token without a scope the endpoint needs. */
export function missingScopes(scopes: string[]): HubSpotError {
	return new HubSpotError(
		403,
		'MISSING_SCOPES',
		"This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.",
		{
			errors: [
				{
					message: 'One or more of the following scopes are required.',
					context: { requiredGranularScopes: scopes },
				},
			],
			links: { scopes: 'https://developers.hubspot.com/scopes' },
		},
	);
}

/** The OAuth endpoints answer with `{status: "BAD_REFRESH_TOKEN", message, correlationId}`. */
export function oauthError(status: string, message: string, httpStatus = 400): FakeResponse {
	return {
		status: httpStatus,
		body: { status, message, correlationId: randomUUID(), requestId: randomUUID() },
	};
}

/** `N second(s)`, `N minute(s)`, `N hour(s)` or `N day(s)`, as HubSpot words token age. */
function ago(ms: number): string {
	const seconds = Math.floor(ms / 1000);
	if (seconds < 60) return `${seconds} second(s)`;
	if (seconds < 3600) return `${Math.floor(seconds / 60)} minute(s)`;
	if (seconds < 86_400) return `${Math.floor(seconds / 3600)} hour(s)`;
	return `${Math.floor(seconds / 86_400)} day(s)`;
}

/**
 * A 5xx as HubSpot's edge sends it, for `server.faults.inject({...serverErrorFault(502), times: 1})`.
 * A bare status fault has no body and no Content-Type, which @hubspot/api-client cannot parse
 * (it then throws a plain Error that its retry loop does not recognise).
 */
export function serverErrorFault(status: 500 | 502 | 503 | 504 | 521 | 522 | 523 = 502) {
	return {
		kind: 'status' as const,
		status,
		headers: { 'Content-Type': 'application/json;charset=utf-8' },
		body: {
			status: 'error',
			message:
				status === 503
					? 'Service Unavailable'
					: 'The server encountered an error processing the request. Please try again',
			correlationId: randomUUID(),
			category: status === 504 || status === 502 ? 'TIMEOUT' : 'INTERNAL_ERROR',
		},
	};
}
