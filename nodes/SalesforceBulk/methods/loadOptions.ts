import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { describedObject } from '../helpers/describedObject';
import { salesforceConnection } from '../transport/connection';

/** The chosen object's fields that the Bulk API can read, by label. */
export async function getBulkFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const objectName = this.getNodeParameter('object', undefined, { extractValue: true }) as string;
	if (!objectName) return [];
	const connection = await salesforceConnection(this);
	const described = describedObject(await connection.sobject(objectName).describe());
	return described.fields
		.filter((field) => field.bulkQueryable)
		.map((field) => ({
			name: `${field.label} (${field.name})`,
			value: field.name,
			description: field.type,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
