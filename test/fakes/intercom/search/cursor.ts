/**
 * Opaque `starting_after` cursors, base64 JSON like Intercom's own (`WzE3Njk1…LDNd`): the
 * store position to resume from and the page number the next page will report.
 */
import { parameterInvalid } from '../errors';

export interface Cursor {
	/** InMemoryStore's `after` value: the first position of the next page. */
	after: string;
	page: number;
}

export function encodeCursor(after: string, page: number): string {
	return Buffer.from(JSON.stringify([Number(after), page]), 'utf8').toString('base64');
}

export function decodeCursor(raw: unknown): Cursor | undefined {
	if (raw === undefined || raw === null || raw === '') return undefined;
	const invalid = () => parameterInvalid('starting_after is not a valid cursor', 'starting_after');
	if (typeof raw !== 'string') throw invalid();
	try {
		const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
		if (
			Array.isArray(parsed) &&
			parsed.length === 2 &&
			Number.isInteger(parsed[0]) &&
			Number.isInteger(parsed[1]) &&
			parsed[1] >= 2
		) {
			return { after: String(parsed[0]), page: parsed[1] };
		}
	} catch {
		// falls through to the 400
	}
	throw invalid();
}
