/** mulberry32: a tiny, fast 32-bit PRNG. Good enough for test decisions, never for secrets. */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Seeded randomness so probabilistic faults and generated data repeat run after run. */
export class SeededRandom {
	private readonly nextFloat: () => number;

	constructor(readonly seed: number = 1) {
		this.nextFloat = mulberry32(seed);
	}

	/** A float in [0, 1). */
	next(): number {
		return this.nextFloat();
	}

	/** An integer in [min, max). */
	int(min: number, max: number): number {
		return min + Math.floor(this.nextFloat() * (max - min));
	}

	/** True with probability `p` (0..1). */
	chance(p: number): boolean {
		return this.nextFloat() < p;
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new RangeError('pick() from an empty list');
		return items[this.int(0, items.length)];
	}
}
