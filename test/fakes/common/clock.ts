/** The service's notion of time: rate-limit windows, token expiry, log timestamps. */
export interface Clock {
	/** Milliseconds since the Unix epoch. */
	now(): number;
	sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
	now: () => Date.now(),
	sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** 2025-01-01T00:00:00Z: aligned to every second, minute and UTC day, so fixed windows start clean. */
export const MANUAL_CLOCK_START = Date.UTC(2025, 0, 1);

interface Sleeper {
	until: number;
	resolve: () => void;
}

/**
 * A clock that only moves when the test says so. `sleep()` resolves once `advance()` has moved the
 * clock past its deadline, never on its own.
 *
 * HTTP clients still compare absolute reset headers (Intercom's `X-RateLimit-Reset`) with their own
 * wall clock, so end-to-end tests that let a real client wait for a reset should use `systemClock`.
 */
export class ManualClock implements Clock {
	private current: number;
	private sleepers: Sleeper[] = [];

	constructor(startMs: number = MANUAL_CLOCK_START) {
		this.current = startMs;
	}

	now(): number {
		return this.current;
	}

	sleep(ms: number): Promise<void> {
		if (ms <= 0) return Promise.resolve();
		return new Promise((resolve) => this.sleepers.push({ until: this.current + ms, resolve }));
	}

	advance(ms: number): void {
		if (!(ms >= 0)) throw new RangeError(`ManualClock cannot go backwards (advance(${ms}))`);
		this.current += ms;
		const due = this.sleepers
			.filter((s) => s.until <= this.current)
			.sort((a, b) => a.until - b.until);
		this.sleepers = this.sleepers.filter((s) => s.until > this.current);
		for (const sleeper of due) sleeper.resolve();
	}

	/** Moves the clock forward to an absolute time. */
	setTime(epochMs: number): void {
		this.advance(epochMs - this.current);
	}

	get pendingSleeps(): number {
		return this.sleepers.length;
	}
}
