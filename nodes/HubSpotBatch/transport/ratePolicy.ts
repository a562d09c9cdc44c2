import type { BudgetReading, RatePolicy, Verdict } from '../../shared/rateControl';

interface ApiFailure {
	code?: number;
	body?: { policyName?: string; message?: string; category?: string };
	headers?: Record<string, string>;
}

function header(headers: Record<string, string> | undefined, name: string): number | undefined {
	if (!headers) return undefined;
	const value = headers[name] ?? headers[name.toLowerCase()];
	if (value === undefined || value === '') return undefined;
	const number = Number(value);
	return Number.isFinite(number) ? number : undefined;
}

// Node's network errors, and the SDK's when a 5xx comes without a JSON body.
const NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'EPIPE',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
	'EAI_AGAIN',
	'UND_ERR_SOCKET',
]);

function isNetworkFailure(error: unknown): boolean {
	const failure = error as { code?: unknown; errno?: unknown; type?: string; message?: string };
	if (typeof failure?.code === 'string' && NETWORK_CODES.has(failure.code)) return true;
	if (failure?.type === 'system' || failure?.type === 'request-timeout') return true;
	return /socket hang up|Cannot parse content|network|ECONNRESET/i.test(failure?.message ?? '');
}

/**
 * How HubSpot says where a client stands: `X-HubSpot-RateLimit-*` headers on every answer, and on
 * a 429 a body whose `policyName` names the window that is full.
 */
export const hubSpotRatePolicy: RatePolicy = {
	read(headers): BudgetReading {
		return {
			limit: header(headers, 'x-hubspot-ratelimit-max'),
			intervalMs: header(headers, 'x-hubspot-ratelimit-interval-milliseconds'),
			remaining: header(headers, 'x-hubspot-ratelimit-remaining'),
			dailyRemaining: header(headers, 'x-hubspot-ratelimit-daily-remaining'),
		};
	},

	classify(error): Verdict {
		const failure = error as ApiFailure;
		const status = typeof failure?.code === 'number' ? failure.code : undefined;
		if (status === 429) {
			if (failure.body?.policyName === 'DAILY' || /daily limit/i.test(failure.body?.message ?? ''))
				return { kind: 'exhausted', message: "HubSpot's daily API limit for this app is used up" };
			// The secondly window (search) frees within a second; the ten-second one as requests age out.
			if (
				/secondly limit/i.test(failure.body?.message ?? '') &&
				!failure.body?.policyName?.startsWith('TEN')
			)
				return { kind: 'throttled', waitMs: 1000 };
			return { kind: 'throttled' };
		}
		if (status === 401) return { kind: 'unauthorized' };
		if (status !== undefined && (status >= 500 || status === 423)) return { kind: 'transient' };
		if (status === undefined && isNetworkFailure(error)) return { kind: 'transient' };
		return { kind: 'fatal' };
	},
};
