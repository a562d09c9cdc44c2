import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { fieldPath, objectName } from '../../helpers/soql';

/** The distinct (object, watermark field) pairs the input items name, with the first item of each. */
export function targetsOf(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
): Array<{ object: string; field: string; itemIndex: number }> {
	const targets = new Map<string, { object: string; field: string; itemIndex: number }>();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const object = objectName(
			context.getNodeParameter('object', itemIndex, '', { extractValue: true }) as string,
		);
		const field = fieldPath(
			(context.getNodeParameter('watermarkField', itemIndex) as string).trim() || 'SystemModstamp',
		);
		const key = `${object}.${field}`;
		if (!targets.has(key)) targets.set(key, { object, field, itemIndex });
	}
	return [...targets.values()];
}
