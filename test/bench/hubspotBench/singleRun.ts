/**
 * Our node's second side in `bench:hubspot`, "single run": the same records written by ONE
 * execution, with no page boundaries (so no pause between pages, and no bound on memory):
 *
 *   Start → Records (Code: every contact, then every company) → Contact? (If, on the key's
 *   prefix) → true: HubSpot Batch contacts; false: HubSpot Batch companies → Summary (Code: one
 *   `{landed, failed}` item).
 *
 * Every record exists before the first write, and n8n (execution order v1) runs the true branch
 * (placed above) to its end before the false one: between the two types there is only HubSpot
 * Batch ending and starting again.
 *
 * It runs on a fake HubSpot of its own (fresh records and rate window), against the same checks.
 */
import type { N8nRuntime, WorkflowImport } from '../../e2e/harness';
import type { FakeHubSpot } from '../../fakes/hubspot';
import { BenchN8n, type MeasuredRun } from '../n8nBench';
import { round, type SideFigures } from '../report';
import { BENCH_RECORD_SOURCE, type BenchObjectType } from './records';
import { BATCH_UPSERT_PATH, pageBoundaryFigures, requestFigures } from './requests';
import { commonFigures, ensureProperties, landedOfAllTypes, recordsPerType } from './sides';
import {
	benchCredential,
	credentials,
	HUBSPOT_BATCH_TYPE,
	link,
	node,
	upsertParameters,
} from './workflows';

const SINGLE_RUN_ID = 'hsBenchSingle01';
const CONTACT_KEY_PREFIX = '003Bn';
const SUMMARY_NODE = 'Summary';
const UPSERT_NODES: Record<BenchObjectType, string> = {
	contacts: 'HubSpot Batch contacts',
	companies: 'HubSpot Batch companies',
};

interface SingleRunSummary {
	landed: number;
	failed: number;
}

function recordsCode(perType: Record<BenchObjectType, number>): string {
	return [
		`const benchRecord = ${BENCH_RECORD_SOURCE};`,
		`const perType = ${JSON.stringify(perType)};`,
		'const items = [];',
		'for (const objectType of Object.keys(perType))',
		'\tfor (let i = 0; i < perType[objectType]; i++) items.push({ json: benchRecord(objectType, i) });',
		'return items;',
	].join('\n');
}

// Runs once per output of the last HubSpot Batch that has items: the same counts each time.
const SUMMARY_CODE = [
	`const nodes = ${JSON.stringify(Object.values(UPSERT_NODES))};`,
	'const count = (output) => nodes.reduce((sum, name) => sum + $(name).all(output).length, 0);',
	'return [{ json: { landed: count(0), failed: count(1) } }];',
].join('\n');

/** One execution upserting every contact, then every company. */
export function singleRunWorkflow(
	perType: Record<BenchObjectType, number>,
	concurrency?: number,
): WorkflowImport {
	const upsert = (objectType: BenchObjectType, y: number) => ({
		parameters: upsertParameters(objectType, concurrency),
		credentials,
		position: [5 * 220, y],
	});
	const bothOutputsTo = (to: string) => ({
		main: [[{ node: to, type: 'main', index: 0 }], [{ node: to, type: 'main', index: 0 }]],
	});
	return {
		id: SINGLE_RUN_ID,
		name: 'HubSpot bench: upsert everything in one run',
		nodes: [
			node(21, 'Start', 'n8n-nodes-base.manualTrigger', 1, { parameters: {} }),
			node(22, 'Records', 'n8n-nodes-base.code', 2, {
				parameters: {
					mode: 'runOnceForAllItems',
					language: 'javaScript',
					jsCode: recordsCode(perType),
				},
			}),
			node(23, 'Contact?', 'n8n-nodes-base.if', 1, {
				parameters: {
					conditions: {
						string: [
							{
								value1: '={{ $json.salesforce_id }}',
								operation: 'startsWith',
								value2: CONTACT_KEY_PREFIX,
							},
						],
					},
				},
			}),
			// Above the companies' node: execution order v1 runs the upper branch first.
			node(24, UPSERT_NODES.contacts, HUBSPOT_BATCH_TYPE, 1, upsert('contacts', -120)),
			node(25, UPSERT_NODES.companies, HUBSPOT_BATCH_TYPE, 1, upsert('companies', 120)),
			node(26, SUMMARY_NODE, 'n8n-nodes-base.code', 2, {
				parameters: { mode: 'runOnceForAllItems', language: 'javaScript', jsCode: SUMMARY_CODE },
			}),
		],
		connections: {
			Start: link('Records'),
			Records: link('Contact?'),
			'Contact?': {
				main: [
					[{ node: UPSERT_NODES.contacts, type: 'main', index: 0 }],
					[{ node: UPSERT_NODES.companies, type: 'main', index: 0 }],
				],
			},
			// The contacts' node first (above), so the summary, after the companies', sees both.
			[UPSERT_NODES.companies]: bothOutputsTo(SUMMARY_NODE),
		},
		settings: {
			executionOrder: 'v1',
			saveDataSuccessExecution: 'none',
			saveManualExecutions: false,
		},
		pinData: {},
		active: false,
	};
}

function sumOrNull(a: number | null, b: number | null): number | null {
	return a === null || b === null ? null : a + b;
}

function lastSummary(run: MeasuredRun): SingleRunSummary | undefined {
	if (!run.result || run.error || !run.result.nodesRun.includes(SUMMARY_NODE)) return undefined;
	const items = run.result.output(SUMMARY_NODE);
	return items.at(-1)?.json as unknown as SingleRunSummary | undefined;
}

export interface SingleRunOptions {
	runtime: N8nRuntime;
	/** A fake of its own: no records yet, the rate window clear. */
	fake: FakeHubSpot;
	records: number;
	concurrency?: number;
}

/** Our node, every record in one execution: ensure the properties (timed apart), then the run. */
export async function runSingleRun(options: SingleRunOptions): Promise<SideFigures> {
	const { runtime, fake, records } = options;
	const perType = recordsPerType(records);
	const bench = BenchN8n.create(runtime);
	try {
		await bench.importCredentials([benchCredential(fake)]);
		const ensureSec = await ensureProperties(bench);
		const id = await bench.importWorkflow(singleRunWorkflow(perType, options.concurrency));

		fake.server.log.clear();
		const run = await bench.execute(id);
		const summary = lastSummary(run);
		const requests = requestFigures(fake, BATCH_UPSERT_PATH);
		const typeGap = pageBoundaryFigures(fake);
		const { landed, duplicated } = landedOfAllTypes(fake, perType);
		const error =
			run.error ??
			(summary ? undefined : `no ${SUMMARY_NODE} item`) ??
			(requests.logDropped > 0
				? `the fake's request log dropped ${requests.logDropped} entries`
				: undefined);
		return {
			...commonFigures(records, landed, duplicated, requests, requests.upsertSpanSec, run),
			failed: summary ? Number(summary.failed) : null,
			concurrency: options.concurrency ?? null,
			ensureSec: round(ensureSec, 2),
			typeGapSec: round(sumOrNull(typeGap.betweenPagesSec, typeGap.preparingSec), 2),
			...(error ? { error } : {}),
		};
	} finally {
		await bench.dispose();
	}
}
