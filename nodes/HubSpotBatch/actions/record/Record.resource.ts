import type { INodeProperties } from 'n8n-workflow';
import * as archive from './archive.operation';
import * as upsert from './upsert.operation';

export { archive, upsert };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['record'] } },
		options: [
			{
				name: 'Create or Update',
				value: 'upsert',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				action: 'Upsert records',
			},
			{
				name: 'Archive',
				value: 'archive',
				description: 'Archive records by Salesforce ID or HubSpot ID (rollback, deletes)',
				action: 'Archive records',
			},
		],
		default: 'upsert',
	},
	...upsert.description,
	...archive.description,
];
