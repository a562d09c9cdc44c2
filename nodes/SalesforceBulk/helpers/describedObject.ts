import type { DescribeSObjectResult, Field } from 'jsforce';

/** A Salesforce field as the field mapper and the extraction read it. */
export interface DescribedField {
	name: string;
	label: string;
	type: string;
	length: number;
	precision: number;
	scale: number;
	required: boolean;
	unique: boolean;
	externalId: boolean;
	idLookup: boolean;
	calculated: boolean;
	createable: boolean;
	updateable: boolean;
	custom: boolean;
	referenceTo: string[];
	relationshipName: string | null;
	compoundFieldName: string | null;
	/** Bulk API 2.0 cannot select compound (address, location) or base64 fields. */
	bulkQueryable: boolean;
	picklistValues: Array<{ value: string; label: string; active: boolean; defaultValue: boolean }>;
}

export interface DescribedObject {
	name: string;
	label: string;
	labelPlural: string;
	keyPrefix: string | null;
	custom: boolean;
	queryable: boolean;
	fields: DescribedField[];
}

const NOT_BULK_QUERYABLE = new Set(['address', 'location', 'base64']);

export function describedField(field: Field): DescribedField {
	return {
		name: field.name,
		label: field.label,
		type: field.type,
		length: field.length,
		precision: field.precision,
		scale: field.scale,
		// Salesforce's "required" is not a flag: a field is required on create when it cannot be
		// null, is createable, and gets no default.
		required: !field.nillable && field.createable && !field.defaultedOnCreate,
		unique: field.unique,
		externalId: field.externalId,
		idLookup: field.idLookup,
		calculated: field.calculated,
		createable: field.createable,
		updateable: field.updateable,
		custom: field.custom,
		referenceTo: (field.referenceTo ?? []).filter((name): name is string => !!name),
		relationshipName: field.relationshipName ?? null,
		compoundFieldName: field.compoundFieldName ?? null,
		bulkQueryable: !NOT_BULK_QUERYABLE.has(field.type),
		picklistValues: (field.picklistValues ?? []).map((entry) => ({
			value: entry.value,
			label: entry.label ?? entry.value,
			active: entry.active,
			defaultValue: entry.defaultValue,
		})),
	};
}

export function describedObject(result: DescribeSObjectResult): DescribedObject {
	return {
		name: result.name,
		label: result.label,
		labelPlural: result.labelPlural,
		keyPrefix: result.keyPrefix ?? null,
		custom: result.custom,
		queryable: result.queryable,
		fields: result.fields.map(describedField),
	};
}
