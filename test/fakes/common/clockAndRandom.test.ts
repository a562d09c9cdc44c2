import { MANUAL_CLOCK_START, ManualClock, mulberry32, SeededRandom, systemClock } from './index';

describe('ManualClock', () => {
	it('starts at a fixed instant and only moves when advanced', () => {
		const clock = new ManualClock();
		expect(clock.now()).toBe(MANUAL_CLOCK_START);
		expect(new Date(clock.now()).toISOString()).toBe('2025-01-01T00:00:00.000Z');
		clock.advance(1500);
		expect(clock.now()).toBe(MANUAL_CLOCK_START + 1500);
		expect(() => clock.advance(-1)).toThrow(RangeError);
	});

	it('resolves sleeps in deadline order once the clock passes them', async () => {
		const clock = new ManualClock(0);
		const woke: string[] = [];
		void clock.sleep(300).then(() => woke.push('300'));
		void clock.sleep(100).then(() => woke.push('100'));
		await Promise.resolve();
		clock.advance(99);
		await Promise.resolve();
		expect(woke).toEqual([]);
		expect(clock.pendingSleeps).toBe(2);
		clock.advance(250);
		await new Promise((resolve) => setImmediate(resolve));
		expect(woke).toEqual(['100', '300']);
		expect(clock.pendingSleeps).toBe(0);
	});
});

describe('systemClock', () => {
	it('follows Date.now and really sleeps', async () => {
		expect(Math.abs(systemClock.now() - Date.now())).toBeLessThan(50);
		const start = performance.now();
		await systemClock.sleep(20);
		expect(performance.now() - start).toBeGreaterThanOrEqual(15);
	});
});

describe('SeededRandom', () => {
	it('repeats the same sequence for the same seed and differs for another', () => {
		const a = new SeededRandom(7);
		const b = new SeededRandom(7);
		const c = new SeededRandom(8);
		const seqA = Array.from({ length: 5 }, () => a.next());
		expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
		expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
		expect(mulberry32(7)()).toBe(seqA[0]);
	});

	it('draws ints in range, picks, and honours chance roughly', () => {
		const random = new SeededRandom(123);
		const ints = Array.from({ length: 1000 }, () => random.int(3, 6));
		expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
		expect(['x', 'y']).toContain(random.pick(['x', 'y']));
		const hits = Array.from({ length: 10_000 }, () => random.chance(0.25)).filter(Boolean).length;
		expect(hits).toBeGreaterThan(2200);
		expect(hits).toBeLessThan(2800);
		expect(() => random.pick([])).toThrow(RangeError);
	});
});
