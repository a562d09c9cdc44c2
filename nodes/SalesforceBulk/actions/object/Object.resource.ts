import type { INodeProperties } from 'n8n-workflow';
import * as describe from './describe.operation';

export { describe };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['object'] } },
		options: [
			{
				name: 'Describe',
				value: 'describe',
				description: "An object's fields: labels, types, lengths, picklist values, references",
				action: 'Describe an object',
			},
		],
		default: 'describe',
	},
	...describe.description,
];
