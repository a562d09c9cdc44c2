import { systemClock, type Clock } from './clock';
import type { FakeRequest, FakeResponse, HeaderRecord } from './types';

/**
 * `fixed`: counts reset at multiples of `windowMs` since the epoch (so a 24-hour window resets at
 * midnight UTC). `sliding`: counts the requests of the last `windowMs` (a rolling window).
 */
export type WindowKind = 'fixed' | 'sliding';

export interface RateWindow {
	name: string;
	limit: number;
	windowMs: number;
	kind?: WindowKind;
}

export interface WindowState {
	readonly name: string;
	readonly kind: WindowKind;
	readonly limit: number;
	readonly windowMs: number;
	readonly used: number;
	readonly remaining: number;
	/**
	 * When budget comes back (ms epoch): the window's end for fixed windows; for sliding ones, when
	 * the oldest counted request leaves the window (now, if nothing is counted).
	 */
	readonly resetAt: number;
	readonly resetInMs: number;
	/** `resetInMs` rounded up to whole seconds. */
	readonly resetInSeconds: number;
}

export interface RateLimitState {
	readonly key: string;
	readonly now: number;
	/** By window name, in declaration order. */
	readonly windows: Readonly<Record<string, WindowState>>;
	/** The exhausted window that refused the request (the one that resets last, if several). */
	readonly exceeded?: WindowState;
}

export interface RateLimiterOptions {
	windows: RateWindow[];
	/** Which bucket a request counts against (per app, token, portal...). Default: one bucket. */
	key?: (req: FakeRequest) => string;
	/** The service's rate-limit headers, added to every response of a rate-limited route, 429s too. */
	headers?: (state: RateLimitState) => HeaderRecord;
	/** The service's answer once a window is exhausted (its headers win over `headers`). */
	limitedResponse?: (state: RateLimitState) => FakeResponse;
	clock?: Clock;
	/** Whether refused requests still use up budget. Default false. */
	countLimited?: boolean;
	/** Adds `Retry-After: <seconds until the exceeded window resets>` to refused requests. */
	retryAfter?: boolean;
}

export type RateLimitDecision =
	| { limited: false; state: RateLimitState; headers: HeaderRecord }
	| { limited: true; state: RateLimitState; response: FakeResponse };

interface Counter {
	used(now: number): number;
	record(now: number): void;
	resetAt(now: number): number;
}

class FixedCounter implements Counter {
	private windowStart = Number.NEGATIVE_INFINITY;
	private count = 0;

	constructor(private readonly windowMs: number) {}

	used(now: number): number {
		this.roll(now);
		return this.count;
	}

	record(now: number): void {
		this.roll(now);
		this.count++;
	}

	resetAt(now: number): number {
		return Math.floor(now / this.windowMs) * this.windowMs + this.windowMs;
	}

	private roll(now: number): void {
		const start = Math.floor(now / this.windowMs) * this.windowMs;
		if (start !== this.windowStart) {
			this.windowStart = start;
			this.count = 0;
		}
	}
}

/** An exact sliding log, run-length encoded by timestamp so it stays small under a fast clock. */
class SlidingCounter implements Counter {
	private times: number[] = [];
	private counts: number[] = [];
	private head = 0;
	private total = 0;

	constructor(private readonly windowMs: number) {}

	used(now: number): number {
		this.evict(now);
		return this.total;
	}

	record(now: number): void {
		this.evict(now);
		const last = this.times.length - 1;
		if (last >= this.head && this.times[last] === now) this.counts[last]++;
		else {
			this.times.push(now);
			this.counts.push(1);
		}
		this.total++;
	}

	resetAt(now: number): number {
		this.evict(now);
		return this.head < this.times.length ? this.times[this.head] + this.windowMs : now;
	}

	private evict(now: number): void {
		while (this.head < this.times.length && this.times[this.head] <= now - this.windowMs) {
			this.total -= this.counts[this.head];
			this.head++;
		}
		if (this.head > 1024 && this.head * 2 > this.times.length) {
			this.times = this.times.slice(this.head);
			this.counts = this.counts.slice(this.head);
			this.head = 0;
		}
	}
}

/** A multi-window request limiter; service fakes supply the header names and bodies. */
export class RateLimiter {
	private readonly buckets = new Map<string, Counter[]>();
	private readonly clock: Clock;

	constructor(private readonly options: RateLimiterOptions) {
		if (options.windows.length === 0) throw new Error('RateLimiter needs at least one window');
		for (const w of options.windows) {
			if (!(w.limit >= 0 && w.windowMs > 0)) throw new RangeError(`Invalid rate window ${w.name}`);
		}
		this.clock = options.clock ?? systemClock;
	}

	keyOf(req: FakeRequest): string {
		return this.options.key ? this.options.key(req) : 'default';
	}

	/** Counts the request if every window has budget left; otherwise answers as the service would. */
	consume(req: FakeRequest): RateLimitDecision {
		const key = this.keyOf(req);
		const now = this.clock.now();
		const counters = this.countersFor(key);
		const before = this.snapshot(key, now, counters);
		if (before.exceeded) {
			if (this.options.countLimited) for (const counter of counters) counter.record(now);
			const state = this.options.countLimited ? this.snapshot(key, now, counters) : before;
			return { limited: true, state, response: this.refusal(state) };
		}
		for (const counter of counters) counter.record(now);
		const state = this.snapshot(key, now, counters);
		return { limited: false, state, headers: this.options.headers?.(state) ?? {} };
	}

	/**
	 * The refusal this limiter would send, without counting anything: the named window (default:
	 * the first) is reported as exhausted.
	 */
	forcedRefusal(req: FakeRequest, windowName?: string): FakeResponse {
		const key = this.keyOf(req);
		const name = windowName ?? this.options.windows[0].name;
		if (!this.options.windows.some((w) => w.name === name)) {
			throw new Error(`No rate window named ${name}`);
		}
		const state = this.snapshot(key, this.clock.now(), this.countersFor(key), name);
		return this.refusal(state);
	}

	/** Peeks at a bucket without counting. */
	state(key = 'default'): RateLimitState {
		return this.snapshot(key, this.clock.now(), this.countersFor(key));
	}

	reset(): void {
		this.buckets.clear();
	}

	private refusal(state: RateLimitState): FakeResponse {
		const response: FakeResponse = this.options.limitedResponse?.(state) ?? {
			status: 429,
			body: { message: 'Too Many Requests' },
		};
		const headers: HeaderRecord = { ...this.options.headers?.(state) };
		if (this.options.retryAfter && state.exceeded) {
			headers['Retry-After'] = String(Math.max(1, state.exceeded.resetInSeconds));
		}
		return { ...response, headers: { ...headers, ...response.headers } };
	}

	private countersFor(key: string): Counter[] {
		let counters = this.buckets.get(key);
		if (!counters) {
			counters = this.options.windows.map((w) =>
				w.kind === 'sliding' ? new SlidingCounter(w.windowMs) : new FixedCounter(w.windowMs),
			);
			this.buckets.set(key, counters);
		}
		return counters;
	}

	/** `forceExhausted` reports that window with nothing remaining, whatever its count. */
	private snapshot(
		key: string,
		now: number,
		counters: Counter[],
		forceExhausted?: string,
	): RateLimitState {
		const windows: Record<string, WindowState> = {};
		let exceeded: WindowState | undefined;
		this.options.windows.forEach((w, i) => {
			const used = counters[i].used(now);
			const resetAt = counters[i].resetAt(now);
			const remaining = w.name === forceExhausted ? 0 : Math.max(0, w.limit - used);
			const state: WindowState = {
				name: w.name,
				kind: w.kind ?? 'fixed',
				limit: w.limit,
				windowMs: w.windowMs,
				used,
				remaining,
				resetAt,
				resetInMs: resetAt - now,
				resetInSeconds: Math.ceil((resetAt - now) / 1000),
			};
			windows[w.name] = state;
			if (remaining === 0 && (forceExhausted === undefined || w.name === forceExhausted)) {
				if (!exceeded || state.resetAt > exceeded.resetAt) exceeded = state;
			}
		});
		return { key, now, windows, exceeded };
	}
}
