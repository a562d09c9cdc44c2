import type { INodeProperties } from 'n8n-workflow';
import {
	batchSizeOption,
	concurrencyOption,
	dryRunOption,
	objectTypeProperty,
	optionsCollection,
} from '../common.descriptions';

const show = { resource: ['record'], operation: ['upsert'] };

export const upsertDescription: INodeProperties[] = [
	objectTypeProperty({ displayOptions: { show } }),
	{
		displayName: 'Properties',
		name: 'columns',
		type: 'resourceMapper',
		noDataExpression: true,
		required: true,
		default: { mappingMode: 'defineBelow', value: null },
		typeOptions: {
			loadOptionsDependsOn: ['objectType'],
			resourceMapper: {
				resourceMapperMethod: 'getProperties',
				mode: 'upsert',
				fieldWords: { singular: 'property', plural: 'properties' },
				addAllFields: false,
				multiKeyMatch: false,
				supportAutoMap: true,
				noFieldsError: 'HubSpot returned no writable properties for this object type',
				matchingFieldsLabels: {
					title: 'Match Records On',
					description:
						'A unique property: Salesforce ID (created by Property → Ensure) so that a run again updates instead of duplicating, or email for contacts',
					hint: 'Records whose value is found are updated; the others are created',
				},
			},
		},
		displayOptions: { show },
	},
	optionsCollection(show, [
		batchSizeOption,
		concurrencyOption,
		{
			displayName: 'Default Pipeline',
			name: 'defaultPipeline',
			type: 'string',
			default: '',
			placeholder: 'Sales Pipeline',
			description:
				'Deals and tickets: the pipeline (label or ID) for records that name none. Stages may be given by label; they are looked up in the pipeline.',
		},
		dryRunOption,
		{
			displayName: 'Duplicate Keys',
			name: 'duplicateKeys',
			type: 'options',
			options: [
				{
					name: 'Merge',
					value: 'merge',
					description: 'Merge items with the same key into one record, later values winning',
				},
				{
					name: 'Report',
					value: 'report',
					description: 'Write the first item with a key; send the others to the Failed output',
				},
			],
			default: 'merge',
			description:
				'What to do with items that share a key in one run (HubSpot refuses a batch that holds a key twice)',
		},
		{
			displayName: 'Empty Values',
			name: 'emptyValues',
			type: 'options',
			options: [
				{
					name: 'Clear the Property',
					value: 'clear',
					description: 'An empty or null value empties the property in HubSpot',
				},
				{
					name: 'Leave the Property Unchanged',
					value: 'skip',
					description: 'Empty and null values are not sent',
				},
			],
			default: 'clear',
		},
		{
			displayName: 'Unknown Fields',
			name: 'unknownProperties',
			type: 'options',
			options: [
				{
					name: 'Fail the Record',
					value: 'fail',
					description: 'A field HubSpot has no property for sends the record to the Failed output',
				},
				{
					name: 'Ignore the Field',
					value: 'ignore',
					description: 'Fields HubSpot has no property for are left out',
				},
			],
			default: 'fail',
			description:
				'With "Map Automatically": what to do with input fields that are not HubSpot properties',
		},
	]),
];
