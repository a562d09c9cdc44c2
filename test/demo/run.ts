/**
 * `npm run demo`: the main job on the embedded default. A fake Salesforce seeded with a generated,
 * realistic org; real n8n (1.x, SQLite) with this package installed as n8n's installer does; the
 * template workflows run against it; a summary printed at the end.
 * Size: DEMO_RECORDS (default 10,000 records across all objects).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createOrg, orgCounts } from '../fakes/org';
import { startFakeSalesforce } from '../fakes/salesforce';
import {
	N8nInstance,
	packAndInstall,
	runtimes,
	templateSalesforceCredential,
	type WorkflowImport,
} from '../e2e/harness';

const workflowsDir = path.resolve(__dirname, '../../workflows');
const template = (file: string) =>
	JSON.parse(fs.readFileSync(path.join(workflowsDir, file), 'utf8')) as WorkflowImport;

function table(rows: Array<Record<string, string | number>>): string {
	const columns = Object.keys(rows[0]);
	const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
	const line = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i])).join('  ');
	return [
		line(columns),
		line(widths.map((w) => '-'.repeat(w))),
		...rows.map((r) => line(columns.map((c) => String(r[c])))),
	].join('\n');
}

async function main(): Promise<number> {
	const total = Number(process.env.DEMO_RECORDS ?? 10_000);
	const counts = orgCounts(total);
	console.log(`Generating a Salesforce org of ${total.toLocaleString('en-US')} records (seed 42)…`);
	const org = createOrg({ seed: 42, counts });
	const salesforce = await startFakeSalesforce({ log: { storeBodies: false } });
	for (const object of org.objectNames)
		if (org.counts[object]) salesforce.load(object, org.records(object));
	console.log(`Fake Salesforce listening on ${salesforce.url} (127.0.0.1 only).`);

	console.log(
		'Packing the package and installing it into n8n as its community-package installer does…',
	);
	const installedNodes = packAndInstall();
	process.env.E2E_INSTALLED_NODES = installedNodes;
	const runtime = runtimes.find((r) => r.name === 'n8n-v1');
	if (!runtime) throw new Error('n8n 1.x runtime missing');
	const n8n = N8nInstance.create(runtime);
	try {
		await n8n.importCredentials([templateSalesforceCredential(salesforce)]);
		await n8n.publishWorkflow(
			await n8n.importWorkflow(template('salesforce-org-inventory-page.json')),
		);
		const id = await n8n.importWorkflow(template('salesforce-org-inventory.json'));

		console.log(
			`Running the "Salesforce org inventory" template in n8n ${runtime.version} on SQLite…`,
		);
		const started = Date.now();
		const result = await n8n.execute(id);
		const seconds = (Date.now() - started) / 1000;

		const inventory = result.output('Inventory').map((item) => item.json);
		const rows = org.objectNames.map((object) => {
			const row = inventory.find((r) => r.object === object);
			const expected = salesforce.count(object, { live: true });
			return {
				object,
				'in Salesforce': expected,
				read: Number(row?.records ?? 0),
				pages: Number(row?.pages ?? 0),
				'accounted for': Number(row?.records ?? -1) === expected ? 'yes' : 'NO',
			};
		});
		const read = rows.reduce((sum, r) => sum + r.read, 0);
		const apiCalls =
			salesforce.server.log.count() -
			salesforce.server.log.count({ path: '/services/oauth2/token' });
		console.log(`\n${table(rows)}\n`);
		console.log(
			`${read.toLocaleString('en-US')} records read in ${seconds.toFixed(1)} s (${Math.round(read / seconds).toLocaleString('en-US')} records/s, including n8n start-up), ${apiCalls} Salesforce API calls, ${salesforce.jobs().length} Bulk query jobs.`,
		);
		const missing = rows.filter((r) => r['accounted for'] !== 'yes');
		if (missing.length) {
			console.log(`NOT every record was read: ${missing.map((r) => r.object).join(', ')}`);
			return 1;
		}
		console.log(
			'Every record accounted for. Next: the HubSpot and Intercom stages arrive in later releases.',
		);
		return 0;
	} finally {
		await n8n.dispose();
		await salesforce.stop();
		fs.rmSync(path.dirname(installedNodes), { recursive: true, force: true });
	}
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
