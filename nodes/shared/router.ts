import {
	NodeOperationError,
	type IExecuteFunctions,
	type INode,
	type INodeExecutionData,
	type NodeApiError,
} from 'n8n-workflow';
import type { FailureReason } from './outcomes';

export interface RunFailureHandling {
	/** The service's NodeApiError for a failed call. */
	apiError(node: INode, error: unknown): NodeApiError;
	/** The service's failure reason, for the Failed output. */
	reasonFromError(error: unknown): FailureReason;
	/** Whether the operation has a Failed output (its second); otherwise failures go to the first. */
	hasFailedOutput: boolean;
}

/**
 * Runs an operation on the node's items. Records an operation could not handle one by one are on
 * its Failed output already; a failure of the whole run (credential, schema look-up) stops the
 * node, or with "Continue On Fail" puts every item on the Failed output with the reason.
 */
export async function runOperation(
	context: IExecuteFunctions,
	run: (items: INodeExecutionData[]) => Promise<INodeExecutionData[][]>,
	handling: RunFailureHandling,
): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	try {
		return await run(items);
	} catch (error) {
		const failure =
			error instanceof NodeOperationError ? error : handling.apiError(context.getNode(), error);
		if (!context.continueOnFail()) throw failure;
		const reason =
			error instanceof NodeOperationError
				? { category: 'ERROR', message: error.message }
				: handling.reasonFromError(error);
		const failed = items.map((item, index) => ({
			json: { error: reason, record: item.json },
			pairedItem: { item: index },
		}));
		return handling.hasFailedOutput ? [[], failed] : [failed];
	}
}
