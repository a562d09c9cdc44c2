import { attemptSync } from '../attempt';
import { htmlWithHeading } from './html';
import type { MappingDocument, MappingRow } from './types';

export interface ApplyContext {
	/** Salesforce user Id → the target's owner (a HubSpot owner id or email, an Intercom admin id). */
	owners?: Record<string, string>;
	/** Write fields with no home to the properties proposed for them (default true; create them first). */
	newProperties?: boolean;
}

export interface ApplyError {
	field: string;
	property: string | null;
	value: unknown;
	message: string;
}

export interface ApplyResult {
	/** The record as the target takes it: property → value (null clears). */
	properties: Record<string, unknown>;
	/** References to associate: the target object and the Salesforce Id of the record to link. */
	associations: Array<{ toObject: string; key: string; field: string }>;
	errors: ApplyError[];
}

class ValueError extends Error {}

function asNumber(value: unknown): number {
	const number =
		typeof value === 'number'
			? value
			: typeof value === 'string' && value.trim() !== ''
				? Number(value)
				: NaN;
	if (!Number.isFinite(number)) throw new ValueError(`${JSON.stringify(value)} is not a number`);
	return number;
}

function asDate(value: unknown): Date {
	const text = String(value)
		.trim()
		.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
	const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00.000Z` : text);
	if (Number.isNaN(date.getTime())) throw new ValueError(`${JSON.stringify(value)} is not a date`);
	return date;
}

function asBoolean(value: unknown): boolean {
	if (typeof value === 'boolean') return value;
	const word = String(value).trim().toLowerCase();
	if (word === 'true' || word === '1') return true;
	if (word === 'false' || word === '0') return false;
	throw new ValueError(`${JSON.stringify(value)} is not true or false`);
}

function optionFor(row: MappingRow, value: string): string {
	const option = row.valueMap?.[value];
	if (option === undefined)
		throw new ValueError(
			`The ${row.sourceField} value "${value}" has no option in ${row.targetProperty}; add it to the value map`,
		);
	return option;
}

function rangeFor(row: MappingRow, value: unknown): string {
	const number = asNumber(value);
	for (const range of row.ranges ?? []) {
		const open = /^(\d+)\s*\+$/.exec(range);
		if (open && number >= Number(open[1])) return range;
		const closed = /^(\d+)\s*-\s*(\d+)$/.exec(range);
		if (closed && number >= Number(closed[1]) && number <= Number(closed[2])) return range;
	}
	throw new ValueError(`${number} falls in none of the ranges of ${row.targetProperty}`);
}

function domainOf(value: unknown): string {
	const text = String(value).trim();
	const url = attemptSync(() => new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`));
	if (!url.ok) throw new ValueError(`"${text}" is not a web address`);
	return url.value.hostname.replace(/^www\./, '');
}

function asText(value: unknown): string {
	return Array.isArray(value)
		? value.join(';')
		: typeof value === 'object'
			? JSON.stringify(value)
			: String(value);
}

function fitting(row: MappingRow, result: string, what = ''): string {
	if (row.maxLength && result.length > row.maxLength)
		throw new ValueError(
			`${result.length} characters${what}; ${row.targetProperty ?? row.createAs} keeps at most ${row.maxLength}`,
		);
	return result;
}

function text(row: MappingRow, value: unknown): string {
	return fitting(row, asText(value));
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

/** An `html` row's value: the heading field in bold, then the text, as HTML. Null when both are empty. */
function html(row: MappingRow, record: Record<string, unknown>): string | null {
	const heading = row.heading ? record[row.heading] : null;
	const value = record[row.sourceField];
	const result = htmlWithHeading(
		isEmpty(heading) ? null : asText(heading),
		isEmpty(value) ? null : asText(value),
	);
	return result === null ? null : fitting(row, result, ' as HTML');
}

/** The target object a reference's key points at: the row's, or the one its key prefix names. */
function associationTarget(row: MappingRow, key: string): string | undefined {
	return row.associateWith ?? row.associateByPrefix?.[key.slice(0, 3)];
}

/** One source value in the target's form, per the row's transform. */
function convert(
	document: MappingDocument,
	row: MappingRow,
	value: unknown,
	context: ApplyContext,
): unknown {
	const seconds = document.target.system === 'intercom';
	switch (row.transform) {
		case 'key':
			return String(value);
		case 'number':
			return asNumber(value);
		case 'boolean':
			return asBoolean(value);
		case 'date':
			return asDate(value).toISOString().slice(0, 10);
		case 'datetime':
			return seconds ? Math.floor(asDate(value).getTime() / 1000) : asDate(value).toISOString();
		case 'picklist':
			return optionFor(row, String(value));
		case 'multipicklist': {
			const values = Array.isArray(value) ? value.map(String) : String(value).split(';');
			return values.map((entry) => optionFor(row, entry.trim())).join(';');
		}
		case 'range':
			return rangeFor(row, value);
		case 'domain':
			return domainOf(value);
		case 'owner': {
			if (!context.owners) return String(value);
			const owner = context.owners[String(value)];
			if (owner === undefined)
				throw new ValueError(`Salesforce user ${String(value)} has no owner in the target`);
			return owner;
		}
		default:
			return text(row, value);
	}
}

/**
 * A Salesforce record turned into the target's record by a mapping document: renamed, converted,
 * picklist values mapped, owners resolved, references set apart as associations. A value that
 * cannot be converted is reported with its field and reason; the other values still come out.
 */
export function applyMapping(
	document: MappingDocument,
	record: Record<string, unknown>,
	context: ApplyContext = {},
): ApplyResult {
	const result: ApplyResult = { properties: {}, associations: [], errors: [] };
	for (const row of document.rows) {
		if (row.transform === 'constant') {
			// A value set by the mapping itself (a lifecycle stage, a source label …), not read from the record.
			if (row.targetProperty) result.properties[row.targetProperty] = row.constant ?? null;
			continue;
		}
		if (!(row.sourceField in record)) continue;
		const value = record[row.sourceField];
		if (row.transform === 'association') {
			const toObject = isEmpty(value) ? undefined : associationTarget(row, String(value));
			if (toObject)
				result.associations.push({ toObject, key: String(value), field: row.sourceField });
			continue;
		}
		const property =
			row.targetProperty ?? (context.newProperties === false ? undefined : row.createAs);
		if (!property) continue;
		if (isEmpty(value) && !(row.transform === 'html' && row.heading)) {
			result.properties[property] = null;
			continue;
		}
		const converted = attemptSync(() =>
			row.transform === 'html' ? html(row, record) : convert(document, row, value, context),
		);
		if (converted.ok) result.properties[property] = converted.value;
		else if (converted.error instanceof ValueError)
			result.errors.push({
				field: row.sourceField,
				property,
				value,
				message: converted.error.message,
			});
		else throw converted.error;
	}
	return result;
}
