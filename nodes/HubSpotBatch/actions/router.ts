import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';
import { runOperation } from '../../shared/router';
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

/** Dispatches to the operation; see runOperation for what a failure of the whole run does. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	return await runOperation(this, async (items) => await run(this, items), {
		apiError: hubSpotApiError,
		reasonFromError,
		hasFailedOutput: WRITE_RESOURCES.includes(resource),
	});
}
