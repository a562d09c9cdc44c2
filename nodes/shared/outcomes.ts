import type { IDataObject, INodeExecutionData, IPairedItemData } from 'n8n-workflow';

/** Why a record did not land, in the words of the API (or of our own check before sending). */
export interface FailureReason extends IDataObject {
	/** The API's category (VALIDATION_ERROR, OBJECT_NOT_FOUND, RATE_LIMIT …) or ours. */
	category: string;
	message: string;
	/** A finer code when there is one (INVALID_EMAIL, PROPERTY_DOESNT_EXIST …). */
	code?: string;
	/** The field at fault, when one is. */
	property?: string;
	/** HTTP status of the answer that carried the error; absent when the record was never sent. */
	status?: number;
}

function pairedItems(itemIndexes: number[]): IPairedItemData[] {
	return itemIndexes.map((item) => ({ item }));
}

function firstItem(item: INodeExecutionData): number {
	const paired = item.pairedItem;
	const first = Array.isArray(paired) ? paired[0] : paired;
	return typeof first === 'object' && first !== null ? first.item : Number(first ?? 0);
}

function inInputOrder(items: INodeExecutionData[]): INodeExecutionData[] {
	return [...items].sort((a, b) => firstItem(a) - firstItem(b));
}

/**
 * The two outputs of a write node: records that landed and records that did not, each linked to
 * the input items it came from, so that every input item is accounted for exactly once.
 */
export class Outcomes {
	readonly landed: INodeExecutionData[] = [];

	readonly failed: INodeExecutionData[] = [];

	succeed(itemIndexes: number[], json: IDataObject): void {
		this.landed.push({ json, pairedItem: pairedItems(itemIndexes) });
	}

	fail(itemIndexes: number[], reason: FailureReason, json: IDataObject = {}): void {
		this.failed.push({ json: { ...json, error: reason }, pairedItem: pairedItems(itemIndexes) });
	}

	get counts(): { landed: number; failed: number } {
		return { landed: this.landed.length, failed: this.failed.length };
	}

	/** Both outputs in the order of the input items, however the requests finished. */
	toOutputs(): INodeExecutionData[][] {
		return [inInputOrder(this.landed), inInputOrder(this.failed)];
	}
}
