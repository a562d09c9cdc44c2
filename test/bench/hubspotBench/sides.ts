/**
 * The measured sides of `bench:hubspot`: our HubSpot Batch node (page sub-workflows, see
 * workflows.ts; its single run is in singleRun.ts) and n8n's built-in HubSpot node
 * (../builtinHubSpot), each turned into the same figures (report.ts SideFigures plus the keys the
 * README lists).
 */
import type { N8nRuntime } from '../../e2e/harness';
import type { FakeHubSpot } from '../../fakes/hubspot';
import { runBuiltinHubSpot } from '../builtinHubSpot';
import { BenchN8n, type MeasuredRun } from '../n8nBench';
import { round, type SideFigures } from '../report';
import {
	BENCH_OBJECT_TYPES,
	landedRecords,
	type BenchObjectType,
	type LandedRecords,
} from './records';
import {
	BATCH_UPSERT_PATH,
	LEGACY_UPSERT_PATH,
	pageBoundaryFigures,
	requestFigures,
	type PageBoundaryFigures,
	type RequestFigures,
} from './requests';
import {
	benchCredential,
	benchPages,
	ensureWorkflow,
	pageWorkflow,
	parentWorkflow,
	RESULT_NODE,
	type PageSummary,
} from './workflows';

/** Records per second the limit allows: 190 requests per 10 s, 100 records a batch request. */
export const CEILING_RECORDS_PER_SEC = (190 / 10) * 100;

export function commonFigures(
	records: number,
	landed: number,
	duplicated: number,
	requests: RequestFigures,
	spanSec: number | null,
	run: { seconds: number | null; peakRssMb: number | null; databaseMb: number | null },
): SideFigures {
	const perSecond = spanSec ? landed / spanSec : null;
	return {
		records,
		landed,
		recordsPerSec: round(perSecond, 1),
		wallRecordsPerSec: run.seconds ? round(landed / run.seconds, 1) : null,
		ceilingFraction: perSecond === null ? null : round(perSecond / CEILING_RECORDS_PER_SEC, 4),
		apiCalls: requests.apiCalls,
		upsertRequests: requests.upsertRequests,
		rateLimited429: requests.rateLimited429,
		serverErrors: requests.serverErrors,
		lost: records - landed,
		duplicated,
		peakRssMb: round(run.peakRssMb, 1),
		seconds: round(run.seconds, 2),
		apiSpanSec: round(spanSec, 2),
		longestUpsertGapSec: round(requests.longestUpsertGapSec, 2),
		databaseMb: round(run.databaseMb, 1),
		apiCallsBy: requests.apiCallsBy,
	};
}

/** Half the records (rounded up) are contacts, the rest companies. */
export function recordsPerType(records: number): Record<BenchObjectType, number> {
	return { contacts: Math.ceil(records / 2), companies: Math.floor(records / 2) };
}

/** What the fake holds of the generated records, contacts and companies together. */
export function landedOfAllTypes(
	fake: FakeHubSpot,
	perType: Record<BenchObjectType, number>,
): LandedRecords {
	const total: LandedRecords = { landed: 0, duplicated: 0 };
	for (const objectType of BENCH_OBJECT_TYPES) {
		const found = landedRecords(fake, objectType, perType[objectType]);
		total.landed += found.landed;
		total.duplicated += found.duplicated;
	}
	return total;
}

/** Property → Ensure `salesforce_id` on contacts and companies; its wall time, seconds. */
export async function ensureProperties(bench: BenchN8n): Promise<number> {
	const id = await bench.importWorkflow(ensureWorkflow());
	const run = await bench.execute(id);
	if (run.error) throw new Error(`Ensuring the salesforce_id properties failed: ${run.error}`);
	return run.seconds;
}

function pageSummaries(run: MeasuredRun): PageSummary[] {
	if (!run.result || run.error) return [];
	return run.result.output(RESULT_NODE).map((item) => item.json as unknown as PageSummary);
}

/** Mean time from a page's last write answered to the next page's first write, seconds. */
function pageGap(boundaries: PageBoundaryFigures): number | null {
	const { betweenPagesSec, preparingSec } = boundaries;
	return betweenPagesSec === null || preparingSec === null ? null : betweenPagesSec + preparingSec;
}

export interface OursOptions {
	runtime: N8nRuntime;
	fake: FakeHubSpot;
	records: number;
	pageSize: number;
	/** HubSpot Batch's Concurrency option; undefined: the node's default. */
	concurrency?: number;
}

/** Our node: ensure the properties (timed apart), then every page through the sub-workflow. */
export async function runOurs(options: OursOptions): Promise<SideFigures> {
	const { runtime, fake, records, pageSize } = options;
	const perType = recordsPerType(records);
	const pages = benchPages(perType, pageSize);
	const bench = BenchN8n.create(runtime);
	try {
		await bench.importCredentials([benchCredential(fake)]);
		const ensureSec = await ensureProperties(bench);
		await bench.importWorkflow(pageWorkflow(pageSize, { concurrency: options.concurrency }), {
			publish: true,
		});
		const id = await bench.importWorkflow(parentWorkflow(pages));

		fake.server.log.clear();
		const run = await bench.execute(id);
		const summaries = pageSummaries(run);
		const requests = requestFigures(fake, BATCH_UPSERT_PATH);
		const boundaries = pageBoundaryFigures(fake);
		const { landed, duplicated } = landedOfAllTypes(fake, perType);
		const failed = summaries.reduce((sum, page) => sum + Number(page.failed), 0);
		const error =
			run.error ??
			(summaries.length !== pages.length
				? `${summaries.length} page summaries for ${pages.length} pages`
				: undefined) ??
			(requests.logDropped > 0
				? `the fake's request log dropped ${requests.logDropped} entries`
				: undefined);
		return {
			...commonFigures(records, landed, duplicated, requests, requests.upsertSpanSec, run),
			failed,
			pages: pages.length,
			pageSize,
			concurrency: options.concurrency ?? null,
			ensureSec: round(ensureSec, 2),
			betweenPagesSec: round(boundaries.betweenPagesSec, 2),
			preparingPageSec: round(boundaries.preparingSec, 2),
			pageGapSec: round(pageGap(boundaries), 2),
			...(error ? { error } : {}),
		};
	} finally {
		await bench.dispose();
	}
}

/**
 * n8n's built-in node, `records` contacts (`<emailPrefix>-<i>@example.com`) on the same fake. Its
 * rate is over the span of all its requests (a contact is a write and, Simplify Output off, a read).
 */
export async function runBuiltin(
	fake: FakeHubSpot,
	records: number,
	emailPrefix: string,
): Promise<SideFigures> {
	const figures = await runBuiltinHubSpot({ fake, records, emailPrefix });
	// The fake's log still holds the built-in run only (cleared just before it).
	const requests = requestFigures(fake, LEGACY_UPSERT_PATH);
	return {
		...commonFigures(records, figures.landed, figures.duplicated, requests, requests.apiSpanSec, {
			...figures,
			seconds: figures.seconds,
		}),
		failed: figures.failed,
		tlsConnections: figures.tlsConnections,
		...(figures.itemErrors ? { itemErrors: figures.itemErrors } : {}),
		...(figures.error ? { error: figures.error } : {}),
	};
}
