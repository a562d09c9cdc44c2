import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { FakeRequest, QueryRecord } from './types';

export class BodyTooLargeError extends Error {
	constructor(
		readonly limitBytes: number,
		readonly receivedBytes: number,
	) {
		super(`Request body of ${receivedBytes} bytes exceeds the ${limitBytes}-byte limit`);
	}
}

/**
 * Reads the whole body. Past the limit it keeps draining (so the client can finish its upload and
 * read the 413) but stops buffering.
 */
export function readBody(incoming: IncomingMessage, limitBytes: number): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		incoming.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= limitBytes) chunks.push(chunk);
		});
		incoming.once('end', () => {
			if (size > limitBytes) reject(new BodyTooLargeError(limitBytes, size));
			else resolve(Buffer.concat(chunks, size));
		});
		incoming.once('error', reject);
		incoming.once('close', () => {
			if (!incoming.complete) reject(new Error('client aborted the request'));
		});
	});
}

export function toRecord(params: URLSearchParams): QueryRecord {
	const record: QueryRecord = {};
	for (const [key, value] of params) {
		const existing = record[key];
		if (existing === undefined) record[key] = value;
		else if (Array.isArray(existing)) existing.push(value);
		else record[key] = [existing, value];
	}
	return record;
}

export function isJsonContentType(contentType: string | undefined): boolean {
	return /^\s*(application\/([\w.+-]+\+)?json|text\/json)\s*(;|$)/i.test(contentType ?? '');
}

export function isFormContentType(contentType: string | undefined): boolean {
	return /^\s*application\/x-www-form-urlencoded\s*(;|$)/i.test(contentType ?? '');
}

export interface BuiltRequest {
	request: FakeRequest;
	/** Set when the content type says JSON but the body does not parse. */
	jsonError?: Error;
}

export function buildRequest(init: {
	method: string;
	url: URL;
	headers: IncomingHttpHeaders;
	params: Record<string, string>;
	rawBody: Buffer;
}): BuiltRequest {
	const { rawBody, headers } = init;
	let body: unknown;
	let jsonError: Error | undefined;
	if (rawBody.length > 0) {
		const text = rawBody.toString('utf8');
		if (isJsonContentType(headers['content-type'])) {
			try {
				body = JSON.parse(text);
			} catch (error) {
				jsonError = error instanceof Error ? error : new Error(String(error));
			}
		} else {
			body = text;
		}
	}
	const request: FakeRequest = {
		method: init.method,
		path: init.url.pathname,
		query: toRecord(init.url.searchParams),
		headers,
		params: init.params,
		rawBody,
		body,
		header: (name) => {
			const value = headers[name.toLowerCase()];
			return Array.isArray(value) ? value.join(', ') : value;
		},
		form: () => toRecord(new URLSearchParams(rawBody.toString('utf8'))),
	};
	return { request, jsonError };
}
