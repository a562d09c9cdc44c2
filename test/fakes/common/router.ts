import type { RateLimiter } from './rateLimiter';
import type { Handler } from './types';

/** `/services/data/:version/jobs/query/:jobId`, `/files/*` (rest of the path in `params['*']`), or a RegExp. */
export type RoutePattern = string | RegExp;

export interface RouteOptions {
	/** For endpoints that take no bearer token, e.g. OAuth token endpoints. */
	skipAuth?: boolean;
	skipRateLimit?: boolean;
	/** Replaces the server's limiter for this route (e.g. HubSpot's separate search limit). */
	rateLimiter?: RateLimiter;
}

export interface Route {
	readonly method: string;
	readonly pattern: RoutePattern;
	readonly handler: Handler;
	readonly options: RouteOptions;
	readonly matcher: RegExp;
	readonly paramNames: readonly string[];
}

export type RouteMatch =
	| { route: Route; params: Record<string, string> }
	| { route?: undefined; allowedMethods: string[] };

export class Router {
	private readonly routes: Route[] = [];

	add(method: string, pattern: RoutePattern, handler: Handler, options: RouteOptions = {}): Route {
		const { matcher, paramNames } = compilePattern(pattern);
		const route = { method: method.toUpperCase(), pattern, handler, options, matcher, paramNames };
		this.routes.push(route);
		return route;
	}

	get all(): readonly Route[] {
		return this.routes;
	}

	/** First registered match wins; HEAD falls back to GET like most servers. */
	match(method: string, path: string): RouteMatch {
		const allowedMethods = new Set<string>();
		let headFallback: { route: Route; params: Record<string, string> } | undefined;
		for (const route of this.routes) {
			const found = route.matcher.exec(path);
			if (!found) continue;
			if (route.method === method || route.method === '*') {
				return { route, params: extractParams(route, found) };
			}
			if (method === 'HEAD' && route.method === 'GET' && !headFallback) {
				headFallback = { route, params: extractParams(route, found) };
			}
			allowedMethods.add(route.method);
		}
		return headFallback ?? { allowedMethods: [...allowedMethods] };
	}
}

function compilePattern(pattern: RoutePattern): { matcher: RegExp; paramNames: string[] } {
	if (pattern instanceof RegExp) return { matcher: pattern, paramNames: [] };
	if (!pattern.startsWith('/')) throw new Error(`Route pattern must start with "/": ${pattern}`);
	const paramNames: string[] = [];
	const segments = pattern.split('/').slice(1);
	const source = segments
		.map((segment, index) => {
			if (segment === '*') {
				if (index !== segments.length - 1) {
					throw new Error(`"*" must be the last segment: ${pattern}`);
				}
				paramNames.push('*');
				return '(?:/(.*))?';
			}
			if (segment.startsWith(':')) {
				paramNames.push(segment.slice(1));
				return '/([^/]+)';
			}
			return '/' + escapeRegExp(segment);
		})
		.join('');
	return { matcher: new RegExp(`^${source}$`), paramNames };
}

function extractParams(route: Route, found: RegExpExecArray): Record<string, string> {
	const params: Record<string, string> = {};
	if (route.pattern instanceof RegExp) {
		found.slice(1).forEach((value, index) => {
			if (value !== undefined) params[String(index + 1)] = decode(value);
		});
		for (const [name, value] of Object.entries(found.groups ?? {})) {
			if (value !== undefined) params[name] = decode(value);
		}
		return params;
	}
	route.paramNames.forEach((name, index) => {
		params[name] = decode(found[index + 1] ?? '');
	});
	return params;
}

function decode(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
