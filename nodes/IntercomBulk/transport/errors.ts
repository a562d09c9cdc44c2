import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';
import type { FailureReason } from '../../shared/outcomes';
import { RateBudgetExhaustedError, RetriesExhaustedError } from '../../shared/rateControl';
import { statusOf } from './ratePolicy';

/** Intercom's error envelope. */
export interface IntercomErrorList {
	type?: string;
	request_id?: string | null;
	errors?: Array<{ code?: string; message?: string; field?: string }>;
}

export function errorListOf(error: unknown): IntercomErrorList | undefined {
	const body = (error as { body?: unknown })?.body;
	if (body && typeof body === 'object') return body as IntercomErrorList;
	if (typeof body === 'string') {
		try {
			return JSON.parse(body) as IntercomErrorList;
		} catch {
			return { errors: [{ message: body.slice(0, 500) }] };
		}
	}
	return undefined;
}

/** Intercom's first error code on a failed call (`conflict`, `parameter_invalid` …). */
export function errorCodeOf(error: unknown): string | undefined {
	return errorListOf(error)?.errors?.[0]?.code;
}

/** Why a request failed, as the failure reason of the record it carried. */
export function reasonFromError(error: unknown): FailureReason {
	if (error instanceof RateBudgetExhaustedError)
		return {
			category: 'RATE_LIMIT',
			code: 'rate_limit_exceeded',
			status: 429,
			message: error.message,
		};
	if (error instanceof RetriesExhaustedError) {
		const inner = reasonFromError(error.cause);
		return { ...inner, message: `${error.message}: ${inner.message}` };
	}
	const status = statusOf(error);
	const first = errorListOf(error)?.errors?.[0];
	if (first || status !== undefined) {
		return {
			category: status !== undefined && status >= 500 ? 'SERVER_ERROR' : 'INTERCOM_ERROR',
			message: first?.message ?? `Intercom answered ${status}`,
			...(first?.code && { code: first.code }),
			...(first?.field && { property: first.field }),
			...(status !== undefined && { status }),
		};
	}
	const message = error instanceof Error ? error.message : String(error);
	return { category: 'NETWORK_ERROR', message: message.replace(/Bearer\s+\S+/g, 'Bearer ***') };
}

function hintFor(status: number | undefined): string | undefined {
	if (status === 401)
		return "Intercom refused the access token. Test the credential, and check the region: a token works only in its workspace's region.";
	if (status === 403)
		return "The app lacks a permission this operation needs (see the README's list).";
	return undefined;
}

/** n8n's error for a failed Intercom call, with Intercom's code and message, never the token. */
export function intercomApiError(node: INode, error: unknown, itemIndex?: number): NodeApiError {
	if (error instanceof NodeApiError) return error;
	const reason = reasonFromError(error);
	const status = statusOf(error);
	return new NodeApiError(node, { ...reason } as JsonObject, {
		message: `${reason.code ?? reason.category}: ${reason.message}`,
		description: hintFor(status),
		httpCode: status !== undefined ? String(status) : undefined,
		itemIndex,
	});
}
