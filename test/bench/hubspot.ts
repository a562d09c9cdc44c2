/**
 * `npm run bench:hubspot`: how close our HubSpot Batch node comes to HubSpot's Professional rate
 * limit (190 requests per 10 s: 1,900 records per second at 100 a batch) in real n8n, and what it
 * loses, against n8n's built-in HubSpot node on the same fake in the same run.
 *
 *   1. one fake HubSpot (127.0.0.1) at Professional limits: 190 requests / 10 s, 650,000 a day;
 *   2. ours: BENCH_RECORDS records (default 100,000), half contacts, half companies, upserted by
 *      `salesforce_id` page by page (10,000 a page) through a sub-workflow, in a fresh n8n user
 *      folder (see hubspotBench/workflows.ts);
 *   3. ours again, "single run": the same records in ONE execution (no pages), on a second fake
 *      with the same limits (see hubspotBench/singleRun.ts);
 *   4. with the first fake's 10-s window clear (11 s at least), built-in: BENCH_BUILTIN_RECORDS
 *      contacts (default 1,000) through `n8n-nodes-base.hubspot` (see builtinHubSpot/);
 * then a table and, last, one line of JSON (see README.md). Exits 1 when our node (either side)
 * lost, duplicated or failed records, or a run failed.
 */
import { startFakeHubSpot } from '../fakes/hubspot';
import type { N8nRuntime } from '../e2e/harness';
import { benchRuntime, installOurPackage, n8nNodeOptions, removeFolders } from './n8nBench';
import {
	comparisonTable,
	finalJsonLine,
	formatNumber,
	type BenchRun,
	type SideFigures,
} from './report';
import { CEILING_RECORDS_PER_SEC, runBuiltin, runOurs } from './hubspotBench/sides';
import { runSingleRun } from './hubspotBench/singleRun';

const BENCH = 'hubspot';
const TEN_SECOND_LIMIT = 190;
const DAILY_LIMIT = 650_000;
const PAGE_SIZE = 10_000;
const WINDOW_CLEAR_MS = 11_000;
const BUILTIN_EMAIL_PREFIX = 'builtin-bench';

function positiveEnv(name: string, fallback: number): number {
	const asked = process.env[name];
	if (asked === undefined || asked === '') return fallback;
	const value = Number(asked.trim().replace(/_/g, ''));
	if (!Number.isSafeInteger(value) || value < 1)
		throw new Error(`${name} must be a positive whole number: "${asked}"`);
	return value;
}

function printTable(run: BenchRun, runtime: N8nRuntime): void {
	const sides = [run, run.singleRun as SideFigures, run.builtin as SideFigures];
	const cells = (pick: (side: SideFigures) => unknown) =>
		sides.map((side) => {
			const value = pick(side);
			return typeof value === 'number' || typeof value === 'string' ? value : null;
		});
	const dec = (decimals: number) => (value: unknown) =>
		typeof value === 'number' ? formatNumber(value, decimals) : null;
	const percent = (value: unknown) =>
		typeof value === 'number' ? `${(value * 100).toFixed(1)} %` : null;
	const title =
		`Upsert into a fake HubSpot at ${TEN_SECOND_LIMIT} requests / 10 s (ceiling ` +
		`${formatNumber(CEILING_RECORDS_PER_SEC)} records/s): n8n ${runtime.version}, Node ${process.version}`;
	console.log(
		`\n${comparisonTable(
			title,
			['HubSpot Batch, pages (ours)', 'HubSpot Batch, one run (ours)', 'HubSpot (n8n built-in)'],
			[
				['records', ...cells((s) => s.records)],
				['landed in the fake', ...cells((s) => s.landed)],
				['lost', ...cells((s) => s.lost)],
				['duplicated', ...cells((s) => s.duplicated)],
				['items on the failed output', ...cells((s) => s.failed)],
				['span of the API requests (s)', ...cells((s) => dec(1)(s.apiSpanSec))],
				['records per second (over that span)', ...cells((s) => dec(1)(s.recordsPerSec))],
				['share of the ceiling', ...cells((s) => percent(s.ceilingFraction))],
				['wall time of n8n execute (s)', ...cells((s) => dec(1)(s.seconds))],
				['records per second (wall time)', ...cells((s) => dec(1)(s.wallRecordsPerSec))],
				['API calls', ...cells((s) => s.apiCalls)],
				['  write requests', ...cells((s) => s.upsertRequests)],
				['  429 answers', ...cells((s) => s.rateLimited429)],
				['  5xx answers', ...cells((s) => s.serverErrors)],
				['longest pause between writes (s)', ...cells((s) => dec(2)(s.longestUpsertGapSec))],
				['mean pause between pages (s)', ...cells((s) => dec(2)(s.pageGapSec))],
				['pause from contacts to companies (s)', ...cells((s) => dec(2)(s.typeGapSec))],
				['peak RSS of n8n (MB)', ...cells((s) => s.peakRssMb)],
				['error', ...cells((s) => (s.error ? 'yes, below' : 'none'))],
			],
		)}`,
	);
	if (run.error) console.log(`ours (pages) failed: ${run.error}`);
	if ((run.singleRun as SideFigures | undefined)?.error)
		console.log(`ours (one run) failed: ${(run.singleRun as SideFigures).error}`);
	if (run.builtin?.error) console.log(`built-in failed: ${run.builtin.error}`);
}

/** Ours once more, every record in one execution, on a fake of its own with the same limits. */
async function singleRunSide(
	runtime: N8nRuntime,
	records: number,
	concurrency: number | undefined,
): Promise<SideFigures> {
	console.log('[bench] Our node again, every record in one execution (no pages)…');
	const fake = await startFakeHubSpot(fakeOptions());
	try {
		const side = await runSingleRun({ runtime, fake, records, concurrency });
		console.log(`[bench]   ${sideLine(side)}`);
		return side;
	} finally {
		await fake.stop();
	}
}

function fakeOptions(): Parameters<typeof startFakeHubSpot>[0] {
	return {
		tenSecondlyLimit: TEN_SECOND_LIMIT,
		dailyLimit: DAILY_LIMIT,
		log: { storeBodies: false, storeHeaders: false },
	};
}

function sideLine(side: SideFigures): string {
	return side.error
		? `failed: ${side.error}`
		: `${formatNumber(side.landed as number)} records landed, ${side.recordsPerSec} records/s over ${side.apiSpanSec} s of writes`;
}

function sideProblems(name: string, side: SideFigures): string[] {
	return [
		side.error && `(${name}) failed (${side.error})`,
		side.lost !== 0 && `(${name}) lost ${side.lost} records`,
		side.duplicated !== 0 && `(${name}) duplicated ${side.duplicated} records`,
		Number(side.failed) > 0 && `(${name}) put ${side.failed} records on its failed output`,
	].filter((problem): problem is string => Boolean(problem));
}

async function main(): Promise<number> {
	const runtime = benchRuntime('n8n-v1');
	const records = positiveEnv('BENCH_RECORDS', 100_000);
	const builtinRecords = positiveEnv('BENCH_BUILTIN_RECORDS', 1_000);
	const concurrency = process.env.BENCH_CONCURRENCY
		? positiveEnv('BENCH_CONCURRENCY', 8)
		: undefined;
	const nodeOptions = n8nNodeOptions();
	console.log(
		`[bench] ${BENCH}: ${formatNumber(records)} records (ours), ${formatNumber(builtinRecords)} contacts (built-in); ` +
			`n8n ${runtime.version}; n8n NODE_OPTIONS=${nodeOptions}`,
	);
	console.log('[bench] Building, packing and installing the package into n8n…');
	installOurPackage();

	const fake = await startFakeHubSpot(fakeOptions());
	let run: BenchRun;
	try {
		console.log('[bench] Our node (HubSpot Batch, 10,000 records a page through a sub-workflow)…');
		const ours = await runOurs({ runtime, fake, records, pageSize: PAGE_SIZE, concurrency });
		console.log(`[bench]   ${sideLine(ours)}`);
		const windowClearAt = Date.now() + WINDOW_CLEAR_MS;
		const singleRun = await singleRunSide(runtime, records, concurrency);
		await new Promise((resolve) => setTimeout(resolve, Math.max(0, windowClearAt - Date.now())));
		console.log("[bench] n8n's built-in HubSpot node (Contact → Create or Update)…");
		const builtin = await runBuiltin(fake, builtinRecords, BUILTIN_EMAIL_PREFIX);
		console.log(
			`[bench]   ${builtin.error ? `failed: ${builtin.error}` : `${formatNumber(builtin.landed as number)} of ${formatNumber(builtinRecords)} contacts landed`}`,
		);
		run = { bench: BENCH, ...ours, singleRun, builtin };
	} finally {
		await fake.stop();
	}

	printTable(run, runtime);
	console.log(
		finalJsonLine(BENCH, [run], {
			tenSecondlyLimit: TEN_SECOND_LIMIT,
			ceilingRecordsPerSec: CEILING_RECORDS_PER_SEC,
			n8nVersion: runtime.version,
			nodeVersion: process.version,
			n8nNodeOptions: nodeOptions,
		}),
	);
	const problems = [
		...sideProblems('pages', run),
		...sideProblems('one run', run.singleRun as SideFigures),
	];
	for (const problem of problems) console.error(`[bench] our node ${problem}`);
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
