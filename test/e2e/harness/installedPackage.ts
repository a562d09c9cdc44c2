import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../..');
const PACKAGE_NAME = 'n8n-nodes-salesforce-migration';

/**
 * Builds and packs the package and installs the tarball into a `.n8n/nodes` folder the way n8n's own
 * community-package installer does: unpacked into node_modules/<name>, peer and dev dependencies
 * removed from its package.json, then `npm install` inside it with scripts off. n8n-workflow then
 * resolves to n8n's own copy, as it does for a user.
 * Returns the `nodes` folder, to be copied into each test's user folder.
 */
export function packAndInstall(): string {
	// Always from the current sources: a stale dist/ would test yesterday's nodes.
	execFileSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: 'pipe' });
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-package-'));
	const tarball = execFileSync('npm', ['pack', '--pack-destination', work, '--silent'], {
		cwd: repoRoot,
		encoding: 'utf8',
	})
		.trim()
		.split('\n')
		.pop() as string;
	const nodesDir = path.join(work, 'nodes');
	const packageDir = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.mkdirSync(packageDir, { recursive: true });
	execFileSync('tar', ['-xzf', path.join(work, tarball), '-C', packageDir, '--strip-components=1']);
	const manifestPath = path.join(packageDir, 'package.json');
	const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
	for (const key of ['devDependencies', 'peerDependencies', 'optionalDependencies'])
		delete manifest[key];
	fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
	execFileSync(
		'npm',
		[
			'install',
			'--audit=false',
			'--fund=false',
			'--bin-links=false',
			'--install-strategy=shallow',
			'--ignore-scripts=true',
			'--package-lock=false',
		],
		{ cwd: packageDir, stdio: 'pipe' },
	);
	fs.writeFileSync(
		path.join(nodesDir, 'package.json'),
		JSON.stringify(
			{
				name: 'installed-nodes',
				private: true,
				dependencies: { [PACKAGE_NAME]: manifest.version },
			},
			null,
			2,
		),
	);
	return nodesDir;
}
