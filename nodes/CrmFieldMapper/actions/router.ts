import {
	NodeApiError,
	NodeOperationError,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';
import { hubSpotApiError } from '../../HubSpotBatch/transport/errors';
import * as mapping from './mapping/Mapping.resource';

/** Dispatches to the operation; a failure stops the node, or with "Continue On Fail" becomes an item. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const operation = this.getNodeParameter('operation', 0) as string;
	try {
		switch (operation) {
			case 'suggest':
				return [await mapping.suggest.execute.call(this, items)];
			case 'approve':
				return [await mapping.approve.execute.call(this, items)];
			case 'apply':
				return await mapping.apply.execute.call(this, items);
			case 'assess':
				return await mapping.assess.execute.call(this, items);
			default:
				throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not known`);
		}
	} catch (error) {
		const failure =
			error instanceof NodeOperationError || error instanceof NodeApiError
				? error
				: error instanceof SyntaxError
					? new NodeOperationError(
							this.getNode(),
							`A JSON field could not be read: ${error.message}`,
						)
					: hubSpotApiError(this.getNode(), error);
		if (!this.continueOnFail()) throw failure;
		const failed = items.map((item, index) => ({
			json: { error: failure.message, description: failure.description ?? null, record: item.json },
			pairedItem: { item: index },
		}));
		return operation === 'apply' || operation === 'assess' ? [[], failed] : [failed];
	}
}
