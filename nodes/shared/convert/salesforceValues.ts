/**
 * Salesforce values as JSON. The Bulk API writes every value as text and a null as an empty cell
 * (Salesforce stores no empty strings), so a value is read back by its field's describe type.
 */
export type SalesforceValue = string | number | boolean | string[] | null;

const INTEGER_TYPES = new Set(['int', 'long']);
const DECIMAL_TYPES = new Set(['double', 'currency', 'percent']);

function numberOrText(text: string, parse: (t: string) => number): number | string {
	const value = parse(text);
	// A value that does not parse is passed on as Salesforce wrote it, never dropped.
	return Number.isFinite(value) ? value : text;
}

/** ISO 8601 in UTC with milliseconds, whichever offset form Salesforce used (`Z` or `+0000`). */
export function salesforceDateTime(text: string): string {
	const normalised = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
	const date = new Date(normalised);
	return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

export function salesforceCellValue(cell: string, type: string | undefined): SalesforceValue {
	if (cell === '') return null;
	if (!type) return cell;
	if (INTEGER_TYPES.has(type)) return numberOrText(cell, (t) => Number.parseInt(t, 10));
	if (DECIMAL_TYPES.has(type)) return numberOrText(cell, Number);
	switch (type) {
		case 'boolean':
			return cell === 'true' ? true : cell === 'false' ? false : cell;
		case 'datetime':
			return salesforceDateTime(cell);
		case 'multipicklist':
			return cell.split(';');
		default:
			return cell;
	}
}
