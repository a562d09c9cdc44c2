import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';
import { DescribeCache } from '../../helpers/describeCache';
import { filterClauses } from '../../helpers/extractionQuery';
import { perItem } from '../../helpers/perItem';
import { objectName } from '../../helpers/soql';
import { salesforceConnection } from '../../transport/connection';
import { extractionError } from '../../transport/errors';
import { filtersProperty, includeDeletedProperty, objectLocator } from '../common.descriptions';

const properties: INodeProperties[] = [objectLocator, filtersProperty, includeDeletedProperty];

export const description = updateDisplayOptions(
	{ show: { resource: ['record'], operation: ['count'] } },
	properties,
);

/** How many records match, from Salesforce itself (SELECT COUNT()), for reconciliation. */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const connection = await salesforceConnection(this);
	const describes = new DescribeCache(connection);
	return await perItem(
		this,
		items,
		(error, itemIndex) => extractionError(this.getNode(), error, itemIndex),
		async (itemIndex) => {
			const object = objectName(
				this.getNodeParameter('object', itemIndex, '', { extractValue: true }) as string,
			);
			const where = await filterClauses(this, itemIndex, describes, object);
			const includeDeleted = this.getNodeParameter('includeDeleted', itemIndex, false) as boolean;
			const soql = `SELECT COUNT() FROM ${object}${where.length ? ` WHERE ${where.map((c) => `(${c})`).join(' AND ')}` : ''}`;
			const result = await connection.query(soql, { scanAll: includeDeleted });
			return [{ object, count: result.totalSize, includeDeleted, filters: where }];
		},
	);
}
