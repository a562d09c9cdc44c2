/**
 * Points a child process's `https://api.hubapi.com` (fixed in n8n's built-in HubSpot node) at a
 * local plain-HTTP fake: a DNS preload (dnsRedirect.cjs) answers 127.0.0.1 for the host names, a
 * throw-away certificate authority (openssl) signs a certificate for them, and a TLS forwarder on
 * 127.0.0.1:443 hands each request to the fake. The child gets it all through `env`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { removeAtExit } from '../n8nBench';
import { makeLocalCertificates } from './certificates';
import { TlsForwarder } from './tlsForwarder';

/** The preload that answers 127.0.0.1 for BENCH_REDIRECT_HOSTS. */
export const DNS_REDIRECT_PRELOAD = path.join(__dirname, 'dnsRedirect.cjs');

export const HUBSPOT_API_HOSTS = ['api.hubapi.com'];

export interface HubSpotRedirect {
	/**
	 * For the child: NODE_OPTIONS (only the preload: add it to the child's own flags, see
	 * `nodeOptions`), NODE_EXTRA_CA_CERTS, BENCH_REDIRECT_HOSTS, BENCH_REDIRECT_ADDRESS.
	 */
	env: Record<string, string>;
	/** `--require "<dnsRedirect.cjs>"`: the NODE_OPTIONS part alone. */
	nodeOptions: string;
	hosts: string[];
	/** Requests forwarded so far. */
	forwarded(): number;
	/** TLS connections accepted so far. */
	connections(): number;
	/** Stops the listener and removes the certificates' folder. */
	stop(): Promise<void>;
}

export async function startHubSpotRedirect(options: {
	/** The fake's plain-HTTP URL, e.g. `fake.url`. */
	targetUrl: string;
	/** Default: api.hubapi.com. */
	hosts?: string[];
	/** Loopback address to answer and listen on; default 127.0.0.1. */
	address?: string;
	/** Default 443 (clients of `https://host` connect there). */
	port?: number;
}): Promise<HubSpotRedirect> {
	const hosts = options.hosts ?? HUBSPOT_API_HOSTS;
	const address = options.address ?? '127.0.0.1';
	const dir = removeAtExit(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-hubspot-redirect-')));
	const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
	let forwarder: TlsForwarder;
	let caFile: string;
	try {
		const certificates = makeLocalCertificates(dir, hosts);
		caFile = certificates.caFile;
		forwarder = new TlsForwarder({
			...certificates,
			targetUrl: options.targetUrl,
			address,
			port: options.port,
		});
		await forwarder.start();
	} catch (error) {
		removeDir();
		throw error;
	}
	const nodeOptions = `--require "${DNS_REDIRECT_PRELOAD}"`;
	return {
		env: {
			NODE_OPTIONS: nodeOptions,
			NODE_EXTRA_CA_CERTS: caFile,
			BENCH_REDIRECT_HOSTS: hosts.join(','),
			BENCH_REDIRECT_ADDRESS: address,
		},
		nodeOptions,
		hosts,
		forwarded: () => forwarder.forwarded,
		connections: () => forwarder.connections,
		stop: async () => {
			await forwarder.stop();
			removeDir();
		},
	};
}
