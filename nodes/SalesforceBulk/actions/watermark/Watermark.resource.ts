import type { INodeProperties } from 'n8n-workflow';
import * as commit from './commit.operation';
import * as get from './get.operation';
import * as reset from './reset.operation';

export { commit, get, reset };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['watermark'] } },
		options: [
			{
				name: 'Commit',
				value: 'commit',
				description:
					'Make the newest fully read incremental extraction the starting point of the next',
				action: 'Commit a watermark',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Show the stored watermark',
				action: 'Get a watermark',
			},
			{
				name: 'Reset',
				value: 'reset',
				description: 'Forget the watermark, so the next incremental run reads everything',
				action: 'Reset a watermark',
			},
		],
		default: 'commit',
	},
	...commit.description,
	...get.description,
	...reset.description,
];
