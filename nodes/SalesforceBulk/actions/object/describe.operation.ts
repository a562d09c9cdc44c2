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
import { perItem } from '../../helpers/perItem';
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
	return await perItem(
		this,
		items,
		(error, itemIndex) => salesforceApiError(this.getNode(), error, itemIndex),
		async (itemIndex) => {
			const objectName = this.getNodeParameter('object', itemIndex, '', {
				extractValue: true,
			}) as string;
			const output = this.getNodeParameter('output', itemIndex) as 'object' | 'field';
			const described = await describe(connection, objectName);
			return output === 'field'
				? described.fields.map((field) => ({ object: described.name, ...field }))
				: [described as unknown as IDataObject];
		},
	);
}

async function describe(connection: Connection, objectName: string): Promise<DescribedObject> {
	return describedObject(await connection.sobject(objectName).describe());
}
