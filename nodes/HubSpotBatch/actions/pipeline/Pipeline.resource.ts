import type { INodeProperties } from 'n8n-workflow';
import * as getAll from './getAll.operation';

export { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['pipeline'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the pipelines of deals or tickets with their stages',
				action: 'Get many pipelines',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
