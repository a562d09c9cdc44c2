import type { IncomingHttpHeaders } from 'node:http';
import type { QueryRecord } from './types';

export const REDACTED = '[REDACTED]';

/**
 * Field and header names whose values are credentials: `Authorization`, `access_token`,
 * `refresh_token`, `client_secret`, `password`, `hapikey`, `X-Api-Key`, `Cookie`, `sessionId`,
 * JWT-bearer `assertion`... Matched after lower-casing and dropping `-` and `_`.
 */
export const SENSITIVE_KEY =
	/authorization|token|secret|password|passwd|apikey|cookie|sessionid|signature|assertion|credential/;

/** `Bearer <token>` as a value anywhere; long enough not to catch prose like "Basic plan". */
const BEARER_VALUE = /^\s*(bearer|oauth|basic)\s+[\w.~+/!=-]{16,}\s*$/i;

/** `key=value` or `"key": "value"` pairs with a sensitive key inside free text. */
const SENSITIVE_PAIR =
	/((?:authorization|[\w-]*token|[\w-]*secret|password|api[_-]?key|hapikey)["']?\s*[:=]\s*["']?)[^&"'\s,;]+/gi;

export interface Redactor {
	key(name: string): boolean;
	/** Extra check for values, e.g. "is this one of the tokens the auth layer issued?". */
	value(value: string): boolean;
}

export function makeRedactor(isSecretValue: (value: string) => boolean = () => false): Redactor {
	return {
		key: (name) => SENSITIVE_KEY.test(name.toLowerCase().replace(/[-_]/g, '')),
		value: (value) => BEARER_VALUE.test(value) || isSecretValue(value),
	};
}

export function redactDeep(value: unknown, redactor: Redactor): unknown {
	if (typeof value === 'string') return redactor.value(value) ? REDACTED : value;
	if (Array.isArray(value)) return value.map((item) => redactDeep(item, redactor));
	if (value !== null && typeof value === 'object') {
		const copy: Record<string, unknown> = {};
		for (const [key, item] of Object.entries(value)) {
			copy[key] = redactor.key(key) ? REDACTED : redactDeep(item, redactor);
		}
		return copy;
	}
	return value;
}

export function redactRecord(record: QueryRecord, redactor: Redactor): QueryRecord {
	return redactDeep(record, redactor) as QueryRecord;
}

export function redactHeaders(
	headers: IncomingHttpHeaders,
	redactor: Redactor,
): Record<string, string | string[]> {
	const copy: Record<string, string | string[]> = {};
	for (const [name, value] of Object.entries(headers)) {
		if (value === undefined) continue;
		copy[name] = redactor.key(name) ? REDACTED : (redactDeep(value, redactor) as string | string[]);
	}
	return copy;
}

export function redactText(text: string, redactor: Redactor): string {
	if (redactor.value(text.trim())) return REDACTED;
	return text.replace(SENSITIVE_PAIR, `$1${REDACTED}`);
}
