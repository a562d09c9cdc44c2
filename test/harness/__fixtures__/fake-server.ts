/** A tiny HTTP server on 127.0.0.1 (random port) whose routes a test defines inline. */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	/** JSON or form bodies parsed; otherwise the raw text. */
	body: unknown;
}

export type FakeRoute = (request: FakeRequest) => { status?: number; body?: unknown };

export interface FakeServer {
	url: string;
	/** Every request received, in order. */
	requests: FakeRequest[];
	/** Requests to one route key, e.g. `calls('POST /login')`. */
	calls(route: string): FakeRequest[];
	close(): Promise<void>;
}

/** `routes` is keyed `"METHOD /path"`; anything else gets a 404. */
export async function startFakeServer(routes: Record<string, FakeRoute>): Promise<FakeServer> {
	const requests: FakeRequest[] = [];
	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const url = new URL(req.url ?? '/', 'http://127.0.0.1');
			const request: FakeRequest = {
				method: req.method ?? 'GET',
				path: url.pathname,
				query: Object.fromEntries(url.searchParams),
				headers: req.headers,
				body: parseBody(Buffer.concat(chunks).toString('utf8'), req.headers['content-type']),
			};
			requests.push(request);
			const route = routes[`${request.method} ${request.path}`];
			const { status = 200, body = {} } = route ? route(request) : { status: 404, body: { message: 'no route' } };
			res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
			res.end(JSON.stringify(body));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;

	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		calls: (route) => requests.filter((r) => `${r.method} ${r.path}` === route),
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
		},
	};
}

function parseBody(text: string, contentType = ''): unknown {
	if (text === '') return undefined;
	if (contentType.includes('application/json')) return JSON.parse(text) as unknown;
	if (contentType.includes('application/x-www-form-urlencoded')) {
		return Object.fromEntries(new URLSearchParams(text));
	}
	return text;
}
