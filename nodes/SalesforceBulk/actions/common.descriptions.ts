import type { INodeProperties } from 'n8n-workflow';

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
						errorMessage: 'An API name has letters, digits and underscores only, such as Invoice__c',
					},
				},
			],
		},
	],
};
