/**
 * Building SOQL from node parameters. Names are checked against a strict pattern (and, by the
 * caller, against the object's describe); values are escaped or validated by the field's type, so
 * nothing a workflow passes in can change the shape of the query.
 */

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const FIELD_PATH = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*){0,4}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})$/;

export class SoqlInputError extends Error {}

export function objectName(name: string): string {
	if (!NAME.test(name))
		throw new SoqlInputError(`"${name}" is not a valid Salesforce object API name`);
	return name;
}

export function fieldPath(path: string): string {
	if (!FIELD_PATH.test(path))
		throw new SoqlInputError(`"${path}" is not a valid Salesforce field name`);
	return path;
}

/** A SOQL string literal: quotes and backslashes escaped as Salesforce's reserved-character rules say. */
export function stringLiteral(value: string): string {
	const escaped = value.replace(/[\\'"\n\r\t\b\f]/g, (c) => {
		switch (c) {
			case '\n':
				return '\\n';
			case '\r':
				return '\\r';
			case '\t':
				return '\\t';
			case '\b':
				return '\\b';
			case '\f':
				return '\\f';
			default:
				return `\\${c}`;
		}
	});
	return `'${escaped}'`;
}

/** A datetime literal in the form SOQL takes (unquoted, UTC). */
export function dateTimeLiteral(value: string | Date): string {
	const text = value instanceof Date ? value.toISOString() : value.trim();
	if (!DATETIME.test(text)) {
		throw new SoqlInputError(`"${text}" is not a date and time such as 2024-05-01T00:00:00Z`);
	}
	return new Date(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')).toISOString().replace('.000Z', 'Z');
}

/** A literal for a value compared with a field of the given describe type. */
export function literalFor(type: string, value: unknown): string {
	if (value === null || value === undefined || value === '') return 'null';
	const text = String(value).trim();
	switch (type) {
		case 'int':
		case 'long':
		case 'double':
		case 'currency':
		case 'percent':
			if (!/^-?\d+(\.\d+)?$/.test(text)) throw new SoqlInputError(`"${text}" is not a number`);
			return text;
		case 'boolean':
			if (text !== 'true' && text !== 'false')
				throw new SoqlInputError(`"${text}" is not true or false`);
			return text;
		case 'date':
			if (!DATE.test(text)) throw new SoqlInputError(`"${text}" is not a date such as 2024-05-01`);
			return text;
		case 'datetime':
			return dateTimeLiteral(text);
		default:
			return stringLiteral(text);
	}
}

/** Operators by parameter value (a value starting with "=" would be read as an n8n expression). */
export const OPERATORS = {
	equal: '=',
	notEqual: '!=',
	lessThan: '<',
	lessOrEqual: '<=',
	greaterThan: '>',
	greaterOrEqual: '>=',
	like: 'LIKE',
	in: 'IN',
	notIn: 'NOT IN',
} as const;
export type Operator = keyof typeof OPERATORS;

export interface Condition {
	field: string;
	operator: Operator;
	value: unknown;
	/** The field's describe type, which decides how the value is written. */
	type: string;
}

export function conditionClause({ field, operator: name, value, type }: Condition): string {
	const operator = OPERATORS[name];
	if (!operator) throw new SoqlInputError(`"${name}" is not a supported operator`);
	if (operator === 'IN' || operator === 'NOT IN') {
		const values = Array.isArray(value)
			? value
			: String(value ?? '')
					.split(',')
					.map((v) => v.trim())
					.filter(Boolean);
		if (!values.length)
			throw new SoqlInputError(`"${operator}" on ${field} needs at least one value`);
		return `${fieldPath(field)} ${operator} (${values.map((v) => literalFor(type, v)).join(', ')})`;
	}
	return `${fieldPath(field)} ${operator} ${literalFor(type, value)}`;
}

export interface SelectQuery {
	object: string;
	fields: string[];
	where?: string[];
	orderBy?: string[];
}

export function selectQuery({ object, fields, where = [], orderBy = [] }: SelectQuery): string {
	const parts = [`SELECT ${fields.map(fieldPath).join(', ')} FROM ${objectName(object)}`];
	if (where.length) parts.push(`WHERE ${where.map((clause) => `(${clause})`).join(' AND ')}`);
	if (orderBy.length) parts.push(`ORDER BY ${orderBy.map(fieldPath).join(', ')}`);
	return parts.join(' ');
}
