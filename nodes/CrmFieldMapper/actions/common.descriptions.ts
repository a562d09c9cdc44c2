import type { INodeProperties } from 'n8n-workflow';

export function targetProperties(operations: string[]): INodeProperties[] {
	const show = { operation: operations };
	return [
		{
			displayName: 'Target System',
			name: 'targetSystem',
			type: 'options',
			options: [
				{ name: 'HubSpot', value: 'hubspot' },
				{ name: 'Intercom', value: 'intercom' },
			],
			default: 'hubspot',
			displayOptions: { show },
		},
		{
			displayName: 'Target Object',
			name: 'targetObject',
			type: 'string',
			default: 'contacts',
			placeholder: 'contacts',
			description:
				'HubSpot: contacts, companies, deals, tickets, notes, tasks, meetings or a custom object. Intercom: contact, company or ticket.',
			displayOptions: { show },
		},
	];
}

export function mappingSourceProperties(operations: string[]): INodeProperties[] {
	const show = { operation: operations };
	return [
		{
			displayName: 'Mapping',
			name: 'mappingSource',
			type: 'options',
			options: [
				{
					name: 'Approved Mapping',
					value: 'approved',
					description:
						'The mapping last approved in this workflow for the source and target objects',
				},
				{
					name: 'Mapping Document',
					value: 'json',
					description: 'A mapping document given as JSON or by an expression',
				},
			],
			default: 'json',
			displayOptions: { show },
		},
		{
			displayName: 'Source Object',
			name: 'sourceObject',
			type: 'string',
			default: 'Contact',
			description: 'The Salesforce object the records come from',
			displayOptions: { show: { ...show, mappingSource: ['approved'] } },
		},
		// Named apart from Suggest's target fields: n8n keeps one value per parameter name.
		{
			displayName: 'Target System',
			name: 'approvedTargetSystem',
			type: 'options',
			options: [
				{ name: 'HubSpot', value: 'hubspot' },
				{ name: 'Intercom', value: 'intercom' },
			],
			default: 'hubspot',
			displayOptions: { show: { ...show, mappingSource: ['approved'] } },
		},
		{
			displayName: 'Target Object',
			name: 'approvedTargetObject',
			type: 'string',
			default: 'contacts',
			displayOptions: { show: { ...show, mappingSource: ['approved'] } },
		},
		{
			displayName: 'Mapping Document',
			name: 'mapping',
			type: 'json',
			default: '={{ $("Suggest Mapping").first().json }}',
			description: 'The output of CRM Field Mapper → Suggest, reviewed and edited as needed',
			displayOptions: { show: { ...show, mappingSource: ['json'] } },
		},
	];
}
