/**
 * Checks and normalises the property values of one record write, as HubSpot does (crm-apis.md
 * 2.2, 2.5): unknown or archived property → PROPERTY_DOESNT_EXIST; read-only → READ_ONLY_VALUE;
 * enumeration value not an option's internal value → INVALID_OPTION (multi-select `a;b` checked
 * value by value); `date` not at midnight UTC → INVALID_DATE; bad number → INVALID_LONG /
 * INVALID_DOUBLE; bad bool → INVALID_BOOLEAN; text over the length limit → VALUE_TOO_LONG;
 * contact email not an address → INVALID_EMAIL; unknown owner → INVALID_OWNER_ID.
 * An empty string (or null) clears a value.
 */
import type { PropertyValidationResult } from '../errors';
import type { ObjectTypeDef } from '../objectTypes';
import type { OwnerStore } from '../owners';
import type { PropertyDefinition } from './definition';
import type { PropertyRegistry } from './registry';
import { OWNER_PROPERTY } from './standard';
import {
	isEmail,
	isMidnightUtc,
	isNumber,
	isoDate,
	isoDateTime,
	parseTimestamp,
	utcTimeOfDay,
} from './values';

export interface ValidationDeps {
	readonly properties: PropertyRegistry;
	readonly owners: OwnerStore;
	readonly portalId: number;
	/** HubSpot's limit for text values: 65,536 characters. */
	readonly maxStringLength: number;
}

export interface ValidatedValues {
	/** Normalised values; '' means "clear". */
	values: Record<string, string>;
	invalid: PropertyValidationResult[];
}

export function validateValues(
	deps: ValidationDeps,
	type: ObjectTypeDef,
	input: Record<string, unknown>,
): ValidatedValues {
	const values: Record<string, string> = {};
	const invalid: PropertyValidationResult[] = [];
	const fail = (name: string, error: string, message: string) =>
		invalid.push({
			isValid: false,
			message,
			error,
			name,
			localizedErrorMessage: message,
			portalId: deps.portalId,
		});

	for (const name of Object.keys(input)) {
		const raw = input[name];
		const definition = deps.properties.get(type, name);
		if (!definition) {
			fail(name, 'PROPERTY_DOESNT_EXIST', `Property "${name}" does not exist`);
			continue;
		}
		if (definition.modificationMetadata.readOnlyValue || definition.calculated) {
			fail(name, 'READ_ONLY_VALUE', `"${name}" is a read only property; its value cannot be set.`);
			continue;
		}
		if (raw !== null && typeof raw === 'object') {
			fail(name, 'INVALID_VALUE', `${JSON.stringify(raw)} is not a valid value for ${name}.`);
			continue;
		}
		const text = raw === null || raw === undefined ? '' : String(raw);
		if (text === '') {
			values[name] = '';
			continue;
		}
		const checked = checkValue(deps, type, definition, text);
		if (checked.ok) values[name] = checked.value;
		else for (const problem of checked.problems) fail(name, problem.error, problem.message);
	}
	return { values, invalid };
}

type Checked =
	| { ok: true; value: string }
	| { ok: false; problems: Array<{ error: string; message: string }> };

const problem = (error: string, message: string): Checked => ({
	ok: false,
	problems: [{ error, message }],
});

function checkValue(
	deps: ValidationDeps,
	type: ObjectTypeDef,
	definition: PropertyDefinition,
	text: string,
): Checked {
	switch (definition.type) {
		case 'number': {
			if (isNumber(text)) return { ok: true, value: text.trim() };
			return text.includes('.')
				? problem('INVALID_DOUBLE', `${text} was not a valid double.`)
				: problem('INVALID_LONG', `${text} was not a valid long.`);
		}
		case 'bool': {
			const lower = text.trim().toLowerCase();
			if (lower === 'true' || lower === 'false') return { ok: true, value: lower };
			return problem('INVALID_BOOLEAN', `${text} was not a valid boolean.`);
		}
		case 'date': {
			const ms = parseTimestamp(text);
			if (ms === undefined) return problem('INVALID_DATE', `${text} was not a valid date.`);
			if (!isMidnightUtc(ms)) {
				return problem('INVALID_DATE', `${text} is at ${utcTimeOfDay(ms)} UTC, not midnight!`);
			}
			return { ok: true, value: isoDate(ms) };
		}
		case 'datetime': {
			const ms = parseTimestamp(text);
			if (ms === undefined) return problem('INVALID_DATETIME', `${text} was not a valid datetime.`);
			return { ok: true, value: isoDateTime(ms) };
		}
		case 'enumeration':
			return checkEnumeration(deps, type, definition, text);
		default:
			return checkText(deps, type, definition, text);
	}
}

function checkEnumeration(
	deps: ValidationDeps,
	type: ObjectTypeDef,
	definition: PropertyDefinition,
	text: string,
): Checked {
	if (definition.name === OWNER_PROPERTY) {
		return deps.owners.has(text)
			? { ok: true, value: text }
			: problem('INVALID_OWNER_ID', `${text} is not a valid owner id`);
	}
	if (definition.externalOptions) return { ok: true, value: text };
	const allowed = deps.properties.optionsOf(type, definition).map((o) => o.value);
	const given = definition.fieldType === 'checkbox' ? text.split(';') : [text];
	const bad = given.filter((value) => !allowed.includes(value));
	if (bad.length === 0) return { ok: true, value: text };
	return {
		ok: false,
		problems: bad.map((value) => ({
			error: 'INVALID_OPTION',
			message: `${value} was not one of the allowed options: [${allowed.join(', ')}]`,
		})),
	};
}

function checkText(
	deps: ValidationDeps,
	type: ObjectTypeDef,
	definition: PropertyDefinition,
	text: string,
): Checked {
	if (text.length > deps.maxStringLength) {
		return problem(
			'VALUE_TOO_LONG',
			`The value for ${definition.name} is ${text.length} characters long; the limit is ${deps.maxStringLength}.`,
		);
	}
	if (type.objectTypeId === '0-1' && definition.name === 'email') {
		const email = text.trim();
		if (!isEmail(email)) return problem('INVALID_EMAIL', `Email address ${text} is invalid`);
		return { ok: true, value: email.toLowerCase() };
	}
	return { ok: true, value: text };
}
