import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { ApprovedRow, MappingDocument } from '../../shared/mapping';

const KEY = 'crmFieldMapperApprovals';

function memoryKey(document: Pick<MappingDocument, 'source' | 'target'>): string {
	return `${document.source.object}→${document.target.system}.${document.target.object}`;
}

function store(context: IExecuteFunctions): IDataObject {
	const global = context.getWorkflowStaticData('global');
	global[KEY] ??= {};
	return global[KEY] as IDataObject;
}

/**
 * Rows a person approved, per source and target object, kept in the workflow's static data
 * (saved by n8n after production runs, not after manual test runs).
 */
export function approvedRows(
	context: IExecuteFunctions,
	source: string,
	target: { system: string; object: string },
): ApprovedRow[] {
	const key = memoryKey({
		source: { system: 'salesforce', object: source },
		target,
	} as MappingDocument);
	return (
		((store(context)[key] as IDataObject | undefined)?.rows as ApprovedRow[] | undefined) ?? []
	);
}

/** Keeps a reviewed document's rows as the approved mapping for its source and target. */
export function approve(context: IExecuteFunctions, document: MappingDocument): number {
	// Kept: fields mapped to a property, and fields a person left unmapped. Associations and fields
	// bound for a new property have no target property yet: kept as "unmapped" they would lose
	// their association or property next time, so the next suggestion works them out again.
	const rows: ApprovedRow[] = document.rows
		.filter((row) =>
			row.targetProperty === null ? row.transform === 'none' : row.transform !== 'none',
		)
		.map((row) => ({
			sourceField: row.sourceField,
			targetProperty: row.targetProperty,
			transform: row.transform,
			...(row.valueMap && { valueMap: row.valueMap }),
			...(row.heading && { heading: row.heading }),
		}));
	store(context)[memoryKey(document)] = {
		rows,
		approvedAt: new Date().toISOString(),
		document,
	} as unknown as IDataObject;
	return rows.length;
}

/** The whole approved document for a source and target, if one was approved. */
export function approvedDocument(
	context: IExecuteFunctions,
	source: string,
	target: { system: string; object: string },
): MappingDocument | undefined {
	const key = memoryKey({
		source: { system: 'salesforce', object: source },
		target,
	} as MappingDocument);
	return (store(context)[key] as IDataObject | undefined)?.document as MappingDocument | undefined;
}
