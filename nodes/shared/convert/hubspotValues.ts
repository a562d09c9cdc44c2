/**
 * Values for HubSpot properties: every value travels as a string, in the form its property's
 * definition asks for, and a value HubSpot would refuse is caught here, before it is sent, with
 * the same error code HubSpot would give.
 */
import type { HubSpotProperty } from '../mapping/types';

/** A property as HubSpot's properties API describes it (the mapping engine reads the same shape). */
export type HubSpotPropertyDefinition = HubSpotProperty;

export class HubSpotValueError extends Error {
	constructor(
		readonly code: string,
		readonly property: string,
		message: string,
	) {
		super(message);
		this.name = 'HubSpotValueError';
	}
}

/** HubSpot's longest string value. */
export const MAX_VALUE_LENGTH = 65_536;

// A practical check (what HubSpot's own forms accept), not the full RFC 5322 grammar.
const EMAIL = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[^\s@"<>(),;:.]{2,}$/;

const MS_PER_DAY = 86_400_000;

export function isReadOnly(definition: HubSpotPropertyDefinition): boolean {
	return definition.modificationMetadata?.readOnlyValue === true || definition.calculated === true;
}

function describe(value: unknown): string {
	return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

function asDate(value: unknown): Date | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
	if (typeof value === 'number') return Number.isFinite(value) ? new Date(value) : undefined;
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	const day = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
	if (day) {
		const iso = `${day[1]}-${day[2]}-${day[3]}`;
		const date = new Date(`${iso}T00:00:00.000Z`);
		// Date rolls 2024-02-30 over to 1 March and gives up on month 13: neither is a date.
		return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? date : undefined;
	}
	// Epoch milliseconds: ten digits or more (any time since September 2001).
	if (/^-?\d{10,}$/.test(text)) return new Date(Number(text));
	if (/^-?\d+$/.test(text)) return undefined;
	// Salesforce writes offsets as +0000; Date wants +00:00.
	const date = new Date(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
	return Number.isNaN(date.getTime()) ? undefined : date;
}

function dateValue(value: unknown, property: string): string {
	const date = asDate(value);
	if (!date)
		throw new HubSpotValueError('INVALID_DATE', property, `${describe(value)} is not a date`);
	// A date property holds a day: the UTC day of a date-time, at midnight UTC as HubSpot requires.
	return new Date(Math.floor(date.getTime() / MS_PER_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
}

function dateTimeValue(value: unknown, property: string): string {
	const date = asDate(value);
	if (!date)
		throw new HubSpotValueError(
			'INVALID_DATETIME',
			property,
			`${describe(value)} is not a date-time`,
		);
	return date.toISOString();
}

// Plain decimals only: Number() would also read "0x10" and "0b101".
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function numberValue(value: unknown, property: string): string {
	const number =
		typeof value === 'number'
			? value
			: typeof value === 'string' && DECIMAL.test(value.trim())
				? Number(value.trim())
				: NaN;
	if (!Number.isFinite(number))
		throw new HubSpotValueError('INVALID_DOUBLE', property, `${describe(value)} is not a number`);
	return String(number);
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', 'off']);

function booleanValue(value: unknown, property: string): string {
	if (typeof value === 'boolean') return String(value);
	const word = String(value).trim().toLowerCase();
	if (TRUE_WORDS.has(word)) return 'true';
	if (FALSE_WORDS.has(word)) return 'false';
	throw new HubSpotValueError(
		'INVALID_BOOLEAN',
		property,
		`${describe(value)} is not true or false`,
	);
}

/** An option's internal value, found by value first, then by label (case-insensitively). */
export function optionValue(
	definition: HubSpotPropertyDefinition,
	value: string,
): string | undefined {
	const options = definition.options ?? [];
	const exact = options.find((option) => option.value === value);
	if (exact) return exact.value;
	const wanted = value.trim().toLowerCase();
	return options.find(
		(option) =>
			option.value.toLowerCase() === wanted || option.label.trim().toLowerCase() === wanted,
	)?.value;
}

function enumerationValue(definition: HubSpotPropertyDefinition, value: unknown): string {
	const multiple = definition.fieldType === 'checkbox';
	const parts = Array.isArray(value)
		? value.map(String)
		: multiple
			? String(value).split(';')
			: [String(value)];
	const chosen = parts.map((part) => part.trim()).filter((part) => part !== '');
	if (!multiple && chosen.length > 1)
		throw new HubSpotValueError(
			'INVALID_OPTION',
			definition.name,
			`${describe(value)} holds several values but ${definition.name} takes one`,
		);
	return chosen
		.map((part) => {
			const internal = optionValue(definition, part);
			if (internal === undefined) {
				const allowed = (definition.options ?? []).map((option) => option.value);
				throw new HubSpotValueError(
					'INVALID_OPTION',
					definition.name,
					`"${part}" is not one of the options of ${definition.name}: ${allowed.slice(0, 20).join(', ')}${allowed.length > 20 ? ', …' : ''}`,
				);
			}
			return internal;
		})
		.join(';');
}

function stringValue(definition: HubSpotPropertyDefinition, value: unknown): string {
	const text =
		typeof value === 'object' && value !== null && !(value instanceof Date)
			? JSON.stringify(value)
			: value instanceof Date
				? value.toISOString()
				: String(value);
	if (text.length > MAX_VALUE_LENGTH)
		throw new HubSpotValueError(
			'VALUE_TOO_LONG',
			definition.name,
			`The value has ${text.length} characters; HubSpot keeps at most ${MAX_VALUE_LENGTH}`,
		);
	return text;
}

/**
 * `value` as HubSpot wants it for `definition`. `null` and `undefined` become `""`, which clears
 * the property. Throws `HubSpotValueError` for a value HubSpot would refuse.
 */
export function hubSpotValue(
	definition: HubSpotPropertyDefinition,
	value: unknown,
	objectType?: string,
): string {
	if (value === null || value === undefined || value === '') return '';
	switch (definition.type) {
		case 'date':
			return dateValue(value, definition.name);
		case 'datetime':
			return dateTimeValue(value, definition.name);
		case 'number':
			return numberValue(value, definition.name);
		case 'bool':
			return booleanValue(value, definition.name);
		case 'enumeration':
			return definition.options && definition.options.length > 0
				? enumerationValue(definition, value)
				: stringValue(definition, value);
		default: {
			const text = stringValue(definition, value);
			if (objectType === 'contacts' && definition.name === 'email' && !EMAIL.test(text.trim()))
				throw new HubSpotValueError('INVALID_EMAIL', 'email', `Email address ${text} is invalid`);
			return objectType === 'contacts' && definition.name === 'email' ? text.trim() : text;
		}
	}
}
