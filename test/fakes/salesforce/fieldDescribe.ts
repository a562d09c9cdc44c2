/**
 * Builds complete describe entries (every key a real `fields[]` entry has, in the same order) from
 * a short spec, with the per-type defaults the real fixtures show: soapType, length and byteLength,
 * filterable/sortable/groupable/aggregatable, nillable, defaultedOnCreate, extraTypeInfo...
 * Used for User and Task (no fixture), custom fields and custom objects.
 */
import type { FieldDescribe, PicklistEntry, SObjectDescribe } from './types';

export type FieldType =
	| 'id'
	| 'string'
	| 'textarea'
	| 'picklist'
	| 'multipicklist'
	| 'combobox'
	| 'reference'
	| 'boolean'
	| 'currency'
	| 'double'
	| 'percent'
	| 'int'
	| 'long'
	| 'date'
	| 'datetime'
	| 'time'
	| 'email'
	| 'phone'
	| 'url'
	| 'encryptedstring'
	| 'base64'
	| 'address'
	| 'location';

/** The keys a caller may set; everything else gets the type's default. */
export interface FieldSpec {
	name: string;
	type: FieldType;
	label?: string;
	length?: number;
	nillable?: boolean;
	createable?: boolean;
	updateable?: boolean;
	defaultedOnCreate?: boolean;
	custom?: boolean;
	/** Plain values become active, non-default entries. */
	picklist?: ReadonlyArray<string | PicklistEntry>;
	restrictedPicklist?: boolean;
	referenceTo?: string[];
	relationshipName?: string | null;
	compoundFieldName?: string | null;
	precision?: number;
	scale?: number;
	digits?: number;
	unique?: boolean;
	externalId?: boolean;
	idLookup?: boolean;
	nameField?: boolean;
	calculated?: boolean;
	calculatedFormula?: string | null;
	defaultValue?: unknown;
	filterable?: boolean;
	sortable?: boolean;
	groupable?: boolean;
	extraTypeInfo?: string | null;
	permissionable?: boolean;
	caseSensitive?: boolean;
	autoNumber?: boolean;
	htmlFormatted?: boolean;
	inlineHelpText?: string | null;
}

const SOAP_TYPES: Partial<Record<FieldType, string>> = {
	id: 'tns:ID',
	reference: 'tns:ID',
	boolean: 'xsd:boolean',
	int: 'xsd:int',
	long: 'xsd:long',
	double: 'xsd:double',
	currency: 'xsd:double',
	percent: 'xsd:double',
	date: 'xsd:date',
	datetime: 'xsd:dateTime',
	time: 'xsd:time',
	base64: 'xsd:base64Binary',
	address: 'urn:address',
	location: 'urn:location',
};

const DEFAULT_LENGTHS: Partial<Record<FieldType, number>> = {
	id: 18,
	reference: 18,
	string: 255,
	textarea: 255,
	picklist: 255,
	multipicklist: 4099,
	combobox: 255,
	email: 80,
	phone: 40,
	url: 255,
	encryptedstring: 175,
};

const TEXT_TYPES = new Set<FieldType>([
	'string',
	'textarea',
	'picklist',
	'multipicklist',
	'combobox',
	'email',
	'phone',
	'url',
	'encryptedstring',
]);

/** "LastModifiedDate" -> "Last Modified Date", "Invoice_Total__c" -> "Invoice Total". */
export function labelOf(name: string): string {
	return name
		.replace(/__c$/, '')
		.replace(/_/g, ' ')
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.trim();
}

export function picklistEntries(values: ReadonlyArray<string | PicklistEntry>): PicklistEntry[] {
	return values.map((v) =>
		typeof v === 'string' ? { active: true, defaultValue: false, label: v, validFor: null, value: v } : v,
	);
}

function defaultRelationshipName(name: string): string {
	if (name.endsWith('__c')) return `${name.slice(0, -3)}__r`;
	if (name.endsWith('Id')) return name.slice(0, -2);
	return name;
}

/** A complete `fields[]` entry. */
export function makeField(spec: FieldSpec): FieldDescribe {
	const t = spec.type;
	const length = spec.length ?? DEFAULT_LENGTHS[t] ?? 0;
	const longText = t === 'textarea' && length > 255;
	const isText = TEXT_TYPES.has(t);
	const isId = t === 'id';
	const referenceTo = spec.referenceTo ?? [];
	const nillable = spec.nillable ?? !(isId || t === 'boolean');
	const unsortable = longText || t === 'address' || t === 'location' || t === 'multipicklist' || t === 'base64';
	return {
		aggregatable: !(t === 'boolean' || t === 'address' || t === 'location' || longText || t === 'base64'),
		aiPredictionField: false,
		autoNumber: spec.autoNumber ?? false,
		byteLength: isText ? length * 3 : isId || t === 'reference' ? 18 : 0,
		calculated: spec.calculated ?? false,
		calculatedFormula: spec.calculatedFormula ?? null,
		cascadeDelete: false,
		caseSensitive: spec.caseSensitive ?? false,
		compoundFieldName: spec.compoundFieldName ?? null,
		controllerName: null,
		createable: spec.createable ?? !isId,
		custom: spec.custom ?? false,
		defaultValue: spec.defaultValue ?? null,
		defaultValueFormula: null,
		defaultedOnCreate: spec.defaultedOnCreate ?? (isId || t === 'boolean'),
		dependentPicklist: false,
		deprecatedAndHidden: false,
		digits: spec.digits ?? (t === 'int' ? 9 : t === 'long' ? 18 : 0),
		displayLocationInDecimal: false,
		encrypted: t === 'encryptedstring',
		externalId: spec.externalId ?? false,
		extraTypeInfo: spec.extraTypeInfo ?? (t === 'textarea' ? 'plaintextarea' : null),
		filterable: spec.filterable ?? !(longText || t === 'base64'),
		filteredLookupInfo: null,
		formulaTreatNullNumberAsZero: false,
		groupable:
			spec.groupable ??
			!(
				longText ||
				['double', 'currency', 'percent', 'datetime', 'address', 'location', 'combobox', 'base64', 'multipicklist'].includes(t)
			),
		highScaleNumber: false,
		htmlFormatted: spec.htmlFormatted ?? false,
		idLookup: spec.idLookup ?? isId,
		inlineHelpText: spec.inlineHelpText ?? null,
		label: spec.label ?? labelOf(spec.name),
		length: isText || isId || t === 'reference' ? length : 0,
		mask: null,
		maskType: null,
		name: spec.name,
		nameField: spec.nameField ?? false,
		namePointing: referenceTo.length > 1,
		nillable,
		permissionable: spec.permissionable ?? (spec.custom ? nillable : false),
		picklistValues: picklistEntries(spec.picklist ?? []),
		polymorphicForeignKey: referenceTo.length > 1,
		precision: spec.precision ?? (t === 'double' || t === 'currency' ? 18 : t === 'percent' ? 3 : 0),
		queryByDistance: t === 'address' || t === 'location',
		referenceTargetField: null,
		referenceTo,
		relationshipName:
			t === 'reference' ? (spec.relationshipName ?? defaultRelationshipName(spec.name)) : null,
		relationshipOrder: null,
		restrictedDelete: false,
		restrictedPicklist: spec.restrictedPicklist ?? false,
		scale: spec.scale ?? (t === 'currency' ? 2 : 0),
		searchPrefilterable: false,
		soapType: SOAP_TYPES[t] ?? 'xsd:string',
		sortable: spec.sortable ?? !unsortable,
		type: t,
		unique: spec.unique ?? false,
		updateable: spec.updateable ?? !isId,
		writeRequiresMasterRead: false,
	};
}

export interface ObjectSpec {
	name: string;
	label?: string;
	labelPlural?: string;
	keyPrefix: string | null;
	custom?: boolean;
	fields: FieldDescribe[];
	createable?: boolean;
	updateable?: boolean;
	deletable?: boolean;
	undeletable?: boolean;
	mergeable?: boolean;
	feedEnabled?: boolean;
	replicateable?: boolean;
	searchable?: boolean;
	/** Used in `urls`. */
	apiVersion: string;
}

/** A complete DescribeSObjectResult, keys in the order the real fixtures have them. */
export function makeObjectDescribe(spec: ObjectSpec): SObjectDescribe {
	const base = `/services/data/v${spec.apiVersion}/sobjects/${spec.name}`;
	const custom = spec.custom ?? spec.name.endsWith('__c');
	const label = spec.label ?? labelOf(spec.name);
	return {
		actionOverrides: [],
		activateable: false,
		associateEntityType: null,
		associateParentEntity: null,
		childRelationships: [],
		compactLayoutable: true,
		createable: spec.createable ?? true,
		custom,
		customSetting: false,
		deepCloneable: false,
		defaultImplementation: null,
		deletable: spec.deletable ?? true,
		deprecatedAndHidden: false,
		extendedBy: null,
		extendsInterfaces: null,
		feedEnabled: spec.feedEnabled ?? false,
		fields: spec.fields,
		hasSubtypes: false,
		implementedBy: null,
		implementsInterfaces: null,
		isInterface: false,
		isSubtype: false,
		keyPrefix: spec.keyPrefix,
		label,
		labelPlural: spec.labelPlural ?? `${label}s`,
		layoutable: true,
		listviewable: null,
		lookupLayoutable: null,
		mergeable: spec.mergeable ?? false,
		mruEnabled: true,
		name: spec.name,
		namedLayoutInfos: [],
		networkScopeFieldName: null,
		queryable: true,
		recordTypeInfos: [
			{
				active: true,
				available: true,
				defaultRecordTypeMapping: true,
				developerName: 'Master',
				master: true,
				name: 'Master',
				recordTypeId: '012000000000000AAA',
				urls: { layout: `${base}/describe/layouts/012000000000000AAA` },
			},
		],
		replicateable: spec.replicateable ?? true,
		retrieveable: true,
		searchLayoutable: true,
		searchable: spec.searchable ?? true,
		sobjectDescribeOption: 'FULL',
		supportedScopes: [
			{ label: 'All records', name: 'everything' },
			{ label: 'My records', name: 'mine' },
		],
		triggerable: true,
		undeletable: spec.undeletable ?? spec.deletable ?? true,
		updateable: spec.updateable ?? true,
		urls: {
			compactLayouts: `${base}/describe/compactLayouts`,
			rowTemplate: `${base}/{ID}`,
			describe: `${base}/describe`,
			layouts: `${base}/describe/layouts`,
			sobject: base,
		},
	};
}
