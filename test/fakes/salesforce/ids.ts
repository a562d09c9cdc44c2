/**
 * Salesforce record ids: key prefix (3) + pod (2) + reserved (1) + base-62 counter (9), plus the
 * 3-character case-safe checksum of the 18-character form. Ids the fake makes use the pod "8F0",
 * which the seeded org generator ("5J0") never uses, so they cannot collide with loaded records.
 */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID_PATTERN = /^[0-9A-Za-z]{15}(?:[0-9A-Za-z]{3})?$/;

export const FAKE_POD = '8F0';

function toBase62(n: number, width: number): string {
	let out = '';
	let rest = n;
	while (rest > 0) {
		out = BASE62[rest % 62] + out;
		rest = Math.floor(rest / 62);
	}
	return out.padStart(width, '0');
}

/** `001D000000IqhSL` -> `001D000000IqhSLIAZ`; an 18-character id comes back unchanged. */
export function toCaseSafeId(id: string): string {
	if (id.length !== 15) return id;
	let suffix = '';
	for (let chunk = 0; chunk < 3; chunk++) {
		let bits = 0;
		for (let j = 0; j < 5; j++) {
			const code = id.charCodeAt(chunk * 5 + j);
			if (code >= 65 && code <= 90) bits |= 1 << j;
		}
		suffix += CHECKSUM_CHARS[bits];
	}
	return id + suffix;
}

/** The case-sensitive 15-character key SOQL compares ids by (15 and 18 forms compare equal). */
export function idKey(id: string): string {
	return id.length === 18 ? id.slice(0, 15) : id;
}

export function looksLikeId(value: string): boolean {
	return ID_PATTERN.test(value);
}

export function makeId(prefix: string, counter: number, pod = FAKE_POD): string {
	return toCaseSafeId(prefix + pod + toBase62(counter, 9));
}

/** Hands out fresh ids per key prefix. */
export class IdGenerator {
	private readonly counters = new Map<string, number>();

	next(prefix: string): string {
		const n = (this.counters.get(prefix) ?? 0) + 1;
		this.counters.set(prefix, n);
		return makeId(prefix, n);
	}
}
