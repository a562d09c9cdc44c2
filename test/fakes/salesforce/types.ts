/** Shapes shared by the fake Salesforce's files. */

/** A field value as Salesforce's REST API returns it in JSON (datetimes as strings). */
export type SfValue = string | number | boolean | null;

/**
 * One stored record: API field name -> value. Stored records are never changed in place: an update
 * replaces the record with a new object (copy-on-write), which is what makes job snapshots cheap.
 */
export type SfRecord = Readonly<Record<string, SfValue | undefined>>;

/** Input of load/insert: any plain object of field values. */
export type RecordInput = Readonly<Record<string, SfValue | undefined>>;

export interface PicklistEntry {
	active: boolean;
	defaultValue: boolean;
	label: string;
	validFor: string | null;
	value: string;
}

/** A `fields[]` entry of a describe, as Salesforce sends it (only the keys the fake reads are typed). */
export interface FieldDescribe {
	name: string;
	type: string;
	label?: string;
	soapType?: string;
	nillable?: boolean;
	createable?: boolean;
	updateable?: boolean;
	defaultedOnCreate?: boolean;
	filterable?: boolean;
	sortable?: boolean;
	groupable?: boolean;
	custom?: boolean;
	calculated?: boolean;
	referenceTo?: string[];
	relationshipName?: string | null;
	compoundFieldName?: string | null;
	polymorphicForeignKey?: boolean;
	picklistValues?: PicklistEntry[];
	length?: number;
	[key: string]: unknown;
}

/** A DescribeSObjectResult (only the keys the fake reads are typed). */
export interface SObjectDescribe {
	name: string;
	label: string;
	labelPlural: string;
	keyPrefix: string | null;
	custom: boolean;
	queryable: boolean;
	fields: FieldDescribe[];
	[key: string]: unknown;
}
