import type { INodeProperties } from 'n8n-workflow';
import * as extract from './extract.operation';

export { extract };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['record'] } },
		options: [
			{
				name: 'Extract',
				value: 'extract',
				description: 'Read records with a Bulk API 2.0 query job, page by page',
				action: 'Extract records',
			},
		],
		default: 'extract',
	},
	...extract.description,
];
