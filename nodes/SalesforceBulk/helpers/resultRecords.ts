import { parse } from 'csv-parse/sync';
import type { IDataObject } from 'n8n-workflow';
import { salesforceCellValue } from '../../shared/convert/salesforceValues';

export interface ResultSetRows {
	/** Column names as selected: a relationship column such as `Account.Name` stays one flat key. */
	columns: string[];
	rows: string[][];
}

/** One Bulk API result set: a complete CSV with its own header row. */
export function parseResultSet(csv: string): ResultSetRows {
	const [columns = [], ...rows] = parse(csv, { bom: true, skip_empty_lines: true }) as string[][];
	return { columns, rows };
}

/** Records typed by their columns' describe types; a column without a known type stays text. */
export function typedRecords(
	{ columns, rows }: ResultSetRows,
	types: Map<string, string>,
): IDataObject[] {
	const typeByColumn = columns.map((column) => types.get(column));
	return rows.map((row) => {
		const record: IDataObject = {};
		for (let i = 0; i < columns.length; i++) {
			record[columns[i]] = salesforceCellValue(row[i] ?? '', typeByColumn[i]);
		}
		return record;
	});
}
