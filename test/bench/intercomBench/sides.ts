/**
 * Our side of `bench:intercom`: one n8n user folder with Intercom Bulk's page workflows imported
 * (`prepareOurs`), then one measured `n8n execute` of the parent per pass (`runOursPass`): the first
 * pass creates every contact, a re-run of the same records updates them (create → 409 → read →
 * update). Each pass is turned into the figures the README lists.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { N8nRuntime } from '../../e2e/harness';
import type { FakeIntercom } from '../../fakes/intercom';
import { BenchN8n, type MeasuredRun } from '../n8nBench';
import { round, type SideFigures } from '../report';
import { landedContacts } from './contacts';
import { pageGaps, requestFigures, type RequestFigures } from './requests';
import {
	benchCredential,
	benchPages,
	pageWorkflow,
	parentWorkflow,
	RESULT_NODE,
	type BenchPage,
	type PageSummary,
} from './workflows';

/** The fake's (and a typical app's) limit: 10,000 requests a minute, 1,667 per 10 s. */
export const PER_MINUTE_LIMIT = 10_000;
export const CEILING_REQUESTS_PER_SEC = PER_MINUTE_LIMIT / 60;
/** Our contacts' tag (`003Ic…`, `ic-bench-<i>@example.com`). */
export const OUR_TAG = 'Ic';

/** Files of Intercom Bulk that the installed package must hold (relative to the package). */
const OUR_FILES = [
	'dist/nodes/IntercomBulk/IntercomBulk.node.js',
	'dist/credentials/IntercomMigrationApi.credentials.js',
];

/**
 * Throws when the installed package (installOurPackage()'s `nodes` folder) lacks Intercom Bulk:
 * packed while another build had emptied dist/ (`npm run build` starts with `rimraf dist`), say.
 * n8n would otherwise only say "Unrecognized node type" once the first page runs.
 */
export function checkOurPackage(nodesDir: string): void {
	const packageDir = path.join(nodesDir, 'node_modules', 'n8n-nodes-salesforce-migration');
	const missing = OUR_FILES.filter((file) => !fs.existsSync(path.join(packageDir, file)));
	if (missing.length > 0)
		throw new Error(
			`The installed package in ${packageDir} lacks ${missing.join(', ')}: was dist/ rebuilt while it was packed? Run the bench again.`,
		);
}

export interface OursSetup {
	bench: BenchN8n;
	parentId: string;
	pages: BenchPage[];
	records: number;
	pageSize: number;
	/** Intercom Bulk's Concurrency option; undefined: the node's default (16). */
	concurrency?: number;
}

export interface OursOptions {
	runtime: N8nRuntime;
	fake: FakeIntercom;
	records: number;
	pageSize: number;
	concurrency?: number;
}

/** A fresh n8n user folder holding our credential and the page and parent workflows. */
export async function prepareOurs(options: OursOptions): Promise<OursSetup> {
	const { runtime, fake, records, pageSize, concurrency } = options;
	const pages = benchPages(records, pageSize);
	const bench = BenchN8n.create(runtime);
	try {
		await bench.importCredentials([benchCredential(fake)]);
		await bench.importWorkflow(pageWorkflow(pageSize, { tag: OUR_TAG, concurrency }), {
			publish: true,
		});
		const parentId = await bench.importWorkflow(parentWorkflow(pages));
		return { bench, parentId, pages, records, pageSize, concurrency };
	} catch (error) {
		await bench.dispose();
		throw error;
	}
}

/** One summary per page: the Page summary node runs once per non-empty output of Intercom Bulk. */
function pageSummaries(run: MeasuredRun): PageSummary[] {
	if (!run.result || run.error) return [];
	const byPage = new Map<number, PageSummary>();
	for (const item of run.result.output(RESULT_NODE)) {
		const summary = item.json as unknown as PageSummary;
		byPage.set(Number(summary.page), summary);
	}
	return [...byPage.values()].sort((a, b) => a.page - b.page);
}

const sum = (
	summaries: PageSummary[],
	key: 'landed' | 'failed' | 'created' | 'updated' | 'merged',
) => summaries.reduce((total, summary) => total + Number(summary[key] ?? 0), 0);

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Figures both sides share, from a run, the fake's request log and what landed. */
export function commonFigures(
	records: number,
	written: number | null,
	requests: RequestFigures,
	run: { seconds: number | null; peakRssMb: number | null; databaseMb: number | null },
): SideFigures {
	const span = requests.apiSpanSec;
	const requestsPerSec = span ? requests.apiCalls / span : null;
	return {
		records,
		recordsPerSec: span && written !== null ? round(written / span, 1) : null,
		requestsPerSec: round(requestsPerSec, 1),
		ceilingFraction:
			requestsPerSec === null ? null : round(requestsPerSec / CEILING_REQUESTS_PER_SEC, 4),
		apiCalls: requests.apiCalls,
		requestsPerRecord: round(requests.apiCalls / records, 3),
		rateLimited429: requests.rateLimited429,
		serverErrors: requests.serverErrors,
		conflicts409: requests.conflicts409,
		lost: null,
		duplicated: null,
		apiSpanSec: round(span, 2),
		seconds: round(run.seconds, 2),
		wallRecordsPerSec: run.seconds && written !== null ? round(written / run.seconds, 1) : null,
		longestGapSec: round(requests.longestGapSec, 2),
		pauses: requests.pauses,
		pausedSec: round(requests.pausedSec, 2),
		pauseList: requests.pauseList.map(([at, gap]) => [round(at, 2), round(gap, 2)]),
		busiestWindow: requests.busiestWindow,
		peakRssMb: round(run.peakRssMb, 1),
		databaseMb: round(run.databaseMb, 1),
		apiCallsBy: requests.apiCallsBy,
	};
}

/** One measured run of every page; the fake's log is cleared first. */
export async function runOursPass(setup: OursSetup, fake: FakeIntercom): Promise<SideFigures> {
	const { bench, parentId, pages, records } = setup;
	fake.server.log.clear();
	const run = await bench.execute(parentId);
	const summaries = pageSummaries(run);
	const requests = requestFigures(fake);
	const landed = landedContacts(fake, records, OUR_TAG);
	const written = summaries.length > 0 ? sum(summaries, 'landed') : null;
	const error =
		run.error ??
		(summaries.length !== pages.length
			? `${summaries.length} page summaries for ${pages.length} pages`
			: undefined) ??
		(requests.logDropped > 0
			? `the fake's request log dropped ${requests.logDropped} entries`
			: undefined);
	const errors = summaries.flatMap((summary) => summary.errors ?? []).slice(0, 5);
	// Page boundaries can be told from the log when every record made the same number of requests.
	const perRecord = requests.apiCalls / records;
	const boundaries =
		Number.isInteger(perRecord) &&
		perRecord > 0 &&
		requests.rateLimited429 === 0 &&
		requests.serverErrors === 0
			? pageGaps(fake, setup.pageSize * perRecord)
			: null;
	return {
		...commonFigures(records, written, requests, run),
		landed: landed.landed,
		written,
		lost: landed.lost,
		duplicated: landed.duplicated,
		duplicatedByEmail: landed.duplicatedByEmail,
		mismatched: landed.mismatched,
		withoutExternalId: landed.withoutExternalId,
		failed: summaries.length > 0 ? sum(summaries, 'failed') : null,
		created: summaries.length > 0 ? sum(summaries, 'created') : null,
		updated: summaries.length > 0 ? sum(summaries, 'updated') : null,
		merged: summaries.length > 0 ? sum(summaries, 'merged') : null,
		pages: pages.length,
		pageSize: setup.pageSize,
		pageGapSec: boundaries && boundaries.length > 0 ? round(mean(boundaries), 2) : null,
		pageGapsSec: boundaries ? boundaries.map((gap) => round(gap, 2)) : null,
		concurrency: setup.concurrency ?? null,
		...(errors.length > 0 ? { failures: errors } : {}),
		...(error ? { error } : {}),
	};
}
