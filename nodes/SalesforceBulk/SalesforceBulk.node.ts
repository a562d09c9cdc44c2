import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import * as object from './actions/object/Object.resource';
import * as record from './actions/record/Record.resource';
import * as watermark from './actions/watermark/Watermark.resource';
import { router } from './actions/router';
import { listSearch, loadOptions } from './methods';
import {
	CLIENT_CREDENTIALS_TYPE,
	JWT_BEARER_TYPE,
	CODE_FLOW_TYPE,
} from './transport/credentialTypes';

export class SalesforceBulk implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Salesforce Bulk',
		name: 'salesforceBulk',
		icon: { light: 'file:salesforce.svg', dark: 'file:salesforce.dark.svg' },
		group: ['input'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Read a Salesforce org at scale with the Bulk API 2.0: describe objects, extract records in full or incrementally',
		defaults: { name: 'Salesforce Bulk' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		// Extract in page mode has a second output, "Page Info": whether more pages follow, and the cursor.
		outputs: `={{ $parameter.resource === 'record' && $parameter.returnMode === 'page' ? [{ type: '${NodeConnectionTypes.Main}', displayName: 'Records' }, { type: '${NodeConnectionTypes.Main}', displayName: 'Page Info' }] : ['${NodeConnectionTypes.Main}'] }}`,
		credentials: [
			{
				name: CODE_FLOW_TYPE,
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
			{
				name: JWT_BEARER_TYPE,
				required: true,
				displayOptions: { show: { authentication: ['jwt'] } },
			},
			{
				name: CLIENT_CREDENTIALS_TYPE,
				required: true,
				displayOptions: { show: { authentication: ['clientCredentials'] } },
			},
		],
		properties: [
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'OAuth2', value: 'oAuth2' },
					{ name: 'JWT Bearer', value: 'jwt' },
					{ name: 'Client Credentials', value: 'clientCredentials' },
				],
				default: 'oAuth2',
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Record', value: 'record' },
					{ name: 'Object', value: 'object' },
					{ name: 'Watermark', value: 'watermark' },
				],
				default: 'record',
			},
			...record.description,
			...object.description,
			...watermark.description,
		],
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
