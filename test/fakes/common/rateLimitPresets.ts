/**
 * Header and body conventions of the three services' rate limits, as RateLimiter options.
 * Spread them and add a clock and key: `new RateLimiter({ ...hubspotRateLimit(), clock, key })`.
 * They only describe how limits are reported; the service fakes decide everything else.
 */
import { randomUUID } from 'node:crypto';
import type { RateLimiterOptions, RateLimitState } from './rateLimiter';

const DAY_MS = 24 * 60 * 60 * 1000;

export type HubSpotPolicy = 'TEN_SECONDLY_ROLLING' | 'DAILY' | 'SECONDLY';

/** @hubspot/api-client retries on `policyName` TEN_SECONDLY_ROLLING and on the exact secondly message. */
const HUBSPOT_MESSAGES: Record<HubSpotPolicy, string> = {
	TEN_SECONDLY_ROLLING: 'You have reached your ten_secondly_rolling limit.',
	DAILY: 'You have reached your daily limit.',
	SECONDLY: 'You have reached your secondly limit.',
};

function hubspotRefusal(state: RateLimitState) {
	const policyName = (state.exceeded?.name ?? 'TEN_SECONDLY_ROLLING') as HubSpotPolicy;
	return {
		status: 429,
		headers: { 'Content-Type': 'application/json;charset=utf-8' },
		body: {
			status: 'error',
			message: HUBSPOT_MESSAGES[policyName],
			errorType: 'RATE_LIMIT',
			correlationId: randomUUID(),
			policyName,
			requestId: randomUUID(),
		},
	};
}

export interface HubSpotRateLimitOptions {
	/** Burst limit per rolling 10 seconds (190 for Professional/Enterprise private apps). */
	tenSecondly?: number;
	/** Daily limit; HubSpot resets it at midnight in the account's time zone, here midnight UTC. */
	daily?: number;
	/** Private apps get the `-Daily` headers; OAuth apps do not. Default true. */
	dailyHeaders?: boolean;
}

/** HubSpot CRM v3: `X-HubSpot-RateLimit-*` headers and the RATE_LIMIT 429 body. */
export function hubspotRateLimit(options: HubSpotRateLimitOptions = {}): RateLimiterOptions {
	const { tenSecondly = 190, daily = 1_000_000, dailyHeaders = true } = options;
	return {
		windows: [
			{ name: 'TEN_SECONDLY_ROLLING', limit: tenSecondly, windowMs: 10_000, kind: 'sliding' },
			{ name: 'DAILY', limit: daily, windowMs: DAY_MS, kind: 'fixed' },
		],
		headers: ({ windows: { TEN_SECONDLY_ROLLING: burst, DAILY: day } }) => ({
			'X-HubSpot-RateLimit-Interval-Milliseconds': String(burst.windowMs),
			'X-HubSpot-RateLimit-Max': String(burst.limit),
			'X-HubSpot-RateLimit-Remaining': String(burst.remaining),
			...(dailyHeaders && {
				'X-HubSpot-RateLimit-Daily': String(day.limit),
				'X-HubSpot-RateLimit-Daily-Remaining': String(day.remaining),
			}),
		}),
		limitedResponse: hubspotRefusal,
	};
}

/** HubSpot's CRM search endpoints have their own per-second limit (give it to the search routes). */
export function hubspotSearchRateLimit(options: { perSecond?: number } = {}): RateLimiterOptions {
	return {
		windows: [{ name: 'SECONDLY', limit: options.perSecond ?? 5, windowMs: 1000, kind: 'sliding' }],
		limitedResponse: hubspotRefusal,
	};
}

/**
 * Intercom: the per-minute limit is enforced in 10-second periods (1,000/min = 167 per 10 s);
 * `X-RateLimit-Reset` is a Unix time in seconds, which intercom-client waits for on a 429.
 */
export function intercomRateLimit(options: { perMinute?: number } = {}): RateLimiterOptions {
	const limit = Math.ceil((options.perMinute ?? 10_000) / 6);
	return {
		windows: [{ name: '10_seconds', limit, windowMs: 10_000, kind: 'fixed' }],
		headers: ({ windows: { '10_seconds': period } }) => ({
			'X-RateLimit-Limit': String(period.limit),
			'X-RateLimit-Remaining': String(period.remaining),
			'X-RateLimit-Reset': String(Math.floor(period.resetAt / 1000)),
		}),
		limitedResponse: ({ windows: { '10_seconds': period } }) => ({
			status: 429,
			body: {
				type: 'error.list',
				request_id: randomUUID(),
				errors: [
					{
						code: 'rate_limit_exceeded',
						message: `Exceeded rate limit of ${period.limit} in 10_seconds`,
					},
				],
			},
		}),
	};
}

/**
 * Salesforce: org-wide API requests per rolling 24 hours, reported as `Sforce-Limit-Info:
 * api-usage=used/max` (jsforce reads it); once exhausted, 403 REQUEST_LIMIT_EXCEEDED, not 429.
 */
export function salesforceApiLimit(options: { daily?: number } = {}): RateLimiterOptions {
	return {
		windows: [
			{ name: 'TotalRequests', limit: options.daily ?? 100_000, windowMs: DAY_MS, kind: 'sliding' },
		],
		headers: ({ windows: { TotalRequests: day } }) => ({
			'Sforce-Limit-Info': `api-usage=${day.limit - day.remaining}/${day.limit}`,
		}),
		limitedResponse: () => ({
			status: 403,
			body: [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }],
		}),
	};
}
