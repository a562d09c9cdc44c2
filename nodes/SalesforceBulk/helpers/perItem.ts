import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	NodeApiError,
	NodeOperationError,
} from 'n8n-workflow';

/**
 * Runs an operation item by item: each result keeps its link to the input item (pairedItem), and a
 * failure either stops the node or, with "Continue On Fail", becomes that item's output.
 */
export async function perItem(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
	failureOf: (error: unknown, itemIndex: number) => NodeApiError | NodeOperationError,
	run: (itemIndex: number) => Promise<IDataObject[]>,
): Promise<INodeExecutionData[]> {
	const returnData: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const pairedItem = { item: itemIndex };
		try {
			for (const json of await run(itemIndex)) returnData.push({ json, pairedItem });
		} catch (error) {
			const failure = failureOf(error, itemIndex);
			if (!context.continueOnFail()) throw failure;
			returnData.push({
				json: { error: failure.message, description: failure.description ?? null },
				pairedItem,
			});
		}
	}
	return returnData;
}
