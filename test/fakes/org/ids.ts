/**
 * Salesforce record ids.
 *
 * A 15-character id is: key prefix (3, the object) + pod/instance (2) + reserved (1) + a base-62
 * counter (9), e.g. `001D000000IqhSL`. The 18-character case-safe id appends 3 checksum characters:
 * split the 15 characters into three chunks of 5; in each chunk set bit j when character j is an
 * upper-case letter A-Z; map each 5-bit number to `ABCDEFGHIJKLMNOPQRSTUVWXYZ012345`.
 * `001D000000IqhSL` -> `001D000000IqhSLIAZ`.
 */
import type { ObjectName } from './types';

export const KEY_PREFIXES: Readonly<Record<ObjectName, string>> = {
	User: '005',
	Account: '001',
	Contact: '003',
	Lead: '00Q',
	Opportunity: '006',
	OpportunityContactRole: '00K',
	Case: '500',
	Task: '00T',
	Event: '00U',
	Note: '002',
};

/** The fake org's pod ("5J") and reserved ("0") characters, fixed for every id this generator makes. */
export const FAKE_POD = '5J0';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const COUNTER_WIDTH = 9;

export function toBase62(n: number, width: number): string {
	if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a non-negative integer: ${n}`);
	let out = '';
	let rest = n;
	while (rest > 0) {
		out = BASE62[rest % 62] + out;
		rest = Math.floor(rest / 62);
	}
	if (out.length > width) throw new RangeError(`${n} does not fit ${width} base-62 digits`);
	return out.padStart(width, '0');
}

export function fromBase62(text: string): number {
	let n = 0;
	for (const ch of text) {
		const digit = BASE62.indexOf(ch);
		if (digit < 0) throw new RangeError(`not a base-62 digit: ${ch}`);
		n = n * 62 + digit;
	}
	return n;
}

/** Counter of record index 0 of every object: gives the ids mixed-case letters, as real ones have. */
export const RECORD_COUNTER_OFFSET = fromBase62('000Gx0000');
/** Counters from here on are never used by an existing record: the ids of deliberately missing records. */
export const DANGLING_COUNTER_OFFSET = fromBase62('Zz0000000');

/** Adds the 3-character case-safe checksum to a 15-character id (an 18-character id is re-checked). */
export function toCaseSafeId(id: string): string {
	if (id.length !== 15 && id.length !== 18) throw new RangeError(`not a Salesforce id: ${id}`);
	const id15 = id.slice(0, 15);
	let suffix = '';
	for (let chunk = 0; chunk < 3; chunk++) {
		let bits = 0;
		for (let j = 0; j < 5; j++) {
			const code = id15.charCodeAt(chunk * 5 + j);
			if (code >= 65 && code <= 90) bits |= 1 << j;
		}
		suffix += CHECKSUM_CHARS[bits];
	}
	return id15 + suffix;
}

/** The 18-character id with key prefix `prefix` and base-62 counter `n` in the fake org. */
export function salesforceId(prefix: string, n: number): string {
	if (prefix.length !== 3) throw new RangeError(`key prefix must have 3 characters: ${prefix}`);
	return toCaseSafeId(prefix + FAKE_POD + toBase62(n, COUNTER_WIDTH));
}

/** Id of record `index` of the object with key prefix `prefix`. */
export function recordId(prefix: string, index: number): string {
	return salesforceId(prefix, RECORD_COUNTER_OFFSET + index);
}

/** A well-formed id of a record that does not exist (the k-th one for this prefix). */
export function danglingId(prefix: string, k: number): string {
	return salesforceId(prefix, DANGLING_COUNTER_OFFSET + k);
}

export interface ParsedId {
	prefix: string;
	pod: string;
	counter: number;
}

/** Splits a 15- or 18-character id; null when malformed or when an 18-character checksum is wrong. */
export function parseSalesforceId(id: string): ParsedId | null {
	if (typeof id !== 'string' || (id.length !== 15 && id.length !== 18)) return null;
	if (!/^[0-9A-Za-z]+$/.test(id)) return null;
	if (id.length === 18 && toCaseSafeId(id.slice(0, 15)) !== id) return null;
	const counter = fromBase62(id.slice(6, 15));
	if (!Number.isSafeInteger(counter)) return null;
	return { prefix: id.slice(0, 3), pod: id.slice(3, 6), counter };
}

const OBJECT_BY_PREFIX = new Map<string, ObjectName>(
	(Object.keys(KEY_PREFIXES) as ObjectName[]).map((name) => [KEY_PREFIXES[name], name]),
);

/** Object and index a generated id stands for, whether or not the org holds that many records. */
export function decodeRecordId(id: string): { object: ObjectName; index: number } | null {
	const parsed = parseSalesforceId(id);
	if (!parsed || parsed.pod !== FAKE_POD) return null;
	const object = OBJECT_BY_PREFIX.get(parsed.prefix);
	if (!object) return null;
	const index = parsed.counter - RECORD_COUNTER_OFFSET;
	if (index < 0 || parsed.counter >= DANGLING_COUNTER_OFFSET) return null;
	return { object, index };
}
