import * as fs from 'node:fs';
import * as path from 'node:path';

/** Removes the packed package and its installed copy made by globalSetup. */
export default async function globalTeardown(): Promise<void> {
	const nodes = process.env.E2E_INSTALLED_NODES;
	if (nodes) fs.rmSync(path.dirname(nodes), { recursive: true, force: true });
}
