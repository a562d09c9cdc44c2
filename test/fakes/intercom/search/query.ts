/**
 * Intercom's search query language (crm-apis.md 3.4; descriptions/2.11 `/contacts/search`):
 *
 * - A filter `{field, operator, value}` or a group `{operator: "AND" | "OR", value: [...]}`; a
 *   single filter may stand as the whole query.
 * - Operators `= != IN NIN < <= > >= ~ !~ ^ $`. IN / NIN take an array. `~ !~ ^ $` are for
 *   strings, `< <= > >=` for numbers and dates.
 * - Groups nest at most 2 levels deep and hold at most 15 filters each.
 * - Dates match by calendar day (UTC here; Intercom uses the workspace time zone): `=` is the
 *   whole day, `>` starts at the next day, `<` ends before that day. `!=`, `IN`, `NIN` are errors
 *   on dates, and so are `>=` / `<=` for contacts (ticket search documents them as allowed).
 * - String comparisons ignore case, except on identifier fields (`exact`).
 *
 * Every refusal is 400 `parameter_invalid` (the wording is the fake's own).
 */
import { parameterInvalid } from '../errors';
import { DAY_SECONDS, utcDayStart } from '../time';

export type FieldType = 'string' | 'integer' | 'float' | 'boolean' | 'date';

export interface SearchField<T> {
	readonly type: FieldType;
	/** The value to compare (an array for `multi` fields); undefined / null when unset. */
	value(item: T): unknown;
	/** Matches when any of the values matches (e.g. a ticket's `contact_ids`). */
	readonly multi?: boolean;
	/** Identifiers: strings compare as given rather than ignoring case. */
	readonly exact?: boolean;
}

export interface SearchSchema<T> {
	field(name: string): SearchField<T> | undefined;
	/** Whether `>=` and `<=` work on dates (ticket search) or are refused (contact search). */
	readonly inclusiveDateOperators: boolean;
}

export type Predicate<T> = (item: T) => boolean;

export const MAX_GROUP_DEPTH = 2;
export const MAX_FILTERS_PER_GROUP = 15;

const OPERATORS = ['=', '!=', 'IN', 'NIN', '<', '<=', '>', '>=', '~', '!~', '^', '$'] as const;
type Operator = (typeof OPERATORS)[number];

const BY_TYPE: Record<FieldType, readonly Operator[]> = {
	string: ['=', '!=', 'IN', 'NIN', '~', '!~', '^', '$'],
	integer: ['=', '!=', 'IN', 'NIN', '<', '<=', '>', '>='],
	float: ['=', '!=', 'IN', 'NIN', '<', '<=', '>', '>='],
	boolean: ['=', '!=', 'IN', 'NIN'],
	date: ['=', '<', '>'],
};

/** Operators that hold when no value matches the positive form. */
const NEGATED: Partial<Record<Operator, Operator>> = { '!=': '=', NIN: 'IN', '!~': '~' };

type Scalar = string | number | boolean | null;

export function compileQuery<T>(query: unknown, schema: SearchSchema<T>): Predicate<T> {
	if (query === undefined || query === null) {
		throw parameterInvalid('query is required', 'query');
	}
	return compileNode(query, schema, 0);
}

function compileNode<T>(node: unknown, schema: SearchSchema<T>, depth: number): Predicate<T> {
	if (node === null || typeof node !== 'object' || Array.isArray(node)) {
		throw parameterInvalid('Each element of a search query must be an object');
	}
	const entry = node as Record<string, unknown>;
	if ('field' in entry) return compileFilter(entry, schema);
	const { operator, value } = entry;
	if (operator !== 'AND' && operator !== 'OR') {
		throw parameterInvalid(
			`'${String(operator)}' is not a valid operator for a group of filters; use AND or OR`,
		);
	}
	if (!Array.isArray(value) || value.length === 0) {
		throw parameterInvalid('A group of filters needs a non-empty value array');
	}
	if (depth >= MAX_GROUP_DEPTH) {
		throw parameterInvalid(`Search queries can be nested at most ${MAX_GROUP_DEPTH} levels deep`);
	}
	if (value.length > MAX_FILTERS_PER_GROUP) {
		throw parameterInvalid(
			`A group can hold at most ${MAX_FILTERS_PER_GROUP} filters, got ${value.length}`,
		);
	}
	const children = value.map((child) => compileNode(child, schema, depth + 1));
	return operator === 'AND'
		? (item) => children.every((child) => child(item))
		: (item) => children.some((child) => child(item));
}

function compileFilter<T>(entry: Record<string, unknown>, schema: SearchSchema<T>): Predicate<T> {
	const { field, operator, value } = entry;
	if (typeof field !== 'string' || field === '') {
		throw parameterInvalid('Each filter needs a field');
	}
	const def = schema.field(field);
	if (!def) throw parameterInvalid(`'${field}' is not a searchable field`, field);
	if (!(OPERATORS as readonly unknown[]).includes(operator)) {
		throw parameterInvalid(`'${String(operator)}' is not a valid operator`, field);
	}
	const op = operator as Operator;
	const allowed =
		def.type === 'date' && schema.inclusiveDateOperators
			? [...BY_TYPE.date, '<=', '>=']
			: BY_TYPE[def.type];
	if (!allowed.includes(op)) {
		throw parameterInvalid(
			def.type === 'date'
				? `The operator '${op}' is not supported on the date field '${field}'`
				: `The operator '${op}' can't be used with the ${def.type} field '${field}'`,
			field,
		);
	}
	const isList = op === 'IN' || op === 'NIN';
	if (isList !== Array.isArray(value)) {
		throw parameterInvalid(
			isList
				? `The operator '${op}' needs an array of values for '${field}'`
				: `The operator '${op}' needs a single value for '${field}'`,
			field,
		);
	}
	const wanted = (isList ? (value as unknown[]) : [value]).map((v) =>
		coerce(v, def.type, field, op, def.exact === true),
	);
	const positive = NEGATED[op] ?? op;
	const test = (actual: Scalar) =>
		positive === 'IN'
			? wanted.some((w) => compare('=', actual, w, def.type))
			: compare(positive, actual, wanted[0], def.type);
	const negate = NEGATED[op] !== undefined;
	return (item) => {
		const actual = valuesOf(def, item);
		const hit = actual.some(test);
		return negate ? !hit : hit;
	};
}

function valuesOf<T>(def: SearchField<T>, item: T): Scalar[] {
	const raw = def.value(item);
	const list = def.multi ? ((raw as unknown[] | undefined) ?? []) : [raw];
	const normalised = list.map((v) => normalise(v, def.type, def.exact === true));
	// An unset single value still takes part, so that `= null` and `!= x` see it.
	return normalised.length > 0 ? normalised : [null];
}

function normalise(value: unknown, type: FieldType, exact: boolean): Scalar {
	if (value === undefined || value === null || value === '') return null;
	if (type === 'string') return exact ? String(value) : String(value).toLowerCase();
	if (type === 'boolean') return value === true || value === 'true';
	if (type === 'date' && typeof value === 'string') {
		const ms = Date.parse(value);
		return Number.isNaN(ms) ? null : Math.floor(ms / 1000);
	}
	return typeof value === 'number' ? value : Number(value);
}

function coerce(
	value: unknown,
	type: FieldType,
	field: string,
	op: Operator,
	exact: boolean,
): Scalar {
	if (value === null) {
		if (op === '=' || op === '!=') return null;
		throw parameterInvalid(`The operator '${op}' can't compare '${field}' with null`, field);
	}
	switch (type) {
		case 'string':
			if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
				return exact ? String(value) : String(value).toLowerCase();
			}
			break;
		case 'boolean':
			if (value === true || value === 'true') return true;
			if (value === false || value === 'false') return false;
			break;
		default: {
			const number =
				typeof value === 'number'
					? value
					: typeof value === 'string' && value.trim() !== ''
						? Number(value)
						: NaN;
			if (Number.isFinite(number)) return type === 'date' ? utcDayStart(number) : number;
		}
	}
	throw parameterInvalid(
		`The value ${JSON.stringify(value)} is not a valid ${type} for '${field}'`,
		field,
	);
}

function compare(op: Operator, actual: Scalar, wanted: Scalar, type: FieldType): boolean {
	if (wanted === null) return op === '=' && actual === null;
	if (actual === null) return false;
	if (type === 'date') {
		const seconds = actual as number;
		const day = wanted as number;
		switch (op) {
			case '=':
				return seconds >= day && seconds < day + DAY_SECONDS;
			case '>':
				return seconds >= day + DAY_SECONDS;
			case '<':
				return seconds < day;
			case '>=':
				return seconds >= day;
			case '<=':
				return seconds < day + DAY_SECONDS;
			default:
				return false;
		}
	}
	switch (op) {
		case '=':
			return actual === wanted;
		case '<':
			return (actual as number) < (wanted as number);
		case '<=':
			return (actual as number) <= (wanted as number);
		case '>':
			return (actual as number) > (wanted as number);
		case '>=':
			return (actual as number) >= (wanted as number);
		case '~':
			return String(actual).includes(String(wanted));
		case '^':
			return String(actual).startsWith(String(wanted));
		case '$':
			return String(actual).endsWith(String(wanted));
		default:
			return false;
	}
}
