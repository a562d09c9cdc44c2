import type { INodeProperties } from 'n8n-workflow';
import * as ensure from './ensure.operation';

export { ensure };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['property'] } },
		options: [
			{
				name: 'Ensure',
				value: 'ensure',
				description:
					'Create the properties that are missing (and enumeration options), leave the others as they are',
				action: 'Ensure properties exist',
			},
		],
		default: 'ensure',
	},
	...ensure.description,
];
