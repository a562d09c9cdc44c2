/** A deterministic, seeded fake Salesforce org of any size: see README.md. */
export { createOrg, DEFAULT_NOW } from './org';
export type { FakeOrg, OrgOptions, RecordTimestamps } from './org';
export { orgCounts, PROPORTIONS, MIN_USERS, totalOf } from './counts';
export {
	KEY_PREFIXES,
	FAKE_POD,
	toCaseSafeId,
	salesforceId,
	recordId,
	danglingId,
	parseSalesforceId,
	decodeRecordId,
} from './ids';
export { PLACEMENTS, OBJECT_KINDS, SLOT_MODULUS } from './awkward';
export { sfDate, sfDateTime } from './timeline';
export { OBJECT_NAMES, ANOMALY_KINDS } from './types';
export type {
	AnomalyEntry,
	AnomalyGroup,
	AnomalyKind,
	AnomalyManifest,
	ModstampGroup,
	ObjectName,
	OrgCounts,
	RelatedRecord,
	SfRecord,
	SfValue,
} from './types';
