import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import * as association from './actions/association/Association.resource';
import * as owner from './actions/owner/Owner.resource';
import * as pipeline from './actions/pipeline/Pipeline.resource';
import * as property from './actions/property/Property.resource';
import * as record from './actions/record/Record.resource';
import { authenticationProperty } from './actions/common.descriptions';
import { router } from './actions/router';
import { loadOptions, resourceMapping } from './methods';
import { PRIVATE_APP_CREDENTIAL, PUBLIC_APP_CREDENTIAL } from './transport/credentialTypes';

export class HubSpotBatch implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HubSpot Batch',
		name: 'hubSpotBatch',
		icon: { light: 'file:hubspot.svg', dark: 'file:hubspot.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			"Write to HubSpot in batches of 100 at close to HubSpot's rate limit: upsert and archive records, associate them, ensure properties",
		defaults: { name: 'HubSpot Batch' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		// Writes have a second output, "Failed": every record that did not land, with HubSpot's reason.
		outputs: `={{ ['record', 'association', 'property'].includes($parameter.resource) ? [{ type: '${NodeConnectionTypes.Main}', displayName: 'Succeeded' }, { type: '${NodeConnectionTypes.Main}', displayName: 'Failed' }] : ['${NodeConnectionTypes.Main}'] }}`,
		credentials: [
			{
				name: PRIVATE_APP_CREDENTIAL,
				required: true,
				displayOptions: { show: { authentication: ['appToken'] } },
			},
			{
				name: PUBLIC_APP_CREDENTIAL,
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
		],
		properties: [
			authenticationProperty,
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Association', value: 'association' },
					{ name: 'Owner', value: 'owner' },
					{ name: 'Pipeline', value: 'pipeline' },
					{ name: 'Property', value: 'property' },
					{ name: 'Record', value: 'record' },
				],
				default: 'record',
			},
			...record.description,
			...association.description,
			...property.description,
			...owner.description,
			...pipeline.description,
		],
	};

	methods = { loadOptions, resourceMapping };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
