import type { MappingDocument } from '../../shared/mapping';

/**
 * The mapping as the value of HubSpot Batch's "Properties" field (n8n's resource mapper): each
 * mapped property filled with an expression reading the Salesforce field, matched on the key.
 * Paste it into the node, or let a template carry it, and review every row in the editor.
 */
export function resourceMapperValue(document: MappingDocument) {
	const rows = document.rows.filter((row) => row.targetProperty && row.transform !== 'association');
	const key = rows.find((row) => row.transform === 'key')?.targetProperty;
	return {
		mappingMode: 'defineBelow',
		value: Object.fromEntries(
			rows.map((row) => [
				row.targetProperty as string,
				`={{ $json[${JSON.stringify(row.sourceField)}] }}`,
			]),
		),
		matchingColumns: key ? [key] : [],
		schema: rows.map((row) => ({
			id: row.targetProperty as string,
			displayName: row.targetProperty as string,
			required: false,
			defaultMatch: row.transform === 'key',
			canBeUsedToMatch: row.transform === 'key',
			display: true,
			type: 'string',
			removed: false,
		})),
		attemptToConvertTypes: false,
		convertFieldsToString: false,
	};
}
