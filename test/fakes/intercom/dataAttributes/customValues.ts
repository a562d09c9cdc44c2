/**
 * Checks a write's `custom_attributes` against the model's custom data attributes (crm-apis.md
 * 3.2, 3.9 item 2): an unknown (or archived) key is 400 `parameter_invalid` "User attribute 'x'
 * does not exist" (contacts; "Company attribute …" for companies), a value of the wrong type is
 * 400 `parameter_invalid` naming the attribute and the expected type, and `null` clears a value.
 * Nothing is applied here: callers check everything first and write once.
 */
import { parameterInvalid } from '../errors';
import type { DataAttribute, DataAttributeRegistry, DataModel } from './registry';

export type CustomChanges = Record<string, unknown>;

const SUBJECT: Record<DataModel, string> = { contact: 'User', company: 'Company' };

/** The validated changes (`null` = clear). Throws IntercomError on the first bad key. */
export function checkCustomAttributes(
	registry: DataAttributeRegistry,
	model: DataModel,
	input: unknown,
): CustomChanges {
	if (input === undefined || input === null) return {};
	if (typeof input !== 'object' || Array.isArray(input)) {
		throw parameterInvalid('custom_attributes must be an object');
	}
	const changes: CustomChanges = {};
	for (const [name, value] of Object.entries(input as Record<string, unknown>)) {
		const attr = registry.liveCustom(model, name);
		if (!attr) throw parameterInvalid(`${SUBJECT[model]} attribute '${name}' does not exist`);
		if (value !== null) checkValue(model, attr, value);
		changes[name] = value;
	}
	return changes;
}

/** Shared by every record without custom attributes (records are replaced, never edited in place). */
export const EMPTY_VALUES: Readonly<Record<string, unknown>> = Object.freeze({});

export function applyCustomChanges(
	current: Readonly<Record<string, unknown>>,
	changes: CustomChanges,
): Readonly<Record<string, unknown>> {
	if (Object.keys(changes).length === 0) return current;
	const next = { ...current };
	for (const [name, value] of Object.entries(changes)) {
		if (value === null) delete next[name];
		else next[name] = value;
	}
	return Object.keys(next).length === 0 ? EMPTY_VALUES : next;
}

function checkValue(model: DataModel, attr: DataAttribute, value: unknown): void {
	if (!matchesType(attr.dataType, value)) {
		throw parameterInvalid(
			`${SUBJECT[model]} attribute '${attr.name}' must be of type ${describeType(attr.dataType)}, got ${describeValue(value)}`,
		);
	}
	if (attr.options && attr.options.length > 0 && !attr.options.includes(value as string)) {
		throw parameterInvalid(
			`${SUBJECT[model]} attribute '${attr.name}' must be one of: ${attr.options.join(', ')}`,
		);
	}
}

export function matchesType(dataType: string, value: unknown): boolean {
	switch (dataType) {
		case 'string':
			return typeof value === 'string';
		case 'integer':
			return typeof value === 'number' && Number.isInteger(value);
		case 'float':
			return typeof value === 'number' && Number.isFinite(value);
		case 'boolean':
			return typeof value === 'boolean';
		// Unix seconds; before 1970 they are negative (birthdates).
		case 'date':
			return typeof value === 'number' && Number.isInteger(value);
		case 'datetime':
			return (
				(typeof value === 'number' && Number.isInteger(value)) ||
				(typeof value === 'string' && !Number.isNaN(Date.parse(value)))
			);
		default:
			return true;
	}
}

function describeType(dataType: string): string {
	if (dataType === 'date') return 'date (Unix timestamp in seconds)';
	if (dataType === 'datetime') return 'datetime (Unix timestamp in seconds or ISO 8601)';
	return dataType;
}

function describeValue(value: unknown): string {
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'float';
	return typeof value;
}
