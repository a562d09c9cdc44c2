import { attempt } from './attempt';

/**
 * Request pacing and retries for rate-limited APIs (HubSpot, Intercom), written once.
 *
 * A `RateController` holds one budget (say 190 requests per 10 s) for one app or token, shared by
 * every execution in the process, so pages run one after another (a sub-workflow per page) keep
 * to the limit together. Requests are spaced evenly and counted in a sliding window that stays a
 * few requests under the limit; what the API reports in its headers corrects the budget. The
 * service's `RatePolicy` says what an error means: wait and retry, back off and retry, or stop.
 */

export interface RateBudget {
	/** Requests allowed per interval. */
	limit: number;
	intervalMs: number;
}

/** What a service's response headers say about the budget; any part may be missing. */
export interface BudgetReading extends Partial<RateBudget> {
	remaining?: number;
	dailyRemaining?: number;
	/** When the service counts in fixed periods: how long until the current one ends. */
	resetInMs?: number;
}

export type Verdict =
	/** The short window is full (429): wait, then send the same request again. */
	| { kind: 'throttled'; waitMs?: number }
	/** A budget that does not come back soon (a daily limit): stop. */
	| { kind: 'exhausted'; message: string }
	/** A 5xx, a dropped connection, a time-out: back off with jitter and retry. */
	| { kind: 'transient' }
	/** The credential's token was refused: renew it once, then retry. */
	| { kind: 'unauthorized' }
	/** Anything else: the caller decides (a 400 is the request's fault, not the network's). */
	| { kind: 'fatal' };

export interface RatePolicy {
	classify(error: unknown): Verdict;
	read(headers: Record<string, string> | undefined): BudgetReading;
}

export interface RetryLimits {
	/** Retries after 5xx and dropped connections, per request. */
	maxTransientRetries: number;
	/** How long one request may keep being throttled before it fails. */
	maxThrottledMs: number;
	baseDelayMs: number;
	maxDelayMs: number;
}

export const DEFAULT_RETRY_LIMITS: RetryLimits = {
	maxTransientRetries: 6,
	maxThrottledMs: 5 * 60_000,
	baseDelayMs: 500,
	maxDelayMs: 30_000,
};

/** A daily (or other long) budget ran out: nothing more can be sent for now. */
export class RateBudgetExhaustedError extends Error {
	constructor(
		message: string,
		readonly cause?: unknown,
	) {
		super(message);
		this.name = 'RateBudgetExhaustedError';
	}
}

/** A request kept failing after its retries; `cause` is the last failure. */
export class RetriesExhaustedError extends Error {
	constructor(
		message: string,
		readonly cause: unknown,
	) {
		super(message);
		this.name = 'RetriesExhaustedError';
	}
}

export interface RateStats {
	requests: number;
	throttled: number;
	transientRetries: number;
	waitedMs: number;
}

export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

const EXHAUSTED_HOLD_MS = 60_000;

/** After a pause, requests go out at up to this many times the budget's rate until caught up. */
const CATCH_UP_FACTOR = 2;

const systemClock: Clock = {
	now: () => Date.now(),
	sleep: async (ms) => await new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface Attempt<T> {
	value: T;
	headers?: Record<string, string>;
}

export class RateController {
	readonly stats: RateStats = { requests: 0, throttled: 0, transientRetries: 0, waitedMs: 0 };

	private budget: RateBudget;

	/** Send times of our requests in the current window, oldest first. */
	private sent: number[] = [];

	private pausedUntil = 0;

	/** Requests that may go out now (a token bucket), and when they were last counted. */
	private credits = 1;

	private creditedAt: number;

	/** 429s in a row; each one doubles the wait before the next try. */
	private throttleStreak = 0;

	/** Set when a long budget ran out; the lanes of the same run stop at once, later runs try again. */
	private exhausted: { message: string; until: number } | undefined;

	/** Callers wait for a slot one after another, in arrival order. */
	private queue: Promise<void> = Promise.resolve();

	constructor(
		budget: RateBudget,
		private readonly policy: RatePolicy,
		/** Requests kept free in every window, for other clients of the same budget. */
		private readonly reserve = 2,
		private readonly clock: Clock = systemClock,
		private readonly random: () => number = Math.random,
	) {
		this.budget = { ...budget };
		this.creditedAt = clock.now();
	}

	get currentBudget(): RateBudget {
		return { ...this.budget };
	}

	/**
	 * Sends one request when the budget allows, retrying as the policy says. `renew` is called
	 * once when the token is refused; without it, a refusal is final.
	 */
	async run<T>(
		send: () => Promise<Attempt<T>>,
		options: { limits?: RetryLimits; renew?: () => Promise<void> } = {},
	): Promise<T> {
		const limits = options.limits ?? DEFAULT_RETRY_LIMITS;
		let transient = 0;
		let throttledSince: number | undefined;
		let renewed = false;
		for (;;) {
			await this.acquire();
			const result = await attempt(send);
			if (result.ok) {
				this.observe(result.value.headers, true);
				this.throttleStreak = 0;
				return result.value.value;
			}
			{
				const error = result.error;
				this.observe(headersOf(error), false);
				const verdict = this.policy.classify(error);
				switch (verdict.kind) {
					case 'throttled': {
						this.stats.throttled++;
						throttledSince ??= this.clock.now();
						if (this.clock.now() - throttledSince > limits.maxThrottledMs) {
							throw new RetriesExhaustedError(
								`Still rate limited after ${Math.round(limits.maxThrottledMs / 1000)} s of retries`,
								error,
							);
						}
						this.throttleStreak++;
						this.pauseFor(verdict.waitMs ?? this.throttleWait());
						continue;
					}
					case 'exhausted':
						this.exhausted = {
							message: verdict.message,
							until: this.clock.now() + EXHAUSTED_HOLD_MS,
						};
						throw new RateBudgetExhaustedError(verdict.message, error);
					case 'transient': {
						if (transient >= limits.maxTransientRetries) {
							throw new RetriesExhaustedError(
								`Failed ${transient + 1} times in a row (server error or dropped connection)`,
								error,
							);
						}
						transient++;
						this.stats.transientRetries++;
						const wait = this.backoff(transient, limits);
						this.stats.waitedMs += wait;
						await this.clock.sleep(wait);
						continue;
					}
					case 'unauthorized':
						if (renewed || !options.renew) throw error;
						renewed = true;
						await options.renew();
						continue;
					default:
						throw error;
				}
			}
		}
	}

	/** Waits for a slot in the window and takes it. */
	private async acquire(): Promise<void> {
		const turn = this.queue.then(async () => await this.waitForSlot());
		this.queue = turn.catch(() => undefined);
		await turn;
	}

	/**
	 * Takes a slot when three things allow it: a credit (credits accrue at the budget's rate, so
	 * time lost in a pause, such as between two pages of a migration, can be made up), a gap of
	 * half a spacing since the last request (catching up at twice the rate at most), and room in
	 * the sliding window (never more than `limit - reserve` requests in any interval).
	 */
	private async waitForSlot(): Promise<void> {
		for (;;) {
			const now = this.clock.now();
			if (this.exhausted && now < this.exhausted.until)
				throw new RateBudgetExhaustedError(this.exhausted.message);
			const { limit, intervalMs } = this.budget;
			while (this.sent.length > 0 && this.sent[0] <= now - intervalMs) this.sent.shift();
			const spacing = this.spacing();
			if (now > this.creditedAt) {
				this.credits = Math.min(
					this.creditCapacity(),
					this.credits + (now - this.creditedAt) / spacing,
				);
				this.creditedAt = now;
			}
			const cap = Math.max(1, limit - this.reserve);
			const last = this.sent[this.sent.length - 1];
			const earliest = Math.max(
				this.pausedUntil,
				last === undefined ? 0 : last + spacing / CATCH_UP_FACTOR,
				this.credits >= 1 ? 0 : now + (1 - this.credits) * spacing,
				this.sent.length >= cap ? this.sent[this.sent.length - cap] + intervalMs : 0,
			);
			if (earliest <= now) {
				this.sent.push(now);
				this.credits -= 1;
				this.stats.requests++;
				return;
			}
			this.stats.waitedMs += earliest - now;
			await this.clock.sleep(earliest - now);
		}
	}

	/** At most a quarter of a window's requests can be saved up. */
	private creditCapacity(): number {
		return Math.max(1, Math.floor(this.budget.limit / 4));
	}

	private observe(headers: Record<string, string> | undefined, answered: boolean): void {
		const reading = this.policy.read(headers);
		if (reading.limit && reading.limit > 0) this.budget.limit = reading.limit;
		if (reading.intervalMs && reading.intervalMs > 0) this.budget.intervalMs = reading.intervalMs;
		// Someone else spends the same budget: give the server's window time to free a slot.
		if (answered && reading.remaining !== undefined && reading.remaining <= 0)
			this.pauseFor(reading.resetInMs ?? 4 * this.spacing());
	}

	private spacing(): number {
		return this.budget.intervalMs / this.budget.limit;
	}

	/**
	 * After a 429: twice the spacing, doubling with every 429 in a row, and never longer than it
	 * takes our oldest request in the window to leave it (then the window has room for certain,
	 * unless other clients fill it).
	 */
	private throttleWait(): number {
		const oldest = this.sent[0];
		const untilOldestLeaves =
			oldest === undefined ? 0 : oldest + this.budget.intervalMs - this.clock.now();
		const escalating = this.spacing() * 2 ** Math.min(this.throttleStreak, 10);
		return Math.max(
			this.spacing(),
			Math.min(escalating, Math.max(untilOldestLeaves, this.spacing())),
		);
	}

	/** Nothing goes out for `ms`; then one request may, but the pause saves no credits for a burst. */
	private pauseFor(ms: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
		this.credits = 1;
		this.creditedAt = this.pausedUntil;
	}

	private backoff(attempt: number, limits: RetryLimits): number {
		const ceiling = Math.min(limits.maxDelayMs, limits.baseDelayMs * 2 ** (attempt - 1));
		// "Full jitter": spreads the retries of parallel requests over the whole interval.
		return Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
	}
}

function headersOf(error: unknown): Record<string, string> | undefined {
	const headers = (error as { headers?: unknown } | undefined)?.headers;
	return headers && typeof headers === 'object' ? (headers as Record<string, string>) : undefined;
}

const controllers = new Map<string, RateController>();

/**
 * The process-wide controller for one budget (one app or token), made on first use. The key must
 * not be a secret: callers hash the token.
 */
export function sharedRateController(key: string, create: () => RateController): RateController {
	let controller = controllers.get(key);
	if (!controller) {
		controller = create();
		controllers.set(key, controller);
	}
	return controller;
}
