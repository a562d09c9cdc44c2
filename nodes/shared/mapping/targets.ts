import type {
	HubSpotProperty,
	IntercomDataAttribute,
	MappingInput,
	TargetField,
	ValueKind,
} from './types';

const HUBSPOT_KINDS: Record<string, ValueKind> = {
	string: 'text',
	number: 'number',
	bool: 'boolean',
	date: 'date',
	datetime: 'datetime',
	enumeration: 'choice',
	phone_number: 'phone',
};

// Intercom's date attributes hold a moment (UNIX seconds), not a calendar day.
const INTERCOM_KINDS: Record<string, ValueKind> = {
	string: 'text',
	integer: 'number',
	float: 'number',
	boolean: 'boolean',
	date: 'datetime',
	datetime: 'datetime',
};

function fromHubSpot(property: HubSpotProperty): TargetField {
	const phone = property.fieldType === 'phonenumber';
	const kind = phone ? 'phone' : (HUBSPOT_KINDS[property.type] ?? 'text');
	return {
		name: property.name,
		label: property.label ?? property.name,
		kind: kind === 'choice' && (property.options ?? []).length === 0 ? 'text' : kind,
		multiple: property.type === 'enumeration' && property.fieldType === 'checkbox',
		options: (property.options ?? [])
			.filter((option) => !option.hidden)
			.map(({ label, value }) => ({ label, value })),
		readOnly: property.modificationMetadata?.readOnlyValue === true || property.calculated === true,
		unique: property.hasUniqueValue === true,
		maxLength: 65_536,
	};
}

// Intercom's standard `…_at` attributes are moments in UNIX seconds, typed as integers.
function intercomKind(attribute: IntercomDataAttribute): ValueKind {
	if (/_at$/.test(attribute.name) && ['integer', 'date'].includes(attribute.data_type))
		return 'datetime';
	return INTERCOM_KINDS[attribute.data_type] ?? 'text';
}

function fromIntercom(attribute: IntercomDataAttribute): TargetField {
	const options = (attribute.options ?? []).map((option) => {
		const value = typeof option === 'string' ? option : option.value;
		return { label: value, value };
	});
	// The full name is the one writes use (`custom_attributes.x`, and `plan.name` apart from `name`).
	return {
		name: attribute.full_name ?? attribute.name,
		label: attribute.label ?? attribute.name,
		kind: options.length > 0 ? 'choice' : intercomKind(attribute),
		multiple: false,
		options,
		readOnly: attribute.api_writable === false,
		unique: attribute.name === 'external_id' || attribute.name === 'company_id',
		// Intercom keeps at most 255 characters in a string attribute.
		maxLength: 255,
	};
}

/** The target's fields in one shape, whichever system they come from. */
export function targetFields(target: MappingInput['target']): TargetField[] {
	return target.system === 'hubspot'
		? target.properties.map(fromHubSpot)
		: target.attributes.map(fromIntercom);
}
