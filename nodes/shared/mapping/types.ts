/** A field of a Salesforce REST describe (`GET /sobjects/{object}/describe`), as far as mapping reads it. */
export interface SalesforceField {
	name: string;
	label?: string;
	type: string;
	length?: number;
	custom?: boolean;
	calculated?: boolean;
	createable?: boolean;
	updateable?: boolean;
	nillable?: boolean;
	unique?: boolean;
	externalId?: boolean;
	encrypted?: boolean;
	autoNumber?: boolean;
	referenceTo?: string[];
	picklistValues?: Array<{ value: string; label?: string | null; active?: boolean }>;
}

export interface SalesforceDescribe {
	name: string;
	fields: SalesforceField[];
}

/** A HubSpot property, as `GET /crm/v3/properties/{object}` lists it. */
export interface HubSpotProperty {
	name: string;
	label?: string;
	type: string;
	fieldType?: string;
	options?: Array<{ label: string; value: string; hidden?: boolean }>;
	hasUniqueValue?: boolean;
	calculated?: boolean;
	hidden?: boolean;
	modificationMetadata?: { readOnlyValue?: boolean };
}

/** An Intercom data attribute, as `GET /data_attributes` lists it. */
export interface IntercomDataAttribute {
	name: string;
	full_name?: string;
	label?: string;
	data_type: string;
	model?: string;
	custom?: boolean;
	api_writable?: boolean;
	options?: string[] | Array<{ value: string }>;
}

export type TargetSystem = 'hubspot' | 'intercom';

export interface MappingInput {
	source: { system: 'salesforce'; object: string; describe: SalesforceDescribe };
	target:
		| { system: 'hubspot'; object: string; properties: HubSpotProperty[] }
		| { system: 'intercom'; object: string; attributes: IntercomDataAttribute[] };
	/** Rows a person approved before, for the same source and target object. */
	memory?: ApprovedRow[];
}

/** A target field whatever the system: what the engine compares against. */
export interface TargetField {
	name: string;
	label: string;
	kind: ValueKind;
	/** Multi-select (HubSpot checkbox enumerations). */
	multiple: boolean;
	options: Array<{ label: string; value: string }>;
	readOnly: boolean;
	unique: boolean;
	/** Longest text value the target keeps. */
	maxLength?: number;
}

/** What a value is, in terms both sides can be compared in. */
export type ValueKind = 'text' | 'number' | 'boolean' | 'date' | 'datetime' | 'choice' | 'phone';

/** How a value is turned into the target's form when applied. */
export type Transform =
	| 'copy'
	| 'text'
	| 'number'
	| 'boolean'
	| 'date'
	| 'datetime'
	| 'picklist'
	| 'multipicklist'
	| 'range'
	| 'domain'
	| 'owner'
	| 'key'
	| 'association'
	| 'constant'
	| 'html'
	| 'none';

export type RowOrigin = 'memory' | 'knowledge' | 'similarity' | 'model' | 'none';

export interface MappingRow {
	sourceField: string;
	sourceLabel: string;
	sourceType: string;
	targetProperty: string | null;
	/** 0 to 1: how sure the engine is (1 for a mapping a person approved). */
	confidence: number;
	transform: Transform;
	reason: string;
	origin: RowOrigin;
	/** Low confidence, or picklist values without a target option: a person should look. */
	review: boolean;
	/** Source picklist value → target option value. */
	valueMap?: Record<string, string>;
	/** Source picklist values with no target option. */
	unmatchedValues?: string[];
	/** For a reference: the target object its key points at (an association to make). */
	associateWith?: string;
	/** For a reference to several kinds of record (a note's parent): key prefix → target object. */
	associateByPrefix?: Record<string, string>;
	/** For `html`: the field whose value comes first, in bold (a note's title). */
	heading?: string;
	/** Text longer than this is refused when applied (the target would cut or reject it). */
	maxLength?: number;
	/** For `constant`: the value written to the target property whatever the record holds. */
	constant?: string | number | boolean | null;
	/** A field with no home: the property proposed in `createProperties`, written once it exists. */
	createAs?: string;
	/** For `range`: the target's options that stand for number ranges ("1-5", "1000+"). */
	ranges?: string[];
}

/** A target property worth creating for a source field that has no home. */
export interface PropertyToCreate {
	sourceField: string;
	name: string;
	label: string;
	type: string;
	fieldType: string;
	options?: Array<{ label: string; value: string }>;
	/** The key property: its values must be unique. */
	hasUniqueValue?: boolean;
}

export interface MappingDocument {
	version: 1;
	source: { system: 'salesforce'; object: string };
	target: { system: TargetSystem; object: string };
	rows: MappingRow[];
	createProperties: PropertyToCreate[];
	/** Target properties a record needs that no source field fills. */
	unmappedRequired: string[];
	/** Source fields whose row wants a person's review. */
	review: string[];
}

/** A row a person approved: kept and preferred next time for the same source and target. */
export interface ApprovedRow {
	sourceField: string;
	targetProperty: string | null;
	transform?: Transform;
	valueMap?: Record<string, string>;
	heading?: string;
}
