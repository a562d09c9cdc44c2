/**
 * Checks a parsed query against the org's describes, the way Salesforce does before running it, and
 * turns it into a plan: resolved fields (with relationship paths), a typed WHERE tree, ORDER BY,
 * LIMIT/OFFSET. Unknown objects, fields and relationships, wrongly typed literals, unfilterable or
 * unsortable fields, and (for Bulk API 2.0) what Bulk queries cannot do are refused here, with
 * Salesforce's error codes and wording.
 */
import {
	composeQuery,
	type ConditionWithValueQuery,
	type FieldType as ParsedField,
	type LiteralType,
	type Operator,
	type OrderByClause,
	type Query,
} from 'soql-parser-js';
import type { DescribeRegistry, ObjectSchema } from '../describe';
import { bulkMessages, SoqlError, soqlErrorAt, soqlMessages } from '../errors';
import { makeField } from '../fieldDescribe';
import { idKey, looksLikeId } from '../ids';
import type { FieldDescribe } from '../types';
import { dateLiteralRange, isValidDate, likeRegExp, parseDateTimeLiteral, unquote } from './literals';
import { findWord, parseSoql } from './parse';
import { buildWhereTree, flattenWhere, logicalKeywordOffsets, WhereSyntaxError, type WhereNode } from './where';

export type QueryMode = 'bulk' | 'rest';

/** One hop of a relationship path: Contact.Account -> the AccountId field, target Account. */
export interface Step {
	readonly relationshipName: string;
	readonly referenceField: string;
	/** Possible target objects (several for a polymorphic field). */
	readonly targets: readonly string[];
	readonly polymorphic: boolean;
}

export interface FieldRef {
	readonly steps: readonly Step[];
	readonly field: FieldDescribe;
	/** Canonical dotted name: `Account.Owner.Email`. */
	readonly path: string;
	/** Canonical relationship part: `Account.Owner` ('' for a field of the queried object). */
	readonly pathKey: string;
	/** The `Type` of a polymorphic parent (the parent's object name). */
	readonly virtualType?: boolean;
	/** The parent object has no describe in the fake: the value is always null. */
	readonly detached?: boolean;
}

export type Category = 'string' | 'id' | 'number' | 'boolean' | 'date' | 'datetime' | 'multipicklist';

export type Literal =
	| { kind: 'null' }
	| { kind: 'string'; value: string }
	| { kind: 'id'; key: string }
	| { kind: 'number'; value: number }
	| { kind: 'boolean'; value: boolean }
	| { kind: 'date'; value: string }
	| { kind: 'datetime'; ms: number }
	| { kind: 'relative'; literal: string };

export interface ConditionPlan {
	readonly ref: FieldRef;
	readonly category: Category;
	readonly operator: Operator;
	readonly values: readonly Literal[];
	readonly like?: RegExp;
	/** `Id IN (SELECT AccountId FROM Contact ...)`. */
	readonly semiJoin?: QueryPlan;
}

export type WherePlan = WhereNode<ConditionPlan>;

export interface OrderPlan {
	readonly ref: FieldRef;
	readonly category: Category;
	readonly desc: boolean;
	readonly nullsFirst: boolean;
}

export type SelectItem = { kind: 'field'; ref: FieldRef } | { kind: 'count'; alias: string; ref: FieldRef };

export interface QueryPlan {
	readonly soql: string;
	readonly object: ObjectSchema;
	readonly select: readonly SelectItem[];
	/** `SELECT COUNT() FROM ...`: only totalSize is answered. */
	readonly countOnly: boolean;
	/** Aggregate without GROUP BY (`COUNT(Id)`): one AggregateResult row. */
	readonly aggregate: boolean;
	readonly where?: WherePlan;
	readonly orderBy: readonly OrderPlan[];
	readonly limit?: number;
	readonly offset?: number;
	/** Relationship paths the SELECT reads, every prefix included, shortest first. */
	readonly relationshipPaths: readonly string[];
	/** The steps of each relationship path. */
	readonly pathSteps: ReadonlyMap<string, readonly Step[]>;
}

const CATEGORY_OF: Record<string, Category> = {
	id: 'id',
	reference: 'id',
	string: 'string',
	textarea: 'string',
	picklist: 'string',
	combobox: 'string',
	email: 'string',
	phone: 'string',
	url: 'string',
	encryptedstring: 'string',
	multipicklist: 'multipicklist',
	int: 'number',
	long: 'number',
	double: 'number',
	currency: 'number',
	percent: 'number',
	boolean: 'boolean',
	date: 'date',
	datetime: 'datetime',
};

/** The fields a polymorphic relationship exposes (Salesforce's `Name` object). */
const NAME_OBJECT_FIELDS = new Map(
	[
		makeField({ name: 'Id', type: 'id' }),
		makeField({ name: 'Name', type: 'string' }),
		makeField({ name: 'Type', type: 'picklist' }),
		makeField({ name: 'Alias', type: 'string', length: 8 }),
		makeField({ name: 'Email', type: 'email' }),
		makeField({ name: 'FirstName', type: 'string', length: 40 }),
		makeField({ name: 'LastName', type: 'string', length: 80 }),
		makeField({ name: 'IsActive', type: 'boolean' }),
		makeField({ name: 'Phone', type: 'phone' }),
		makeField({ name: 'Title', type: 'string', length: 80 }),
		makeField({ name: 'Username', type: 'string', length: 80 }),
		makeField({ name: 'CommunityNickname', type: 'string', length: 40 }),
		makeField({ name: 'NameOrAlias', type: 'string' }),
		makeField({ name: 'UserRoleId', type: 'reference', referenceTo: ['UserRole'] }),
		makeField({ name: 'ProfileId', type: 'reference', referenceTo: ['Profile'] }),
		makeField({ name: 'RecordTypeId', type: 'reference', referenceTo: ['RecordType'] }),
		makeField({ name: 'LastReferencedDate', type: 'datetime' }),
		makeField({ name: 'LastViewedDate', type: 'datetime' }),
		makeField({ name: 'SmallPhotoUrl', type: 'url' }),
		makeField({ name: 'MediumPhotoUrl', type: 'url' }),
		makeField({ name: 'FullPhotoUrl', type: 'url' }),
	].map((f) => [f.name.toLowerCase(), f]),
);

const fakeLimitation = (what: string) =>
	new SoqlError('MALFORMED_QUERY', `The fake Salesforce does not implement ${what}`);

function typeWord(field: FieldDescribe): string {
	const category = CATEGORY_OF[field.type];
	if (category === 'id') return 'id';
	if (category === 'string' || category === 'multipicklist') return 'string';
	if (field.type === 'datetime') return 'dateTime';
	return (field.soapType ?? `xsd:${field.type}`).replace(/^\w+:/, '');
}

class Planner {
	private readonly query: Query;
	private readonly root: ObjectSchema;
	private readonly alias?: string;
	private cursor: number;

	constructor(
		private readonly soql: string,
		private readonly mode: QueryMode,
		private readonly describes: DescribeRegistry,
	) {
		this.query = parseSoql(soql);
		const objectName = this.query.sObject ?? '';
		const fromAt = findWord(soql, 'FROM');
		const schema = describes.get(objectName);
		if (!schema) {
			throw soqlErrorAt(soql, findWord(soql, objectName, fromAt), 'INVALID_TYPE', soqlMessages.unsupportedType(objectName));
		}
		if (schema.describe.queryable === false) {
			throw new SoqlError('INVALID_TYPE_FOR_OPERATION', `entity type ${schema.name} does not support query`);
		}
		this.root = schema;
		this.alias = this.query.sObjectAlias;
		this.cursor = 0;
	}

	plan(): QueryPlan {
		const q = this.query;
		if (this.mode === 'bulk') this.checkBulkRestrictions();
		else this.checkRestRestrictions();

		const selectAt = findWord(this.soql, 'SELECT');
		this.cursor = selectAt + 6;
		const { select, countOnly, aggregate } = this.planSelect(q.fields ?? []);

		let where: WherePlan | undefined;
		if (q.where) {
			const whereAt = findWord(this.soql, 'WHERE', this.cursor);
			this.cursor = whereAt + 5;
			where = this.planWhere(q, whereAt);
		}

		const orderBy = this.planOrderBy(q.orderBy);
		if (q.offset !== undefined && q.offset > 2000) {
			throw soqlErrorAt(this.soql, findWord(this.soql, 'OFFSET'), 'NUMBER_OUTSIDE_VALID_RANGE', soqlMessages.maxOffset());
		}
		const paths = new Map<string, readonly Step[]>();
		for (const item of select) {
			for (let depth = 1; depth <= item.ref.steps.length; depth++) {
				const steps = item.ref.steps.slice(0, depth);
				paths.set(steps.map((s) => s.relationshipName).join('.'), steps);
			}
		}
		const relationshipPaths = [...paths.keys()].sort(
			(a, b) => (paths.get(a)?.length ?? 0) - (paths.get(b)?.length ?? 0),
		);
		return {
			soql: this.soql,
			object: this.root,
			select,
			countOnly,
			aggregate,
			where,
			orderBy,
			limit: q.limit,
			offset: q.offset,
			relationshipPaths,
			pathSteps: paths,
		};
	}

	private checkBulkRestrictions(): void {
		const q = this.query;
		const bulk = (message: string) => new SoqlError('API_ERROR', message);
		for (const field of q.fields ?? []) {
			if (field.type === 'FieldSubquery') throw bulk(bulkMessages.subquery);
			if (field.type === 'FieldTypeof') throw bulk(bulkMessages.typeOf);
			if (field.type === 'FieldFunctionExpression') {
				if (field.functionName.toUpperCase() === 'FIELDS') throw bulk(bulkMessages.fieldsFunction);
				if (field.isAggregateFn) throw bulk(bulkMessages.aggregate);
			}
		}
		if (q.groupBy || q.having) throw bulk(bulkMessages.groupBy);
		if (q.offset !== undefined) throw bulk(bulkMessages.offset);
	}

	private checkRestRestrictions(): void {
		const q = this.query;
		for (const field of q.fields ?? []) {
			if (field.type === 'FieldSubquery') throw fakeLimitation('parent-to-child subqueries');
			if (field.type === 'FieldTypeof') throw fakeLimitation('TYPEOF');
		}
		if (q.groupBy || q.having) throw fakeLimitation('GROUP BY');
	}

	private planSelect(fields: ParsedField[]): { select: SelectItem[]; countOnly: boolean; aggregate: boolean } {
		const select: SelectItem[] = [];
		const seen = new Set<string>();
		let countOnly = false;
		let aggregate = false;
		let exprIndex = 0;
		const add = (ref: FieldRef, raw: string) => {
			const key = ref.path.toLowerCase();
			if (seen.has(key)) {
				throw soqlErrorAt(this.soql, this.offsetOf(raw), 'INVALID_FIELD', soqlMessages.duplicateField(ref.path));
			}
			seen.add(key);
			if (this.mode === 'bulk') {
				if (ref.field.type === 'address' || ref.field.type === 'location') {
					throw new SoqlError('API_ERROR', bulkMessages.compoundField);
				}
				if (ref.field.type === 'base64') throw new SoqlError('API_ERROR', bulkMessages.base64(ref.field.name));
			}
			select.push({ kind: 'field', ref });
		};
		for (const field of fields) {
			switch (field.type) {
				case 'Field': {
					const raw = 'objectPrefix' in field && field.objectPrefix ? `${field.objectPrefix}.${field.field}` : field.field;
					if (field.alias && !('objectPrefix' in field && field.objectPrefix)) {
						throw soqlErrorAt(this.soql, this.offsetOf(field.alias), 'MALFORMED_QUERY', soqlMessages.unexpectedToken(field.alias));
					}
					add(this.resolve(raw), raw);
					break;
				}
				case 'FieldRelationship': {
					const raw = field.rawValue ?? [...field.relationships, field.field].join('.');
					add(this.resolve(raw), raw);
					break;
				}
				case 'FieldFunctionExpression': {
					const fn = field.functionName.toUpperCase();
					if (fn === 'FIELDS') {
						for (const f of this.expandFields(String(field.parameters[0] ?? ''))) {
							add(f, f.path);
						}
					} else if (fn === 'COUNT' && field.parameters.length === 0) {
						countOnly = true;
					} else if (fn === 'COUNT' && typeof field.parameters[0] === 'string') {
						aggregate = true;
						const ref = this.resolve(field.parameters[0]);
						select.push({ kind: 'count', alias: field.alias ?? `expr${exprIndex++}`, ref });
					} else {
						throw fakeLimitation(`the function ${field.functionName}()`);
					}
					break;
				}
				default:
					throw fakeLimitation(`the select item ${JSON.stringify(field)}`);
			}
		}
		if (countOnly && fields.length > 1) {
			throw new SoqlError('MALFORMED_QUERY', 'COUNT() must be the only element in the SELECT list.');
		}
		if (aggregate && select.some((s) => s.kind === 'field')) {
			throw new SoqlError(
				'MALFORMED_QUERY',
				'Field must be grouped or aggregated: ' + (select.find((s) => s.kind === 'field') as { ref: FieldRef }).ref.path,
			);
		}
		return { select, countOnly, aggregate };
	}

	private expandFields(which: string): FieldRef[] {
		const kind = which.toUpperCase();
		if ((kind === 'ALL' || kind === 'CUSTOM') && (this.query.limit === undefined || this.query.limit > 200)) {
			throw new SoqlError('MALFORMED_QUERY', soqlMessages.fieldsNeedsLimit());
		}
		return this.root.fields
			.filter((f) => kind === 'ALL' || (kind === 'CUSTOM' ? f.custom === true : f.custom !== true))
			.map((f) => ({ steps: [], field: f, path: f.name, pathKey: '' }));
	}

	/** Resolves `Account.Owner.Email` (or an aliased `c.Name`) against the describes. */
	private resolve(raw: string, offset = this.offsetOf(raw)): FieldRef {
		const segments = raw.split('.');
		if (
			segments.length > 1 &&
			((this.alias && segments[0].toLowerCase() === this.alias.toLowerCase()) ||
				(segments[0].toLowerCase() === this.root.name.toLowerCase() && !this.root.relationship(segments[0])))
		) {
			segments.shift();
		}
		let schema: ObjectSchema | undefined = this.root;
		let pseudo: 'name' | 'detached' | undefined;
		const steps: Step[] = [];
		for (const segment of segments.slice(0, -1)) {
			const reference = pseudo ? undefined : schema?.relationship(segment);
			if (!reference) {
				throw soqlErrorAt(this.soql, offset, 'INVALID_FIELD', soqlMessages.noSuchRelationship(segment));
			}
			const targets = reference.referenceTo ?? [];
			const polymorphic = targets.length > 1;
			if (polymorphic) {
				pseudo = 'name';
				steps.push({
					relationshipName: reference.relationshipName as string,
					referenceField: reference.name,
					targets,
					polymorphic,
				});
				continue;
			}
			const target = this.describes.get(targets[0] ?? '');
			if (!target) pseudo = 'detached';
			schema = target;
			steps.push({
				relationshipName: reference.relationshipName as string,
				referenceField: reference.name,
				targets: [target?.name ?? targets[0]],
				polymorphic: false,
			});
		}
		const last = segments[segments.length - 1];
		const pathKey = steps.map((s) => s.relationshipName).join('.');
		const make = (field: FieldDescribe, extra: Partial<FieldRef> = {}): FieldRef => ({
			steps,
			field,
			path: pathKey ? `${pathKey}.${field.name}` : field.name,
			pathKey,
			...extra,
		});
		if (pseudo === 'name') {
			const field = NAME_OBJECT_FIELDS.get(last.toLowerCase());
			if (!field) throw soqlErrorAt(this.soql, offset, 'INVALID_FIELD', soqlMessages.noSuchColumn(last, 'Name'));
			return make(field, field.name === 'Type' ? { virtualType: true } : {});
		}
		if (pseudo === 'detached') return make(makeField({ name: last, type: 'string' }), { detached: true });
		const field = (schema as ObjectSchema).field(last);
		if (!field) {
			throw soqlErrorAt(this.soql, offset, 'INVALID_FIELD', soqlMessages.noSuchColumn(last, (schema as ObjectSchema).name));
		}
		return make(field);
	}

	/** Where `text` stands in the query, searching on from the last place found. */
	private offsetOf(text: string): number {
		const at = findWord(this.soql, text, this.cursor);
		if (at >= 0) {
			this.cursor = at + text.length;
			return at;
		}
		return findWord(this.soql, text);
	}

	private planWhere(q: Query, whereAt: number): WherePlan {
		const tokens = flattenWhere(q.where);
		try {
			return buildWhereTree(tokens, (condition) => this.planCondition(condition));
		} catch (error) {
			if (!(error instanceof WhereSyntaxError)) throw error;
			const offsets = logicalKeywordOffsets(this.soql, whereAt);
			const offset = error.token === '<EOF>' ? this.soql.trimEnd().length : offsets[error.ordinal];
			throw soqlErrorAt(this.soql, offset, 'MALFORMED_QUERY', soqlMessages.unexpectedToken(error.token));
		}
	}

	private planCondition(condition: ConditionWithValueQuery): ConditionPlan {
		if (!('field' in condition)) throw fakeLimitation('functions in WHERE');
		const offset = this.offsetOf(condition.field);
		const ref = this.resolve(condition.field, offset);
		const field = ref.field;
		if (field.filterable === false) {
			throw soqlErrorAt(this.soql, offset, 'INVALID_FIELD', soqlMessages.notFilterable(field.name));
		}
		const category = ref.virtualType || ref.detached ? 'string' : CATEGORY_OF[field.type];
		if (!category) throw soqlErrorAt(this.soql, offset, 'INVALID_FIELD', soqlMessages.notFilterable(field.name));
		const operator = condition.operator;
		if ((operator === 'INCLUDES' || operator === 'EXCLUDES') && category !== 'multipicklist') {
			throw soqlErrorAt(this.soql, offset, 'INVALID_QUERY_FILTER_OPERATOR', soqlMessages.includesOnlyMultipicklist());
		}
		if (operator === 'LIKE' && category !== 'string' && category !== 'multipicklist') {
			throw soqlErrorAt(this.soql, offset, 'INVALID_QUERY_FILTER_OPERATOR', `invalid operator on ${typeWord(field)} field`);
		}
		if ('valueQuery' in condition) {
			if (operator !== 'IN' && operator !== 'NOT IN') throw fakeLimitation('a subquery outside IN / NOT IN');
			const sub = new Planner(composeQuery(condition.valueQuery), 'rest', this.describes).plan();
			if (sub.select.length !== 1 || sub.select[0].kind !== 'field' || CATEGORY_OF[sub.select[0].ref.field.type] !== 'id') {
				throw new SoqlError('MALFORMED_QUERY', 'A semi join sub-select must select exactly one Id field');
			}
			return { ref, category, operator, values: [], semiJoin: sub };
		}
		const rawValues = Array.isArray(condition.value) ? condition.value : [condition.value];
		const types = (Array.isArray(condition.literalType) ? condition.literalType : rawValues.map(() => condition.literalType)) as Array<LiteralType | undefined>;
		const values = rawValues.map((raw, i) => this.literal(raw, types[i], ref, category, offset));
		let like: RegExp | undefined;
		if (operator === 'LIKE') {
			like = likeRegExp(rawValues[0]);
			if (!like) throw soqlErrorAt(this.soql, offset, 'MALFORMED_QUERY', `Invalid string literal ${rawValues[0]}. Illegal escape sequence`);
		}
		return { ref, category, operator, values, like };
	}

	private literal(raw: string, type: LiteralType | undefined, ref: FieldRef, category: Category, offset: number): Literal {
		const field = ref.field;
		const wrong = (quoted: boolean): never => {
			throw soqlErrorAt(this.soql, offset, 'INVALID_FIELD', soqlMessages.wrongLiteral(field.name, typeWord(field), quoted));
		};
		switch (type) {
			case 'NULL':
				return { kind: 'null' };
			case 'STRING': {
				if (category !== 'string' && category !== 'multipicklist' && category !== 'id') return wrong(false);
				const value = unquote(raw);
				if (value === undefined) {
					throw soqlErrorAt(this.soql, offset, 'MALFORMED_QUERY', `Invalid string literal ${raw}. Illegal escape sequence`);
				}
				if (category === 'id') {
					if (value !== '' && !looksLikeId(value)) {
						throw soqlErrorAt(this.soql, offset, 'INVALID_QUERY_FILTER_OPERATOR', soqlMessages.invalidId(value));
					}
					return { kind: 'id', key: idKey(value) };
				}
				return { kind: 'string', value };
			}
			case 'INTEGER':
			case 'DECIMAL':
			case 'INTEGER_WITH_CURRENCY_PREFIX':
			case 'DECIMAL_WITH_CURRENCY_PREFIX':
				if (category !== 'number') return wrong(true);
				return { kind: 'number', value: Number(raw.replace(/^[A-Za-z]{3}/, '')) };
			case 'BOOLEAN':
				if (category !== 'boolean') return wrong(category === 'string' || category === 'id' || category === 'multipicklist');
				return { kind: 'boolean', value: raw.toUpperCase() === 'TRUE' };
			case 'DATE':
				if (category !== 'date' || !isValidDate(raw)) return wrong(category === 'string' || category === 'id');
				return { kind: 'date', value: raw };
			case 'DATETIME': {
				const ms = parseDateTimeLiteral(raw);
				if (category !== 'datetime' || Number.isNaN(ms)) return wrong(category === 'string' || category === 'id');
				return { kind: 'datetime', ms };
			}
			case 'DATE_LITERAL':
			case 'DATE_N_LITERAL':
				if ((category !== 'date' && category !== 'datetime') || !dateLiteralRange(raw, 0)) {
					return wrong(category === 'string' || category === 'id');
				}
				return { kind: 'relative', literal: raw };
			default:
				throw soqlErrorAt(this.soql, offset, 'MALFORMED_QUERY', soqlMessages.unexpectedToken(raw));
		}
	}

	private planOrderBy(orderBy: OrderByClause | OrderByClause[] | undefined): OrderPlan[] {
		if (!orderBy) return [];
		const orderAt = findWord(this.soql, 'ORDER', this.cursor);
		if (orderAt >= 0) this.cursor = orderAt;
		return (Array.isArray(orderBy) ? orderBy : [orderBy]).map((clause) => {
			if (!('field' in clause)) throw fakeLimitation('functions in ORDER BY');
			const offset = this.offsetOf(clause.field);
			const ref = this.resolve(clause.field, offset);
			if (ref.field.sortable === false) {
				throw soqlErrorAt(this.soql, offset, 'INVALID_FIELD', soqlMessages.notSortable(ref.field.name));
			}
			const desc = clause.order === 'DESC';
			const category = ref.virtualType || ref.detached ? 'string' : (CATEGORY_OF[ref.field.type] ?? 'string');
			return { ref, category, desc, nullsFirst: clause.nulls ? clause.nulls === 'FIRST' : !desc };
		});
	}
}

/** Parses and checks `soql` for the REST query API or a Bulk API 2.0 query job. Throws SoqlError. */
export function planQuery(soql: string, mode: QueryMode, describes: DescribeRegistry): QueryPlan {
	return new Planner(soql, mode, describes).plan();
}
