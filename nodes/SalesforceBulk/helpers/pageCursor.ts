/**
 * Where an extraction stands between executions: the completed job, the next result set's
 * locator, and counts. It travels as one opaque string so a workflow can hand it back unchanged.
 */
export interface PageCursor {
	jobId: string;
	locator: string;
	object: string;
	apiVersion: string;
	page: number;
	recordsSoFar: number;
	totalRecords: number;
	/** The watermark field, when the extraction reads changes only. */
	watermarkField?: string;
}

export function encodeCursor(cursor: PageCursor): string {
	return Buffer.from(JSON.stringify({ v: 1, ...cursor })).toString('base64url');
}

/** The cursor in the text, or undefined when the text is not a cursor this node produced. */
export function decodeCursor(text: string): PageCursor | undefined {
	let parsed: Partial<PageCursor> & { v?: number };
	try {
		parsed = JSON.parse(Buffer.from(text.trim(), 'base64url').toString('utf8'));
	} catch {
		return undefined;
	}
	if (parsed?.v !== 1 || !parsed.jobId || !parsed.locator || !parsed.object || !parsed.apiVersion) {
		return undefined;
	}
	return parsed as PageCursor;
}
