import type { INodeProperties } from 'n8n-workflow';
import * as ensure from './ensure.operation';
import * as getAll from './getAll.operation';

export { ensure, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['dataAttribute'] } },
		options: [
			{
				name: 'Ensure',
				value: 'ensure',
				description: 'Create the custom attributes that do not exist yet, with the right type',
				action: 'Ensure data attributes',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the contact or company attributes, for CRM Field Mapper → Suggest',
				action: 'Get many data attributes',
			},
		],
		default: 'ensure',
	},
	...ensure.description,
	...getAll.description,
];
