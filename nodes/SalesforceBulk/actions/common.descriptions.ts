import type { INodeProperties } from 'n8n-workflow';
import { OPERATORS } from '../helpers/soql';

/** The Salesforce object to work on: a searchable, paged picker, or an API name typed in. */
export const objectLocator: INodeProperties = {
	displayName: 'Object',
	name: 'object',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The Salesforce object, such as Account, Contact or a custom object ending in __c',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchObjects', searchable: true },
		},
		{
			displayName: 'By API Name',
			name: 'name',
			type: 'string',
			placeholder: 'Account',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '^[A-Za-z][A-Za-z0-9_]*$',
						errorMessage:
							'An API name has letters, digits and underscores only, such as Invoice__c',
					},
				},
			],
		},
	],
};

/** Conditions that must all match; values are checked against each field's type and escaped. */
export const filtersProperty: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Filter',
	default: {},
	description: 'All filters must match. Values are checked against the field type and escaped.',
	options: [
		{
			displayName: 'Condition',
			name: 'conditions',
			values: [
				{
					displayName: 'Field',
					name: 'field',
					type: 'string',
					default: '',
					placeholder: 'Industry',
					description: 'API name of the field, or a parent field such as Account.Industry',
				},
				{
					displayName: 'Operator',
					name: 'operator',
					type: 'options',
					options: Object.entries(OPERATORS).map(([value, soql]) => ({ name: soql, value })),
					default: 'equal',
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					description:
						'For IN and NOT IN, values separated by commas. Leave empty to compare with null.',
				},
			],
		},
	],
};

export const includeDeletedProperty: INodeProperties = {
	displayName: 'Include Deleted and Archived Records',
	name: 'includeDeleted',
	type: 'boolean',
	default: false,
	description:
		'Whether to read the recycle bin and archived activities too (Bulk "queryAll"); deleted records have IsDeleted = true',
};
