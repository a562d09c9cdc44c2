/** The shapes the bench reads: Salesforce describe fields, HubSpot properties, Intercom data attributes. */
export interface DescribeField {
	name: string;
	label: string;
	type: string;
	referenceTo?: string[];
	[key: string]: unknown;
}

export interface Describe {
	name: string;
	fields: DescribeField[];
	[key: string]: unknown;
}

export interface HubSpotPropertyView {
	name: string;
	label: string;
	type: string;
	fieldType: string;
	referencedObjectType?: string;
	options?: Array<{ value: string; label?: string }>;
	[key: string]: unknown;
}

export interface IntercomDataAttribute {
	type: 'data_attribute';
	name: string;
	full_name: string;
	label: string;
	description: string;
	data_type: string;
	model: 'contact' | 'company';
	custom: false;
	api_writable: boolean;
	options?: string[];
}

export type TargetSystem = 'hubspot' | 'intercom';

export interface GoldRow {
	sourceObject: string;
	sourceField: string;
	target: TargetSystem;
	targetObject: string;
	expected: string | null;
	source: string;
	note?: string;
}

/** One engine suggestion, as far as the bench reads it. */
export interface EngineRow {
	sourceField: string;
	targetProperty: string | null;
	confidence?: number;
	transform?: string;
	reason?: string;
}

/** A property the engine proposes to create (`createProperties` of its answer). */
export interface PropertyToCreateView {
	name: string;
	type: string;
	fieldType: string;
}
