/**
 * SOQL text -> soql-parser-js's Query. A syntax error becomes MALFORMED_QUERY with Salesforce's
 * framing (`ERROR at Row:1:Column:n` / `unexpected token: 'X'`); the offending token is found with
 * the library's own lexer and parser (its public error drops the token's position).
 */
import { parseQuery, type Query } from 'soql-parser-js';
import { lex } from 'soql-parser-js/dist/src/parser/lexer';
import { SoqlParser } from 'soql-parser-js/dist/src/parser/parser';
import { soqlErrorAt, soqlMessages } from '../errors';

let sharedParser: SoqlParser | undefined;

interface Offender {
	offset: number;
	image: string;
}

/** Where the parser gave up: the first bad token, or the end of the text. */
function locateSyntaxError(soql: string): Offender | undefined {
	try {
		const lexed = lex(soql);
		if (lexed.errors.length > 0) {
			const { offset, length } = lexed.errors[0];
			return { offset, image: soql.substr(offset, Math.max(1, length)) };
		}
		sharedParser ??= new SoqlParser();
		sharedParser.input = lexed.tokens;
		sharedParser.selectStatement();
		const token = sharedParser.errors[0]?.token;
		if (!token) return undefined;
		if (token.tokenType?.name === 'EOF' || Number.isNaN(token.startOffset)) {
			return { offset: soql.trimEnd().length, image: '<EOF>' };
		}
		return { offset: token.startOffset, image: token.image };
	} catch {
		return undefined;
	}
}

export function parseSoql(soql: string): Query {
	try {
		return parseQuery(soql);
	} catch (error) {
		const offender = locateSyntaxError(soql);
		if (!offender) {
			throw soqlErrorAt(soql, undefined, 'MALFORMED_QUERY', (error as Error).message.split('\n')[0]);
		}
		throw soqlErrorAt(soql, offender.offset, 'MALFORMED_QUERY', soqlMessages.unexpectedToken(offender.image));
	}
}

/** The offset of `word` (a whole word, case-insensitive) in `soql` at or after `from`; -1 if absent. */
export function findWord(soql: string, word: string, from = 0): number {
	const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const re = new RegExp(`(^|[^A-Za-z0-9_.])(${escaped})(?![A-Za-z0-9_])`, 'gi');
	re.lastIndex = Math.max(0, from - 1);
	const match = re.exec(soql);
	return match ? match.index + match[1].length : -1;
}
