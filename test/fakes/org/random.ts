/**
 * Fast, seedable randomness with no state shared between records: every value of record i of an
 * object comes from a generator seeded by hash(seed, object, i), so any record can be computed on its
 * own, in any order, in O(1) memory.
 */

/** 32-bit hash of a string (FNV-1a followed by a murmur3 finaliser). */
export function hashString(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return fmix32(h);
}

function fmix32(value: number): number {
	let h = value;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

function mixIn(h: number, part: number): number {
	let k = Math.imul(part | 0, 0xcc9e2d51);
	k = (k << 15) | (k >>> 17);
	k = Math.imul(k, 0x1b873593);
	let out = h ^ k;
	out = (out << 13) | (out >>> 19);
	return (Math.imul(out, 5) + 0xe6546b64) | 0;
}

/** 32-bit hash of three integers (murmur3 style). Inputs must be integers below 2^32. */
export function hash3(a: number, b: number, c: number): number {
	return fmix32(mixIn(mixIn(mixIn(0x9747b28c, a), b), c) ^ 12);
}

/** A uniform number in [0, 1) determined by three integers. */
export function unitHash(a: number, b: number, c: number): number {
	return hash3(a, b, c) / 4294967296;
}

/** mulberry32: tiny, fast, good enough for test data. */
export class Rng {
	private state: number;

	constructor(seed: number) {
		this.state = seed | 0;
	}

	uint32(): number {
		this.state = (this.state + 0x6d2b79f5) | 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return (t ^ (t >>> 14)) >>> 0;
	}

	/** Uniform in [0, 1). */
	float(): number {
		return this.uint32() / 4294967296;
	}

	/** Uniform integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.float() * n);
	}

	/** Uniform integer in [lo, hi]. */
	between(lo: number, hi: number): number {
		return lo + Math.floor(this.float() * (hi - lo + 1));
	}

	chance(p: number): boolean {
		return this.float() < p;
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.float() * items.length)];
	}

	/** A decimal in [lo, hi) rounded to `scale` places. */
	decimal(lo: number, hi: number, scale: number): number {
		const factor = 10 ** scale;
		return Math.round((lo + this.float() * (hi - lo)) * factor) / factor;
	}

	/** Picks from `items` with the given relative weights. */
	weighted<T>(items: readonly T[], weights: readonly number[]): T {
		let total = 0;
		for (const w of weights) total += w;
		let x = this.float() * total;
		for (let i = 0; i < items.length; i++) {
			x -= weights[i];
			if (x < 0) return items[i];
		}
		return items[items.length - 1];
	}
}

/** Turns a user-facing seed (number or string) into a 32-bit integer. */
export function seedHash(seed: number | string): number {
	if (typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed < 4294967296) {
		return hash3(seed, 0x5eed, 0);
	}
	return hashString(String(seed));
}
