import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';
import { watermarkKey, watermarkState } from '../../helpers/watermark';
import { targetsOf } from './targets';
import { watermarkProperties } from './watermark.description';

export const description = updateDisplayOptions(
	{ show: { resource: ['watermark'], operation: ['reset'] } },
	watermarkProperties,
);

/** Forgets the watermark, so the next incremental run reads everything. */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const state = watermarkState(this.getWorkflowStaticData('global'));
	return targetsOf(this, items).map(({ object, field, itemIndex }) => {
		const key = watermarkKey(object, field);
		const previous = state.committed[key]?.at ?? null;
		delete state.committed[key];
		for (const [jobId, pending] of Object.entries(state.pending))
			if (pending.key === key) delete state.pending[jobId];
		return {
			json: { object, field, reset: true, previousWatermark: previous },
			pairedItem: { item: itemIndex },
		};
	});
}
