/**
 * Runs a plan against the store and freezes the result: the matching records (references to the
 * immutable record objects of that moment) and, for every relationship path the SELECT reads, the
 * parent record of each row. Later updates replace records in the store, never these objects, so a
 * snapshot keeps answering with the values it had when it was taken; it costs one array slot per
 * row and relationship path, not a copy of the data.
 *
 * Semantics: string comparisons are case-insensitive, ids compare on their 15-character form,
 * `!=` and NOT IN match nulls, ordering is ASC NULLS FIRST / DESC NULLS LAST by default with the
 * load order breaking ties, and soft-deleted rows only appear for queryAll.
 */
import { idKey } from '../ids';
import type { RecordStore } from '../records';
import type { SfRecord, SfValue } from '../types';
import { storedValue } from '../values';
import { dateLiteralRange, dateText, type Range } from './literals';
import type { Category, ConditionPlan, FieldRef, Literal, QueryPlan, Step, WherePlan } from './plan';

export interface Snapshot {
	readonly rows: readonly SfRecord[];
	/** Per relationship path: the parent record of each row (null when there is none). */
	readonly parents: ReadonlyMap<string, ReadonlyArray<SfRecord | null>>;
	/** Matching rows before LIMIT/OFFSET (for COUNT() and totalSize). */
	readonly matched: number;
}

export interface ExecuteOptions {
	/** queryAll: soft-deleted rows too. */
	includeDeleted: boolean;
	/** The org's clock (for TODAY, LAST_N_DAYS:n...). */
	now: number;
}

type Getter = (record: SfRecord) => SfValue;

/** Follows relationship steps from a record to the parent holding the field. */
function parentGetter(steps: readonly Step[], store: RecordStore): (record: SfRecord) => SfRecord | null {
	return (record) => {
		let current: SfRecord | null = record;
		for (const step of steps) {
			if (!current) return null;
			current = store.lookup(step.targets, current[step.referenceField]);
		}
		return current;
	};
}

export function valueGetter(ref: FieldRef, store: RecordStore): Getter {
	const name = ref.field.name;
	const type = ref.field.type;
	if (ref.detached) return () => null;
	if (ref.steps.length === 0) return (record) => storedValue(record[name], type);
	const parentOf = parentGetter(ref.steps, store);
	if (ref.virtualType) {
		return (record) => {
			const parent = parentOf(record);
			return parent && typeof parent.Id === 'string' ? (store.objectOf(parent.Id) ?? null) : null;
		};
	}
	return (record) => {
		const parent = parentOf(record);
		return parent ? storedValue(parent[name], type) : null;
	};
}

/** A comparable key of a value: lower-cased text, 15-character id, number, ms, or null. */
function keyOf(value: SfValue, category: Category): string | number | null {
	if (value === null || value === '') return null;
	switch (category) {
		case 'string':
		case 'multipicklist':
			return String(value).toLowerCase();
		case 'id':
			return idKey(String(value));
		case 'number':
			return Number(value);
		case 'boolean':
			return value === true || value === 'true' ? 1 : 0;
		case 'date':
			return String(value).slice(0, 10);
		case 'datetime':
			return Date.parse(String(value));
	}
}

function literalKey(literal: Literal): string | number | null {
	switch (literal.kind) {
		case 'null':
			return null;
		case 'string':
			return literal.value.toLowerCase();
		case 'id':
			return literal.key === '' ? null : literal.key;
		case 'number':
			return literal.value;
		case 'boolean':
			return literal.value ? 1 : 0;
		case 'date':
			return literal.value;
		case 'datetime':
			return literal.ms;
		case 'relative':
			return null;
	}
}

/** A relative date literal as [start, end) in the field's key space. */
function rangeKeys(literal: string, category: Category, now: number): [string | number, string | number] {
	const range = dateLiteralRange(literal, now) as Range;
	return category === 'date' ? [dateText(range.start), dateText(range.end)] : [range.start, range.end];
}

function multipicklistSet(value: SfValue): Set<string> {
	return new Set(
		value === null
			? []
			: String(value)
					.split(';')
					.map((v) => v.trim().toLowerCase())
					.filter(Boolean),
	);
}

function compileCondition(
	cond: ConditionPlan,
	store: RecordStore,
	options: ExecuteOptions,
): (record: SfRecord) => boolean {
	const get = valueGetter(cond.ref, store);
	const { category, operator } = cond;
	const key = (record: SfRecord) => keyOf(get(record), category);

	if (cond.semiJoin) {
		const sub = executePlan(cond.semiJoin, store, { ...options, includeDeleted: false });
		const subGet = valueGetter((cond.semiJoin.select[0] as { ref: FieldRef }).ref, store);
		const ids = new Set<string>();
		for (const row of sub.rows) {
			const v = subGet(row);
			if (typeof v === 'string' && v) ids.add(idKey(v));
		}
		const isIn = (record: SfRecord) => {
			const k = key(record);
			return k !== null && ids.has(String(k));
		};
		return operator === 'IN' ? isIn : (record) => !isIn(record);
	}

	if (category === 'multipicklist' && (operator === 'INCLUDES' || operator === 'EXCLUDES' || operator === '=' || operator === '!=')) {
		const wanted = cond.values.map((v) => (v.kind === 'string' ? multipicklistSet(v.value) : null));
		const includes = (record: SfRecord) => {
			const have = multipicklistSet(get(record));
			return wanted.some((set) => set !== null && [...set].every((v) => have.has(v)));
		};
		const equals = (record: SfRecord) => {
			const raw = get(record);
			const set = wanted[0];
			if (set === null) return raw === null || raw === '';
			const have = multipicklistSet(raw);
			return have.size === set.size && [...set].every((v) => have.has(v));
		};
		if (operator === 'INCLUDES') return includes;
		if (operator === 'EXCLUDES') return (record) => !includes(record);
		return operator === '=' ? equals : (record) => !equals(record);
	}

	if (operator === 'LIKE') {
		const re = cond.like as RegExp;
		return (record) => {
			const v = get(record);
			return v !== null && re.test(String(v));
		};
	}

	const relative = cond.values.find((v) => v.kind === 'relative');
	if (relative && relative.kind === 'relative') {
		const ranges = cond.values.map((v) => (v.kind === 'relative' ? rangeKeys(v.literal, category, options.now) : null));
		const [start, end] = ranges[0] as [string | number, string | number];
		const inRange = (k: string | number | null) =>
			k !== null && ranges.some((r) => r !== null && k >= r[0] && k < r[1]);
		switch (operator) {
			case '=':
			case 'IN':
				return (record) => inRange(key(record));
			case '!=':
			case 'NOT IN':
				return (record) => !inRange(key(record));
			case '<':
				return (record) => compare(key(record), (k) => k < start);
			case '<=':
				return (record) => compare(key(record), (k) => k < end);
			case '>':
				return (record) => compare(key(record), (k) => k >= end);
			case '>=':
				return (record) => compare(key(record), (k) => k >= start);
			default:
				return () => false;
		}
	}

	const literals = cond.values.map(literalKey);
	const target = literals[0];
	switch (operator) {
		case '=':
			return (record) => key(record) === target;
		case '!=':
			return (record) => key(record) !== target;
		case 'IN': {
			const set = new Set(literals);
			return (record) => {
				const k = key(record);
				return k !== null && set.has(k);
			};
		}
		case 'NOT IN': {
			const set = new Set(literals);
			return (record) => !set.has(key(record));
		}
		case '<':
			return (record) => target !== null && compare(key(record), (k) => k < target);
		case '<=':
			return (record) => target !== null && compare(key(record), (k) => k <= target);
		case '>':
			return (record) => target !== null && compare(key(record), (k) => k > target);
		case '>=':
			return (record) => target !== null && compare(key(record), (k) => k >= target);
		default:
			return () => false;
	}
}

function compare(k: string | number | null, test: (k: string | number) => boolean): boolean {
	return k !== null && !(typeof k === 'number' && Number.isNaN(k)) && test(k);
}

function compileWhere(node: WherePlan, store: RecordStore, options: ExecuteOptions): (record: SfRecord) => boolean {
	switch (node.kind) {
		case 'cond':
			return compileCondition(node.cond, store, options);
		case 'not': {
			const inner = compileWhere(node.item, store, options);
			return (record) => !inner(record);
		}
		case 'and': {
			const items = node.items.map((n) => compileWhere(n, store, options));
			return (record) => items.every((f) => f(record));
		}
		case 'or': {
			const items = node.items.map((n) => compileWhere(n, store, options));
			return (record) => items.some((f) => f(record));
		}
	}
}

function sortRows(rows: SfRecord[], plan: QueryPlan, store: RecordStore): SfRecord[] {
	const columns = plan.orderBy.map((order) => {
		const get = valueGetter(order.ref, store);
		const keys = rows.map((row) => keyOf(get(row), order.category));
		return { keys, order };
	});
	const index = rows.map((_, i) => i);
	index.sort((a, b) => {
		for (const { keys, order } of columns) {
			const x = keys[a];
			const y = keys[b];
			if (x === y) continue;
			if (x === null) return order.nullsFirst ? -1 : 1;
			if (y === null) return order.nullsFirst ? 1 : -1;
			const c = x < y ? -1 : x > y ? 1 : 0;
			if (c !== 0) return order.desc ? -c : c;
		}
		return a - b;
	});
	return index.map((i) => rows[i]);
}

/** Runs the plan now and freezes the result. */
export function executePlan(plan: QueryPlan, store: RecordStore, options: ExecuteOptions): Snapshot {
	const table = store.existingTable(plan.object.name);
	const all = table?.rows ?? [];
	const predicate = plan.where ? compileWhere(plan.where, store, options) : undefined;
	let rows: SfRecord[] = [];
	for (let i = 0; i < all.length; i++) {
		const record = all[i];
		if (!options.includeDeleted && record.IsDeleted === true) continue;
		if (predicate && !predicate(record)) continue;
		rows.push(record);
	}
	const matched = rows.length;
	if (plan.orderBy.length > 0) rows = sortRows(rows, plan, store);
	const offset = plan.offset ?? 0;
	if (offset > 0 || (plan.limit !== undefined && plan.limit < rows.length)) {
		rows = rows.slice(offset, plan.limit === undefined ? undefined : offset + plan.limit);
	}
	const parents = new Map<string, Array<SfRecord | null>>();
	for (const path of plan.relationshipPaths) {
		const steps = plan.pathSteps.get(path) as readonly Step[];
		const last = steps[steps.length - 1];
		const parentPath = steps
			.slice(0, -1)
			.map((s) => s.relationshipName)
			.join('.');
		const from = parentPath ? (parents.get(parentPath) as Array<SfRecord | null>) : rows;
		parents.set(
			path,
			from.map((record) => (record ? store.lookup(last.targets, record[last.referenceField]) : null)),
		);
	}
	return { rows, parents, matched };
}
