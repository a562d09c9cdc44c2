import { BOUNDARY_DATES, OBJECT_KINDS, PLACEMENTS, SLOT_MODULUS } from './awkward';
import { fieldTypes } from './describeFixtures';
import { createOrg } from './index';
import { ANOMALY_KINDS, OBJECT_NAMES, type AnomalyKind, type ObjectName, type SfRecord } from './types';

const VALID_EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const NON_ASCII = /[^\t\n\r -~]/; // anything but printable ASCII and tab/CR/LF
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const EDGE_NUMBERS = new Set([0, 0.01, 999_999_999_999.99, -1250.5, 1_234_567.89, 1e15, 999_999_999_999_999, 2_147_483_647, -90, -180, 90, 180, 99_999_999.99, -33.868820123456]);

function strings(record: SfRecord, fields: readonly string[]): string[] {
	return fields.map((f) => record[f]).filter((v): v is string => typeof v === 'string');
}

/** A datetime on a month boundary (00:00:00 on the 1st or 23:59:59 on the last day) or 1999-12-31T23:59:59. */
function onBoundary(datetime: string): boolean {
	const t = Date.parse(datetime.replace('+0000', 'Z'));
	const d = new Date(t);
	const next = new Date(t + 1000);
	return (d.getUTCDate() === 1 && datetime.includes('T00:00:00.')) || (next.getUTCDate() === 1 && datetime.includes('T23:59:59.'));
}

/** Is the kind really present in the record? One check per kind. */
const CHECKS: Record<AnomalyKind, (r: SfRecord, fields: readonly string[], related: SfRecord | null, object: ObjectName) => boolean> = {
	unicode: (r, f) => strings(r, f).some((s) => NON_ASCII.test(s)),
	emoji: (r, f) => strings(r, f).some((s) => EMOJI.test(s)),
	quotesCommasNewlines: (r, f) => strings(r, f).some((s) => /["\n,]/.test(s)),
	leadingTrailingSpaces: (r, f) => strings(r, f).some((s) => s !== s.trim()),
	longText: (r) => [r.Description, r.Body].some((text) => typeof text === 'string' && text.length >= 40_000),
	overLongString: (r, f) => strings(r, f).some((s) => s.length > 255),
	invalidEmail: (r, f) => strings(r, f).some((s) => !VALID_EMAIL.test(s)),
	duplicateEmail: (r, _f, related) => related !== null && r.Email === related.Email && r.Id !== related.Id && typeof r.Email === 'string',
	duplicateEmailDifferentCase: (r, _f, related) =>
		related !== null && typeof r.Email === 'string' && r.Email !== related.Email && r.Email.toLowerCase() === String(related.Email).toLowerCase(),
	leadContactSamePerson: (r, _f, c) =>
		c !== null && r.Email === c.Email && r.FirstName === c.FirstName && r.LastName === c.LastName && r.IsConverted === false && r.Status !== 'Closed - Converted',
	convertedLead: (r, _f, c) => c !== null && r.IsConverted === true && r.Status === 'Closed - Converted' && r.ConvertedContactId === c.Id && r.Email === c.Email,
	danglingReference: () => true, // checked against the ids in references.test.ts and below
	nullHeavy: (r, _f, _c, object) => nullShare(r, object) >= 0.9,
	boundaryDate: (r, f, _c, object) => {
		if (!onBoundary(r.CreatedDate as string) && object !== 'Event') return false;
		const dates = strings(r, f.filter((x) => x !== 'CreatedDate'));
		if (object === 'Case') return r.ClosedDate === r.CreatedDate;
		if (object === 'Event') return BOUNDARY_DATES.includes(r.ActivityDate as string) && r.EndDate !== r.ActivityDate;
		return dates.every((d) => BOUNDARY_DATES.includes(d));
	},
	numberEdge: (r, f) => f.some((x) => EDGE_NUMBERS.has(r[x] as number)),
	markup: (r, f) => strings(r, f).length === f.length && strings(r, f).every((s) => /[<>&]/.test(s)),
};

/** Share of the nillable, writable fields that are null. */
function nullShare(r: SfRecord, object: ObjectName): number {
	const types = fieldTypes(object);
	const optional = Object.keys(r).filter((f) => types.get(f)!.nillable && !['Id', 'Name', 'Status', 'Priority', 'Origin', 'Probability', 'ExpectedRevenue', 'FiscalQuarter', 'FiscalYear', 'Fiscal', 'ClosedDate', 'ActivityDate', 'ActivityDateTime', 'StartDateTime', 'EndDateTime', 'EndDate', 'DurationInMinutes', 'ShowAs', 'GroupEventType', 'EventSubtype', 'IsActive', 'TimeZoneSidKey', 'LocaleSidKey', 'EmailEncodingKey', 'ProfileId', 'UserType', 'LanguageLocaleKey', 'Alias', 'CommunityNickname', 'Username', 'Email', 'LastName', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById', 'SystemModstamp', 'TaskSubtype', 'CallType', 'CallDurationInSeconds', 'CompletedDateTime', 'IsDeleted', 'IsClosed', 'IsHighPriority', 'IsArchived', 'IsRecurrence', 'IsReminderSet'].includes(f));
	return optional.filter((f) => r[f] === null).length / Math.max(1, optional.length);
}

describe('awkward data', () => {
	const org = createOrg({ seed: 77, totalRecords: 4000 });
	const all = Object.fromEntries(OBJECT_NAMES.map((object) => [object, [...org.records(object)]])) as Record<ObjectName, SfRecord[]>;

	it('places at most one kind per record and keeps slots 0, 10 and 15 clean', () => {
		const slots = new Map<number, AnomalyKind>();
		for (const kind of ANOMALY_KINDS) {
			const { offset, period } = PLACEMENTS[kind];
			expect(period % SLOT_MODULUS).toBe(0);
			expect(slots.has(offset % SLOT_MODULUS)).toBe(false);
			slots.set(offset % SLOT_MODULUS, kind);
		}
		for (const slot of [0, 10, 15]) expect(OBJECT_NAMES.some((o) => org.anomalyAt(o, slot) !== null && o !== 'Lead')).toBe(false);
	});

	it.each(OBJECT_NAMES)('%s: every listed kind is present at the manifest positions', (object) => {
		const manifest = org.anomalies(object, { limit: Infinity });
		const failures: string[] = [];
		for (const kind of Object.keys(OBJECT_KINDS[object]) as AnomalyKind[]) {
			const group = manifest[kind]!;
			const count = org.counts[object];
			if (count > PLACEMENTS[kind].offset) expect([kind, group.total > 0]).toEqual([kind, true]);
			expect(group.entries).toHaveLength(group.total);
			for (const entry of group.entries) {
				const record = all[object][entry.index];
				expect(record.Id).toBe(entry.id);
				expect(org.anomalyAt(object, entry.index)).toBe(kind);
				const related = entry.related && entry.related.index !== null ? all[entry.related.object][entry.related.index] : null;
				if (!CHECKS[kind](record, entry.fields, related, object)) failures.push(`${kind} #${entry.index}: ${JSON.stringify(record).slice(0, 300)}`);
			}
		}
		expect(failures).toEqual([]);
	});

	it('lists exactly the records that carry a kind (manifest = anomalyAt)', () => {
		for (const object of OBJECT_NAMES) {
			const manifest = org.anomalies(object, { limit: Infinity });
			const listed = new Set<number>();
			for (const group of Object.values(manifest)) for (const e of group!.entries) listed.add(e.index);
			const mismatches: number[] = [];
			for (let i = 0; i < org.counts[object]; i++) if (listed.has(i) !== (org.anomalyAt(object, i) !== null)) mismatches.push(i);
			expect([object, mismatches]).toEqual([object, []]);
		}
	});

	it('covers the classic cases: Zoë Ångström, 李雷, 🚀 Rocket Co, CRLF and LF, john@@example, 40,000 characters', () => {
		const text = OBJECT_NAMES.flatMap((o) => all[o].map((r) => JSON.stringify(r))).join('\n');
		for (const needle of ['Zoë', 'Ångström', '李', '🚀 Rocket Co', '\\r\\n', '\\n', '\\"', 'john@@example', 'no-at-sign.com', '"a@b"']) expect([needle, text.includes(needle)]).toEqual([needle, true]);
		expect(all.Contact.some((c) => String(c.Description).length >= 40_000)).toBe(true);
		expect(all.Contact.some((c) => typeof c.Title === 'string' && c.Title.length > 255)).toBe(true);
	});

	it('keeps every other record clean: ASCII, no quotes or line breaks, trimmed, valid unique emails, short text', () => {
		const problems: string[] = [];
		const emails = new Map<string, string>();
		for (const object of OBJECT_NAMES) {
			all[object].forEach((r, i) => {
				if (org.anomalyAt(object, i) !== null) return;
				for (const [field, value] of Object.entries(r)) {
					if (typeof value !== 'string') continue;
					if (NON_ASCII.test(value) || /["\r\n]/.test(value) || value !== value.trim() || value.length > 1000) problems.push(`${object}#${i}.${field}=${value.slice(0, 40)}`);
				}
				if ((object === 'Contact' || object === 'Lead') && r.Email !== null) {
					if (!VALID_EMAIL.test(r.Email as string)) problems.push(`${object}#${i} invalid email ${String(r.Email)}`);
					const key = (r.Email as string).toLowerCase();
					if (emails.has(key)) problems.push(`${object}#${i} repeats the email of ${emails.get(key)}`);
					emails.set(key, `${object}#${i}`);
				}
			});
		}
		expect(problems.slice(0, 20)).toEqual([]);
	});

	it('caps the manifest to `limit` entries but counts them all', () => {
		const big = createOrg({ seed: 1, totalRecords: 1_000_000 });
		const manifest = big.anomalies('Contact', { limit: 3 });
		expect(manifest.unicode!.total).toBe(big.counts.Contact / 20);
		expect(manifest.unicode!.entries.map((e) => e.index)).toEqual([1, 21, 41]);
		expect(manifest.longText!.total).toBe(Math.floor((big.counts.Contact - 1 - 5) / 1000) + 1);
		expect(big.record('Contact', manifest.longText!.entries[2].index).Description).toHaveLength(40_001);
		expect(Object.keys(big.anomalies('Contact')).sort()).toEqual(Object.keys(OBJECT_KINDS.Contact).sort());
	});

	it('can be turned off, or narrowed to some kinds', () => {
		const clean = createOrg({ seed: 77, totalRecords: 1000, awkward: false });
		expect(clean.anomalies('Contact')).toEqual({});
		expect(clean.anomalyAt('Contact', 1)).toBeNull();
		const some = createOrg({ seed: 77, totalRecords: 1000, awkward: ['emoji'] });
		expect(Object.keys(some.anomalies('Account'))).toEqual(['emoji']);
		expect(some.anomalyAt('Account', 2)).toBe('emoji');
		expect(some.anomalyAt('Account', 1)).toBeNull();
	});

	it('makes fill rates realistic: some fields mostly empty, required ones always set', () => {
		const share = (object: ObjectName, field: string) => all[object].filter((r) => r[field] !== null).length / all[object].length;
		expect(share('Contact', 'Email')).toBeGreaterThan(0.8);
		expect(share('Contact', 'AssistantName')).toBeLessThan(0.06);
		expect(share('Contact', 'Fax')).toBeLessThan(0.1);
		expect(share('Account', 'History__c')).toBeLessThan(0.03);
		expect(share('Contact', 'LastName')).toBe(1);
	});
});
