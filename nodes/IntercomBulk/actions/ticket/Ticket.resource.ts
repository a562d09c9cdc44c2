import type { INodeProperties } from 'n8n-workflow';
import * as close from './close.operation';
import * as create from './create.operation';

export { close, create };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['ticket'] } },
		options: [
			{
				name: 'Close',
				value: 'close',
				description:
					'Close and mark the tickets of deleted Salesforce cases (Intercom API 2.11 cannot delete tickets)',
				action: 'Close tickets',
			},
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
	...close.description,
];
