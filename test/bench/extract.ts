/**
 * `npm run bench:extract`: how fast, how frugal, and how complete our Salesforce Bulk node reads
 * Contacts in real n8n, against n8n's built-in Salesforce node reading the same records from the
 * same fake in the same run.
 *
 * Per size (BENCH_RECORDS, else 100,000 and 1,000,000; a comma-separated list works too):
 *   1. a fake Salesforce (127.0.0.1) loaded with that many generated Contacts (seed 42);
 *   2. ours: the "Salesforce org inventory" templates (page by page through a sub-workflow) with the
 *      object list cut to Contact, in a fresh n8n user folder, run with `n8n execute`;
 *   3. built-in: `n8n-nodes-base.salesforce` Contact → Get Many (Return All), asking for the same
 *      fields as ours reads, in another fresh user folder (see builtinSalesforce.ts);
 * then a table per size and, last, one line of JSON (see README.md). Exits 1 when our node lost
 * records or failed.
 */
import { createOrg } from '../fakes/org';
import { startFakeSalesforce, type FakeSalesforce } from '../fakes/salesforce';
import { bulkQueryableFields } from '../../nodes/SalesforceBulk/helpers/describeCache';
import { describedObject } from '../../nodes/SalesforceBulk/helpers/describedObject';
import { templateSalesforceCredential, type N8nRuntime, template } from '../e2e/harness';
import type { DescribeSObjectResult } from 'jsforce';
import { builtinSalesforceCredential, builtinSalesforceReadWorkflows } from './builtinSalesforce';
import {
	BenchN8n,
	benchRuntime,
	installOurPackage,
	n8nNodeOptions,
	removeFolders,
	type MeasuredRun,
} from './n8nBench';
import {
	comparisonTable,
	finalJsonLine,
	formatNumber,
	round,
	type BenchRun,
	type SideFigures,
} from './report';

const BENCH = 'extract';
const OBJECT = 'Contact';
const DEFAULT_SIZES = [100_000, 1_000_000];
const SEED = 42;
/** The fake's daily API allowance (its default, an Enterprise org's base allocation). */
const DAILY_API_LIMIT = 100_000;
const API_VERSION = '64.0';
const TOKEN_PATH = '/services/oauth2/token';

function sizes(): number[] {
	const asked = process.env.BENCH_RECORDS;
	if (!asked) return DEFAULT_SIZES;
	const list = asked.split(',').map((part) => Number(part.trim().replace(/_/g, '')));
	for (const size of list) {
		if (!Number.isSafeInteger(size) || size < 1)
			throw new Error(`BENCH_RECORDS must be positive whole numbers: "${asked}"`);
	}
	return list;
}

/**
 * Salesforce API requests since the log was cleared, the OAuth token endpoint apart, and the same
 * requests by kind (method and path, ids and versions generalised), e.g. `GET /services/data/vXX.X/jobs/query/{id}/results`.
 */
function apiCallsOf(salesforce: FakeSalesforce): {
	apiCalls: number;
	tokenCalls: number;
	apiCallsBy: Record<string, number>;
} {
	const log = salesforce.server.log;
	const tokenCalls = log.count({ path: TOKEN_PATH });
	const apiCallsBy: Record<string, number> = {};
	for (const entry of log.entries()) {
		if (entry.path === TOKEN_PATH) continue;
		const kind = `${entry.method} ${entry.path
			.replace(/\/v\d+\.\d+/, '/vXX.X')
			.replace(/\/jobs\/query\/[^/]+/, '/jobs/query/{id}')
			.replace(/\/(query|queryAll)\/(?!\{id\})[^/]+$/, '/$1/{cursor}')}`;
		apiCallsBy[kind] = (apiCallsBy[kind] ?? 0) + 1;
	}
	return { apiCalls: log.count() - tokenCalls, tokenCalls, apiCallsBy };
}

/** The fields our node's "all fields" mode selects: every Bulk-queryable field of the describe. */
async function ourFieldList(salesforce: FakeSalesforce): Promise<string[]> {
	const { access_token } = salesforce.issueToken();
	const response = await fetch(
		`${salesforce.url}/services/data/v${API_VERSION}/sobjects/${OBJECT}/describe`,
		{
			headers: { Authorization: `Bearer ${access_token}` },
		},
	);
	if (!response.ok) throw new Error(`describe ${OBJECT}: HTTP ${response.status}`);
	return bulkQueryableFields(describedObject((await response.json()) as DescribeSObjectResult));
}

function sideFigures(
	records: number,
	run: MeasuredRun,
	recordsRead: number | null,
	extra: Record<string, unknown>,
): SideFigures {
	const read = recordsRead ?? 0;
	return {
		records,
		recordsRead: read,
		recordsPerSec: round(read / run.seconds, 1),
		seconds: round(run.seconds, 2),
		apiCalls: null,
		lost: records - read,
		// Counting duplicates needs every Id the run delivered; neither workflow hands them back.
		duplicated: null,
		peakRssMb: round(run.peakRssMb, 1),
		databaseMb: round(run.databaseMb, 1),
		...extra,
		...(run.error ? { error: run.error } : {}),
	};
}

/** Our node: the inventory templates, objects cut to the benchmark's object. */
async function runOurs(
	runtime: N8nRuntime,
	salesforce: FakeSalesforce,
	records: number,
): Promise<SideFigures> {
	const bench = BenchN8n.create(runtime);
	try {
		await bench.importCredentials([templateSalesforceCredential(salesforce, API_VERSION)]);
		await bench.importWorkflow(template('salesforce-org-inventory-page.json'), { publish: true });
		const inventory = template('salesforce-org-inventory.json');
		const objectsNode = (
			inventory.nodes as Array<{ name: string; parameters: Record<string, unknown> }>
		).find((node) => node.name === 'Objects to read');
		if (!objectsNode) throw new Error('The inventory template has no "Objects to read" node');
		objectsNode.parameters.jsonOutput = JSON.stringify({ objects: [OBJECT] });
		const id = await bench.importWorkflow(inventory);

		salesforce.server.log.clear();
		const jobsBefore = salesforce.jobs().length;
		const run = await bench.execute(id);
		const row =
			run.result && !run.error
				? run.result.output('Inventory').find((item) => item.json.object === OBJECT)?.json
				: undefined;
		const recordsRead = row ? Number(row.records) : null;
		const { apiCalls, tokenCalls, apiCallsBy } = apiCallsOf(salesforce);
		return {
			...sideFigures(records, run, recordsRead, {
				pages: row ? Number(row.pages) : null,
				resultSetRequests: salesforce.server.log.count({
					method: 'GET',
					path: /\/jobs\/query\/[^/]+\/results$/,
				}),
				bulkJobs: salesforce.jobs().length - jobsBefore,
				salesforceCount: row ? Number(row.salesforceCount) : null,
				tokenCalls,
			}),
			apiCalls,
			apiCallsBy,
			dailyApiFraction: round(apiCalls / DAILY_API_LIMIT, 5),
		};
	} finally {
		await bench.dispose();
	}
}

/** n8n's built-in Salesforce node: Contact → Get Many, Return All, the same fields. */
async function runBuiltin(
	runtime: N8nRuntime,
	salesforce: FakeSalesforce,
	records: number,
	fields: string[],
): Promise<SideFigures> {
	const bench = BenchN8n.create(runtime);
	try {
		await bench.importCredentials([builtinSalesforceCredential(salesforce)]);
		const workflows = builtinSalesforceReadWorkflows({ object: OBJECT, fields });
		await bench.importWorkflow(workflows.sub, { publish: true });
		const id = await bench.importWorkflow(workflows.parent);

		salesforce.server.log.clear();
		const run = await bench.execute(id);
		const counted =
			run.result && !run.error
				? run.result.output(workflows.resultNode)[0]?.json.records
				: undefined;
		const { apiCalls, tokenCalls, apiCallsBy } = apiCallsOf(salesforce);
		return {
			...sideFigures(records, run, counted === undefined ? null : Number(counted), {
				pages: salesforce.server.log.count({ method: 'GET', path: /\/query(\/[^/]+)?$/ }),
				bulkJobs: 0,
				tokenCalls,
			}),
			apiCalls,
			apiCallsBy,
			dailyApiFraction: round(apiCalls / DAILY_API_LIMIT, 5),
		};
	} finally {
		await bench.dispose();
	}
}

/** n8n's own cost of `n8n execute` (start-up, database, shut-down) with a workflow that does nothing. */
async function emptyRunSeconds(runtime: N8nRuntime): Promise<number | null> {
	const bench = BenchN8n.create(runtime);
	try {
		const id = await bench.importWorkflow({
			id: 'benchEmptyRun001',
			name: 'Nothing',
			nodes: [
				{
					id: 'e1',
					name: 'Start',
					type: 'n8n-nodes-base.manualTrigger',
					typeVersion: 1,
					position: [0, 0],
					parameters: {},
				},
				{
					id: 'e2',
					name: 'Nothing',
					type: 'n8n-nodes-base.noOp',
					typeVersion: 1,
					position: [200, 0],
					parameters: {},
				},
			],
			connections: { Start: { main: [[{ node: 'Nothing', type: 'main', index: 0 }]] } },
			settings: { executionOrder: 'v1' },
		});
		const run = await bench.execute(id);
		return run.error ? null : round(run.seconds, 2);
	} finally {
		await bench.dispose();
	}
}

async function benchSize(
	runtime: N8nRuntime,
	records: number,
): Promise<{ run: BenchRun; fields: number }> {
	const generated = Date.now();
	// Contacts point at Accounts and Users the fake does not hold (about 3 Contacts an Account):
	// real-looking rows, dangling references, which a read does not mind.
	const org = createOrg({
		seed: SEED,
		counts: { User: 20, Account: Math.max(1, Math.ceil(records / 3)), Contact: records },
	});
	const salesforce = await startFakeSalesforce({
		log: { storeBodies: false, storeHeaders: false },
		dailyApiLimit: DAILY_API_LIMIT,
	});
	try {
		const loaded = salesforce.load(OBJECT, org.records(OBJECT));
		if (loaded !== records) throw new Error(`The fake holds ${loaded} ${OBJECT}s, not ${records}`);
		const fields = await ourFieldList(salesforce);
		console.log(
			`\n[bench] ${formatNumber(records)} ${OBJECT}s (${fields.length} fields each) generated and loaded into the fake in ${((Date.now() - generated) / 1000).toFixed(1)} s.`,
		);
		console.log('[bench] Our node (Salesforce Bulk, inventory templates)…');
		const ours = await runOurs(runtime, salesforce, records);
		console.log(
			`[bench]   ${ours.error ? `failed: ${ours.error}` : `${formatNumber(ours.recordsRead as number)} records in ${ours.seconds} s`}`,
		);
		console.log("[bench] n8n's built-in Salesforce node (Get Many, Return All)…");
		const builtin = await runBuiltin(runtime, salesforce, records, fields);
		console.log(
			`[bench]   ${builtin.error ? `failed: ${builtin.error}` : `${formatNumber(builtin.recordsRead as number)} records in ${builtin.seconds} s`}`,
		);
		return {
			run: { bench: BENCH, object: OBJECT, fields: fields.length, ...ours, builtin },
			fields: fields.length,
		};
	} finally {
		await salesforce.stop();
	}
}

function printTable(run: BenchRun, runtime: N8nRuntime, nodeOptions: string): void {
	const sides = [run, run.builtin as SideFigures];
	const cells = (pick: (side: SideFigures) => string | number | null | undefined) =>
		sides.map(pick);
	const dec = (value: unknown, decimals: number) =>
		typeof value === 'number' ? formatNumber(value, decimals) : null;
	const percent = (value: unknown) =>
		typeof value === 'number' ? `${(value * 100).toFixed(3)} %` : null;
	const title =
		`Extract ${formatNumber(run.records)} ${OBJECT}s, ${run.fields} fields each: n8n ${runtime.version} ` +
		`(Node ${process.version}, SQLite), n8n NODE_OPTIONS=${nodeOptions}`;
	console.log(
		`\n${comparisonTable(
			title,
			['Salesforce Bulk (ours)', 'Salesforce (n8n built-in)'],
			[
				['records read', ...cells((s) => s.recordsRead as number)],
				['lost', ...cells((s) => s.lost)],
				['wall time of n8n execute (s)', ...cells((s) => dec(s.seconds, 1))],
				['records per second', ...cells((s) => s.recordsPerSec)],
				['Salesforce API calls', ...cells((s) => s.apiCalls)],
				['  result pages read', ...cells((s) => s.pages as number)],
				['  Bulk query jobs', ...cells((s) => s.bulkJobs as number)],
				['share of the daily API limit', ...cells((s) => percent(s.dailyApiFraction))],
				['OAuth token requests (apart)', ...cells((s) => s.tokenCalls as number)],
				['peak RSS of n8n (MB)', ...cells((s) => s.peakRssMb)],
				['n8n database after (MB)', ...cells((s) => dec(s.databaseMb, 1))],
				['error', ...cells((s) => (s.error ? 'yes, below' : 'none'))],
			],
		)}`,
	);
	if (run.error) console.log(`ours failed: ${run.error}`);
	if (run.builtin?.error) console.log(`built-in failed: ${run.builtin.error}`);
}

async function main(): Promise<number> {
	const runtime = benchRuntime('n8n-v1');
	const nodeOptions = n8nNodeOptions();
	const wanted = sizes();
	console.log(
		`[bench] ${BENCH}: sizes ${wanted.map((n) => formatNumber(n)).join(', ')}; n8n ${runtime.version}; n8n NODE_OPTIONS=${nodeOptions}`,
	);
	console.log('[bench] Building, packing and installing the package into n8n…');
	installOurPackage();
	const emptyRunSec = await emptyRunSeconds(runtime);
	console.log(
		`[bench] An empty workflow takes ${emptyRunSec ?? '?'} s through n8n execute (start-up and shut-down, in every figure below).`,
	);

	const runs: BenchRun[] = [];
	for (const records of wanted) {
		const { run } = await benchSize(runtime, records);
		runs.push(run);
		printTable(run, runtime, nodeOptions);
	}

	console.log(
		finalJsonLine(BENCH, runs, {
			n8nVersion: runtime.version,
			nodeVersion: process.version,
			n8nNodeOptions: nodeOptions,
			emptyRunSec,
		}),
	);
	const failed = runs.filter((run) => run.error || run.lost !== 0);
	for (const run of failed) {
		console.error(
			`[bench] our node ${run.error ? `failed (${run.error})` : `lost ${run.lost} records`} at ${formatNumber(run.records)}`,
		);
	}
	return failed.length > 0 ? 1 : 0;
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
