import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import {
	suggestMapping,
	type MappingDocument,
	type MappingInput,
	type SalesforceDescribe,
} from '../../../shared/mapping';
import { consultModel } from '../../helpers/languageModel';
import { approvedRows } from '../../helpers/memory';
import { resourceMapperValue } from '../../helpers/resourceMapperValue';
import { targetOf } from '../../helpers/targetSchema';
import { authenticationProperty } from '../../../HubSpotBatch/actions/common.descriptions';
import { targetProperties } from '../common.descriptions';

const show = { operation: ['suggest'] };

export const description: INodeProperties[] = [
	{
		displayName: 'Salesforce Describe',
		name: 'describe',
		type: 'json',
		default: '={{ $json }}',
		description:
			'The Salesforce object\'s describe: the output of Salesforce Bulk → Object → Describe ("One Item per Object")',
		displayOptions: { show },
	},
	...targetProperties(['suggest']),
	{
		displayName: 'Target Fields From',
		name: 'targetSchema',
		type: 'options',
		options: [
			{ name: 'HubSpot (Read With the Credential)', value: 'hubspot' },
			{ name: 'Input (a List of Properties or Data Attributes)', value: 'input' },
		],
		default: 'hubspot',
		displayOptions: { show },
	},
	{ ...authenticationProperty, displayOptions: { show: { ...show, targetSchema: ['hubspot'] } } },
	{
		displayName: 'Target Fields',
		name: 'targetFields',
		type: 'json',
		default: '={{ $json.results }}',
		description:
			"HubSpot's properties (`results` of GET /crm/v3/properties/{object}) or Intercom's data attributes (`data` of GET /data_attributes)",
		displayOptions: { show: { ...show, targetSchema: ['input'] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Model Timeout (Seconds)',
				name: 'modelTimeout',
				type: 'number',
				default: 60,
				description: "How long to wait for the language model before keeping the engine's answer",
			},
			{
				displayName: 'Use Approved Mappings',
				name: 'useApproved',
				type: 'boolean',
				default: true,
				description:
					'Whether rows a person approved before (CRM Field Mapper → Approve) win over new suggestions',
			},
		],
	},
];

function describeOf(context: IExecuteFunctions, itemIndex: number): SalesforceDescribe {
	const given = context.getNodeParameter('describe', itemIndex) as unknown;
	const describe = (typeof given === 'string' ? JSON.parse(given) : given) as SalesforceDescribe;
	if (!describe?.name || !Array.isArray(describe.fields)) {
		throw new NodeOperationError(
			context.getNode(),
			'The input is not a Salesforce describe (no name and fields)',
			{
				itemIndex,
				description:
					'Connect Salesforce Bulk → Object → Describe with Output "One Item per Object".',
			},
		);
	}
	return describe;
}

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const results: INodeExecutionData[] = [];
	const withModel = this.getNodeParameter('useLanguageModel', 0, false) as boolean;
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const options = this.getNodeParameter('options', itemIndex, {}) as {
			modelTimeout?: number;
			useApproved?: boolean;
		};
		const describe = describeOf(this, itemIndex);
		const target = await targetOf(this, itemIndex);
		const input: MappingInput = {
			source: { system: 'salesforce', object: describe.name, describe },
			target,
			memory: options.useApproved === false ? undefined : approvedRows(this, describe.name, target),
		};
		let document: MappingDocument = suggestMapping(input);
		let model: string | undefined;
		if (withModel) {
			const consultation = await consultModel(
				this,
				input,
				document,
				(options.modelTimeout ?? 60) * 1000,
			);
			document = consultation.document;
			model = consultation.note;
		}
		results.push({
			json: {
				...document,
				...(model && { model }),
				resourceMapper: resourceMapperValue(document),
			} as unknown as IDataObject,
			pairedItem: { item: itemIndex },
		});
	}
	return results;
}
