import type { INodeProperties } from 'n8n-workflow';
import * as remove from './remove.operation';
import * as upsert from './upsert.operation';

export { remove, upsert };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		options: [
			{
				name: 'Create or Update',
				value: 'upsert',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				action: 'Upsert contacts',
			},
			{
				name: 'Archive or Delete',
				value: 'remove',
				description:
					'Archive or delete contacts by Salesforce ID (deletes in Salesforce, rollback)',
				action: 'Archive or delete contacts',
			},
		],
		default: 'upsert',
	},
	...upsert.description,
	...remove.description,
];
