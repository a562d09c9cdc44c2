/**
 * Bulk API 2.0 result sets as CSV: every set is a complete CSV with its own header row; every value
 * is quoted with embedded quotes doubled; null is an empty, unquoted cell; each row, the header
 * included, ends with the job's line ending. Sets are produced lazily, a chunk at a time.
 */

export const COLUMN_DELIMITERS = {
	BACKQUOTE: '`',
	CARET: '^',
	COMMA: ',',
	PIPE: '|',
	SEMICOLON: ';',
	TAB: '\t',
} as const;

export const LINE_ENDINGS = { LF: '\n', CRLF: '\r\n' } as const;

export type ColumnDelimiter = keyof typeof COLUMN_DELIMITERS;
export type LineEnding = keyof typeof LINE_ENDINGS;

/** `he said "hi"` -> `"he said ""hi"""`. */
export function quoteCell(text: string): string {
	return `"${text.includes('"') ? text.replace(/"/g, '""') : text}"`;
}

/** One CSV row, without its line ending; a `null` cell stays empty. */
export function csvRow(cells: ReadonlyArray<string | null>, delimiter: string): string {
	let line = '';
	for (let i = 0; i < cells.length; i++) {
		if (i > 0) line += delimiter;
		const cell = cells[i];
		if (cell !== null) line += quoteCell(cell);
	}
	return line;
}

export interface CsvSetOptions {
	header: readonly string[];
	/** Rows [from, to) of the result. */
	from: number;
	to: number;
	/** The cells of row i (null = empty cell). */
	cells: (row: number) => ReadonlyArray<string | null>;
	delimiter: string;
	lineEnding: string;
	/** Characters per yielded chunk. Default 64 KiB. */
	chunkChars?: number;
	/** Quote the header names too (default true, as Salesforce's documented example does). */
	quoteHeader?: boolean;
	/** End the last row with the line ending too (default true). */
	finalLineEnding?: boolean;
}

/** One result set, in chunks of about `chunkChars` characters. */
export function* csvResultSet(options: CsvSetOptions): Generator<string> {
	const { delimiter, lineEnding: eol } = options;
	const chunkChars = options.chunkChars ?? 64 * 1024;
	const header = options.quoteHeader === false ? options.header.join(delimiter) : csvRow(options.header, delimiter);
	const last = options.to - 1;
	const ending = (row: number) => (row < last || options.finalLineEnding !== false ? eol : '');
	let chunk = header + (options.from <= last ? eol : ending(last));
	for (let i = options.from; i < options.to; i++) {
		chunk += csvRow(options.cells(i), delimiter) + ending(i);
		if (chunk.length >= chunkChars) {
			yield chunk;
			chunk = '';
		}
	}
	if (chunk.length > 0) yield chunk;
}
