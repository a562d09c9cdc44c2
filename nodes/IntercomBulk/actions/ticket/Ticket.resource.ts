import type { INodeProperties } from 'n8n-workflow';
import * as create from './create.operation';

export { create };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['ticket'] } },
		options: [
			{
				name: 'Create or Update',
				value: 'create',
				description:
					'Create a ticket per Salesforce case, linked to its contact and company; a case migrated before is updated',
				action: 'Create or update tickets',
			},
		],
		default: 'create',
	},
	...create.description,
];
