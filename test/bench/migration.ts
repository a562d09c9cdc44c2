/**
 * `npm run bench:migration`: the whole "Salesforce to HubSpot migration" template (workflows/) in
 * real n8n 1.x, on a generated org, against a fake HubSpot at the Professional tier's limits (190
 * requests per 10 s, 650,000 a day): how long it takes, how close it comes to HubSpot's ceiling,
 * what n8n's memory does, and whether every record arrived exactly once.
 *
 *   1. main run: an org of BENCH_RECORDS records (default 100,000; `orgCounts` proportions, the
 *      objects the template does not migrate at 0) in a fake Salesforce; the templates imported
 *      as they are; every record then looked up in the fake HubSpot by `salesforce_id`, and the
 *      template's "Migration report" compared with what the fakes hold;
 *   2. built-in: n8n's Salesforce node (Contact → Get Many) into n8n's HubSpot node (Contact →
 *      Create or Update) for BENCH_BUILTIN_RECORDS Contacts (default 1,000) of the same fake
 *      Salesforce, into a fresh fake HubSpot with the same limits;
 *   3. memory: the template with "Objects in order" cut to Contact, on Contacts-only orgs of
 *      10,000 and BENCH_MEMORY_CONTACTS (default 1,000,000; 0 skips both) Contacts: n8n's peak RSS
 *      at each size, and their ratio;
 * then tables and, last, one line of JSON (see README.md). Exits 1 when our migration lost or
 * duplicated records, its report disagreed with the fakes, or a run failed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startFakeHubSpot } from '../fakes/hubspot';
import { totalOf } from '../fakes/org';
import type { N8nRuntime } from '../e2e/harness';
import {
	benchRuntime,
	installOurPackage,
	n8nEnv,
	n8nNodeOptions,
	removeAtExit,
	removeFolders,
} from './n8nBench';
import {
	comparisonTable,
	finalJsonLine,
	formatNumber,
	round,
	type BenchRun,
	type Cell,
	type SideFigures,
} from './report';
import { runBuiltinMigration } from './migrationBench/builtin';
import type { ObjectCheck } from './migrationBench/check';
import {
	CEILING_RECORDS_PER_SEC,
	CEILING_REQUESTS_PER_SEC,
	runMigration,
	type MigrationRun,
} from './migrationBench/migrationRun';
import {
	companiesHaveSalesforceId,
	contactsOnlyCounts,
	DAILY_LIMIT,
	hubSpotOptions,
	migrationCounts,
	MEMORY_RUN_USERS,
	startFakes,
	TEN_SECONDLY_LIMIT,
} from './migrationBench/org';
import {
	migratedObjects,
	readTemplates,
	restrictedTo,
	type MigratedObject,
	type Templates,
} from './migrationBench/template';

const BENCH = 'migration';
/** The smaller size of the memory comparison. */
const MEMORY_BASE_CONTACTS = 10_000;

function wholeEnv(name: string, fallback: number, minimum = 1): number {
	const asked = process.env[name];
	if (asked === undefined || asked === '') return fallback;
	const value = Number(asked.trim().replace(/_/g, ''));
	if (!Number.isSafeInteger(value) || value < minimum)
		throw new Error(`${name} must be a whole number of at least ${minimum}: "${asked}"`);
	return value;
}

const dec = (decimals: number) => (value: unknown) =>
	typeof value === 'number' ? formatNumber(value, decimals) : null;
const percent = (value: unknown) =>
	typeof value === 'number' ? `${(value * 100).toFixed(1)} %` : null;
const cell = (value: unknown): Cell =>
	typeof value === 'number' || typeof value === 'string' ? value : null;

function printMainTable(run: BenchRun, runtime: N8nRuntime): void {
	const sides = [run, run.builtin].filter(Boolean) as SideFigures[];
	const cells = (pick: (side: SideFigures) => unknown) => sides.map((side) => cell(pick(side)));
	const title =
		`Salesforce → HubSpot, fake HubSpot at ${TEN_SECONDLY_LIMIT} requests / 10 s (ceiling ` +
		`${CEILING_REQUESTS_PER_SEC} requests/s, ${formatNumber(CEILING_RECORDS_PER_SEC)} records/s at 100 a batch): ` +
		`n8n ${runtime.version}, Node ${process.version}`;
	const columns = [
		`migration template (ours), ${formatNumber(run.records)} records`,
		...(run.builtin ? [`built-in nodes, ${formatNumber(run.builtin.records)} Contacts`] : []),
	];
	console.log(
		`\n${comparisonTable(title, columns, [
			['Salesforce records to migrate', ...cells((s) => s.records)],
			['landed in HubSpot (by salesforce_id)', ...cells((s) => s.landed)],
			['failed, reported with a reason', ...cells((s) => s.failed)],
			['skipped (ours: converted leads; built-in: no email)', ...cells((s) => s.skipped)],
			['lost (none of those)', ...cells((s) => s.lost)],
			['duplicated', ...cells((s) => s.duplicated)],
			[
				'report agrees with the fakes',
				...cells((s) => (s.reportAgrees === undefined ? null : s.reportAgrees ? 'yes' : 'NO')),
			],
			['wall time of the migration (s)', ...cells((s) => dec(1)(s.executionSec))],
			['wall time of n8n execute (s)', ...cells((s) => dec(1)(s.seconds))],
			['records landed per second', ...cells((s) => dec(1)(s.recordsPerSec))],
			[
				`  share of ${formatNumber(CEILING_RECORDS_PER_SEC)} records/s`,
				...cells((s) => percent(s.recordsCeilingFraction)),
			],
			[
				'HubSpot requests per second (budget used)',
				...cells((s) => dec(2)(s.hubspotRequestsPerSec)),
			],
			[
				`  share of ${CEILING_REQUESTS_PER_SEC} requests/s (ceilingFraction)`,
				...cells((s) => percent(s.ceilingFraction)),
			],
			[
				'longest pause between HubSpot requests (s)',
				...cells((s) => dec(1)(s.longestHubSpotPauseSec)),
			],
			['HubSpot API calls', ...cells((s) => s.hubspotApiCalls)],
			['  record writes', ...cells((s) => s.upsertRequests)],
			['  429 answers', ...cells((s) => s.rateLimited429)],
			['  5xx answers', ...cells((s) => s.serverErrors)],
			['Salesforce API calls', ...cells((s) => s.salesforceApiCalls)],
			['  Bulk query jobs', ...cells((s) => s.bulkJobs)],
			['pages (sub-workflow runs)', ...cells((s) => s.pages)],
			['associations made (report)', ...cells((s) => s.associated)],
			['peak RSS of n8n (MB)', ...cells((s) => dec(0)(s.peakRssMb))],
			['n8n database after (MB)', ...cells((s) => dec(1)(s.databaseMb))],
			['error', ...cells((s) => (s.error ? 'yes, below' : 'none'))],
		])}`,
	);
	if (run.error) console.log(`ours failed: ${run.error}`);
	if (run.builtin?.error) console.log(`built-in failed: ${run.builtin.error}`);
	if (run.builtin?.itemErrors) {
		console.log('built-in failed items by message:');
		for (const [message, count] of Object.entries(
			run.builtin.itemErrors as Record<string, number>,
		).slice(0, 8))
			console.log(`  ${String(count).padStart(6)} × ${message}`);
	}
}

function printObjectsTable(checks: ObjectCheck[]): void {
	console.log(
		`\n${comparisonTable(
			"Per object (ours): the fakes checked record by record; failed and skipped from the template's report",
			[
				'→ HubSpot',
				'in Salesforce',
				'in HubSpot',
				'failed',
				'skipped',
				'lost',
				'duplicated',
				'associated',
				'report agrees',
			],
			checks.map((c) => [
				c.object,
				c.target,
				c.salesforce,
				c.inHubSpot,
				c.failed,
				c.skipped,
				c.lost,
				c.duplicated,
				c.associated,
				c.reportAgrees ? 'yes' : 'NO',
			]),
		)}`,
	);
	for (const c of checks)
		for (const problem of c.disagreements) console.log(`  ${c.object}: ${problem}`);
	console.log(
		'  (in HubSpot, for OpportunityContactRole: contact roles whose deal and contact are associated in the fake)',
	);
}

function printRequestsTable(run: BenchRun): void {
	const ours = run.hubspotApiCallsBy as Record<string, number>;
	const rows = Object.entries(ours)
		.sort((a, b) => b[1] - a[1])
		.map(([kind, count]): [string, ...Cell[]] => [kind, count]);
	const salesforce = Object.entries(run.salesforceApiCallsBy as Record<string, number>)
		.sort((a, b) => b[1] - a[1])
		.map(([kind, count]): [string, ...Cell[]] => [kind, count]);
	console.log(
		`\n${comparisonTable('HubSpot requests of our migration, by kind', ['requests'], rows)}`,
	);
	console.log(
		`\n${comparisonTable('Salesforce requests of our migration, by kind', ['requests'], salesforce)}`,
	);
}

interface MemoryFigures {
	users: number;
	contacts: number[];
	runs: SideFigures[];
	/** Peak RSS of n8n at the largest size over the peak at the smallest. */
	peakRatio: number | null;
}

function printMemoryTable(memory: MemoryFigures): void {
	const runs = memory.runs;
	console.log(
		`\n${comparisonTable(
			`Memory: the template cut to Contact, Contacts-only orgs (${memory.users} users), same fake HubSpot limits`,
			runs.map((r) => `${formatNumber(r.records)} Contacts`),
			[
				[
					'landed / failed / lost / duplicated',
					...runs.map(
						(r) =>
							`${formatNumber(cell(r.landed))} / ${formatNumber(cell(r.failed))} / ${formatNumber(r.lost)} / ${formatNumber(r.duplicated)}`,
					),
				],
				['pages', ...runs.map((r) => cell(r.pages))],
				['wall time of the migration (s)', ...runs.map((r) => dec(1)(r.executionSec))],
				['records landed per second', ...runs.map((r) => dec(1)(r.recordsPerSec))],
				['share of 19 requests/s', ...runs.map((r) => percent(r.ceilingFraction))],
				[
					'longest pause between HubSpot requests (s)',
					...runs.map((r) => dec(1)(r.longestHubSpotPauseSec)),
				],
				['peak RSS of n8n (MB)', ...runs.map((r) => dec(0)(r.peakRssMb))],
				[
					'  so far, at 10 / 50 / 90 % of the records',
					...runs.map((r) => {
						const at = (r.peakRssMbByProgress ?? {}) as Record<string, number>;
						return ['10%', '50%', '90%'].map((k) => formatNumber(at[k])).join(' / ');
					}),
				],
				['error', ...runs.map((r) => (r.error ? String(r.error).slice(0, 60) : 'none'))],
			],
		)}`,
	);
	if (memory.peakRatio !== null)
		console.log(
			`Peak RSS at ${formatNumber(memory.contacts.at(-1))} Contacts is ${memory.peakRatio.toFixed(2)} × the peak at ${formatNumber(memory.contacts[0])} Contacts.`,
		);
}

function problemsOf(name: string, side: SideFigures): string[] {
	return [
		side.error && `${name} failed (${side.error})`,
		side.lost === null && !side.error && `${name}: lost records could not be counted`,
		Number(side.lost) > 0 && `${name} lost ${side.lost} records`,
		Number(side.duplicated) > 0 && `${name} duplicated ${side.duplicated} records`,
		side.reportAgrees === false && !side.error && `${name}: the report disagrees with the fakes`,
	].filter((problem): problem is string => Boolean(problem));
}

function runLine(side: SideFigures): string {
	return side.error
		? `failed: ${side.error}`
		: `${formatNumber(cell(side.landed))} landed, ${formatNumber(cell(side.failed))} failed, ${formatNumber(side.lost)} lost, ` +
				`${formatNumber(side.duplicated)} duplicated in ${formatNumber(cell(side.executionSec), 1)} s ` +
				`(${side.recordsPerSec} records/s); n8n peak RSS ${formatNumber(side.peakRssMb)} MB`;
}

async function memoryRuns(
	runtime: N8nRuntime,
	templates: Templates,
	migrated: MigratedObject[],
	largest: number,
	common: { timeoutMs: number; progressEveryMs: number },
): Promise<MemoryFigures> {
	const contact = migrated.filter((m) => m.object === 'Contact');
	const workflow = await restrictedTo(templates.main, ['Contact']);
	const contacts = [...new Set([Math.min(MEMORY_BASE_CONTACTS, largest), largest])];
	const runs: SideFigures[] = [];
	for (const size of contacts) {
		const generated = Date.now();
		const fakes = await startFakes(contactsOnlyCounts(size));
		companiesHaveSalesforceId(fakes.hubspot);
		console.log(
			`\n[bench] Memory: ${formatNumber(size)} Contacts (and ${MEMORY_RUN_USERS} users) generated and loaded in ` +
				`${((Date.now() - generated) / 1000).toFixed(1)} s; the template cut to Contact…`,
		);
		try {
			const { figures } = await runMigration({
				runtime,
				fakes,
				workflow,
				page: templates.page,
				migrated: contact,
				label: `${formatNumber(size)} Contacts`,
				...common,
			});
			console.log(`[bench]   ${runLine(figures)}`);
			// Per-kind request counts and per-object rows are in the main run's figures already.
			const kept: SideFigures = { ...figures };
			for (const key of ['hubspotApiCallsBy', 'salesforceApiCallsBy', 'objects']) delete kept[key];
			runs.push({ contacts: size, ...kept });
		} finally {
			await fakes.stop();
		}
	}
	// No ratio when a run failed: its peak is that of a partial run.
	const [first, last] = runs.some((r) => r.error)
		? [null, null]
		: [runs[0]?.peakRssMb, runs.at(-1)?.peakRssMb];
	return {
		users: MEMORY_RUN_USERS,
		contacts,
		runs,
		peakRatio: runs.length > 1 && first && last ? round(last / first, 2) : null,
	};
}

async function main(): Promise<number> {
	// BENCH_RUNTIME=v2: n8n 2.x (Node 24), installed by `node test/e2e/runtime/ensure.js v2`.
	const runtime = benchRuntime(process.env.BENCH_RUNTIME === 'v2' ? 'n8n-v2' : 'n8n-v1');
	const records = wholeEnv('BENCH_RECORDS', 100_000);
	const memoryContacts = wholeEnv('BENCH_MEMORY_CONTACTS', 1_000_000, 0);
	const builtinRecords = wholeEnv('BENCH_BUILTIN_RECORDS', 1_000, 0);
	const timeoutMs = wholeEnv('BENCH_TIMEOUT_MIN', 720) * 60_000;
	const progressEveryMs = wholeEnv('BENCH_PROGRESS_SEC', 30) * 1000;
	const nodeOptions = n8nNodeOptions();
	console.log(
		`[bench] ${BENCH}: an org of ${formatNumber(records)} records; memory at ${memoryContacts ? `${formatNumber(Math.min(MEMORY_BASE_CONTACTS, memoryContacts))} and ${formatNumber(memoryContacts)} Contacts` : '(skipped)'}; ` +
			`built-in ${builtinRecords ? `${formatNumber(builtinRecords)} Contacts` : '(skipped)'}; n8n ${runtime.version}; n8n NODE_OPTIONS=${nodeOptions}${Object.entries(
				n8nEnv(),
			)
				.map(([k, v]) => ` ${k}=${v}`)
				.join('')}`,
	);
	// Read once: every run of this benchmark uses the same version of the templates.
	const templates = await readTemplates();
	const migrated = await migratedObjects(templates.main);
	console.log(
		`[bench] The template migrates, in order: ${migrated.map((m) => `${m.object} → ${m.target}`).join(', ')}.`,
	);
	const counts = migrationCounts(
		records,
		migrated.map((m) => m.object),
	);
	// Every temporary folder of this run (package, n8n user folders) in one folder of its own.
	process.env.TMPDIR = removeAtExit(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-migration-')));
	console.log('[bench] Building, packing and installing the package into n8n…');
	installOurPackage();

	const generated = Date.now();
	const fakes = await startFakes(counts);
	console.log(
		`[bench] Org generated and loaded in ${((Date.now() - generated) / 1000).toFixed(1)} s: ` +
			`${Object.entries(counts)
				.filter(([, n]) => n > 0)
				.map(([object, n]) => `${formatNumber(n)} ${object}`)
				.join(', ')} (${formatNumber(totalOf(counts))} in all).`,
	);
	let run: BenchRun;
	let ours: MigrationRun;
	try {
		console.log('[bench] Our migration template (every object, page by page)…');
		ours = await runMigration({
			runtime,
			fakes,
			workflow: templates.main,
			page: templates.page,
			migrated,
			label: 'migration',
			timeoutMs,
			progressEveryMs,
		});
		console.log(`[bench]   ${runLine(ours.figures)}`);
		run = { bench: BENCH, ...ours.figures };
		const builtinContacts = Math.min(builtinRecords, counts.Contact);
		if (builtinContacts > 0) {
			console.log(
				`[bench] n8n's built-in nodes: ${formatNumber(builtinContacts)} Contacts, Salesforce Get Many → HubSpot Create or Update, into a fresh fake HubSpot…`,
			);
			const hubspot = await startFakeHubSpot(hubSpotOptions());
			try {
				run.builtin = await runBuiltinMigration({
					runtime,
					salesforce: fakes.salesforce,
					hubspot,
					records: builtinContacts,
					timeoutMs,
				});
				console.log(`[bench]   ${runLine(run.builtin)}`);
			} finally {
				await hubspot.stop();
			}
		}
	} finally {
		await fakes.stop();
	}

	// The main run's tables now: the memory runs may take hours.
	printMainTable(run, runtime);
	printObjectsTable(ours.checks);
	printRequestsTable(run);

	const memory =
		memoryContacts > 0
			? await memoryRuns(runtime, templates, migrated, memoryContacts, {
					timeoutMs,
					progressEveryMs,
				})
			: undefined;

	if (memory) printMemoryTable(memory);
	console.log(
		finalJsonLine(BENCH, [run], {
			...(memory ? { memory } : {}),
			objectsMigrated: migrated,
			orgCounts: counts,
			tenSecondlyLimit: TEN_SECONDLY_LIMIT,
			dailyLimit: DAILY_LIMIT,
			ceilingRequestsPerSec: CEILING_REQUESTS_PER_SEC,
			ceilingRecordsPerSec: CEILING_RECORDS_PER_SEC,
			n8nVersion: runtime.version,
			nodeVersion: process.version,
			n8nNodeOptions: nodeOptions,
			n8nEnv: n8nEnv(),
		}),
	);
	const problems = [
		...problemsOf('the migration', run),
		...(memory?.runs ?? []).flatMap((side) =>
			problemsOf(`the memory run at ${formatNumber(side.records)} Contacts`, side),
		),
	];
	for (const problem of problems) console.error(`[bench] ${problem}`);
	return problems.length > 0 ? 1 : 0;
}

main()
	.then((code) => {
		removeFolders();
		process.exit(code);
	})
	.catch((error) => {
		console.error(error);
		removeFolders();
		process.exit(1);
	});
