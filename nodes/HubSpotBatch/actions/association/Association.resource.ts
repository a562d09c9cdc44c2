import type { INodeProperties } from 'n8n-workflow';
import * as create from './create.operation';

export { create };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['association'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					"Associate records named by their Salesforce IDs, with HubSpot's default association type",
				action: 'Associate records',
			},
		],
		default: 'create',
	},
	...create.description,
];
