/**
 * A small HTTPS listener (127.0.0.1:443 by default; port 443 needs root, which the tests have)
 * that forwards every request to a plain-HTTP target: method, path and query, headers and body,
 * both ways streamed, over a keep-alive pool. Hop-by-hop headers are dropped; `Host` becomes the
 * target's. An unreachable target answers 502; nothing leaves the loopback interface.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';

export interface TlsForwarderOptions {
	/** `http://127.0.0.1:PORT`, e.g. a fake's `url`. */
	targetUrl: string;
	cert: string;
	key: string;
	/** Default 127.0.0.1. */
	address?: string;
	/** Default 443. */
	port?: number;
}

const HOP_BY_HOP = new Set([
	'connection',
	'keep-alive',
	'proxy-connection',
	'proxy-authenticate',
	'proxy-authorization',
	'te',
	'trailer',
	'upgrade',
]);

function forwardable(
	headers: http.IncomingHttpHeaders,
): Record<string, string | string[] | undefined> {
	const kept: Record<string, string | string[] | undefined> = {};
	for (const [name, value] of Object.entries(headers)) {
		if (!HOP_BY_HOP.has(name.toLowerCase())) kept[name] = value;
	}
	return kept;
}

export class TlsForwarder {
	private readonly target: URL;
	private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
	private readonly server: https.Server;
	/** Requests forwarded since start. */
	forwarded = 0;
	/** TLS connections accepted since start (fewer than requests when the client keeps them alive). */
	connections = 0;

	constructor(private readonly options: TlsForwarderOptions) {
		this.target = new URL(options.targetUrl);
		if (this.target.protocol !== 'http:')
			throw new Error(`TlsForwarder forwards to plain http only, not ${options.targetUrl}`);
		this.server = https.createServer(
			{ cert: options.cert, key: options.key, keepAlive: true },
			(req, res) => this.forward(req, res),
		);
		this.server.keepAliveTimeout = 30_000;
		this.server.on('secureConnection', () => this.connections++);
	}

	/** Listens; resolves with `address:port`. Rejects when the port is taken (EADDRINUSE). */
	async start(): Promise<string> {
		const address = this.options.address ?? '127.0.0.1';
		await new Promise<void>((resolve, reject) => {
			const failed = (error: NodeJS.ErrnoException) => {
				reject(
					error.code === 'EADDRINUSE'
						? new Error(
								`${address}:${this.options.port ?? 443} is already in use: ${error.message}`,
							)
						: error,
				);
			};
			this.server.once('error', failed);
			this.server.listen(this.options.port ?? 443, address, () => {
				this.server.off('error', failed);
				resolve();
			});
		});
		const bound = this.server.address() as AddressInfo;
		return `${bound.address}:${bound.port}`;
	}

	async stop(): Promise<void> {
		if (!this.server.listening) return;
		const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
		this.server.closeAllConnections();
		this.agent.destroy();
		await closed;
	}

	private forward(req: http.IncomingMessage, res: http.ServerResponse): void {
		this.forwarded++;
		const upstream = http.request(
			{
				protocol: 'http:',
				hostname: this.target.hostname,
				port: this.target.port,
				method: req.method,
				path: req.url,
				headers: { ...forwardable(req.headers), host: this.target.host },
				agent: this.agent,
			},
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.statusMessage, forwardable(answer.headers));
				answer.pipe(res);
				answer.on('error', () => res.destroy());
			},
		);
		upstream.on('error', (error) => {
			if (res.headersSent) {
				res.destroy(error);
				return;
			}
			res.writeHead(502, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ status: 'error', message: `bench forwarder: ${error.message}` }));
		});
		req.on('error', (error) => upstream.destroy(error));
		// The client went away before the answer was through: stop the upstream exchange too.
		res.on('close', () => {
			if (!res.writableFinished) upstream.destroy();
		});
		req.pipe(upstream);
	}
}
