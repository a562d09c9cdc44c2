/**
 * createOrg: a deterministic fake Salesforce org of any size. Nothing is stored: record i of an
 * object is computed from (seed, object, i) whenever it is asked for, so a million-record object
 * streams in constant memory and any record can be fetched on its own.
 */
import {
	OBJECT_KINDS,
	PLACEMENTS,
	boundaryCreated,
	kindAt,
	kindAvailable,
	occurrenceCount,
	occurrenceOf,
} from './awkward';
import type { OrgContext, Stream } from './context';
import { MIN_USERS, NOTE_PARENTS, orgCounts, totalOf, zeroCounts } from './counts';
import { KEY_PREFIXES, danglingId, decodeRecordId, recordId } from './ids';
import { accountRecord } from './objects/account';
import { caseRecord } from './objects/case';
import { contactRecord } from './objects/contact';
import { eventRecord } from './objects/event';
import { leadRecord } from './objects/lead';
import { noteRecord } from './objects/note';
import { opportunityRecord } from './objects/opportunity';
import { opportunityContactRoleRecord } from './objects/opportunityContactRole';
import { taskRecord } from './objects/task';
import { userRecord } from './objects/user';
import { Rng, hash3, seedHash, unitHash } from './random';
import { danglingKey, leadContact } from './references';
import { Timeline, sfDateTime } from './timeline';
import {
	ANOMALY_KINDS,
	OBJECT_NAMES,
	type AnomalyEntry,
	type AnomalyKind,
	type AnomalyManifest,
	type ModstampGroup,
	type ObjectName,
	type OrgCounts,
	type RecordStamps,
	type RelatedRecord,
	type SfRecord,
} from './types';

export interface OrgOptions {
	/** Same seed and counts -> byte-identical records. Default 1. */
	seed?: number | string;
	/** Split into per-object counts by orgCounts(). Default 1000 when `counts` is not given. */
	totalRecords?: number;
	/** Per-object counts; they override orgCounts(totalRecords). Without totalRecords, objects left
	 * out have 0 records (Users default to 5 when anything else has records). */
	counts?: Partial<OrgCounts>;
	/** The org's "now": nothing is created or modified later. Default 2025-06-15T12:00:00.000Z. */
	now?: string | Date;
	/** How far back CreatedDate goes. Default 1825 days (5 years). */
	historyDays?: number;
	/** Size of the groups of consecutive records that may share one SystemModstamp. Default 25; 1 turns clustering off. */
	sharedTimestampEvery?: number;
	/** Fraction of those groups that do share one (a bulk update). Default 0.2; 1 = every group. */
	sharedTimestampRate?: number;
	/** Which awkward kinds to generate: true (all, the default), false (none) or a list. */
	awkward?: boolean | readonly AnomalyKind[];
}

export interface RecordTimestamps {
	CreatedDate: string;
	LastModifiedDate: string;
	SystemModstamp: string;
}

export interface FakeOrg {
	readonly seed: number | string;
	readonly counts: Readonly<OrgCounts>;
	readonly totalRecords: number;
	/** The objects in load order (parents first). */
	readonly objectNames: readonly ObjectName[];
	/** The org's "now" as a Salesforce datetime. */
	readonly now: string;
	idOf(object: ObjectName, index: number): string;
	/** The object and index of an id of an existing record; null for anything else (dangling ids included). */
	locate(id: string): { object: ObjectName; index: number } | null;
	record(object: ObjectName, index: number): SfRecord;
	records(object: ObjectName, range?: { from?: number; to?: number }): Generator<SfRecord, void, undefined>;
	/** Field names of the object's records, in order (every record has exactly these keys). */
	fields(object: ObjectName): string[];
	/** The awkward kind of one record, or null. */
	anomalyAt(object: ObjectName, index: number): AnomalyKind | null;
	/** Per kind: where it is, how many there are, and the first `limit` (default 100) records. */
	anomalies(object: ObjectName, options?: { limit?: number }): AnomalyManifest;
	timestamps(object: ObjectName, index: number): RecordTimestamps;
	modstampOf(object: ObjectName, index: number): string;
	modstampGroup(object: ObjectName, index: number): ModstampGroup;
}

export const DEFAULT_NOW = '2025-06-15T12:00:00.000Z';

const GENERATORS: Readonly<Record<ObjectName, (ctx: OrgContext, index: number) => SfRecord>> = {
	User: userRecord,
	Account: accountRecord,
	Contact: contactRecord,
	Lead: leadRecord,
	Opportunity: opportunityRecord,
	OpportunityContactRole: opportunityContactRoleRecord,
	Case: caseRecord,
	Task: taskRecord,
	Event: eventRecord,
	Note: noteRecord,
};

/** Distinct salt per object; streams and one-off salts stay below 0x1000 within it. */
const OBJECT_SALT = Object.fromEntries(OBJECT_NAMES.map((name, k) => [name, (k + 1) * 0x1000])) as Record<ObjectName, number>;

/** The object a danglingReference of each object points at (see awkward.ts OBJECT_KINDS). */
const DANGLING_TARGET: Partial<Record<ObjectName, ObjectName>> = {
	Account: 'Account',
	Contact: 'Account',
	Opportunity: 'Account',
	OpportunityContactRole: 'Contact',
	Case: 'Contact',
	Task: 'Contact',
	Event: 'Opportunity',
	Note: 'Account',
};

function resolveCounts(options: OrgOptions): OrgCounts {
	const base = options.totalRecords !== undefined || options.counts === undefined ? orgCounts(options.totalRecords ?? 1000) : zeroCounts();
	const counts = { ...base, ...options.counts };
	if (options.totalRecords === undefined && options.counts && options.counts.User === undefined) {
		counts.User = totalOf(counts) > 0 ? MIN_USERS : 0;
	}
	for (const name of OBJECT_NAMES) {
		if (!Number.isSafeInteger(counts[name]) || counts[name] < 0) throw new RangeError(`count of ${name} must be a non-negative integer`);
	}
	if (counts.User === 0 && totalOf(counts) > 0) throw new RangeError('records need owners: User count must be at least 1');
	if (counts.OpportunityContactRole > 0 && (counts.Opportunity === 0 || counts.Contact === 0)) {
		throw new RangeError('OpportunityContactRole needs at least one Opportunity and one Contact');
	}
	if (counts.Note > 0 && NOTE_PARENTS.every((parent) => counts[parent] === 0)) {
		throw new RangeError(`Note needs a parent: at least one ${NOTE_PARENTS.join(', ')}`);
	}
	return counts;
}

class Org implements FakeOrg, OrgContext {
	readonly seed: number | string;
	readonly counts: Readonly<OrgCounts>;
	readonly totalRecords: number;
	readonly objectNames = OBJECT_NAMES;
	readonly now: string;
	readonly nowSeconds: number;
	private readonly hashedSeed: number;
	private readonly timeline: Timeline;
	private readonly enabled: ReadonlySet<AnomalyKind>;

	constructor(options: OrgOptions) {
		this.seed = options.seed ?? 1;
		this.hashedSeed = seedHash(this.seed);
		this.counts = Object.freeze(resolveCounts(options));
		this.totalRecords = totalOf(this.counts);
		const nowMs = new Date(options.now ?? DEFAULT_NOW).getTime();
		if (Number.isNaN(nowMs)) throw new RangeError(`invalid now: ${String(options.now)}`);
		this.nowSeconds = Math.floor(nowMs / 1000);
		this.now = sfDateTime(this.nowSeconds);
		this.timeline = new Timeline(this.hashedSeed, {
			now: this.nowSeconds,
			historyDays: options.historyDays ?? 5 * 365,
			sharedTimestampEvery: options.sharedTimestampEvery ?? 25,
			sharedTimestampRate: options.sharedTimestampRate ?? 0.2,
		});
		const awkward = options.awkward ?? true;
		this.enabled = new Set(awkward === true ? ANOMALY_KINDS : awkward === false ? [] : awkward);
	}

	// ------------------------------------------------------------------ OrgContext (for the generators)

	rng(object: ObjectName, index: number, stream: Stream): Rng {
		return new Rng(hash3(this.hashedSeed, OBJECT_SALT[object] + stream, index));
	}

	unit(object: ObjectName, index: number, salt: number): number {
		return unitHash(this.hashedSeed, OBJECT_SALT[object] + 0x100 + salt, index);
	}

	kindAt(object: ObjectName, index: number): AnomalyKind | null {
		return kindAt(object, index, this.counts, this.enabled);
	}

	stamps(object: ObjectName, index: number): RecordStamps {
		const stamps = this.timeline.stamps(OBJECT_SALT[object], this.counts[object], index);
		if (this.kindAt(object, index) === 'boundaryDate') {
			stamps.created = boundaryCreated(stamps.created, occurrenceOf('boundaryDate', index));
		}
		return stamps;
	}

	// ------------------------------------------------------------------ public API

	idOf(object: ObjectName, index: number): string {
		this.checkIndex(object, index);
		return recordId(KEY_PREFIXES[object], index);
	}

	locate(id: string): { object: ObjectName; index: number } | null {
		const found = decodeRecordId(id);
		return found && found.index < this.counts[found.object] ? found : null;
	}

	record(object: ObjectName, index: number): SfRecord {
		this.checkIndex(object, index);
		return GENERATORS[object](this, index);
	}

	*records(object: ObjectName, range: { from?: number; to?: number } = {}): Generator<SfRecord, void, undefined> {
		const count = this.counts[object];
		const to = Math.min(range.to ?? count, count);
		const generate = GENERATORS[object];
		for (let i = Math.max(0, range.from ?? 0); i < to; i++) yield generate(this, i);
	}

	fields(object: ObjectName): string[] {
		if (this.counts[object] > 0) return Object.keys(this.record(object, 0));
		// An empty object still has a shape: generate record 0 of a one-record org of the same seed.
		const probe = new Org({ seed: this.seed, counts: { ...this.counts, User: Math.max(1, this.counts.User), Opportunity: Math.max(1, this.counts.Opportunity), Contact: Math.max(1, this.counts.Contact), [object]: 1 } });
		return Object.keys(probe.record(object, 0));
	}

	anomalyAt(object: ObjectName, index: number): AnomalyKind | null {
		this.checkIndex(object, index);
		return this.kindAt(object, index);
	}

	anomalies(object: ObjectName, options: { limit?: number } = {}): AnomalyManifest {
		const limit = options.limit ?? 100;
		const manifest: AnomalyManifest = {};
		const specs = OBJECT_KINDS[object];
		for (const kind of Object.keys(specs) as AnomalyKind[]) {
			if (!this.enabled.has(kind)) continue;
			const spec = specs[kind]!;
			const { offset, period } = PLACEMENTS[kind];
			const total = kindAvailable(object, kind, this.counts) ? occurrenceCount(kind, this.counts[object]) : 0;
			const entries: AnomalyEntry[] = [];
			for (let j = 0; j < Math.min(limit, total); j++) {
				const index = offset + j * period;
				const entry: AnomalyEntry = { index, id: this.idOf(object, index), fields: spec.fields };
				const related = this.relatedOf(object, kind, index);
				if (related) entry.related = related;
				entries.push(entry);
			}
			manifest[kind] = { kind, description: spec.description, fields: spec.fields, offset, period, total, entries };
		}
		return manifest;
	}

	timestamps(object: ObjectName, index: number): RecordTimestamps {
		this.checkIndex(object, index);
		const s = this.stamps(object, index);
		return { CreatedDate: sfDateTime(s.created), LastModifiedDate: sfDateTime(s.lastModified), SystemModstamp: sfDateTime(s.modstamp) };
	}

	modstampOf(object: ObjectName, index: number): string {
		return this.timestamps(object, index).SystemModstamp;
	}

	modstampGroup(object: ObjectName, index: number): ModstampGroup {
		this.checkIndex(object, index);
		const { first, last, clustered, mode, SystemModstamp } = this.timeline.group(OBJECT_SALT[object], this.counts[object], index);
		return { first, last, clustered, mode, SystemModstamp };
	}

	// ------------------------------------------------------------------ helpers

	private relatedOf(object: ObjectName, kind: AnomalyKind, index: number): RelatedRecord | undefined {
		switch (kind) {
			case 'duplicateEmail':
			case 'duplicateEmailDifferentCase': {
				const source = index - PLACEMENTS[kind].offset;
				return { object, index: source, id: this.idOf(object, source) };
			}
			case 'leadContactSamePerson':
			case 'convertedLead': {
				const c = leadContact(this, index) as number;
				return { object: 'Contact', index: c, id: this.idOf('Contact', c) };
			}
			case 'danglingReference': {
				const target = DANGLING_TARGET[object] as ObjectName;
				return { object: target, index: null, id: danglingId(KEY_PREFIXES[target], danglingKey(object, index)) };
			}
			default:
				return undefined;
		}
	}

	private checkIndex(object: ObjectName, index: number): void {
		const count = this.counts[object];
		if (count === undefined) throw new RangeError(`unknown object: ${String(object)}`);
		if (!Number.isInteger(index) || index < 0 || index >= count) {
			throw new RangeError(`${object} index ${index} out of range [0, ${count})`);
		}
	}
}

export function createOrg(options: OrgOptions = {}): FakeOrg {
	return new Org(options);
}
