/**
 * Cheap authenticated endpoints a credential test can call: `GET /account-info/v3/details`
 * (what n8n's HubSpot app-token credential tests with), the older `GET /integrations/v1/me`, and
 * `GET /account-info/v3/api-usage/daily/private-apps` (the daily budget as the limiter sees it).
 * They count against the rate limit like any API call.
 */
import type { HubSpotContext } from './context';
import { addRoute, json } from './http';
import type { HubSpotRateLimiter } from './rateLimits';

export function registerAccountRoutes(ctx: HubSpotContext, limiter: HubSpotRateLimiter): void {
	const portalId = ctx.settings.portalId;
	addRoute(ctx.server, 'GET', '/account-info/v3/details', () =>
		json(200, {
			portalId,
			accountType: 'STANDARD',
			timeZone: 'US/Eastern',
			companyCurrency: 'USD',
			additionalCurrencies: [],
			utcOffset: '-05:00',
			utcOffsetMilliseconds: -18_000_000,
			uiDomain: 'app.hubspot.com',
			dataHostingLocation: 'na1',
		}),
	);
	addRoute(ctx.server, 'GET', '/integrations/v1/me', () =>
		json(200, {
			portalId,
			timeZone: 'US/Eastern',
			currency: 'USD',
			utcOffsetMilliseconds: -18_000_000,
			utcOffset: '-05:00',
		}),
	);
	addRoute(ctx.server, 'GET', '/account-info/v3/api-usage/daily/private-apps', (req) => {
		const app = ctx.auth.appOf(req);
		const state = limiter.state(app ? `${app.kind}:${app.appId}` : 'anonymous');
		const daily = state.windows.DAILY;
		return json(200, {
			results: [
				{
					name: 'private-apps-api-calls-daily',
					usageLimit: daily.limit,
					currentUsage: daily.used,
					collectedAt: new Date(state.now).toISOString(),
					fetchStatus: 'SUCCESS',
					resetsAt: new Date(daily.resetAt).toISOString(),
				},
			],
		});
	});
}
