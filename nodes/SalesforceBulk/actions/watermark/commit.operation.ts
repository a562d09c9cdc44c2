import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';
import { commitWatermark, watermarkKey, watermarkState } from '../../helpers/watermark';
import { watermarkProperties } from './watermark.description';
import { targetsOf } from './targets';

export const description = updateDisplayOptions(
	{ show: { resource: ['watermark'], operation: ['commit'] } },
	watermarkProperties,
);

/**
 * Makes the watermark of the newest fully read incremental extraction the one the next run starts
 * from. Put it after the node that writes the records, so a run that fails is read again.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const state = watermarkState(this.getWorkflowStaticData('global'));
	return targetsOf(this, items).map(({ object, field, itemIndex }) => {
		const committed = commitWatermark(state, watermarkKey(object, field));
		return {
			json: committed
				? {
						object,
						field,
						committed: true,
						watermark: committed.at,
						recordsInOverlapWindow: Object.keys(committed.seen).length,
					}
				: {
						object,
						field,
						committed: false,
						reason:
							'No finished incremental extraction to commit: the extraction has more pages, or did not read changes of this object and field',
					},
			pairedItem: { item: itemIndex },
		};
	});
}
