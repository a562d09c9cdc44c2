import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { mappingDocumentOf } from '../../helpers/mappingDocument';
import { approve } from '../../helpers/memory';
import { mappingSourceProperties } from '../common.descriptions';

export const description: INodeProperties[] = mappingSourceProperties(['approve']).map(
	(property) => (property.name === 'mapping' ? { ...property, default: '={{ $json }}' } : property),
);

/**
 * Keeps each reviewed mapping document as the approved one for its source and target: the next
 * suggestion prefers its rows, and Apply can use it by name.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.map((_, itemIndex) => {
		const document = mappingDocumentOf(this, itemIndex);
		const rows = approve(this, document);
		return {
			json: {
				approved: true,
				source: document.source.object,
				target: `${document.target.system} ${document.target.object}`,
				rows,
				savedIn: 'workflow static data (kept after production runs, not after manual test runs)',
			},
			pairedItem: { item: itemIndex },
		};
	});
}
