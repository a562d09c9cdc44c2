/**
 * A throw-away certificate authority and one server certificate for a list of host names (as
 * subjectAltName DNS entries), made with `openssl` in a folder the caller owns. The child process
 * trusts the authority through NODE_EXTRA_CA_CERTS; the TLS forwarder serves the certificate.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface LocalCertificates {
	/** PEM file of the authority: the value for NODE_EXTRA_CA_CERTS. */
	caFile: string;
	/** The server's certificate and private key, PEM. */
	cert: string;
	key: string;
}

const OPENSSL = fs.existsSync('/usr/bin/openssl') ? '/usr/bin/openssl' : 'openssl';
const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function openssl(dir: string, args: string[]): void {
	execFileSync(OPENSSL, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Writes ca.crt, ca.key, server.crt, server.key (and the request and extensions) into `dir`. */
export function makeLocalCertificates(dir: string, hosts: string[]): LocalCertificates {
	if (hosts.length === 0) throw new Error('makeLocalCertificates: no host names');
	for (const host of hosts) {
		if (!/^[a-z0-9.-]+$/i.test(host)) throw new Error(`Not a host name: "${host}"`);
	}
	fs.mkdirSync(dir, { recursive: true });
	openssl(dir, [
		'req',
		'-x509',
		...EC_KEY,
		'-keyout',
		'ca.key',
		'-out',
		'ca.crt',
		'-days',
		'2',
		'-subj',
		'/CN=n8n benchmark local CA',
		'-addext',
		'basicConstraints=critical,CA:TRUE',
		'-addext',
		'keyUsage=critical,keyCertSign,cRLSign',
	]);
	openssl(dir, [
		'req',
		'-new',
		...EC_KEY,
		'-keyout',
		'server.key',
		'-out',
		'server.csr',
		'-subj',
		`/CN=${hosts[0]}`,
	]);
	fs.writeFileSync(
		path.join(dir, 'server.ext'),
		[
			`subjectAltName=${hosts.map((host) => `DNS:${host}`).join(',')}`,
			'basicConstraints=CA:FALSE',
			'keyUsage=critical,digitalSignature,keyEncipherment',
			'extendedKeyUsage=serverAuth',
			'',
		].join('\n'),
	);
	openssl(dir, [
		'x509',
		'-req',
		'-in',
		'server.csr',
		'-CA',
		'ca.crt',
		'-CAkey',
		'ca.key',
		'-set_serial',
		`0x${Date.now().toString(16)}`,
		'-days',
		'2',
		'-extfile',
		'server.ext',
		'-out',
		'server.crt',
	]);
	return {
		caFile: path.join(dir, 'ca.crt'),
		cert: fs.readFileSync(path.join(dir, 'server.crt'), 'utf8'),
		key: fs.readFileSync(path.join(dir, 'server.key'), 'utf8'),
	};
}
