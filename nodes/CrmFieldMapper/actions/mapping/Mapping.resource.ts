import type { INodeProperties } from 'n8n-workflow';
import * as apply from './apply.operation';
import * as approve from './approve.operation';
import * as assess from './assess.operation';
import * as suggest from './suggest.operation';

export { apply, approve, assess, suggest };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Apply Mapping',
				value: 'apply',
				description: 'Turn Salesforce records into HubSpot or Intercom records',
				action: 'Apply a mapping',
			},
			{
				name: 'Approve Mapping',
				value: 'approve',
				description:
					'Keep a reviewed mapping; later suggestions prefer it and Apply can use it by name',
				action: 'Approve a mapping',
			},
			{
				name: 'Assess Data Quality',
				value: 'assess',
				description:
					'Fill rates, bad and duplicate emails, duplicate domains, orphan references, values the mapping cannot carry',
				action: 'Assess data quality',
			},
			{
				name: 'Suggest Mapping',
				value: 'suggest',
				description:
					'Map every field of a Salesforce object to HubSpot properties or Intercom attributes, with a confidence and a reason',
				action: 'Suggest a mapping',
			},
		],
		default: 'suggest',
	},
	...suggest.description,
	...apply.description,
	...approve.description,
	...assess.description,
];
