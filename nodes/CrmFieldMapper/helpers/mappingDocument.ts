import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';
import type { MappingDocument } from '../../shared/mapping';
import { approvedDocument } from './memory';

function isDocument(value: unknown): value is MappingDocument {
	const document = value as MappingDocument | undefined;
	return (
		document?.version === 1 &&
		Array.isArray(document.rows) &&
		!!document.source &&
		!!document.target
	);
}

/** The mapping document an Apply or Assess run uses: the approved one, or one given as JSON. */
export function mappingDocumentOf(context: IExecuteFunctions, itemIndex: number): MappingDocument {
	const from = context.getNodeParameter('mappingSource', itemIndex) as 'approved' | 'json';
	if (from === 'approved') {
		const source = context.getNodeParameter('sourceObject', itemIndex) as string;
		const system = context.getNodeParameter('approvedTargetSystem', itemIndex) as string;
		const object = context.getNodeParameter('approvedTargetObject', itemIndex) as string;
		const document = approvedDocument(context, source, { system, object });
		if (!document) {
			throw new NodeOperationError(
				context.getNode(),
				`No approved mapping from ${source} to ${system} ${object}`,
				{
					itemIndex,
					description:
						'Approve one first (CRM Field Mapper → Approve, in a production run of the mapping review workflow), or give the mapping as JSON.',
				},
			);
		}
		return document;
	}
	const given = context.getNodeParameter('mapping', itemIndex) as unknown;
	const parsed = typeof given === 'string' ? (JSON.parse(given) as unknown) : given;
	if (!isDocument(parsed)) {
		throw new NodeOperationError(
			context.getNode(),
			'The mapping is not a mapping document (version 1)',
			{
				itemIndex,
				description:
					'Give the output of CRM Field Mapper → Suggest, for example {{ $("Suggest Mapping").first().json }}.',
			},
		);
	}
	return parsed;
}
