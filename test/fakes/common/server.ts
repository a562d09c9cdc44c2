import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { TokenAuth } from './auth';
import { systemClock, type Clock } from './clock';
import { FaultInjector, type FaultSpec, type TerminalFault } from './faults';
import { SeededRandom } from './random';
import type { RateLimiter } from './rateLimiter';
import { BodyTooLargeError, buildRequest, readBody, toRecord } from './request';
import { RequestLog, type MutableLogEntry, type RequestLogOptions } from './requestLog';
import { writeResponse } from './response';
import {
	Router,
	type Route,
	type RouteMatch,
	type RouteOptions,
	type RoutePattern,
} from './router';
import type { FakeRequest, FakeResponse, Handler, HeaderRecord } from './types';

export interface FakeServerOptions {
	/** Shown in default error bodies and error messages. */
	name: string;
	/** Shared with the auth layer and rate limiter so that time moves for all of them at once. */
	clock?: Clock;
	auth?: TokenAuth;
	rateLimiter?: RateLimiter;
	/** Seed for probabilistic faults. Default 1. */
	seed?: number;
	/** Default 0: a random free port. */
	port?: number;
	/** Larger bodies get 413. Default 100 MiB. */
	maxBodyBytes?: number;
	log?: Omit<RequestLogOptions, 'clock'>;
	/** Added to every response the service itself produces (not to injected `status` faults). */
	defaultHeaders?: HeaderRecord | ((req: FakeRequest) => HeaderRecord);
	/** No route for the path (`allowedMethods` empty) or for the method on it. */
	notFound?: (req: FakeRequest, context: { allowedMethods: string[] }) => FakeResponse;
	internalError?: (req: FakeRequest, error: unknown) => FakeResponse;
	/** The content type says JSON but the body does not parse (checked after auth and rate limiting). */
	invalidJson?: (req: FakeRequest, error: Error) => FakeResponse;
	payloadTooLarge?: (req: FakeRequest, limitBytes: number) => FakeResponse;
}

/** One request's journey through the pipeline. */
interface Exchange {
	readonly res: ServerResponse;
	readonly entry: MutableLogEntry;
	readonly startedAt: number;
}

/**
 * An HTTP server on 127.0.0.1 that a service fake fills with routes. Each request goes through:
 * log → faults → auth → rate limiter → handler → response.
 */
export class FakeServer {
	readonly name: string;
	readonly clock: Clock;
	readonly auth?: TokenAuth;
	readonly rateLimiter?: RateLimiter;
	readonly log: RequestLog;
	readonly faults: FaultInjector;
	readonly random: SeededRandom;

	private readonly router = new Router();
	private readonly sockets = new Set<Socket>();
	private http?: Server;
	private baseUrl?: string;
	private stopping = new AbortController();

	constructor(private readonly options: FakeServerOptions) {
		this.name = options.name;
		this.clock = options.clock ?? systemClock;
		this.auth = options.auth;
		this.rateLimiter = options.rateLimiter;
		this.random = new SeededRandom(options.seed ?? 1);
		this.log = new RequestLog({
			...options.log,
			clock: this.clock,
			isSecretValue: (value) =>
				options.log?.isSecretValue?.(value) || (this.auth?.knows(value) ?? false),
		});
		this.faults = new FaultInjector(this.random, (spec) => this.checkFaultIsServable(spec));
	}

	route(method: string, pattern: RoutePattern, handler: Handler, options?: RouteOptions): this {
		this.router.add(method, pattern, handler, options);
		return this;
	}

	/** Listens on 127.0.0.1 and returns the base URL, e.g. `http://127.0.0.1:41234`. */
	async start(): Promise<string> {
		if (this.baseUrl) return this.baseUrl;
		this.stopping = new AbortController();
		// handle() answers every failure itself; this catch only guards against a bug in that path.
		const http = createServer((req, res) => void this.handle(req, res).catch(() => res.destroy()));
		http.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.once('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve, reject) => {
			http.once('error', reject);
			http.listen(this.options.port ?? 0, '127.0.0.1', () => {
				http.off('error', reject);
				resolve();
			});
		});
		this.http = http;
		this.baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
		return this.baseUrl;
	}

	get url(): string {
		if (!this.baseUrl) throw new Error(`${this.name} fake is not started`);
		return this.baseUrl;
	}

	/** Closes the listener and destroys every open connection, hung and keep-alive ones included. */
	async stop(): Promise<void> {
		const http = this.http;
		if (!http) return;
		this.http = undefined;
		this.baseUrl = undefined;
		this.stopping.abort();
		const closed = new Promise<void>((resolve) => http.close(() => resolve()));
		for (const socket of this.sockets) socket.destroy();
		this.sockets.clear();
		await closed;
	}

	private async handle(incoming: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
		const method = (incoming.method ?? 'GET').toUpperCase();
		const exchange: Exchange = {
			res,
			entry: this.log.open({
				method,
				path: url.pathname,
				query: toRecord(url.searchParams),
				headers: incoming.headers,
			}),
			startedAt: performance.now(),
		};
		const match = this.router.match(method, url.pathname);
		const init = {
			method,
			url,
			headers: incoming.headers,
			params: match.route ? match.params : {},
		};
		let rawBody: Buffer;
		try {
			rawBody = await readBody(incoming, this.maxBodyBytes);
		} catch (error) {
			if (!(error instanceof BodyTooLargeError)) {
				return this.endWithoutResponse(exchange, 'client aborted the request');
			}
			const { request } = buildRequest({ ...init, rawBody: Buffer.alloc(0) });
			exchange.entry.requestBytes = error.receivedBytes;
			const response = this.options.payloadTooLarge?.(request, error.limitBytes) ?? {
				status: 413,
				body: { error: 'payload_too_large', message: error.message },
			};
			return this.send(exchange, request, response);
		}
		const { request, jsonError } = buildRequest({ ...init, rawBody });
		this.log.attachBody(exchange.entry, request);
		try {
			await this.pipeline(exchange, request, match, jsonError);
		} catch (error) {
			exchange.entry.error = describe(error);
			await this.send(exchange, request, this.internalError(request, error));
		}
	}

	private async pipeline(
		exchange: Exchange,
		request: FakeRequest,
		match: RouteMatch,
		jsonError?: Error,
	) {
		const { entry } = exchange;
		const faults = this.faults.decide(request);
		if (faults.delayMs > 0) {
			entry.fault = 'delay';
			if (!(await this.wait(faults.delayMs))) {
				return this.endWithoutResponse(exchange, 'server stopped');
			}
		}
		if (faults.terminal) return this.applyFault(exchange, request, match.route, faults.terminal);

		if (!match.route) {
			return this.send(
				exchange,
				request,
				this.notFound(request, { allowedMethods: match.allowedMethods }),
			);
		}

		if (this.auth && !match.route.options.skipAuth) {
			const result = this.auth.authenticate(request);
			if (!result.ok) {
				return this.send(exchange, request, this.auth.unauthorized(result.failure, request));
			}
			Object.assign(request, { auth: result.token });
		}

		let rateLimitHeaders: HeaderRecord | undefined;
		const limiter = this.limiterFor(match.route);
		if (limiter) {
			const decision = limiter.consume(request);
			if (decision.limited) {
				entry.rateLimited = true;
				return this.send(exchange, request, decision.response);
			}
			rateLimitHeaders = decision.headers;
		}

		if (jsonError) {
			const response = this.options.invalidJson?.(request, jsonError) ?? {
				status: 400,
				body: { error: 'invalid_json', message: jsonError.message },
			};
			return this.send(exchange, request, response, rateLimitHeaders);
		}

		let response: FakeResponse;
		try {
			response = await match.route.handler(request);
		} catch (error) {
			entry.error = describe(error);
			response = this.internalError(request, error);
		}
		return this.send(exchange, request, response, rateLimitHeaders);
	}

	private async applyFault(
		exchange: Exchange,
		request: FakeRequest,
		route: Route | undefined,
		fault: TerminalFault,
	) {
		const { entry, res } = exchange;
		entry.fault = fault.kind;
		switch (fault.kind) {
			case 'status':
				// A proxy-style failure: none of the service's own headers.
				return this.send(exchange, request, fault, undefined, false);
			case 'drop': {
				this.endWithoutResponse(exchange, 'dropped by fault');
				const socket = res.socket;
				if (fault.mode === 'close') socket?.destroy();
				else socket?.resetAndDestroy();
				return;
			}
			case 'hang':
			case 'timeout':
				// Nothing is sent; the socket is destroyed when the client gives up or at stop().
				res.once('close', () => this.endWithoutResponse(exchange, 'hung by fault'));
				return;
			case 'rateLimit': {
				entry.rateLimited = true;
				const limiter = (route && this.limiterFor(route)) ?? this.rateLimiter;
				if (!limiter) {
					throw new Error(`${this.name}: rateLimit fault on a route without a rate limiter`);
				}
				return this.send(exchange, request, limiter.forcedRefusal(request, fault.window));
			}
			case 'expiredToken':
				if (!this.auth) {
					throw new Error(`${this.name}: expiredToken fault on a server without auth`);
				}
				return this.send(exchange, request, this.auth.unauthorized({ reason: 'expired' }, request));
		}
	}

	private async send(
		exchange: Exchange,
		request: FakeRequest,
		response: FakeResponse,
		rateLimitHeaders?: HeaderRecord,
		withDefaultHeaders = true,
	): Promise<void> {
		const { res, entry } = exchange;
		if (res.destroyed || res.headersSent || !res.socket || res.socket.destroyed) {
			return this.endWithoutResponse(exchange, 'client went away');
		}
		entry.status = response.status;
		entry.durationMs = performance.now() - exchange.startedAt;
		try {
			const defaults = withDefaultHeaders ? this.defaultHeaders(request) : undefined;
			await writeResponse(res, response, [defaults, rateLimitHeaders]);
		} catch (error) {
			entry.error = describe(error);
			if (!res.headersSent) {
				entry.status = 500;
				await writeResponse(
					res,
					{ status: 500, body: { error: 'internal_error', message: entry.error } },
					[],
				);
			} else {
				res.destroy();
			}
		}
	}

	private endWithoutResponse(exchange: Exchange, reason: string): void {
		const { entry } = exchange;
		if (entry.durationMs !== undefined) return;
		entry.durationMs = performance.now() - exchange.startedAt;
		entry.error ??= reason;
	}

	/** Wall-clock wait (the client's timeouts run on real time); false when the server stops first. */
	private wait(ms: number): Promise<boolean> {
		const signal = this.stopping.signal;
		return new Promise((resolve) => {
			if (signal.aborted) return resolve(false);
			const onAbort = () => {
				clearTimeout(timer);
				resolve(false);
			};
			const timer = setTimeout(() => {
				signal.removeEventListener('abort', onAbort);
				resolve(true);
			}, ms);
			signal.addEventListener('abort', onAbort, { once: true });
		});
	}

	private limiterFor(route: Route): RateLimiter | undefined {
		if (route.options.skipRateLimit) return undefined;
		return route.options.rateLimiter ?? this.rateLimiter;
	}

	private defaultHeaders(request: FakeRequest): HeaderRecord | undefined {
		const headers = this.options.defaultHeaders;
		return typeof headers === 'function' ? headers(request) : headers;
	}

	private notFound(request: FakeRequest, context: { allowedMethods: string[] }): FakeResponse {
		if (this.options.notFound) return this.options.notFound(request, context);
		return {
			status: 404,
			body: {
				error: 'not_found',
				message: `${this.name} fake has no route for ${request.method} ${request.path}`,
			},
		};
	}

	private internalError(request: FakeRequest, error: unknown): FakeResponse {
		try {
			if (this.options.internalError) return this.options.internalError(request, error);
		} catch (hookError) {
			error = hookError;
		}
		return { status: 500, body: { error: 'internal_error', message: describe(error) } };
	}

	private get maxBodyBytes(): number {
		return this.options.maxBodyBytes ?? 100 * 1024 * 1024;
	}

	private checkFaultIsServable(spec: FaultSpec): void {
		if (spec.kind === 'expiredToken' && !this.auth) {
			throw new Error(`${this.name}: an expiredToken fault needs a server with auth`);
		}
		if (
			spec.kind === 'rateLimit' &&
			!this.rateLimiter &&
			!this.router.all.some((r) => r.options.rateLimiter)
		) {
			throw new Error(`${this.name}: a rateLimit fault needs a rate limiter`);
		}
	}
}

function describe(error: unknown): string {
	return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
