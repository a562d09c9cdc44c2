/**
 * Intercom's error envelope (crm-apis.md 3.2): every non-2xx body is
 * `{type: "error.list", request_id, errors: [{code, message, field?}]}`.
 *
 * Wording without a public source is marked "fake's own" in README.md; clients should depend on
 * the status and `code`, not on the prose.
 */
import { randomUUID } from 'node:crypto';
import type { FakeRequest, FakeResponse } from '../common';
import { requestIdOf } from './requestIds';

export interface IntercomErrorItem {
	code: string;
	message: string;
	field?: string;
}

/** Thrown by handlers; the route wrapper (http.ts) turns it into the response. */
export class IntercomError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly field?: string,
	) {
		super(message);
		this.name = 'IntercomError';
	}

	toResponse(req?: FakeRequest): FakeResponse {
		return errorResponse(this.status, this.code, this.message, req, this.field);
	}
}

export function errorBody(code: string, message: string, requestId: string, field?: string) {
	const item: IntercomErrorItem = { code, message };
	if (field !== undefined) item.field = field;
	return { type: 'error.list', request_id: requestId, errors: [item] };
}

export function errorResponse(
	status: number,
	code: string,
	message: string,
	req?: FakeRequest,
	field?: string,
): FakeResponse {
	return { status, body: errorBody(code, message, requestIdOf(req), field) };
}

export const unauthorized = (req?: FakeRequest) =>
	errorResponse(401, 'unauthorized', 'Access Token Invalid', req);

export const userNotFound = () => new IntercomError(404, 'not_found', 'User Not Found');
export const resourceNotFound = () => new IntercomError(404, 'not_found', 'Resource Not Found');
export const companyNotFound = () =>
	new IntercomError(404, 'company_not_found', 'Company Not Found');
export const adminNotFound = () => new IntercomError(404, 'admin_not_found', 'Admin not found');
export const ticketNotFound = () => new IntercomError(404, 'ticket_not_found', 'Ticket not found');

export const parameterInvalid = (message: string, field?: string) =>
	new IntercomError(400, 'parameter_invalid', message, field);
export const parameterNotFound = (message: string) =>
	new IntercomError(400, 'parameter_not_found', message);
/** `bad 'x' parameter`, the companies endpoint's answer to an unknown or malformed field. */
export const badParameter = (name: string) =>
	new IntercomError(400, 'bad_request', `bad '${name}' parameter`);

/** crm-apis.md 3.3: the 409 a create (or an update to taken details) gets. */
export function contactConflict(existingId: string, archived: boolean): IntercomError {
	return new IntercomError(
		409,
		'conflict',
		archived
			? `An archived contact matching those details already exists with id=${existingId}`
			: `A contact matching those details already exists with id=${existingId}`,
	);
}

const SERVER_ERRORS: Record<number, [string, string]> = {
	500: ['server_error', 'Server Error'],
	502: ['bad_gateway', 'Bad Gateway'],
	503: ['service_unavailable', 'Service Unavailable'],
	504: ['gateway_timeout', 'Gateway Timeout'],
};

/**
 * A 5xx with an Intercom-shaped JSON body, for `server.faults.inject({...serverErrorFault(503), times: 1})`.
 * (A bare `status` fault has no body; intercom-client retries either way, but a realistic body
 * lets tests check what the client surfaces once its retries run out.)
 */
export function serverErrorFault(status: 500 | 502 | 503 | 504 = 500) {
	const [code, message] = SERVER_ERRORS[status];
	return {
		kind: 'status' as const,
		status,
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
		body: errorBody(code, message, randomUUID()),
	};
}
