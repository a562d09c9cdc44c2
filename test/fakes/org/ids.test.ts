import {
	DANGLING_COUNTER_OFFSET,
	FAKE_POD,
	KEY_PREFIXES,
	RECORD_COUNTER_OFFSET,
	danglingId,
	decodeRecordId,
	fromBase62,
	parseSalesforceId,
	recordId,
	salesforceId,
	toBase62,
	toCaseSafeId,
} from './ids';
import { createOrg } from './index';
import { OBJECT_NAMES } from './types';

describe('Salesforce ids', () => {
	// Real 15/18-character pairs as published by Salesforce: the classic 001D000000IqhSL example and
	// the ids quoted in ../shared/reference/crm-apis.md (Bulk API results example, Outbound Message WSDL example).
	const KNOWN_PAIRS: [string, string][] = [
		['001D000000IqhSL', '001D000000IqhSLIAZ'],
		['005R0000000UyrW', '005R0000000UyrWIAS'],
		['003xx000004TmiQ', '003xx000004TmiQAAS'],
		['00Dxx0000001gPL', '00Dxx0000001gPLEAY'],
		['04kxx00000000A1', '04kxx00000000A1AAI'],
		['04lxx0000000001', '04lxx0000000001AAA'],
	];

	it.each(KNOWN_PAIRS)('toCaseSafeId(%s) = %s', (id15, id18) => {
		expect(toCaseSafeId(id15)).toBe(id18);
		expect(toCaseSafeId(id18)).toBe(id18);
	});

	it('flags every upper-case letter position in the checksum', () => {
		expect(toCaseSafeId('AAAAAAAAAAAAAAA')).toBe('AAAAAAAAAAAAAAA555');
		expect(toCaseSafeId('aaaaaaaaaaaaaaa')).toBe('aaaaaaaaaaaaaaaAAA');
		expect(toCaseSafeId('A0000B0000C0000')).toBe('A0000B0000C0000BBB');
		expect(toCaseSafeId('0000Z0000Z0000Z')).toBe('0000Z0000Z0000ZQQQ');
		expect(() => toCaseSafeId('001')).toThrow(RangeError);
	});

	it('base-62 round-trips in Salesforce digit order 0-9 A-Z a-z', () => {
		expect(toBase62(0, 3)).toBe('000');
		expect(toBase62(10, 1)).toBe('A');
		expect(toBase62(36, 1)).toBe('a');
		expect(toBase62(61, 1)).toBe('z');
		expect(toBase62(62, 2)).toBe('10');
		for (const n of [0, 1, 61, 62, 3843, 1_000_000, 2 ** 40]) expect(fromBase62(toBase62(n, 9))).toBe(n);
		expect(() => toBase62(62 ** 3, 3)).toThrow(RangeError);
	});

	it('salesforceId = prefix + fake pod + 9 base-62 digits + checksum', () => {
		const id = salesforceId('003', 1);
		expect(id).toBe('0035J0000000001QAA');
		expect(id.slice(0, 3)).toBe('003');
		expect(id.slice(3, 6)).toBe(FAKE_POD);
		expect(toCaseSafeId(id.slice(0, 15))).toBe(id);
	});

	it('ids of every object have the right key prefix, 18 characters and a valid checksum', () => {
		const org = createOrg({ seed: 3, totalRecords: 2000 });
		for (const object of OBJECT_NAMES) {
			for (const index of [0, 1, org.counts[object] - 1]) {
				const id = org.idOf(object, index);
				expect(id).toMatch(/^[0-9A-Za-z]{18}$/);
				expect(id.startsWith(KEY_PREFIXES[object])).toBe(true);
				expect(toCaseSafeId(id.slice(0, 15))).toBe(id);
				expect(org.locate(id)).toEqual({ object, index });
			}
		}
		expect(KEY_PREFIXES).toEqual({
			User: '005', Account: '001', Contact: '003', Lead: '00Q', Opportunity: '006',
			OpportunityContactRole: '00K', Case: '500', Task: '00T', Event: '00U', Note: '002',
		});
	});

	it('ids are unique, increase with the index, and differ in case only where their checksums differ', () => {
		const seen = new Set<string>();
		const seenInsensitive = new Set<string>();
		let ordered = true;
		let previous = '';
		for (let i = 0; i < 20_000; i++) {
			const id = recordId('003', i);
			seen.add(id);
			seenInsensitive.add(id.toLowerCase());
			ordered &&= id.slice(0, 15) > previous;
			previous = id.slice(0, 15);
		}
		expect(ordered).toBe(true);
		expect(seen.size).toBe(20_000);
		// Case-safe ids stay unique when compared case-insensitively, which is what they are for.
		expect(seenInsensitive.size).toBe(20_000);
		// 15-character ids that differ only in case exist (e.g. ...00a vs ...00A): a trap for case-insensitive keys.
		const short = new Set<string>();
		let caseOnlyTwins = 0;
		for (let i = 0; i < 20_000; i++) {
			const key = recordId('003', i).slice(0, 15).toLowerCase();
			if (short.has(key)) caseOnlyTwins++;
			short.add(key);
		}
		expect(caseOnlyTwins).toBeGreaterThan(0);
	});

	it('parses and decodes ids; dangling ids decode to no record', () => {
		const id = recordId('006', 12345);
		expect(parseSalesforceId(id)).toEqual({ prefix: '006', pod: FAKE_POD, counter: RECORD_COUNTER_OFFSET + 12345 });
		expect(parseSalesforceId(id.slice(0, 15))).not.toBeNull();
		expect(decodeRecordId(id)).toEqual({ object: 'Opportunity', index: 12345 });
		const wrongChecksum = id.slice(0, 15) + 'AAA';
		expect(parseSalesforceId(wrongChecksum)).toBeNull();
		expect(parseSalesforceId('not-an-id')).toBeNull();
		const missing = danglingId('001', 7);
		expect(parseSalesforceId(missing)?.counter).toBe(DANGLING_COUNTER_OFFSET + 7);
		expect(decodeRecordId(missing)).toBeNull();
		expect(toCaseSafeId(missing.slice(0, 15))).toBe(missing);
	});
});
