/**
 * How Salesforce writes values: REST JSON datetimes as `2024-03-01T12:34:56.000+0000`, Bulk CSV
 * datetimes as `2024-03-01T12:34:56.000Z`, doubles the way Java's Double.toString prints them.
 */
import type { FieldDescribe, SfValue } from './types';

const NUMERIC_DOUBLE = new Set(['double', 'currency', 'percent']);
const INTEGER_TYPES = new Set(['int', 'long']);

/** Milliseconds since the epoch of a stored datetime, or NaN. */
export function dateTimeMs(value: string): number {
	return Date.parse(value);
}

/** `2024-03-01T12:34:56.000Z` (Bulk CSV). */
export function toBulkDateTime(value: string): string {
	if (value.length === 24 && value.endsWith('Z') && value[19] === '.') return value;
	if (value.length === 28 && value.endsWith('+0000') && value[19] === '.') {
		return `${value.slice(0, 23)}Z`;
	}
	const ms = Date.parse(value);
	return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

/** `2024-03-01T12:34:56.000+0000` (REST JSON). */
export function toRestDateTime(value: string): string {
	if (value.length === 28 && value.endsWith('+0000') && value[19] === '.') return value;
	const bulk = toBulkDateTime(value);
	return bulk.endsWith('Z') && bulk.length === 24 ? `${bulk.slice(0, 23)}+0000` : value;
}

/** A clock reading as Salesforce stores it (whole seconds), REST style. */
export function restDateTimeOf(ms: number): string {
	return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 23)}+0000`;
}

/**
 * Java's Double.toString: `500000.0`, `0.15`, `9.0E7`, `1.6147805824397E13`, `1.0E-4`. Salesforce
 * writes double, currency and percent fields this way in CSV (forcedotcom/cli#3367,
 * forcedotcom/dataloader#1204); JDK 19+ and JavaScript agree on the shortest digits.
 */
export function javaDouble(n: number): string {
	if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? 'Infinity' : '-Infinity';
	if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
	const abs = Math.abs(n);
	if (abs >= 1e-3 && abs < 1e7) {
		const text = String(n);
		return text.includes('.') ? text : `${text}.0`;
	}
	const [mantissa, exponent] = n.toExponential().split('e');
	return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
}

/** A value's text in a Bulk CSV cell; `null` for an empty (null) cell. */
export function csvText(value: SfValue | undefined, type: string): string | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (typeof value === 'number') {
		if (NUMERIC_DOUBLE.has(type)) return javaDouble(value);
		if (INTEGER_TYPES.has(type)) return String(Math.trunc(value));
		return String(value);
	}
	if (type === 'datetime') return toBulkDateTime(value);
	return value;
}

/** A value as REST JSON carries it. */
export function jsonValue(value: SfValue | undefined, field: FieldDescribe): SfValue {
	if (value === undefined) return field.type === 'boolean' ? false : null;
	if (value === null) return null;
	if (field.type === 'datetime' && typeof value === 'string') return toRestDateTime(value);
	if ((NUMERIC_DOUBLE.has(field.type) || INTEGER_TYPES.has(field.type)) && typeof value === 'string') {
		const n = Number(value);
		return Number.isNaN(n) ? value : n;
	}
	return value;
}

/** A stored value with Salesforce's defaults for missing keys (booleans are never null). */
export function storedValue(value: SfValue | undefined, type: string): SfValue {
	if (value === undefined) return type === 'boolean' ? false : null;
	return value;
}
