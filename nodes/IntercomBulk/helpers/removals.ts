import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { FailureReason } from '../../shared/outcomes';

export interface KeyGroup {
	key: string;
	/** The items naming this record: one request for all of them, each gets the outcome. */
	itemIndexes: number[];
}

/**
 * The record each item names in the `parameter` (a Salesforce Id or an Intercom id), grouped so
 * that a record named twice is acted on once; items naming none are set apart.
 */
export function keyedItems(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
	parameter: string,
): { groups: KeyGroup[]; blank: number[] } {
	const groups = new Map<string, KeyGroup>();
	const blank: number[] = [];
	items.forEach((_, itemIndex) => {
		const key = String(context.getNodeParameter(parameter, itemIndex, '') ?? '').trim();
		if (!key) {
			blank.push(itemIndex);
			return;
		}
		const group = groups.get(key);
		if (group) group.itemIndexes.push(itemIndex);
		else groups.set(key, { key, itemIndexes: [itemIndex] });
	});
	return { groups: [...groups.values()], blank };
}

/** The reason of an item that names no record to act on. */
export function missingKey(property: string, what: string): FailureReason {
	return { category: 'VALIDATION_ERROR', property, message: `The item names no ${what}` };
}
