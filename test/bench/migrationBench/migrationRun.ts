/**
 * One measured run of the migration template: a fresh n8n user folder with the template's
 * credentials (pointing at the fakes), the page sub-workflow and the main workflow imported as they
 * are in workflows/ (or the main one restricted to some objects), the main workflow run with
 * `n8n execute`, then the fakes checked record by record (check.ts) and the figures computed.
 */
import {
	templateHubSpotCredential,
	templateSalesforceCredential,
	type N8nRuntime,
	type WorkflowImport,
} from '../../e2e/harness';
import { BenchN8n } from '../n8nBench';
import { formatNumber, round, type SideFigures } from '../report';
import { HubSpotChecker, sumOf, type MigrationReport, type ObjectCheck } from './check';
import { executeMeasured, type ExecutedRun, type ProcessMemory } from './execute';
import { TEN_SECONDLY_LIMIT, type Fakes } from './org';
import {
	hubSpotRequests,
	salesforceRequests,
	type HubSpotRequests,
	type SalesforceRequests,
} from './requests';
import { ASSOCIATIONS_TARGET, REPORT_NODE, type MigratedObject } from './template';

/** Requests per second HubSpot's Professional limit allows: 190 per rolling 10 s. */
export const CEILING_REQUESTS_PER_SEC = TEN_SECONDLY_LIMIT / 10;
/** Records per second that allows at 100 records a batch upsert. */
export const CEILING_RECORDS_PER_SEC = CEILING_REQUESTS_PER_SEC * 100;

export interface MigrationRunOptions {
	runtime: N8nRuntime;
	fakes: Fakes;
	/** The main workflow to run (the template, or a restricted copy). */
	workflow: WorkflowImport;
	/** The page sub-workflow it calls (read with it: `readTemplates`). */
	page: WorkflowImport;
	/** The objects it migrates. */
	migrated: MigratedObject[];
	/** For the progress lines. */
	label: string;
	timeoutMs: number;
	progressEveryMs: number;
}

export interface MigrationRun {
	figures: SideFigures;
	checks: ObjectCheck[];
	report?: MigrationReport;
}

function migrationReport(run: ExecutedRun): MigrationReport | undefined {
	if (!run.result || run.error || !run.result.nodesRun.includes(REPORT_NODE)) return undefined;
	return run.result.output(REPORT_NODE)[0]?.json as unknown as MigrationReport | undefined;
}

function clock(seconds: number): string {
	const s = Math.round(seconds);
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

interface ProgressSample {
	records: number;
	peakRssMb: number;
}

/**
 * n8n's peak RSS so far (from /proc) when 10 %, 20 %… of the records were in HubSpot: flat when
 * memory does not grow with the records moved. Keys `10%` … `100%`; missing where no sample fell.
 */
function peakRssByProgress(samples: ProgressSample[], total: number): Record<string, number> {
	const byProgress: Record<string, number> = {};
	for (let tenth = 1; tenth <= 10; tenth++) {
		const sample = samples.find((s) => s.records >= (total * tenth) / 10);
		if (sample) byProgress[`${tenth * 10}%`] = Math.round(sample.peakRssMb);
	}
	return byProgress;
}

/** Prints, every so often, how far the run is: HubSpot's records and requests, n8n's memory. */
function progressPrinter(options: MigrationRunOptions, total: number, samples: ProgressSample[]) {
	const { hubspot } = options.fakes;
	const targets = [
		...new Set(options.migrated.map((m) => m.target).filter((t) => t !== ASSOCIATIONS_TARGET)),
	];
	let last = { at: 0, records: 0 };
	return (elapsedSec: number, memory: ProcessMemory | undefined) => {
		const records = targets.reduce((sum, type) => sum + hubspot.objects(type).count(), 0);
		const rate = (records - last.records) / Math.max(1e-9, elapsedSec - last.at);
		last = { at: elapsedSec, records };
		if (memory) samples.push({ records, peakRssMb: memory.peakRssMb });
		const requests = hubspot.server.log.count();
		const limited = hubspot.server.log.count({ status: 429 });
		console.log(
			`[bench]   ${options.label} ${clock(elapsedSec)}: ${formatNumber(records)} of ${formatNumber(total)} records in HubSpot ` +
				`(${formatNumber(rate)}/s lately), ${formatNumber(requests)} HubSpot requests (${formatNumber(limited)} × 429)` +
				(memory
					? `; n8n RSS ${formatNumber(memory.rssMb)} MB, peak ${formatNumber(memory.peakRssMb)} MB`
					: ''),
		);
	};
}

/**
 * The figures both sides (the template and the built-in nodes) work out alike: speed against
 * HubSpot's ceiling, requests from the fakes' logs, and the run's time and memory.
 */
export function runFigures(
	landed: number | null,
	hs: HubSpotRequests,
	sf: SalesforceRequests,
	run: ExecutedRun,
): Omit<SideFigures, 'records' | 'lost' | 'duplicated'> &
	Pick<SideFigures, 'recordsPerSec' | 'seconds' | 'apiCalls' | 'peakRssMb'> {
	const seconds = run.executionSec ?? run.seconds;
	const perSecond = landed !== null && seconds > 0 ? landed / seconds : null;
	return {
		recordsPerSec: round(perSecond, 1),
		recordsCeilingFraction:
			perSecond === null ? null : round(perSecond / CEILING_RECORDS_PER_SEC, 4),
		hubspotRequestsPerSec: round(seconds > 0 ? hs.windowRequests / seconds : null, 2),
		ceilingFraction: round(
			seconds > 0 ? hs.windowRequests / seconds / CEILING_REQUESTS_PER_SEC : null,
			4,
		),
		executionSec: round(run.executionSec, 2),
		seconds: round(run.seconds, 2),
		hubspotApiSpanSec: round(hs.apiSpanSec, 2),
		apiCalls: hs.apiCalls + sf.apiCalls,
		hubspotApiCalls: hs.apiCalls,
		salesforceApiCalls: sf.apiCalls,
		upsertRequests: hs.upsertRequests,
		windowRequests: hs.windowRequests,
		rateLimited429: hs.rateLimited429,
		serverErrors: hs.serverErrors,
		longestHubSpotPauseSec: round(hs.longestPauseSec, 2),
		peakRssMb: round(run.peakRssMb, 1),
		childPeakRssMb: round(run.childPeakRssMb, 1),
		databaseMb: round(run.databaseMb, 1),
	};
}

export async function runMigration(options: MigrationRunOptions): Promise<MigrationRun> {
	const { runtime, fakes, migrated } = options;
	const { org, salesforce, hubspot } = fakes;
	const records = migrated.reduce((sum, m) => sum + (org.counts[m.object as never] ?? 0), 0);
	const bench = BenchN8n.create(runtime);
	try {
		await bench.importCredentials([
			templateSalesforceCredential(salesforce),
			templateHubSpotCredential(hubspot),
		]);
		await bench.importWorkflow(options.page, { publish: true });
		const id = await bench.importWorkflow(options.workflow);

		hubspot.server.log.clear();
		salesforce.server.log.clear();
		const recordTargets = migrated.filter((m) => m.target !== ASSOCIATIONS_TARGET);
		const toLand = recordTargets.reduce((sum, m) => sum + (org.counts[m.object as never] ?? 0), 0);
		const samples: ProgressSample[] = [];
		const run = await executeMeasured(bench, id, {
			timeoutMs: options.timeoutMs,
			progressEveryMs: options.progressEveryMs,
			onProgress: progressPrinter(options, toLand, samples),
		});
		const report = migrationReport(run);
		const checker = new HubSpotChecker(hubspot, org);
		const checks = migrated.map((m) => checker.check(m, report));
		const hs = hubSpotRequests(hubspot);
		const sf = salesforceRequests(salesforce);

		const landed = sumOf(
			checks.filter((c) => c.target !== ASSOCIATIONS_TARGET),
			(c) => c.inHubSpot,
		);
		const reportProblems = checks.flatMap((c) => c.disagreements.map((d) => `${c.object}: ${d}`));
		const error =
			run.error ??
			(report ? undefined : `no "${REPORT_NODE}" item`) ??
			(hs.logDropped > 0 ? `the fake HubSpot's log dropped ${hs.logDropped} entries` : undefined);
		const figures: SideFigures = {
			records,
			landed,
			failed: sumOf(checks, (c) => c.failed),
			skipped: sumOf(checks, (c) => c.skipped),
			lost: sumOf(checks, (c) => c.lost),
			duplicated: sumOf(checks, (c) => c.duplicated),
			...runFigures(landed, hs, sf, run),
			longestUpsertGapSec: round(hs.longestUpsertGapSec, 2),
			bulkJobs: sf.bulkJobs,
			salesforceTokenCalls: sf.tokenCalls,
			pages: sumOf(checks, (c) => c.pages),
			associated: sumOf(checks, (c) => c.associated),
			associationsFailed: sumOf(checks, (c) => c.associationsFailed),
			associationsInHubSpot: checker.associations(migrated.map((m) => m.target)),
			peakRssMbByProgress: peakRssByProgress(samples, toLand),
			reportAgrees: report ? reportProblems.length === 0 : false,
			...(reportProblems.length > 0 ? { reportDisagreements: reportProblems } : {}),
			objects: checks,
			hubspotApiCallsBy: hs.apiCallsBy,
			salesforceApiCallsBy: sf.apiCallsBy,
			...(error ? { error } : {}),
		};
		return { figures, checks, report };
	} finally {
		await bench.dispose();
	}
}
