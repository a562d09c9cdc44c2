import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';
import { reasonFromError, hubSpotApiError } from '../transport/errors';
import * as association from './association/Association.resource';
import { WRITE_RESOURCES, type HubSpotBatchType } from './node.type';
import * as owner from './owner/Owner.resource';
import * as pipeline from './pipeline/Pipeline.resource';
import * as property from './property/Property.resource';
import * as record from './record/Record.resource';

async function run(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	const resource = context.getNodeParameter('resource', 0) as string;
	const operation = context.getNodeParameter('operation', 0) as string;
	const hubSpotBatch = { resource, operation } as HubSpotBatchType;
	switch (hubSpotBatch.resource) {
		case 'record':
			return await record[hubSpotBatch.operation].execute.call(context, items);
		case 'association':
			return await association[hubSpotBatch.operation].execute.call(context, items);
		case 'property':
			return await property[hubSpotBatch.operation].execute.call(context, items);
		case 'owner':
			return [await owner[hubSpotBatch.operation].execute.call(context)];
		case 'pipeline':
			return [await pipeline[hubSpotBatch.operation].execute.call(context)];
		default:
			throw new NodeOperationError(context.getNode(), `The resource "${resource}" is not known`);
	}
}

/**
 * Dispatches to the operation. Records an operation could not handle one by one are on its Failed
 * output already; a failure of the whole run (credential, schema look-up) stops the node, or with
 * "Continue On Fail" puts every item on the Failed output with the reason.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	try {
		return await run(this, items);
	} catch (error) {
		const failure =
			error instanceof NodeOperationError ? error : hubSpotApiError(this.getNode(), error);
		if (!this.continueOnFail()) throw failure;
		const reason =
			error instanceof NodeOperationError
				? { category: 'ERROR', message: error.message }
				: reasonFromError(error);
		const failed = items.map((item, index) => ({
			json: { error: reason, record: item.json },
			pairedItem: { item: index },
		}));
		const resource = this.getNodeParameter('resource', 0) as string;
		return WRITE_RESOURCES.includes(resource) ? [[], failed] : [failed];
	}
}
