/** The shapes shared by the fake-org generator's files. */

/** The objects the generator produces, in load order (parents before children). */
export const OBJECT_NAMES = [
	'User',
	'Account',
	'Contact',
	'Lead',
	'Opportunity',
	'OpportunityContactRole',
	'Case',
	'Task',
	'Event',
	'Note',
] as const;

export type ObjectName = (typeof OBJECT_NAMES)[number];

/** A field value as Salesforce's REST API returns it in JSON. */
export type SfValue = string | number | boolean | null;

/** One record: API field name -> value. Every record of an object has the same keys in the same order. */
export type SfRecord = Record<string, SfValue>;

export type OrgCounts = Record<ObjectName, number>;

/** The kinds of deliberately awkward data; see awkward.ts for where each one is placed. */
export const ANOMALY_KINDS = [
	'unicode',
	'emoji',
	'quotesCommasNewlines',
	'leadingTrailingSpaces',
	'longText',
	'overLongString',
	'invalidEmail',
	'duplicateEmail',
	'duplicateEmailDifferentCase',
	'leadContactSamePerson',
	'danglingReference',
	'nullHeavy',
	'boundaryDate',
	'numberEdge',
	'convertedLead',
	'markup',
] as const;

export type AnomalyKind = (typeof ANOMALY_KINDS)[number];

/** Another record an awkward record points at or copies from. `index` is null for a record that does not exist. */
export interface RelatedRecord {
	object: ObjectName;
	index: number | null;
	id: string;
}

export interface AnomalyEntry {
	index: number;
	id: string;
	/** The fields that carry the awkward value. */
	fields: readonly string[];
	/** duplicateEmail*: the record whose email is copied; leadContactSamePerson / convertedLead: the Contact;
	 * danglingReference: the missing record (index null). */
	related?: RelatedRecord;
}

export interface AnomalyGroup {
	kind: AnomalyKind;
	description: string;
	fields: readonly string[];
	/** Record i carries the kind when i >= offset and (i - offset) % period === 0 (and the kind is available). */
	offset: number;
	period: number;
	/** How many records of this object carry the kind. */
	total: number;
	/** The first `limit` of them, in index order. */
	entries: AnomalyEntry[];
}

export type AnomalyManifest = Partial<Record<AnomalyKind, AnomalyGroup>>;

/** Timestamps of one record, as epoch seconds (Salesforce stores whole seconds; the API prints `.000`). */
export interface RecordStamps {
	created: number;
	lastModified: number;
	modstamp: number;
}

export interface ModstampGroup {
	/** First and last index (inclusive) of the group of consecutive records. */
	first: number;
	last: number;
	/** True when every record of the group shares exactly one SystemModstamp (a bulk update). */
	clustered: boolean;
	/** 'bulkUpdate': LastModifiedDate = SystemModstamp for all; 'systemRecalc': only SystemModstamp is shared. */
	mode: 'bulkUpdate' | 'systemRecalc' | null;
	/** The shared SystemModstamp when clustered, else null. */
	SystemModstamp: string | null;
}
