import type { INodeProperties } from 'n8n-workflow';
import * as count from './count.operation';
import * as extract from './extract.operation';
import * as getDeleted from './getDeleted.operation';

export { count, extract, getDeleted };

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
			{
				name: 'Count',
				value: 'count',
				description: 'How many records match, as Salesforce counts them (for reconciliation)',
				action: 'Count records',
			},
			{
				name: 'Get Deleted',
				value: 'getDeleted',
				description: 'Records deleted or merged away in a period, for delete propagation',
				action: 'Get deleted records',
			},
		],
		default: 'extract',
	},
	...extract.description,
	...count.description,
	...getDeleted.description,
];
