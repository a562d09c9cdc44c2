/**
 * `npm run demo`: the main job on the embedded default. A fake Salesforce seeded with a generated,
 * realistic org and a fake HubSpot at a Professional account's rate limit; real n8n (1.x, SQLite)
 * with this package installed as n8n's installer does; the "Salesforce to HubSpot migration"
 * template run against them; a report per object printed at the end.
 * Size: DEMO_RECORDS (default 10,000 records across all objects).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { startFakeHubSpot } from '../fakes/hubspot';
import { createOrg, orgCounts } from '../fakes/org';
import { startFakeSalesforce } from '../fakes/salesforce';
import {
	N8nInstance,
	packAndInstall,
	runtimes,
	inviteToHubSpot,
	templateHubSpotCredential,
	templateSalesforceCredential,
	template,
} from '../e2e/harness';

interface ObjectReport {
	object: string;
	target: string;
	salesforceCount: number;
	extracted: number;
	landed: number;
	failed: number;
	skipped: number;
	associated: number;
	associationsFailed: number;
	accountedFor: boolean;
}

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
	console.log(
		`Generating a Salesforce org of about ${total.toLocaleString('en-US')} records (seed 42)…`,
	);
	const org = createOrg({ seed: 42, counts });
	const salesforce = await startFakeSalesforce({ log: { storeBodies: false } });
	for (const object of org.objectNames)
		if (org.counts[object]) salesforce.load(object, org.records(object));
	const hubspot = await startFakeHubSpot({
		tenSecondlyLimit: 190,
		dailyLimit: 650_000,
		log: { storeBodies: false, storeHeaders: false },
	});
	// The Salesforce users were invited to HubSpot with the same emails, as a migration plan asks.
	const users = [...org.records('User')] as IDataObject[];
	inviteToHubSpot(hubspot, users);
	console.log(
		`Fake Salesforce on ${salesforce.url}, fake HubSpot on ${hubspot.url} (190 requests per 10 s), 127.0.0.1 only.`,
	);

	console.log(
		'Packing the package and installing it into n8n as its community-package installer does…',
	);
	const installedNodes = packAndInstall();
	process.env.E2E_INSTALLED_NODES = installedNodes;
	const runtime = runtimes.find((r) => r.name === 'n8n-v1');
	if (!runtime) throw new Error('n8n 1.x runtime missing');
	const n8n = N8nInstance.create(runtime);
	try {
		await n8n.importCredentials([
			templateSalesforceCredential(salesforce),
			templateHubSpotCredential(hubspot),
		]);
		await n8n.publishWorkflow(
			await n8n.importWorkflow(template('salesforce-to-hubspot-migration-page.json')),
		);
		const id = await n8n.importWorkflow(template('salesforce-to-hubspot-migration.json'));

		console.log(
			`Running the "Salesforce to HubSpot migration" template in n8n ${runtime.version} on SQLite…`,
		);
		const started = Date.now();
		const result = await n8n.execute(id);
		const seconds = (Date.now() - started) / 1000;
		const report = result.output('Migration report')[0].json as IDataObject & {
			objects: ObjectReport[];
			failures: Array<{ object: string; stage: string; reason: { message: string } }>;
		};

		const rows = report.objects.map((o) => ({
			object: o.object,
			'→ HubSpot': o.target,
			'in Salesforce': o.salesforceCount,
			landed: o.landed,
			failed: o.failed,
			skipped: o.skipped,
			associations: o.associated,
			'accounted for': o.accountedFor && o.extracted === o.salesforceCount ? 'yes' : 'NO',
		}));
		console.log(`\n${table(rows)}\n`);
		const inHubSpot = ['companies', 'contacts', 'deals', 'tickets', 'tasks', 'meetings', 'notes']
			.map((type) => `${hubspot.objects(type).count().toLocaleString('en-US')} ${type}`)
			.join(', ');
		const hubspotCalls = hubspot.server.log.count();
		console.log(
			`HubSpot now holds ${inHubSpot}. ${seconds.toFixed(1)} s in all (n8n start-up included), ${hubspotCalls} HubSpot API calls.`,
		);
		const reasons = new Map<string, number>();
		for (const failure of report.failures) {
			const key = `${failure.object}, ${failure.stage}: ${failure.reason.message
				.replace(/"[^"]*"/g, '"…"')
				.replace(/\d{3,}/g, 'N')
				.slice(0, 110)}`;
			reasons.set(key, (reasons.get(key) ?? 0) + 1);
		}
		if (reasons.size > 0) {
			console.log(
				'\nWhy records did not land (the data quality of a real org; first 200 failures of each page):',
			);
			for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 12))
				console.log(`  ${String(count).padStart(4)} × ${reason}`);
		}
		const missing = rows.filter((r) => r['accounted for'] !== 'yes');
		if (missing.length) {
			console.log(
				`\nNOT every record is accounted for: ${missing.map((r) => r.object).join(', ')}`,
			);
			return 1;
		}
		console.log(
			'\nEvery record accounted for: landed in HubSpot, or reported with its reason. Run it again: nothing is duplicated.',
		);
		return 0;
	} finally {
		await n8n.dispose();
		await hubspot.stop();
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
