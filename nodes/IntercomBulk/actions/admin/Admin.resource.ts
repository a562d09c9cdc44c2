import type { INodeProperties } from 'n8n-workflow';
import * as getAll from './getAll.operation';

export { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['admin'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				description: "List the workspace's admins, to match Salesforce users by email",
				action: 'Get many admins',
			},
		],
		default: 'getAll',
	},
];
