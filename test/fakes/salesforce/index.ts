/** A high-fidelity fake Salesforce org over real HTTP: see README.md. */
export { startFakeSalesforce } from './startFakeSalesforce';
export type { FakeSalesforce, FakeSalesforceOptions } from './startFakeSalesforce';
export type { JobFailure, JobState } from './bulkQueryJobs';
export { decodeLocator, encodeLocator } from './bulkQueryJobs';
export type { OrgUser } from './context';
export type { CustomFieldInput, CustomObjectInput } from './describe';
export { DEFAULT_DESCRIBE_DIR } from './describe';
export { makeField, makeObjectDescribe } from './fieldDescribe';
export type { FieldSpec, FieldType } from './fieldDescribe';
export { idKey, makeId, toCaseSafeId } from './ids';
export type { TokenResponse } from './oauth';
export type { WriteOptions } from './records';
export type { FieldDescribe, RecordInput, SfRecord, SfValue, SObjectDescribe } from './types';
export { javaDouble, toBulkDateTime, toRestDateTime } from './values';
