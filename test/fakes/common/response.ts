import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FakeResponse, HeaderRecord, ResponseBody } from './types';

/** Salesforce's spelling; HubSpot and Intercom accept any, and fakes can set their own. */
const JSON_CONTENT_TYPE = 'application/json;charset=UTF-8';

type EncodedBody =
	| { kind: 'none' }
	| { kind: 'bytes'; bytes: Buffer; contentType: string }
	| { kind: 'stream'; stream: AsyncIterable<string | Buffer>; contentType: string };

const NO_BODY: EncodedBody = { kind: 'none' };

/** Serialises first, so a body that cannot be encoded throws before anything is written. */
export function encodeBody(body: ResponseBody | undefined): EncodedBody {
	if (body === undefined) return NO_BODY;
	if (Buffer.isBuffer(body)) {
		return { kind: 'bytes', bytes: body, contentType: 'application/octet-stream' };
	}
	if (typeof body === 'string') {
		return {
			kind: 'bytes',
			bytes: Buffer.from(body, 'utf8'),
			contentType: 'text/plain; charset=utf-8',
		};
	}
	if (isAsyncIterable(body)) {
		return { kind: 'stream', stream: body, contentType: 'application/octet-stream' };
	}
	return {
		kind: 'bytes',
		bytes: Buffer.from(JSON.stringify(body), 'utf8'),
		contentType: JSON_CONTENT_TYPE,
	};
}

/**
 * Writes a response. Header layers are applied in order, later ones winning (names compare
 * case-insensitively, as Node's setHeader does).
 */
export async function writeResponse(
	res: ServerResponse,
	response: FakeResponse,
	headerLayers: ReadonlyArray<HeaderRecord | undefined>,
): Promise<void> {
	const mayHaveBody = response.status !== 204 && response.status !== 304;
	const encoded = mayHaveBody ? encodeBody(response.body) : NO_BODY;
	res.statusCode = response.status;
	if (encoded.kind !== 'none') res.setHeader('Content-Type', encoded.contentType);
	for (const layer of [...headerLayers, response.headers]) {
		for (const [name, value] of Object.entries(layer ?? {})) res.setHeader(name, value);
	}
	switch (encoded.kind) {
		case 'none':
			res.end();
			return;
		case 'bytes':
			res.setHeader('Content-Length', encoded.bytes.length);
			res.end(encoded.bytes);
			return;
		case 'stream':
			await pipeline(Readable.from(encoded.stream), res);
	}
}

function isAsyncIterable(value: object): value is AsyncIterable<string | Buffer> {
	return typeof (value as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function';
}
