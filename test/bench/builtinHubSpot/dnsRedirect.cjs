/**
 * Preload for a child Node.js process (`NODE_OPTIONS="--require /abs/path/dnsRedirect.cjs"`):
 * `dns.lookup` and `dns.promises.lookup` answer BENCH_REDIRECT_ADDRESS (default 127.0.0.1) for
 * the host names listed in BENCH_REDIRECT_HOSTS (comma-separated, case-insensitive); every other
 * name is looked up as before. Node's net/tls (and so http, https, axios, fetch) resolve through
 * `dns.lookup`, so a client of `https://api.hubapi.com` connects to the local TLS forwarder.
 * Without BENCH_REDIRECT_HOSTS it does nothing.
 */
'use strict';
const dns = require('node:dns');

const hosts = new Set(
	(process.env.BENCH_REDIRECT_HOSTS || '')
		.split(',')
		.map((name) => name.trim().toLowerCase().replace(/\.$/, ''))
		.filter(Boolean),
);
const address = process.env.BENCH_REDIRECT_ADDRESS || '127.0.0.1';
const family = address.includes(':') ? 6 : 4;

const redirected = (hostname) =>
	typeof hostname === 'string' && hosts.has(hostname.toLowerCase().replace(/\.$/, ''));
const wantsAll = (options) => Boolean(options && typeof options === 'object' && options.all);

if (hosts.size > 0) {
	const lookup = dns.lookup;
	dns.lookup = function redirectLookup(hostname, options, callback) {
		if (!redirected(hostname)) return lookup.apply(this, arguments);
		const done = typeof options === 'function' ? options : callback;
		const answer = wantsAll(options) ? [[{ address, family }]] : [address, family];
		process.nextTick(() => done(null, ...answer));
		return {};
	};

	const promises = dns.promises;
	const lookupPromise = promises.lookup;
	promises.lookup = function redirectLookupPromise(hostname, options) {
		if (!redirected(hostname)) return lookupPromise.apply(this, arguments);
		return Promise.resolve(wantsAll(options) ? [{ address, family }] : { address, family });
	};
}
