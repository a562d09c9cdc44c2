/**
 * soql-parser-js gives WHERE as a chain of conditions with parenthesis counts; this rebuilds the
 * tree. SOQL's rules: NOT applies to the next condition or parenthesised group, and AND and OR may
 * not be mixed at one level without parentheses (Salesforce answers `unexpected token: 'OR'`).
 */
import type { ConditionWithValueQuery as Condition, WhereClause } from 'soql-parser-js';

export type LogicalToken = 'AND' | 'OR' | 'NOT' | '(' | ')';

export type WhereToken = { kind: 'logical'; op: LogicalToken } | { kind: 'condition'; condition: Condition };

export type WhereNode<C> =
	| { kind: 'cond'; cond: C }
	| { kind: 'and' | 'or'; items: Array<WhereNode<C>> }
	| { kind: 'not'; item: WhereNode<C> };

function isCondition(value: unknown): value is Condition {
	return typeof value === 'object' && value !== null && ('field' in value || 'fn' in value);
}

export function flattenWhere(where: WhereClause | undefined): WhereToken[] {
	const tokens: WhereToken[] = [];
	const push = (op: LogicalToken, times = 1) => {
		for (let i = 0; i < times; i++) tokens.push({ kind: 'logical', op });
	};
	let clause: WhereClause | undefined = where;
	while (clause) {
		const left: unknown = clause.left;
		if (isCondition(left)) {
			push('(', (left as { openParen?: number }).openParen ?? 0);
			tokens.push({ kind: 'condition', condition: left });
			push(')', (left as { closeParen?: number }).closeParen ?? 0);
		} else if (left && typeof left === 'object' && 'openParen' in left) {
			push('(', (left as { openParen: number }).openParen);
		}
		const operator = 'operator' in clause ? clause.operator : undefined;
		if (operator) push(operator);
		clause = 'right' in clause ? clause.right : undefined;
	}
	return tokens;
}

/** Thrown for a token where it may not stand; `ordinal` counts the logical keywords before it. */
export class WhereSyntaxError extends Error {
	constructor(
		readonly token: LogicalToken | '<EOF>',
		readonly ordinal: number,
	) {
		super(`unexpected token: '${token}'`);
	}
}

/** Builds the tree, mapping each condition with `convert` (in order of appearance). */
export function buildWhereTree<C>(tokens: WhereToken[], convert: (condition: Condition) => C): WhereNode<C> {
	let pos = 0;
	let keywordsSeen = 0;
	const peek = () => tokens[pos];
	const fail = (): never => {
		const token = tokens[pos];
		throw new WhereSyntaxError(token ? (token.kind === 'logical' ? token.op : 'AND') : '<EOF>', keywordsSeen);
	};
	const next = () => {
		const token = tokens[pos++];
		if (token?.kind === 'logical' && token.op !== '(' && token.op !== ')') keywordsSeen++;
		return token;
	};

	function unary(): WhereNode<C> {
		const token = peek();
		if (!token) return fail();
		if (token.kind === 'condition') {
			next();
			return { kind: 'cond', cond: convert(token.condition) };
		}
		if (token.op === 'NOT') {
			next();
			return { kind: 'not', item: unary() };
		}
		if (token.op === '(') {
			next();
			const inner = sequence();
			const close = peek();
			if (!close || close.kind !== 'logical' || close.op !== ')') return fail();
			next();
			return inner;
		}
		return fail();
	}

	function sequence(): WhereNode<C> {
		const first = unary();
		let op: 'AND' | 'OR' | undefined;
		const items = [first];
		for (;;) {
			const token = peek();
			if (!token || token.kind !== 'logical' || (token.op !== 'AND' && token.op !== 'OR')) break;
			if (op && token.op !== op) fail();
			op = token.op;
			next();
			items.push(unary());
		}
		return op ? { kind: op === 'AND' ? 'and' : 'or', items } : first;
	}

	const tree = sequence();
	if (pos < tokens.length) fail();
	return tree;
}

/**
 * Offsets of the logical keywords (AND, OR, NOT; not the NOT of `NOT IN`) in `soql` after `from`,
 * skipping quoted strings: the n-th entry is where the n-th keyword of the token stream stands.
 */
export function logicalKeywordOffsets(soql: string, from: number): number[] {
	const re = /'(?:\\.|[^'\\])*'|\bNOT\s+IN\b|\b(AND|OR|NOT)\b/gi;
	re.lastIndex = from;
	const out: number[] = [];
	for (let m = re.exec(soql); m; m = re.exec(soql)) {
		if (m[1]) out.push(m.index);
	}
	return out;
}
