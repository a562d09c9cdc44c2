import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';
import type { FailureReason } from '../../shared/outcomes';
import { RateBudgetExhaustedError, RetriesExhaustedError } from '../../shared/rateControl';

/** HubSpot's error body (top level, or one entry of a 207's `errors`). */
export interface HubSpotErrorBody {
	status?: string | number;
	category?: string;
	subCategory?: string;
	message?: string;
	correlationId?: string;
	errors?: Array<{ message?: string; code?: string; context?: Record<string, string[]> }>;
	context?: Record<string, string[]>;
}

interface ApiException {
	code?: number | string;
	body?: HubSpotErrorBody | string;
	message?: string;
}

function bodyOf(error: unknown): HubSpotErrorBody | undefined {
	const body = (error as ApiException)?.body;
	if (body && typeof body === 'object') return body;
	if (typeof body === 'string') {
		try {
			return JSON.parse(body) as HubSpotErrorBody;
		} catch {
			return { message: body };
		}
	}
	return undefined;
}

function statusOf(error: unknown): number | undefined {
	const code = (error as ApiException)?.code;
	return typeof code === 'number' ? code : undefined;
}

/** A failure HubSpot reported for one record (one entry of a 207), as our failure reason. */
export function reasonFromStandardError(error: HubSpotErrorBody): FailureReason {
	const detail = error.errors?.[0];
	return {
		category: error.category ?? 'ERROR',
		message: detail?.message ?? error.message ?? 'HubSpot refused the record',
		...(detail?.code && { code: detail.code }),
		...(detail?.context?.propertyName?.[0] && { property: detail.context.propertyName[0] }),
		...(typeof error.status === 'number' && { status: error.status }),
	};
}

/** Why a whole request failed, as the failure reason of each record it carried. */
export function reasonFromError(error: unknown): FailureReason {
	if (error instanceof RateBudgetExhaustedError) {
		return {
			category: 'RATE_LIMIT',
			code: 'DAILY',
			status: 429,
			message: `${error.message}; the record was not sent`,
		};
	}
	if (error instanceof RetriesExhaustedError) {
		const inner = reasonFromError(error.cause);
		return { ...inner, message: `${error.message}: ${inner.message}` };
	}
	const body = bodyOf(error);
	const status = statusOf(error);
	if (body) {
		const reason = reasonFromStandardError(body);
		return { ...reason, ...(status !== undefined && { status }) };
	}
	const message = error instanceof Error ? error.message : String(error);
	return { category: 'NETWORK_ERROR', message: message.replace(/Bearer\s+\S+/g, 'Bearer ***') };
}

/** True when HubSpot refused a batch for a reason that concerns some of its records. */
export function isRecordLevelRefusal(error: unknown): boolean {
	const body = bodyOf(error);
	const status = statusOf(error);
	const recordLevel =
		(status === 400 && body?.category === 'VALIDATION_ERROR') ||
		(status === 409 && body?.category === 'CONFLICT');
	if (!recordLevel) return false;
	// These concern the request as a whole: splitting the batch would not help.
	return !/non-unique|maximum number of inputs|Duplicate IDs/i.test(body.message ?? '');
}

function hintFor(status: number | undefined, category: string | undefined): string | undefined {
	if (status === 401)
		return 'HubSpot refused the token. Test the credential; for a private app, check that the token was not rotated.';
	if (status === 403 || category === 'MISSING_SCOPES')
		return 'The app lacks a scope this operation needs. Add the scopes listed in the README to the private app or the OAuth app.';
	if (status === 404)
		return 'Check the object type: custom objects are named by their id (2-…) or fully qualified name.';
	return undefined;
}

/** n8n's error for a failed HubSpot call, with HubSpot's category and message, never a token. */
export function hubSpotApiError(node: INode, error: unknown, itemIndex?: number): NodeApiError {
	if (error instanceof NodeApiError) return error;
	const reason = reasonFromError(error);
	const status = statusOf(error);
	const description =
		error instanceof RateBudgetExhaustedError
			? "Nothing more can be sent until the limit resets (midnight in the HubSpot account's time zone). Upserts are idempotent: run the workflow again then, and it carries on without duplicates."
			: hintFor(status, reason.category);
	return new NodeApiError(node, { ...reason } as JsonObject, {
		message: `${reason.category}: ${reason.message}`,
		description,
		httpCode: status !== undefined ? String(status) : undefined,
		itemIndex,
	});
}
