import type { IncomingMessage } from 'node:http';
import { createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';

export type BodyResult =
	| { ok: true; body: Buffer }
	| { ok: false; reason: 'tooLarge' | 'unreadable'; detail: string };

/** `rawBody` is set when n8n has already read the body (it does so before parsing XML itself). */
type N8nRequest = IncomingMessage & { rawBody?: Buffer };

/**
 * Reads the request body, refusing it as soon as it passes `maxBytes` (declared length first, then
 * the bytes actually received, after decompression), so that an oversized message is never held
 * in memory whole or parsed. When n8n has already read the body, its copy is used.
 */
export async function readRequestBody(
	request: IncomingMessage,
	maxBytes: number,
): Promise<BodyResult> {
	const tooLarge = (size: string): BodyResult => ({
		ok: false,
		reason: 'tooLarge',
		detail: `The message is larger (${size}) than the limit of ${maxBytes} bytes`,
	});
	const n8nRequest = request as N8nRequest;
	if (Buffer.isBuffer(n8nRequest.rawBody)) {
		return n8nRequest.rawBody.length > maxBytes
			? tooLarge(`${n8nRequest.rawBody.length} bytes`)
			: { ok: true, body: n8nRequest.rawBody };
	}
	const declared = Number(request.headers['content-length']);
	if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(`${declared} bytes`);
	if (request.readableEnded || request.destroyed) {
		return { ok: false, reason: 'unreadable', detail: 'The request body was already read' };
	}

	const encoding = String(request.headers['content-encoding'] ?? 'identity').toLowerCase();
	let stream: Readable = request;
	if (encoding === 'gzip' || encoding === 'x-gzip') stream = request.pipe(createGunzip());
	else if (encoding === 'deflate') stream = request.pipe(createInflate());
	else if (encoding !== 'identity') {
		return { ok: false, reason: 'unreadable', detail: `Unsupported Content-Encoding ${encoding}` };
	}

	return await new Promise<BodyResult>((resolve) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const finish = (result: BodyResult) => {
			stream.off('data', onData);
			stream.off('end', onEnd);
			stream.off('error', onError);
			request.off('aborted', onAborted);
			resolve(result);
		};
		const onData = (chunk: Buffer) => {
			size += chunk.length;
			if (size > maxBytes) {
				// Stop reading; Node discards the rest once the response has been sent.
				if (stream !== request) stream.destroy();
				request.unpipe();
				finish(tooLarge(`over ${maxBytes} bytes`));
				return;
			}
			chunks.push(chunk);
		};
		const onEnd = () => finish({ ok: true, body: Buffer.concat(chunks, size) });
		const onError = (error: Error) =>
			finish({
				ok: false,
				reason: 'unreadable',
				detail: `The request body could not be read: ${error.message}`,
			});
		const onAborted = () =>
			finish({ ok: false, reason: 'unreadable', detail: 'The sender aborted the request' });
		stream.on('data', onData);
		stream.on('end', onEnd);
		stream.on('error', onError);
		request.on('aborted', onAborted);
	});
}
