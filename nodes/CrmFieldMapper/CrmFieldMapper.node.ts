import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import * as mapping from './actions/mapping/Mapping.resource';
import { router } from './actions/router';

export class CrmFieldMapper implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CRM Field Mapper',
		name: 'crmFieldMapper',
		icon: { light: 'file:fieldMapper.svg', dark: 'file:fieldMapper.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"]}}',
		description:
			'Suggest how Salesforce fields map to HubSpot properties or Intercom attributes, review and keep the mapping, and apply it to records with exact conversions',
		defaults: { name: 'CRM Field Mapper' },
		usableAsTool: true,
		// A chat model is consulted only when asked, and only for fields the engine is unsure of.
		inputs: `={{ $parameter.operation === 'suggest' && $parameter.useLanguageModel ? [{ type: '${NodeConnectionTypes.Main}' }, { type: '${NodeConnectionTypes.AiLanguageModel}', displayName: 'Model', maxConnections: 1, required: true }] : ['${NodeConnectionTypes.Main}'] }}`,
		outputs: `={{ $parameter.operation === 'apply' ? [{ type: '${NodeConnectionTypes.Main}', displayName: 'Mapped' }, { type: '${NodeConnectionTypes.Main}', displayName: 'Failed' }] : $parameter.operation === 'assess' ? [{ type: '${NodeConnectionTypes.Main}', displayName: 'Summary' }, { type: '${NodeConnectionTypes.Main}', displayName: 'Flagged Records' }] : ['${NodeConnectionTypes.Main}'] }}`,
		credentials: [
			{
				name: 'hubSpotMigrationAppTokenApi',
				required: true,
				displayOptions: {
					show: { operation: ['suggest'], targetSchema: ['hubspot'], authentication: ['appToken'] },
				},
			},
			{
				name: 'hubSpotMigrationOAuth2Api',
				required: true,
				displayOptions: {
					show: { operation: ['suggest'], targetSchema: ['hubspot'], authentication: ['oAuth2'] },
				},
			},
		],
		properties: [
			...mapping.description,
			{
				displayName: 'Use a Language Model',
				name: 'useLanguageModel',
				type: 'boolean',
				default: false,
				description:
					"Whether to ask a connected chat model about the fields the engine is unsure of. It sees field names, labels, types and picklist values, never record values; its answers are checked and the engine's kept when they fail.",
				displayOptions: { show: { operation: ['suggest'] } },
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
