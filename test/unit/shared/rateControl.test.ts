import {
	RateBudgetExhaustedError,
	RateController,
	RetriesExhaustedError,
	sharedRateController,
	type BudgetReading,
	type Clock,
	type RatePolicy,
	type RetryLimits,
	type Verdict,
} from '../../../nodes/shared/rateControl';

/** Virtual time: `sleep` moves the clock forward at once, so waits cost nothing. */
class FakeClock implements Clock {
	time = 0;

	now(): number {
		return this.time;
	}

	async sleep(ms: number): Promise<void> {
		this.time += Math.max(0, ms);
	}
}

/**
 * Virtual time for callers that overlap: `sleep` waits for a timer, and `drive` moves the clock to
 * the next timer whenever every pending promise waits on one (a discrete-event simulation). Unlike
 * `FakeClock`, one caller's wait does not move the time another caller sees.
 */
class VirtualClock implements Clock {
	time = 0;

	private timers: Array<{ at: number; wake: () => void }> = [];

	now(): number {
		return this.time;
	}

	async sleep(ms: number): Promise<void> {
		await new Promise<void>((wake) => this.timers.push({ at: this.time + Math.max(0, ms), wake }));
	}

	async drive<T>(work: Promise<T>): Promise<T> {
		let settled = false;
		const done = work.finally(() => (settled = true));
		done.catch(() => undefined);
		for (;;) {
			// Every promise chain that can move on does so before a setImmediate callback.
			await new Promise((resolve) => setImmediate(resolve));
			if (settled) return await done;
			const next = this.timers.reduce<number>(
				(earliest, timer, index) => (timer.at < this.timers[earliest].at ? index : earliest),
				0,
			);
			const [timer] = this.timers.splice(next, 1);
			if (!timer) throw new Error('Nothing to wait for, but the work has not finished');
			this.time = Math.max(this.time, timer.at);
			timer.wake();
		}
	}
}

/** An API error that carries the verdict the stub policy gives it. */
class ApiError extends Error {
	constructor(
		readonly verdict: Verdict,
		readonly headers?: Record<string, string>,
	) {
		super(`API error (${verdict.kind})`);
	}
}

/** Classifies an `ApiError` by its verdict and anything else as fatal; reads no budget. */
function stubPolicy(read: RatePolicy['read'] = () => ({})): RatePolicy {
	return {
		classify: (error) => (error instanceof ApiError ? error.verdict : { kind: 'fatal' }),
		read,
	};
}

type Step = Verdict | 'ok';

/** A request that answers as scripted (then succeeds) and records when it was sent. */
function scripted<T>(clock: FakeClock, value: T, steps: Step[] = []) {
	const times: number[] = [];
	const errors: ApiError[] = [];
	const send = jest.fn(async () => {
		times.push(clock.now());
		const step = steps[times.length - 1] ?? 'ok';
		if (step === 'ok') return { value };
		const error = new ApiError(step);
		errors.push(error);
		throw error;
	});
	return { send, times, errors };
}

function gaps(times: number[]): number[] {
	return times.slice(1).map((time, index) => time - times[index]);
}

/** The most send times that fall in any window (t - intervalMs, t]. */
function busiestWindow(times: number[], intervalMs: number): number {
	let most = 0;
	let first = 0;
	for (let last = 0; last < times.length; last++) {
		// The controller's own arithmetic is in floating point: allow for its rounding.
		while (times[first] <= times[last] - intervalMs + EPSILON) first++;
		most = Math.max(most, last - first + 1);
	}
	return most;
}

const EPSILON = 1e-6;

const limits = (overrides: Partial<RetryLimits>): RetryLimits => ({
	maxTransientRetries: 6,
	maxThrottledMs: 5 * 60_000,
	baseDelayMs: 500,
	maxDelayMs: 30_000,
	...overrides,
});

describe('RateController pacing', () => {
	it('makes up for a pause between pages at up to twice the rate, never over the window', async () => {
		const clock = new FakeClock();
		const rate = new RateController({ limit: 190, intervalMs: 10_000 }, stubPolicy(), 2, clock);
		const times: number[] = [];
		const send = async () => {
			times.push(clock.now());
			return { value: 1 };
		};
		for (let index = 0; index < 100; index++) await rate.run(send);
		const pageEnd = clock.now();
		// The next page is ready 2 s later: 38 slots went by unused.
		await clock.sleep(2_000);
		for (let index = 0; index < 100; index++) await rate.run(send);

		const spacing = 10_000 / 190;
		const nextPage = times.slice(100);
		expect(nextPage[0]).toBe(pageEnd + 2_000);
		// Saved-up slots go out at half the spacing until they are used (a quarter window at most) …
		expect(gaps(nextPage.slice(0, 30)).every((gap) => Math.abs(gap - spacing / 2) < EPSILON)).toBe(
			true,
		);
		// … then the steady spacing again.
		expect(gaps(nextPage.slice(-10)).every((gap) => Math.abs(gap - spacing) < EPSILON)).toBe(true);
		expect(busiestWindow(times, 10_000)).toBeLessThanOrEqual(188);
		// The 200 requests took about as long as 200 evenly spaced ones plus nothing for the pause.
		expect(times[199] - times[0]).toBeLessThan(199 * spacing + 2_000 - 30 * (spacing / 2));
	});

	it('spaces 500 requests by intervalMs / limit and keeps every window to limit - reserve', async () => {
		const clock = new FakeClock();
		const rate = new RateController({ limit: 190, intervalMs: 10_000 }, stubPolicy(), 2, clock);
		const times: number[] = [];
		for (let index = 0; index < 500; index++) {
			await rate.run(async () => {
				times.push(clock.now());
				return { value: index };
			});
		}

		const spacing = 10_000 / 190;
		for (const gap of gaps(times)) expect(gap).toBeGreaterThanOrEqual(spacing - EPSILON);
		// No 189th request within 10 s of the first of 188 (a window keeps 2 requests free).
		for (let index = 0; index + 188 < times.length; index++) {
			expect(times[index + 188] - times[index]).toBeGreaterThanOrEqual(10_000 - EPSILON);
		}
		expect(busiestWindow(times, 10_000)).toBe(188);
		// Evenly spaced, 188 a window: request n goes out at floor(n / 188) windows + (n mod 188) gaps.
		times.forEach((time, n) => {
			expect(time).toBeCloseTo(Math.floor(n / 188) * 10_000 + (n % 188) * spacing, 6);
		});
		expect(rate.stats.requests).toBe(500);
	});

	it('sends the first request at once', async () => {
		const clock = new FakeClock();
		clock.time = 1_000_000;
		const rate = new RateController({ limit: 10, intervalMs: 1_000 }, stubPolicy(), 2, clock);
		const { send, times } = scripted(clock, 'answer');
		await expect(rate.run(send)).resolves.toBe('answer');
		expect(times).toEqual([1_000_000]);
		expect(rate.stats.waitedMs).toBe(0);
	});

	it('serves concurrent callers in arrival order and keeps them within the window', async () => {
		const clock = new VirtualClock();
		const rate = new RateController({ limit: 190, intervalMs: 10_000 }, stubPolicy(), 2, clock);
		const order: number[] = [];
		const times: number[] = [];
		const results = await clock.drive(
			Promise.all(
				Array.from({ length: 500 }, async (_, index) =>
					rate.run(async () => {
						order.push(index);
						times.push(clock.now());
						// 200 ms in flight: about four requests overlap.
						await clock.sleep(200);
						return { value: index * 2 };
					}),
				),
			),
		);

		expect(results).toEqual(Array.from({ length: 500 }, (_, index) => index * 2));
		expect(order).toEqual(Array.from({ length: 500 }, (_, index) => index));
		const spacing = 10_000 / 190;
		for (const gap of gaps(times)) expect(gap).toBeGreaterThanOrEqual(spacing - EPSILON);
		expect(busiestWindow(times, 10_000)).toBe(188);
		times.forEach((time, n) => {
			expect(time).toBeCloseTo(Math.floor(n / 188) * 10_000 + (n % 188) * spacing, 6);
		});
	});

	it('pauses every waiting caller after a 429 and queues the retry behind them', async () => {
		const clock = new VirtualClock();
		const rate = new RateController({ limit: 10, intervalMs: 1_000 }, stubPolicy(), 2, clock);
		const sends: Array<{ caller: number; at: number }> = [];
		const throttledOnce = new Set<number>();
		await clock.drive(
			Promise.all(
				Array.from({ length: 6 }, async (_, caller) =>
					rate.run(async () => {
						sends.push({ caller, at: clock.now() });
						await clock.sleep(10);
						if (caller === 0 && !throttledOnce.has(caller)) {
							throttledOnce.add(caller);
							throw new ApiError({ kind: 'throttled', waitMs: 500 });
						}
						return { value: caller };
					}),
				),
			),
		);
		const times = sends.map(({ at }) => at);
		for (const gap of gaps(times)) expect(gap).toBeGreaterThanOrEqual(100 - EPSILON);
		expect(busiestWindow(times, 1_000)).toBeLessThanOrEqual(8);
		// The 429 pauses everyone: nothing goes out between 10 ms (the answer) and 510 ms.
		expect(sends.filter(({ at }) => at > 10 && at < 510)).toEqual([]);
		expect(sends.map(({ caller }) => caller)).toEqual([0, 1, 2, 3, 4, 5, 0]);
		expect(times).toEqual([0, 510, 610, 710, 810, 910, 1_010]);
	});

	it('keeps at least one request a window when the reserve is as large as the limit', async () => {
		const clock = new FakeClock();
		const rate = new RateController({ limit: 2, intervalMs: 1_000 }, stubPolicy(), 5, clock);
		const { send, times } = scripted(clock, 'ok');
		for (let index = 0; index < 3; index++) await rate.run(send);
		expect(times).toEqual([0, 1_000, 2_000]);
	});
});

describe('RateController budget from response headers', () => {
	const readHeaders = (headers: Record<string, string> | undefined): BudgetReading =>
		headers
			? {
					limit: headers['x-limit'] ? Number(headers['x-limit']) : undefined,
					intervalMs: headers['x-interval'] ? Number(headers['x-interval']) : undefined,
					remaining: headers['x-remaining'] ? Number(headers['x-remaining']) : undefined,
				}
			: {};

	it('paces by the limit and interval the API reports', async () => {
		const clock = new FakeClock();
		const rate = new RateController(
			{ limit: 100, intervalMs: 1_000 },
			stubPolicy(readHeaders),
			2,
			clock,
		);
		const times: number[] = [];
		for (let index = 0; index < 20; index++) {
			await rate.run(async () => {
				times.push(clock.now());
				return { value: index, headers: { 'x-limit': '10', 'x-interval': '2000' } };
			});
		}

		expect(rate.currentBudget).toEqual({ limit: 10, intervalMs: 2_000 });
		// 200 ms apart, at most 8 in 2 s.
		times.forEach((time, n) => {
			expect(time).toBeCloseTo(Math.floor(n / 8) * 2_000 + (n % 8) * 200, 6);
		});
		expect(busiestWindow(times, 2_000)).toBe(8);
	});

	it('keeps the parts of the budget the headers leave out, or give as zero', async () => {
		const clock = new FakeClock();
		const rate = new RateController(
			{ limit: 100, intervalMs: 1_000 },
			stubPolicy(readHeaders),
			2,
			clock,
		);
		await rate.run(async () => ({ value: 1, headers: { 'x-limit': '50' } }));
		expect(rate.currentBudget).toEqual({ limit: 50, intervalMs: 1_000 });
		await rate.run(async () => ({ value: 1, headers: { 'x-limit': '0', 'x-interval': '0' } }));
		expect(rate.currentBudget).toEqual({ limit: 50, intervalMs: 1_000 });
	});

	it('learns the budget from the headers of a failed answer too', async () => {
		const clock = new FakeClock();
		const rate = new RateController(
			{ limit: 100, intervalMs: 1_000 },
			stubPolicy(readHeaders),
			2,
			clock,
		);
		const error = new ApiError({ kind: 'fatal' }, { 'x-limit': '20', 'x-interval': '4000' });
		await expect(
			rate.run(async () => {
				throw error;
			}),
		).rejects.toBe(error);
		expect(rate.currentBudget).toEqual({ limit: 20, intervalMs: 4_000 });
	});

	it('pauses for four gaps when an answer says no requests remain', async () => {
		const clock = new FakeClock();
		const rate = new RateController(
			{ limit: 100, intervalMs: 1_000 },
			stubPolicy(readHeaders),
			2,
			clock,
		);
		const times: number[] = [];
		const send = async () => {
			times.push(clock.now());
			return { value: 1, headers: { 'x-remaining': times.length === 1 ? '0' : '50' } };
		};
		await rate.run(send);
		await rate.run(send);
		await rate.run(send);
		expect(times[0]).toBe(0);
		expect(times[1]).toBeCloseTo(40, 6);
		expect(times[2]).toBeCloseTo(50, 6);
	});
});

describe('RateController retries', () => {
	it('sends the same request again after a 429, waiting twice as long after each one in a row', async () => {
		const clock = new FakeClock();
		const rate = new RateController({ limit: 190, intervalMs: 10_000 }, stubPolicy(), 2, clock);
		const throttled: Verdict = { kind: 'throttled' };
		const { send, times } = scripted(clock, 'landed', [
			throttled,
			throttled,
			throttled,
			throttled,
			throttled,
		]);

		await expect(rate.run(send)).resolves.toBe('landed');

		expect(send).toHaveBeenCalledTimes(6);
		const spacing = 10_000 / 190;
		const waits = gaps(times);
		[2, 4, 8, 16, 32].forEach((factor, index) => {
			expect(waits[index]).toBeCloseTo(factor * spacing, 6);
		});
		expect(rate.stats.throttled).toBe(5);
	});

	it('never waits after a 429 longer than our oldest request needs to leave the window', async () => {
		const clock = new FakeClock();
		const rate = new RateController({ limit: 10, intervalMs: 1_000 }, stubPolicy(), 2, clock);
		const throttled: Verdict = { kind: 'throttled' };
		const { send, times } = scripted(clock, 'ok', [throttled, throttled, throttled]);
		await rate.run(send);
		// 200, 400, then 800 would pass the moment (1000 ms) the first try leaves the window.
		expect(gaps(times)).toEqual([200, 400, 400]);
	});

	it('starts the escalation over once a request gets through', async () => {
		const clock = new FakeClock();
		const rate = new RateController({ limit: 190, intervalMs: 10_000 }, stubPolicy(), 2, clock);
		const throttled: Verdict = { kind: 'throttled' };
		await rate.run(scripted(clock, 1, [throttled, throttled, throttled, throttled]).send);
		const second = scripted(clock, 2, [throttled]);
		await rate.run(second.send);
		expect(gaps(second.times)[0]).toBeCloseTo((2 * 10_000) / 190, 6);
	});

	it('waits as long as a 429 asks when it says how long', async () => {
		const clock = new FakeClock();
		const rate = new RateController({ limit: 190, intervalMs: 10_000 }, stubPolicy(), 2, clock);
		const { send, times } = scripted(clock, 'ok', [{ kind: 'throttled', waitMs: 3_000 }]);
		await rate.run(send);
		expect(times).toEqual([0, 3_000]);
	});

	it('gives up with RetriesExhaustedError once throttling lasts longer than maxThrottledMs', async () => {
		const clock = new FakeClock();
		const rate = new RateController({ limit: 190, intervalMs: 10_000 }, stubPolicy(), 2, clock);
		const throttled: Verdict = { kind: 'throttled', waitMs: 300 };
		const { send, times, errors } = scripted(clock, 'never', Array<Verdict>(20).fill(throttled));

		const failure = await rate
			.run(send, { limits: limits({ maxThrottledMs: 1_000 }) })
			.catch((error: unknown) => error);

		expect(failure).toBeInstanceOf(RetriesExhaustedError);
		expect((failure as RetriesExhaustedError).cause).toBe(errors[errors.length - 1]);
		expect((failure as Error).message).toBe('Still rate limited after 1 s of retries');
		// Throttled at 0, 300, 600, 900 and 1200: the last is more than 1000 ms after the first.
		expect(times).toEqual([0, 300, 600, 900, 1_200]);
	});

	it('backs off after transient failures and returns the answer once one gets through', async () => {
		const clock = new FakeClock();
		const rate = new RateController(
			{ limit: 190, intervalMs: 10_000 },
			stubPolicy(),
			2,
			clock,
			() => 0,
		);
		const transient: Verdict = { kind: 'transient' };
		const { send, times } = scripted(clock, 'finally', [transient, transient, transient]);

		await expect(rate.run(send)).resolves.toBe('finally');

		// Half of 500, 1000, 2000 ms with no jitter.
		expect(gaps(times)).toEqual([250, 500, 1_000]);
		expect(rate.stats.transientRetries).toBe(3);
	});

	it('spreads the transient backoff with jitter up to a ceiling of maxDelayMs', async () => {
		const clock = new FakeClock();
		const rate = new RateController(
			{ limit: 190, intervalMs: 10_000 },
			stubPolicy(),
			2,
			clock,
			() => 1,
		);
		const transient: Verdict = { kind: 'transient' };
		const { send, times } = scripted(clock, 'ok', [transient, transient, transient, transient]);
		await rate.run(send, {
			limits: limits({ baseDelayMs: 1_000, maxDelayMs: 3_000, maxTransientRetries: 10 }),
		});
		expect(gaps(times)).toEqual([1_000, 2_000, 3_000, 3_000]);
	});

	it('fails with RetriesExhaustedError after maxTransientRetries retries', async () => {
		const clock = new FakeClock();
		const rate = new RateController(
			{ limit: 190, intervalMs: 10_000 },
			stubPolicy(),
			2,
			clock,
			() => 0.5,
		);
		const { send, errors } = scripted(
			clock,
			'never',
			Array<Verdict>(20).fill({ kind: 'transient' }),
		);

		const failure = await rate
			.run(send, { limits: limits({ maxTransientRetries: 3 }) })
			.catch((error: unknown) => error);

		expect(failure).toBeInstanceOf(RetriesExhaustedError);
		expect((failure as Error).message).toBe(
			'Failed 4 times in a row (server error or dropped connection)',
		);
		expect((failure as RetriesExhaustedError).cause).toBe(errors[3]);
		expect(send).toHaveBeenCalledTimes(4);
		expect(rate.stats.transientRetries).toBe(3);
	});

	it('renews the token once after a refusal and sends the request again', async () => {
		const clock = new FakeClock();
		const rate = new RateController({ limit: 190, intervalMs: 10_000 }, stubPolicy(), 2, clock);
		const renew = jest.fn(async () => undefined);
		const { send } = scripted(clock, 'with new token', [{ kind: 'unauthorized' }]);

		await expect(rate.run(send, { renew })).resolves.toBe('with new token');

		expect(renew).toHaveBeenCalledTimes(1);
		expect(send).toHaveBeenCalledTimes(2);
	});

	it('throws the second refusal instead of renewing again', async () => {
		const clock = new FakeClock();
		const rate = new RateController({ limit: 190, intervalMs: 10_000 }, stubPolicy(), 2, clock);
		const renew = jest.fn(async () => undefined);
		const unauthorized: Verdict = { kind: 'unauthorized' };
		const { send, errors } = scripted(clock, 'never', [unauthorized, unauthorized, unauthorized]);

		const failure = await rate.run(send, { renew }).catch((error: unknown) => error);

		expect(failure).toBe(errors[1]);
		expect(renew).toHaveBeenCalledTimes(1);
		expect(send).toHaveBeenCalledTimes(2);
	});

	it('throws a refusal at once when there is no way to renew the token', async () => {
		const clock = new FakeClock();
		const rate = new RateController({ limit: 190, intervalMs: 10_000 }, stubPolicy(), 2, clock);
		const { send, errors } = scripted(clock, 'never', [{ kind: 'unauthorized' }]);
		const failure = await rate.run(send).catch((error: unknown) => error);
		expect(failure).toBe(errors[0]);
		expect(send).toHaveBeenCalledTimes(1);
	});

	it('throws a fatal error unchanged, without retrying', async () => {
		const clock = new FakeClock();
		const rate = new RateController({ limit: 190, intervalMs: 10_000 }, stubPolicy(), 2, clock);
		const badRequest = Object.assign(new Error('Property values were not valid'), { code: 400 });
		const send = jest.fn(async () => {
			throw badRequest;
		});
		await expect(rate.run(send)).rejects.toBe(badRequest);
		expect(send).toHaveBeenCalledTimes(1);
		expect(rate.stats).toMatchObject({ throttled: 0, transientRetries: 0 });
	});
});

describe('RateController when a long budget runs out', () => {
	const exhausted: Verdict = { kind: 'exhausted', message: 'Daily limit reached' };

	it('throws RateBudgetExhaustedError with the message and the API error', async () => {
		const clock = new FakeClock();
		const rate = new RateController({ limit: 190, intervalMs: 10_000 }, stubPolicy(), 2, clock);
		const { send, errors } = scripted(clock, 'never', [exhausted]);

		const failure = await rate.run(send).catch((error: unknown) => error);

		expect(failure).toBeInstanceOf(RateBudgetExhaustedError);
		expect((failure as Error).message).toBe('Daily limit reached');
		expect((failure as RateBudgetExhaustedError).cause).toBe(errors[0]);
		expect(send).toHaveBeenCalledTimes(1);
	});

	it('fails later callers within 60 s at once without sending, and tries again after', async () => {
		const clock = new FakeClock();
		const rate = new RateController({ limit: 190, intervalMs: 10_000 }, stubPolicy(), 2, clock);
		clock.time = 5_000;
		await expect(rate.run(scripted(clock, 'never', [exhausted]).send)).rejects.toBeInstanceOf(
			RateBudgetExhaustedError,
		);

		clock.time = 5_000 + 59_999;
		const early = scripted(clock, 'too early');
		const failure = await rate.run(early.send).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(RateBudgetExhaustedError);
		expect((failure as Error).message).toBe('Daily limit reached');
		expect(early.send).not.toHaveBeenCalled();
		expect(clock.now()).toBe(5_000 + 59_999);

		clock.time = 5_000 + 60_000;
		const later = scripted(clock, 'back again');
		await expect(rate.run(later.send)).resolves.toBe('back again');
		expect(later.times).toEqual([65_000]);
	});

	it('fails the callers waiting for a slot without sending once the budget runs out', async () => {
		const clock = new VirtualClock();
		const rate = new RateController({ limit: 10, intervalMs: 1_000 }, stubPolicy(), 2, clock);
		const sent: number[] = [];
		const settled = await clock.drive(
			Promise.allSettled(
				Array.from({ length: 5 }, async (_, caller) =>
					rate.run(async () => {
						sent.push(caller);
						await clock.sleep(10);
						throw new ApiError(exhausted);
					}),
				),
			),
		);
		expect(sent).toEqual([0]);
		for (const outcome of settled) {
			expect(outcome.status).toBe('rejected');
			expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(RateBudgetExhaustedError);
		}
		// The others were turned away when their slot came (100 ms), not held for 60 s.
		expect(clock.now()).toBeLessThan(1_000);
	});
});

describe('sharedRateController', () => {
	it('makes one controller per key and hands the same one back', () => {
		const create = jest.fn(
			() => new RateController({ limit: 10, intervalMs: 1_000 }, stubPolicy(), 2, new FakeClock()),
		);
		const first = sharedRateController('test:rateControl:a', create);
		const again = sharedRateController('test:rateControl:a', create);
		const other = sharedRateController('test:rateControl:b', create);
		expect(again).toBe(first);
		expect(other).not.toBe(first);
		expect(create).toHaveBeenCalledTimes(2);
	});
});
