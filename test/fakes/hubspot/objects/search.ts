/**
 * `POST /crm/v3/objects/{type}/search` (crm-apis.md 2.4): filterGroups ORed, filters inside a
 * group ANDed (≤ 5 groups, ≤ 10 filters per group, ≤ 25 in all), the operators EQ NEQ LT LTE GT
 * GTE BETWEEN IN NOT_IN HAS_PROPERTY NOT_HAS_PROPERTY CONTAINS_TOKEN NOT_CONTAINS_TOKEN, one sort,
 * free-text `query` over the type's searchable properties, `limit` ≤ 200, `after` offsets, a
 * 10,000-result ceiling and `total`. Results lag writes by `searchLagMs` (records.ts). The route
 * has its own per-second rate limiter and is exempt from the ten-secondly one.
 */
import type { FakeRequest, RateLimiter } from '../../common';
import type { HubSpotContext } from '../context';
import { validationError } from '../errors';
import { addRoute, json, jsonBody } from '../http';
import { objectScope, type ObjectTypeDef } from '../objectTypes';
import type { PropertyType } from '../properties/definition';
import { parseTimestamp } from '../properties/values';
import { renderRecord, valueOf } from './present';
import type { HsRecord } from './records';

const OPERATORS = [
	'EQ',
	'NEQ',
	'LT',
	'LTE',
	'GT',
	'GTE',
	'BETWEEN',
	'IN',
	'NOT_IN',
	'HAS_PROPERTY',
	'NOT_HAS_PROPERTY',
	'CONTAINS_TOKEN',
	'NOT_CONTAINS_TOKEN',
] as const;
type Operator = (typeof OPERATORS)[number];

const MAX_GROUPS = 5;
const MAX_FILTERS_PER_GROUP = 10;
const MAX_FILTERS = 25;
const MAX_LIMIT = 200;
const MAX_RESULTS = 10_000;
const MAX_QUERY_LENGTH = 3000;

interface Filter {
	propertyName: string;
	operator: Operator;
	value?: string;
	values?: string[];
	highValue?: string;
	kind: 'number' | 'time' | 'bool' | 'text';
}

interface Sort {
	propertyName: string;
	descending: boolean;
	kind: Filter['kind'];
}

export function registerSearchRoute(ctx: HubSpotContext, limiter: RateLimiter): void {
	addRoute(
		ctx.server,
		'POST',
		'/crm/v3/objects/:objectType/search',
		(req) => search(ctx, ctx.types.resolve(req.params.objectType), req),
		{
			rateLimiter: limiter,
			scopes: (req: FakeRequest) => [objectScope(ctx.types.resolve(req.params.objectType), 'read')],
		},
	);
}

function search(ctx: HubSpotContext, type: ObjectTypeDef, req: FakeRequest) {
	const body = jsonBody(req);
	const limit = body.limit === undefined ? 10 : Number(body.limit);
	if (!Number.isInteger(limit) || limit < 0 || limit > MAX_LIMIT) {
		throw validationError(`limit must be between 0 and ${MAX_LIMIT}, got ${String(body.limit)}`);
	}
	const offset =
		body.after === undefined || body.after === null || body.after === '' ? 0 : Number(body.after);
	if (!Number.isInteger(offset) || offset < 0)
		throw validationError(`Invalid after value: ${String(body.after)}`);
	if (offset >= MAX_RESULTS) {
		throw validationError(
			`Search results are limited to ${MAX_RESULTS} records; after ${offset} is past that.`,
		);
	}
	const query = typeof body.query === 'string' ? body.query : undefined;
	if (query && query.length > MAX_QUERY_LENGTH) {
		throw validationError(`query must be at most ${MAX_QUERY_LENGTH} characters`);
	}
	const groups = parseGroups(ctx, type, body.filterGroups);
	const sorts = parseSorts(ctx, type, body.sorts);
	const properties =
		Array.isArray(body.properties) && body.properties.length > 0
			? body.properties.map(String)
			: undefined;

	const now = ctx.clock.now();
	const store = ctx.store(type);
	const words = (query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
	const matches: HsRecord[] = [];
	for (const current of store.values()) {
		if (current.archived) continue;
		const record = store.searchView(current, now);
		if (!record) continue;
		if (words.length > 0 && !matchesQuery(type, record, words)) continue;
		if (
			groups.length > 0 &&
			!groups.some((group) => group.every((f) => matchesFilter(type, record, f)))
		)
			continue;
		matches.push(record);
	}
	if (sorts.length > 0)
		matches.sort((a, b) => compareBy(type, sorts[0], a, b) || Number(a.id) - Number(b.id));

	const page = matches.slice(offset, offset + limit);
	const next = offset + limit;
	return json(200, {
		total: matches.length,
		results: page.map((record) => renderRecord(ctx, type, record, { properties })),
		...(next < matches.length &&
			next < MAX_RESULTS && { paging: { next: { after: String(next) } } }),
	});
}

function parseGroups(ctx: HubSpotContext, type: ObjectTypeDef, raw: unknown): Filter[][] {
	if (raw === undefined || raw === null) return [];
	if (!Array.isArray(raw))
		throw validationError('Invalid input JSON: "filterGroups" must be an array');
	if (raw.length > MAX_GROUPS)
		throw validationError(`Too many filter groups: ${raw.length} (max ${MAX_GROUPS})`);
	let total = 0;
	return raw.map((group) => {
		const filters = (group as { filters?: unknown })?.filters;
		if (!Array.isArray(filters))
			throw validationError('Invalid input JSON: every filter group needs "filters"');
		if (filters.length > MAX_FILTERS_PER_GROUP) {
			throw validationError(
				`Too many filters in a group: ${filters.length} (max ${MAX_FILTERS_PER_GROUP})`,
			);
		}
		total += filters.length;
		if (total > MAX_FILTERS)
			throw validationError(`Too many filters: ${total} (max ${MAX_FILTERS} in all groups)`);
		return filters.map((f) => parseFilter(ctx, type, f));
	});
}

function parseFilter(ctx: HubSpotContext, type: ObjectTypeDef, raw: unknown): Filter {
	const f = (raw ?? {}) as Record<string, unknown>;
	const propertyName = String(f.propertyName ?? '');
	const operator = String(f.operator ?? 'EQ') as Operator;
	if (!OPERATORS.includes(operator)) throw validationError(`Unknown filter operator: ${operator}`);
	const kind = kindOf(ctx, type, propertyName);
	const needsValue = !['HAS_PROPERTY', 'NOT_HAS_PROPERTY', 'IN', 'NOT_IN'].includes(operator);
	if (needsValue && (f.value === undefined || f.value === null)) {
		throw validationError(`Filter on ${propertyName} with operator ${operator} needs a value`);
	}
	if ((operator === 'IN' || operator === 'NOT_IN') && !Array.isArray(f.values)) {
		throw validationError(`Filter on ${propertyName} with operator ${operator} needs values`);
	}
	if (operator === 'BETWEEN' && (f.highValue === undefined || f.highValue === null)) {
		throw validationError(`Filter on ${propertyName} with operator BETWEEN needs a highValue`);
	}
	return {
		propertyName,
		operator,
		value: f.value === undefined || f.value === null ? undefined : String(f.value),
		values: Array.isArray(f.values) ? f.values.map(String) : undefined,
		highValue: f.highValue === undefined || f.highValue === null ? undefined : String(f.highValue),
		kind,
	};
}

function parseSorts(ctx: HubSpotContext, type: ObjectTypeDef, raw: unknown): Sort[] {
	if (raw === undefined || raw === null) return [];
	if (!Array.isArray(raw)) throw validationError('Invalid input JSON: "sorts" must be an array');
	if (raw.length > 1) throw validationError('Only one sort is supported');
	return raw.map((entry) => {
		// The SDK types sorts as strings ("createdate", "-createdate"); the API also takes objects.
		if (typeof entry === 'string') {
			const descending = entry.startsWith('-');
			const propertyName = descending ? entry.slice(1) : entry;
			return { propertyName, descending, kind: kindOf(ctx, type, propertyName) };
		}
		const s = (entry ?? {}) as { propertyName?: unknown; direction?: unknown };
		const propertyName = String(s.propertyName ?? '');
		return {
			propertyName,
			descending: s.direction === 'DESCENDING',
			kind: kindOf(ctx, type, propertyName),
		};
	});
}

function kindOf(ctx: HubSpotContext, type: ObjectTypeDef, name: string): Filter['kind'] {
	const definition = ctx.properties.get(type, name);
	if (!definition)
		throw validationError(`Property "${name}" does not exist`, {
			context: { propertyName: [name] },
		});
	const byType: Record<PropertyType, Filter['kind']> = {
		number: 'number',
		date: 'time',
		datetime: 'time',
		bool: 'bool',
		enumeration: 'text',
		string: 'text',
		phone_number: 'text',
	};
	return byType[definition.type];
}

function scalar(kind: Filter['kind'], value: string): number | string {
	if (kind === 'number') return Number(value);
	if (kind === 'time') return parseTimestamp(value) ?? Number.NaN;
	return value.toLowerCase();
}

function compare(a: number | string, b: number | string): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return String(a).localeCompare(String(b));
}

function matchesFilter(type: ObjectTypeDef, record: HsRecord, filter: Filter): boolean {
	const raw = valueOf(type, record, filter.propertyName);
	const has = raw !== undefined && raw !== '';
	switch (filter.operator) {
		case 'HAS_PROPERTY':
			return has;
		case 'NOT_HAS_PROPERTY':
			return !has;
		case 'NEQ':
			return !has || !equals(filter, raw, filter.value as string);
		case 'NOT_IN':
			return !has || !(filter.values ?? []).some((v) => equals(filter, raw, v));
		case 'NOT_CONTAINS_TOKEN':
			return !has || !containsToken(raw, filter.value as string);
	}
	if (!has) return false;
	const value = scalar(filter.kind, raw);
	switch (filter.operator) {
		case 'EQ':
			return equals(filter, raw, filter.value as string);
		case 'IN':
			return (filter.values ?? []).some((v) => equals(filter, raw, v));
		case 'LT':
			return compare(value, scalar(filter.kind, filter.value as string)) < 0;
		case 'LTE':
			return compare(value, scalar(filter.kind, filter.value as string)) <= 0;
		case 'GT':
			return compare(value, scalar(filter.kind, filter.value as string)) > 0;
		case 'GTE':
			return compare(value, scalar(filter.kind, filter.value as string)) >= 0;
		case 'BETWEEN':
			return (
				compare(value, scalar(filter.kind, filter.value as string)) >= 0 &&
				compare(value, scalar(filter.kind, filter.highValue as string)) <= 0
			);
		case 'CONTAINS_TOKEN':
			return containsToken(raw, filter.value as string);
	}
	return false;
}

/** Multi-select values (`a;b`) match when any of their options does. */
function equals(filter: Filter, raw: string, wanted: string): boolean {
	const candidates = filter.kind === 'text' && raw.includes(';') ? [raw, ...raw.split(';')] : [raw];
	const target = scalar(filter.kind, wanted);
	return candidates.some((c) => compare(scalar(filter.kind, c), target) === 0);
}

/** A word (or `*` wildcard pattern) found between separators, case-insensitively. */
function containsToken(raw: string, token: string): boolean {
	const pattern = token
		.toLowerCase()
		.split('*')
		.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('\\S*');
	return new RegExp(`(^|[^a-z0-9])${pattern}($|[^a-z0-9])`).test(raw.toLowerCase());
}

function matchesQuery(type: ObjectTypeDef, record: HsRecord, words: string[]): boolean {
	const haystack = type.searchableProperties.map((name) =>
		(valueOf(type, record, name) ?? '').toLowerCase(),
	);
	return words.every((word) => haystack.some((value) => value.includes(word)));
}

function compareBy(type: ObjectTypeDef, sort: Sort, a: HsRecord, b: HsRecord): number {
	const va = valueOf(type, a, sort.propertyName);
	const vb = valueOf(type, b, sort.propertyName);
	if (va === undefined || vb === undefined) return va === vb ? 0 : va === undefined ? 1 : -1;
	const order = compare(scalar(sort.kind, va), scalar(sort.kind, vb));
	return sort.descending ? -order : order;
}
