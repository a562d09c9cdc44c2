/**
 * Rate limits (crm-apis.md 3.7) from the common `intercomRateLimit` preset: a per-app limit
 * (default 10,000 a minute, enforced as 1,667 per fixed 10-second window; one app per access
 * token) and a workspace limit across all apps (default 25,000 a minute, 4,167 per 10 s).
 * Every authenticated response carries the app's `X-RateLimit-Limit`, `-Remaining` and `-Reset`
 * (Unix seconds when the window ends); a refusal is 429 `rate_limit_exceeded` "Exceeded rate
 * limit of N in 10_seconds" with the headers of the window that ran out. Refused requests do not
 * use up budget.
 *
 * The server takes one limiter per route, so this class consults both (a workaround for the
 * scaffolding's single limiter per route). A `rateLimit` fault refuses as the app limit, or as
 * the workspace limit with `window: 'workspace'`.
 */
import {
	intercomRateLimit,
	RateLimiter,
	type Clock,
	type FakeRequest,
	type FakeResponse,
	type RateLimitDecision,
	type RateLimitState,
} from '../common';
import { requestIdOf } from './requestIds';

export interface IntercomRateLimitSettings {
	clock: Clock;
	/** Per app (access token), requests per minute. */
	perMinute: number;
	/** All apps of the workspace together, requests per minute. */
	workspacePerMinute: number;
}

const UNUSED_WINDOW = [{ name: 'unused', limit: 1, windowMs: 1 }];
const WORKSPACE_KEY = 'workspace';

export class IntercomRateLimiter extends RateLimiter {
	readonly apps: RateLimiter;
	readonly workspace: RateLimiter;

	constructor(settings: IntercomRateLimitSettings) {
		super({ windows: UNUSED_WINDOW });
		this.apps = new RateLimiter({
			...intercomRateLimit({ perMinute: settings.perMinute }),
			clock: settings.clock,
			key: (req) => req.auth?.token ?? 'anonymous',
		});
		this.workspace = new RateLimiter({
			...intercomRateLimit({ perMinute: settings.workspacePerMinute }),
			clock: settings.clock,
			key: () => WORKSPACE_KEY,
		});
	}

	override keyOf(req: FakeRequest): string {
		return this.apps.keyOf(req);
	}

	override consume(req: FakeRequest): RateLimitDecision {
		if (this.workspace.state(WORKSPACE_KEY).exceeded)
			return withRequestId(this.workspace.consume(req), req);
		const app = this.apps.consume(req);
		if (app.limited) return withRequestId(app, req);
		this.workspace.consume(req);
		return app;
	}

	override forcedRefusal(req: FakeRequest, windowName?: string): FakeResponse {
		const refusal =
			windowName === WORKSPACE_KEY
				? this.workspace.forcedRefusal(req)
				: this.apps.forcedRefusal(req);
		return patchRequestId(refusal, req);
	}

	/** An app's bucket (key: its access token). */
	override state(key = 'anonymous'): RateLimitState {
		return this.apps.state(key);
	}

	workspaceState(): RateLimitState {
		return this.workspace.state(WORKSPACE_KEY);
	}

	override reset(): void {
		this.apps.reset();
		this.workspace.reset();
	}
}

function withRequestId(decision: RateLimitDecision, req: FakeRequest): RateLimitDecision {
	return decision.limited
		? { ...decision, response: patchRequestId(decision.response, req) }
		: decision;
}

/** The preset makes its own request id; the body should carry the one in `X-Request-Id`. */
function patchRequestId(response: FakeResponse, req: FakeRequest): FakeResponse {
	const body = response.body as Record<string, unknown> | undefined;
	return body && typeof body === 'object'
		? { ...response, body: { ...body, request_id: requestIdOf(req) } }
		: response;
}
