/**
 * Rate limits (crm-apis.md 2.8), from the common `hubspotRateLimit` / `hubspotSearchRateLimit`
 * presets:
 *
 * - Private apps: a rolling 10-second window (190 by default; 100 for Free/Starter) and a daily
 *   limit that resets at midnight UTC (HubSpot: midnight in the account's time zone), one bucket
 *   per app. Every response carries `X-HubSpot-RateLimit-{Max,Remaining,Interval-Milliseconds}`
 *   and `-Daily` / `-Daily-Remaining`.
 * - OAuth apps: their own rolling 10-second window (100) per app, no daily limit and no `-Daily`
 *   headers.
 * - CRM search: its own per-second limit per token (4 by default), exempt from the ten-secondly
 *   window (and, in this fake, from the daily count), with `X-HubSpot-RateLimit-Secondly` headers.
 *
 * The server takes one limiter per route, so `HubSpotRateLimiter` picks the private-app or the
 * OAuth limiter for each request (a workaround for the scaffolding's single limiter per route).
 */
import {
	hubspotRateLimit,
	hubspotSearchRateLimit,
	RateLimiter,
	type Clock,
	type FakeRequest,
	type FakeResponse,
	type RateLimitDecision,
	type RateLimitState,
} from '../common';
import type { HubSpotAuth } from './auth';

export interface HubSpotRateLimitSettings {
	clock: Clock;
	/** Private apps, per rolling 10 s. Default 190. */
	tenSecondly: number;
	/** Private apps, per day. Default 1,000,000 (Enterprise; Professional 650,000, Free/Starter 250,000). */
	daily: number;
	/** OAuth apps, per rolling 10 s. Default 100. */
	oauthTenSecondly: number;
	/** CRM search, per token per second. Default 4. */
	searchPerSecond: number;
	/** Whether refused requests still use up budget. Default false. */
	countLimited: boolean;
	/** Add `Retry-After` to 429s (HubSpot documents none). Default false. */
	retryAfter: boolean;
}

const UNUSED_WINDOW = [{ name: 'unused', limit: 1, windowMs: 1 }];

/** Sends each request to the limiter of its app's kind. */
export class HubSpotRateLimiter extends RateLimiter {
	readonly privateApps: RateLimiter;
	readonly oauthApps: RateLimiter;

	constructor(
		settings: HubSpotRateLimitSettings,
		private readonly auth: HubSpotAuth,
	) {
		super({ windows: UNUSED_WINDOW });
		const key = (req: FakeRequest) => {
			const app = auth.appOf(req);
			return app ? `${app.kind}:${app.appId}` : 'anonymous';
		};
		const common = {
			clock: settings.clock,
			key,
			countLimited: settings.countLimited,
			retryAfter: settings.retryAfter,
		};
		this.privateApps = new RateLimiter({
			...hubspotRateLimit({ tenSecondly: settings.tenSecondly, daily: settings.daily }),
			...common,
		});
		this.oauthApps = new RateLimiter({
			...hubspotRateLimit({
				tenSecondly: settings.oauthTenSecondly,
				daily: Number.MAX_SAFE_INTEGER,
				dailyHeaders: false,
			}),
			...common,
		});
	}

	override keyOf(req: FakeRequest): string {
		return this.pick(req).keyOf(req);
	}

	override consume(req: FakeRequest): RateLimitDecision {
		return this.pick(req).consume(req);
	}

	override forcedRefusal(req: FakeRequest, windowName?: string): FakeResponse {
		return this.pick(req).forcedRefusal(req, windowName);
	}

	/** A bucket by key: `private:<appId>` or `oauth:<appId>`. */
	override state(key = 'anonymous'): RateLimitState {
		return (key.startsWith('oauth:') ? this.oauthApps : this.privateApps).state(key);
	}

	override reset(): void {
		this.privateApps.reset();
		this.oauthApps.reset();
	}

	private pick(req: FakeRequest): RateLimiter {
		return this.auth.appOf(req)?.kind === 'oauth' ? this.oauthApps : this.privateApps;
	}
}

/** CRM search's per-second limit, keyed by token. */
export function searchRateLimiter(settings: HubSpotRateLimitSettings): RateLimiter {
	return new RateLimiter({
		...hubspotSearchRateLimit({ perSecond: settings.searchPerSecond }),
		clock: settings.clock,
		key: (req) => req.auth?.token ?? req.header('authorization') ?? 'anonymous',
		countLimited: settings.countLimited,
		retryAfter: settings.retryAfter,
		headers: ({ windows: { SECONDLY: second } }) => ({
			'X-HubSpot-RateLimit-Secondly': String(second.limit),
			'X-HubSpot-RateLimit-Secondly-Remaining': String(second.remaining),
		}),
	});
}
