import type { IDataObject } from 'n8n-workflow';

export interface Reference {
	/** The target object the reference points at: `company`, `contact`. */
	toObject: string;
	/** The Salesforce Id of the record pointed at. */
	key: string;
	field?: string;
}

export interface InputRecord {
	properties: IDataObject;
	references: Reference[];
}

/**
 * An input item as a record: CRM Field Mapper's "With Associations" output
 * (`{properties, associations}`), or a flat object of attributes.
 */
export function recordOf(json: IDataObject): InputRecord {
	const { properties, associations } = json as {
		properties?: unknown;
		associations?: unknown;
	};
	if (properties && typeof properties === 'object' && !Array.isArray(properties)) {
		return {
			properties: properties as IDataObject,
			references: Array.isArray(associations) ? (associations as Reference[]) : [],
		};
	}
	return { properties: json, references: [] };
}

/** The Salesforce Id of the `toObject` record this one refers to, if any. */
export function referenceTo(record: InputRecord, toObject: string): string | undefined {
	return record.references.find((reference) => reference.toObject === toObject && reference.key)
		?.key;
}
