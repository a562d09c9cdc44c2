import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';
import { watermarkKey, watermarkState } from '../../helpers/watermark';
import { targetsOf } from './targets';
import { watermarkProperties } from './watermark.description';

export const description = updateDisplayOptions(
	{ show: { resource: ['watermark'], operation: ['get'] } },
	watermarkProperties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const state = watermarkState(this.getWorkflowStaticData('global'));
	return targetsOf(this, items).map(({ object, field, itemIndex }) => {
		const key = watermarkKey(object, field);
		const committed = state.committed[key];
		return {
			json: {
				object,
				field,
				watermark: committed?.at ?? null,
				committedAt: committed?.committedAt ?? null,
				recordsInOverlapWindow: committed ? Object.keys(committed.seen).length : 0,
				runsAwaitingCommit: Object.values(state.pending).filter((p) => p.key === key).length,
			},
			pairedItem: { item: itemIndex },
		};
	});
}
