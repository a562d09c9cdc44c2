import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { salesforceConnection } from '../../transport/connection';
import { describedObject, type DescribedObject } from '../../helpers/describedObject';
import { salesforceApiError } from '../../transport/errors';
import type { Connection } from 'jsforce';
import { objectLocator } from '../common.descriptions';

const properties: INodeProperties[] = [
	objectLocator,
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		options: [
			{
				name: 'One Item per Object',
				value: 'object',
				description: 'The object with all its fields in a list, as the CRM Field Mapper reads it',
			},
			{ name: 'One Item per Field', value: 'field', description: 'Handy for review in a table' },
		],
		default: 'object',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['object'], operation: ['describe'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const connection = await salesforceConnection(this);
	const returnData: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const objectName = this.getNodeParameter('object', itemIndex, '', {
				extractValue: true,
			}) as string;
			const output = this.getNodeParameter('output', itemIndex) as 'object' | 'field';
			const described = await describe(connection, objectName);
			const results: IDataObject[] =
				output === 'field'
					? described.fields.map((field) => ({ object: described.name, ...field }))
					: [described as unknown as IDataObject];
			for (const json of results) returnData.push({ json, pairedItem: { item: itemIndex } });
		} catch (error) {
			const apiError = salesforceApiError(this.getNode(), error, itemIndex);
			if (!this.continueOnFail()) throw apiError;
			returnData.push({
				json: { error: apiError.message, description: apiError.description },
				pairedItem: { item: itemIndex },
			});
		}
	}
	return returnData;
}

async function describe(connection: Connection, objectName: string): Promise<DescribedObject> {
	return describedObject(await connection.sobject(objectName).describe());
}
