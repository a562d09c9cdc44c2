import type { INodeProperties } from 'n8n-workflow';
import * as deleteCompanies from './delete.operation';
import * as upsert from './upsert.operation';

// `delete` is a reserved word: the operation's module goes by another name inside this file.
export { deleteCompanies as delete, upsert };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['company'] } },
		options: [
			{
				name: 'Create or Update',
				value: 'upsert',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				action: 'Upsert companies',
			},
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete companies by Salesforce ID or Intercom ID (deletes in Salesforce, rollback)',
				action: 'Delete companies',
			},
		],
		default: 'upsert',
	},
	...upsert.description,
	...deleteCompanies.description,
];
