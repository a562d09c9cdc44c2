import type {
	FieldType,
	ILoadOptionsFunctions,
	ResourceMapperField,
	ResourceMapperFields,
} from 'n8n-workflow';
import { isReadOnly, type HubSpotPropertyDefinition } from '../../shared/convert/hubspotValues';
import { fetchProperties } from '../helpers/lookups';
import { SALESFORCE_ID_PROPERTY } from '../helpers/objectTypes';
import { hubSpotApi } from '../transport/client';

const FIELD_TYPES: Record<string, FieldType> = {
	string: 'string',
	phone_number: 'string',
	number: 'number',
	bool: 'boolean',
	date: 'dateTime',
	datetime: 'dateTime',
	enumeration: 'options',
};

function fieldOf(property: HubSpotPropertyDefinition, objectType: string): ResourceMapperField {
	const matchable =
		property.hasUniqueValue === true || (objectType === 'contacts' && property.name === 'email');
	const options =
		property.type === 'enumeration' && property.fieldType !== 'checkbox'
			? property.options
			: undefined;
	return {
		id: property.name,
		displayName: property.label ? `${property.label} (${property.name})` : property.name,
		required: false,
		defaultMatch: property.name === SALESFORCE_ID_PROPERTY,
		canBeUsedToMatch: matchable,
		display: true,
		// Multi-select values travel as text ("a;b"); single selects offer their options.
		type:
			options && options.length > 0
				? 'options'
				: property.type === 'enumeration'
					? 'string'
					: (FIELD_TYPES[property.type] ?? 'string'),
		...(options &&
			options.length > 0 && { options: options.map((o) => ({ name: o.label, value: o.value })) }),
	};
}

/** The object type's writable properties, for the editor's mapping table. */
export async function getProperties(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const objectType = this.getNodeParameter('objectType', 0) as string;
	const properties = await fetchProperties(await hubSpotApi(this), objectType);
	const fields = properties
		.filter((property) => !isReadOnly(property) || property.hasUniqueValue)
		.map((property) => fieldOf(property, objectType))
		.sort(
			(a, b) =>
				Number(b.defaultMatch) - Number(a.defaultMatch) ||
				a.displayName.localeCompare(b.displayName),
		);
	return {
		fields,
		emptyFieldsNotice: `No writable properties found. Add the "${SALESFORCE_ID_PROPERTY}" property with HubSpot Batch → Property → Ensure.`,
	};
}
