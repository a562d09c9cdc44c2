/**
 * The shape of a HubSpot property (crm-apis.md 2.5, properties.json `Property`) and the builder
 * both the standard definitions and `POST /crm/v3/properties/{type}` use.
 */
export type PropertyType =
	| 'string'
	| 'number'
	| 'date'
	| 'datetime'
	| 'enumeration'
	| 'bool'
	| 'phone_number';

export const PROPERTY_TYPES: readonly PropertyType[] = [
	'string',
	'number',
	'date',
	'datetime',
	'enumeration',
	'bool',
	'phone_number',
];

export const FIELD_TYPES = [
	'text',
	'textarea',
	'number',
	'date',
	'select',
	'radio',
	'checkbox',
	'booleancheckbox',
	'phonenumber',
	'file',
	'html',
	'calculation_equation',
] as const;

export type FieldType = (typeof FIELD_TYPES)[number];

/** Which field types each type accepts on create (the fake's reading of HubSpot's UI rules). */
export const FIELD_TYPES_BY_TYPE: Record<PropertyType, readonly FieldType[]> = {
	string: ['text', 'textarea', 'file', 'html', 'phonenumber', 'calculation_equation'],
	number: ['number', 'calculation_equation'],
	date: ['date'],
	datetime: ['date'],
	enumeration: ['select', 'radio', 'checkbox', 'booleancheckbox', 'calculation_equation'],
	bool: ['booleancheckbox', 'calculation_equation'],
	phone_number: ['phonenumber', 'text'],
};

export interface PropertyOption {
	label: string;
	value: string;
	description: string;
	displayOrder: number;
	hidden: boolean;
}

export interface PropertyDefinition {
	name: string;
	label: string;
	type: PropertyType;
	fieldType: FieldType;
	description: string;
	groupName: string;
	options: PropertyOption[];
	displayOrder: number;
	calculated: boolean;
	externalOptions: boolean;
	hasUniqueValue: boolean;
	hidden: boolean;
	hubspotDefined: boolean;
	formField: boolean;
	showCurrencySymbol?: boolean;
	referencedObjectType?: string;
	modificationMetadata: {
		archivable: boolean;
		readOnlyDefinition: boolean;
		readOnlyValue: boolean;
	};
	dataSensitivity: 'non_sensitive';
	createdAt?: string;
	updatedAt?: string;
	archived: boolean;
	archivedAt?: string;
	createdUserId?: string;
	updatedUserId?: string;
}

export interface PropertyGroup {
	name: string;
	label: string;
	displayOrder: number;
	archived: boolean;
}

/** `[value, label]` pairs (or bare values, labelled by themselves) as options in order. */
export function options(...entries: Array<string | [string, string]>): PropertyOption[] {
	return entries.map((entry, displayOrder) => {
		const [value, label] = typeof entry === 'string' ? [entry, entry] : entry;
		return { label, value, description: '', displayOrder, hidden: false };
	});
}

export interface DefinitionExtras {
	description?: string;
	options?: PropertyOption[];
	hasUniqueValue?: boolean;
	readOnlyValue?: boolean;
	readOnlyDefinition?: boolean;
	externalOptions?: boolean;
	referencedObjectType?: string;
	calculated?: boolean;
	hidden?: boolean;
	formField?: boolean;
	showCurrencySymbol?: boolean;
	displayOrder?: number;
}

/** A HubSpot-defined property (not archivable, definition read-only). */
export function hubspotProperty(
	groupName: string,
	name: string,
	label: string,
	type: PropertyType,
	fieldType: FieldType,
	extras: DefinitionExtras = {},
): PropertyDefinition {
	return {
		name,
		label,
		type,
		fieldType,
		description: extras.description ?? '',
		groupName,
		options: extras.options ?? [],
		displayOrder: extras.displayOrder ?? -1,
		calculated: extras.calculated ?? false,
		externalOptions: extras.externalOptions ?? false,
		hasUniqueValue: extras.hasUniqueValue ?? false,
		hidden: extras.hidden ?? false,
		hubspotDefined: true,
		formField: extras.formField ?? false,
		...(extras.showCurrencySymbol !== undefined && {
			showCurrencySymbol: extras.showCurrencySymbol,
		}),
		...(extras.referencedObjectType && { referencedObjectType: extras.referencedObjectType }),
		modificationMetadata: {
			archivable: false,
			// HubSpot lets portals edit the options of its enumerations (lifecycle stages, lead status...).
			readOnlyDefinition:
				extras.readOnlyDefinition ?? !(extras.options && extras.options.length > 0),
			readOnlyValue: extras.readOnlyValue ?? false,
		},
		dataSensitivity: 'non_sensitive',
		archived: false,
	};
}
