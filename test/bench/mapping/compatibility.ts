/**
 * An independent type-compatibility table: may a value of this Salesforce describe type be written
 * to this target property without losing meaning? Written for the bench only (not taken from any
 * engine). HubSpot's own pairing table is the starting point (knowledge.hubspot.com/salesforce/
 * map-hubspot-properties-to-salesforce-fields: select/radio = picklist, reference; multiple
 * checkboxes = multipicklist; single checkbox = boolean; number = double/int; single-line text =
 * string, textarea; multi-line text = textarea; date picker = date, datetime). A migration may also
 * write any scalar as text, because text keeps the value whole.
 */
import type { DescribeField, HubSpotPropertyView, IntercomDataAttribute } from './types';

/** What a target property can hold, reduced to the distinctions that matter for compatibility. */
export type TargetKind =
	| 'text'
	| 'phone'
	| 'number'
	| 'integer'
	| 'date'
	| 'datetime'
	| 'bool'
	| 'single'
	| 'multi'
	| 'ranges'
	| 'owner';

const TEXTUAL: TargetKind[] = ['text'];

/** Per Salesforce describe type: the target kinds a value of that type fits. */
const RULES: Record<string, TargetKind[]> = {
	// Record ids are 15/18-character strings: text only (never numbers or options).
	id: TEXTUAL,
	// Free text goes to text; it may not go to options, numbers or dates (values would be refused).
	string: TEXTUAL,
	textarea: TEXTUAL,
	encryptedstring: TEXTUAL,
	// Emails and URLs are strings with a format; HubSpot and Intercom keep them as text.
	email: TEXTUAL,
	url: TEXTUAL,
	// Phone numbers: text or HubSpot's phone_number type.
	phone: ['text', 'phone'],
	// A picklist value fits a select/radio (HubSpot's table), a multi-checkbox (one value of many) or text.
	picklist: ['single', 'multi', 'text'],
	// A combobox is a picklist that also takes free text: text, or a select when values are curated.
	combobox: ['single', 'text'],
	// Several picklist values: a multi-checkbox (HubSpot's table) or text (values joined by ";").
	multipicklist: ['multi', 'text'],
	// A checkbox fits a single checkbox (HubSpot bool, Intercom boolean) or text ("true"/"false").
	boolean: ['bool', 'text'],
	// Whole numbers fit numbers (HubSpot's table: number = int) and Intercom integers, or text.
	// A count also fits a select whose every option is a number range ("1-5", "1000+"): each
	// number falls in exactly one option (HubSpot's contact numemployees is such a select).
	int: ['number', 'integer', 'ranges', 'text'],
	// Decimals and money: numbers or text, never Intercom integers (the fraction would be lost).
	double: ['number', 'text'],
	currency: ['number', 'text'],
	percent: ['number', 'text'],
	// A date fits a date or a datetime (midnight) or text.
	date: ['date', 'datetime', 'text'],
	// A datetime fits a datetime or text; a HubSpot date would drop the time (HubSpot stores midnight).
	datetime: ['datetime', 'text'],
	// A time of day has no date: text only.
	time: TEXTUAL,
	// A lookup id: HubSpot's table pairs reference with select; an owner property takes User ids
	// (checked separately: the reference must point to User); text keeps the id.
	reference: ['single', 'owner', 'text'],
	// Compound fields (BillingAddress, a geolocation) are not queryable through Bulk API 2.0 and have
	// no single-property counterpart: nothing fits.
	address: [],
	location: [],
	// Binary content is not migrated into properties.
	base64: [],
	// anyType holds a value of any primitive type: text is the only safe target.
	anyType: TEXTUAL,
};

/** The kind of a HubSpot property as GET /crm/v3/properties/{type} shows it. */
export function hubspotKind(property: HubSpotPropertyView): TargetKind {
	if (property.referencedObjectType === 'OWNER') return 'owner';
	switch (property.type) {
		case 'number':
			return 'number';
		case 'date':
			return 'date';
		case 'datetime':
			return 'datetime';
		case 'bool':
			return 'bool';
		case 'phone_number':
			return 'phone';
		case 'enumeration':
			// fieldType checkbox is a multi-select; booleancheckbox is a yes/no; the rest pick one.
			if (property.fieldType === 'checkbox') return 'multi';
			if (property.fieldType === 'booleancheckbox') return 'bool';
			return isRanges(property) ? 'ranges' : 'single';
		default:
			return property.fieldType === 'phonenumber' ? 'phone' : 'text';
	}
}

const RANGE = /^\d+(-\d+|\+)$/;

/** A select whose options are all number ranges. */
function isRanges(property: HubSpotPropertyView): boolean {
	const options = (property.options ?? []) as Array<{ value: string }>;
	return options.length > 0 && options.every((o) => RANGE.test(o.value));
}

/** The kind of an Intercom data attribute (data_type as GET /data_attributes shows it). */
export function intercomKind(attribute: IntercomDataAttribute): TargetKind {
	// contact.owner_id is "the id of an admin that has been assigned account ownership of the
	// contact" (REST API 2.11): an owner, like HubSpot's hubspot_owner_id, filled from a User.
	if (attribute.name === 'owner_id') return 'owner';
	switch (attribute.data_type) {
		case 'integer':
			return 'integer';
		case 'float':
			return 'number';
		case 'boolean':
			return 'bool';
		// Intercom dates are Unix timestamps: both Salesforce dates and datetimes fit.
		case 'date':
		case 'datetime':
			return 'datetime';
		case 'options':
			return 'single';
		default:
			return 'text';
	}
}

/** Why a source field may not go to a target of this kind, or null when it may. */
export function incompatibility(field: DescribeField, kind: TargetKind): string | null {
	const allowed = RULES[field.type];
	if (!allowed) return `unknown Salesforce type ${field.type}`;
	if (!allowed.includes(kind)) return `${field.type} does not fit ${kind}`;
	// An owner property takes HubSpot owners, which map to Salesforce Users only.
	if (kind === 'owner' && !(field.referenceTo ?? []).includes('User')) {
		return `reference to ${(field.referenceTo ?? []).join('/') || 'nothing'} is not a User`;
	}
	return null;
}
