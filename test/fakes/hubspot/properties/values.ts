/**
 * Value formats (crm-apis.md 2.5): `date` is midnight UTC as epoch ms or `YYYY-MM-DD` and is
 * returned as `YYYY-MM-DD`; `datetime` is epoch ms or ISO 8601 and is returned as ISO 8601 with
 * milliseconds; numbers are decimal strings; booleans `true` / `false`.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const EPOCH_MS = /^-?\d{1,16}$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Epoch ms of a date or datetime value (ms, `YYYY-MM-DD` or ISO 8601); undefined if neither. */
export function parseTimestamp(value: string): number | undefined {
	const text = value.trim();
	if (EPOCH_MS.test(text)) return Number(text);
	const date = ISO_DATE.exec(text);
	if (date) {
		const ms = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
		return new Date(ms).toISOString().startsWith(text) ? ms : undefined;
	}
	if (ISO_DATETIME.test(text)) {
		const ms = Date.parse(text);
		return Number.isNaN(ms) ? undefined : ms;
	}
	return undefined;
}

export const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const isoDateTime = (ms: number): string => new Date(ms).toISOString();

/** `H:m:s.ms` of a timestamp in UTC, unpadded, as HubSpot prints it in "not midnight" errors. */
export function utcTimeOfDay(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCHours()}:${d.getUTCMinutes()}:${d.getUTCSeconds()}.${d.getUTCMilliseconds()}`;
}

export const isMidnightUtc = (ms: number): boolean => ms % 86_400_000 === 0;

export const isNumber = (value: string): boolean => NUMBER.test(value.trim());

/** A deliberately loose check: one @, something before it, a dot in the domain, no spaces. */
export const isEmail = (value: string): boolean => /^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$/.test(value);
