import type { INodeProperties } from 'n8n-workflow';

export function modelProperty(show: Record<string, string[]>): INodeProperties {
	return {
		displayName: 'Model',
		name: 'model',
		type: 'options',
		options: [
			{ name: 'Company', value: 'company' },
			{ name: 'Contact', value: 'contact' },
		],
		default: 'contact',
		description: 'Whose attributes: contacts (users and leads) or companies',
		displayOptions: { show },
	};
}
