import { IntercomError, IntercomTimeoutError } from 'intercom-client';
import type { BudgetReading, RatePolicy, Verdict } from '../../shared/rateControl';

/** Intercom counts requests in fixed 10-second periods (a per-minute limit, spread evenly). */
export const INTERCOM_INTERVAL_MS = 10_000;

/** Until the first answer says otherwise: 1,000 requests a minute, the lowest documented limit. */
export const INTERCOM_DEFAULT_LIMIT = 167;

function header(headers: Record<string, string> | undefined, name: string): number | undefined {
	if (!headers) return undefined;
	const value = headers[name] ?? headers[name.toLowerCase()];
	if (value === undefined || value === '') return undefined;
	const number = Number(value);
	return Number.isFinite(number) ? number : undefined;
}

/** Milliseconds until the period in `X-RateLimit-Reset` (Unix seconds) ends, when it says. */
function untilReset(headers: Record<string, string> | undefined): number | undefined {
	const reset = header(headers, 'x-ratelimit-reset');
	if (reset === undefined) return undefined;
	return Math.max(0, reset * 1000 - Date.now());
}

export function statusOf(error: unknown): number | undefined {
	const status = (error as { statusCode?: unknown })?.statusCode;
	return typeof status === 'number' ? status : undefined;
}

/**
 * How Intercom says where a client stands: `X-RateLimit-Limit/Remaining/Reset` on every
 * authenticated answer; a 429 `rate_limit_exceeded` when the period is full.
 */
export const intercomRatePolicy: RatePolicy = {
	read(headers): BudgetReading {
		const wait = untilReset(headers);
		return {
			limit: header(headers, 'x-ratelimit-limit'),
			intervalMs: INTERCOM_INTERVAL_MS,
			remaining: header(headers, 'x-ratelimit-remaining'),
			...(wait !== undefined && { resetInMs: wait }),
		};
	},

	classify(error): Verdict {
		if (error instanceof IntercomTimeoutError) return { kind: 'transient' };
		const status = statusOf(error);
		if (status === 429) {
			const headers = (error as { headers?: Record<string, string> }).headers;
			const wait = untilReset(headers);
			// A little past the reset: the server's clock and ours are not the same clock.
			return { kind: 'throttled', waitMs: wait === undefined ? undefined : wait + 250 };
		}
		if (status === 401) return { kind: 'unauthorized' };
		if (status !== undefined && status >= 500) return { kind: 'transient' };
		// No status: the request never got an answer (refused, reset or dropped connection).
		if (status === undefined && error instanceof IntercomError) return { kind: 'transient' };
		return { kind: 'fatal' };
	},
};
