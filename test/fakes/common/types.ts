import type { IncomingHttpHeaders } from 'node:http';
import type { IssuedToken } from './auth';

/** Query string or form fields; a key given more than once becomes an array, in order. */
export type QueryRecord = Record<string, string | string[]>;

export type HeaderRecord = Record<string, string | number | readonly string[]>;

export interface FakeRequest {
	/** Upper-case, e.g. `GET`. */
	readonly method: string;
	/** The path as sent (still percent-encoded); `params` hold the decoded pieces. */
	readonly path: string;
	readonly query: QueryRecord;
	/** Node's headers: names in lower case. */
	readonly headers: IncomingHttpHeaders;
	/** Named route parameters (`:jobId`), `*` for a trailing wildcard, RegExp groups by name and index. */
	readonly params: Record<string, string>;
	readonly rawBody: Buffer;
	/** Parsed JSON when the content type is JSON, the UTF-8 text otherwise; undefined when empty. */
	readonly body: unknown;
	/** The token the auth layer accepted; undefined on routes that skip auth or servers without it. */
	readonly auth?: IssuedToken;
	/** One header's value, arrays joined with `, `. */
	header(name: string): string | undefined;
	/** Reads the raw body as `application/x-www-form-urlencoded`, whatever the content type says. */
	form(): QueryRecord;
}

/**
 * An object or array is sent as JSON; a string as text; a Buffer as bytes; an async iterable
 * (e.g. a Readable) is streamed with chunked transfer encoding.
 */
export type ResponseBody = string | Buffer | AsyncIterable<string | Buffer> | object;

export interface FakeResponse {
	status: number;
	headers?: HeaderRecord;
	body?: ResponseBody;
}

export type Handler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;
