/**
 * Our side of `bench:intercom`: the credential and the workflows that run Intercom Bulk in n8n.
 *
 * - parent: Manual Trigger → Pages (Set, one `{page, size}` per page) → Split Out → Execute
 *   Workflow (v1.2, mode "each", from the database) → one summary item per page;
 * - page (sub-workflow, imported first): When called → Contacts of the page (Code, generated from
 *   contacts.ts) → Intercom Bulk, Contact → Create or Update (role user, match on external_id) →
 *   Page summary (Code: `{page, size, landed, failed, created, updated, merged, errors}`).
 *
 * The contacts are generated inside each page's run, so no workflow holds more than one page, and
 * the page's run data is not saved (`saveDataSuccessExecution: 'none'`): what the Salesforce to
 * Intercom templates do (`workflows/salesforce-to-intercom-migration*.json`).
 */
import type { CredentialImport, WorkflowImport } from '../../e2e/harness';
import { link, node } from '../hubspotBench/workflows';
import { BENCH_CONTACT_SOURCE } from './contacts';

export const INTERCOM_BULK_TYPE = 'n8n-nodes-salesforce-migration.intercomBulk';
const CREDENTIAL = { id: 'intercom-bench', name: 'Intercom (bench)' };
const credentials = { intercomMigrationApi: CREDENTIAL };

export const IDS = { page: 'icBenchPage0001', parent: 'icBenchUpsert01' };
/** The parent's node whose output is one PageSummary item per page. */
export const RESULT_NODE = 'Upsert one page';
const UPSERT_NODE = 'Intercom Bulk';

export interface BenchPage {
	page: number;
	size: number;
}

export interface PageSummary extends BenchPage {
	/** Items on Intercom Bulk's Landed output. */
	landed: number;
	/** Items on its Failed output. */
	failed: number;
	/** Landed items by the node's `action`. */
	created: number;
	updated: number;
	merged: number;
	/** The first failed items' reasons (at most 5). */
	errors: unknown[];
}

/** Our credential, pointing at the fake (`baseUrl`). */
export function benchCredential(fake: { token: string; url: string }): CredentialImport {
	return {
		...CREDENTIAL,
		type: 'intercomMigrationApi',
		data: { accessToken: fake.token, region: 'us', baseUrl: fake.url },
	};
}

/** `records` in pages of `pageSize` (the last one shorter). */
export function benchPages(records: number, pageSize: number): BenchPage[] {
	const pages: BenchPage[] = [];
	for (let page = 0; page * pageSize < records; page++)
		pages.push({ page, size: Math.min(pageSize, records - page * pageSize) });
	return pages;
}

/** Intercom Bulk → Contact → Create or Update, users matched on external_id. */
export function upsertParameters(concurrency?: number): object {
	return {
		resource: 'contact',
		operation: 'upsert',
		role: 'user',
		matchOn: 'externalId',
		companyKey: '',
		options: concurrency ? { concurrency } : {},
	};
}

function recordsCode(pageSize: number, tag: string): string {
	return [
		`const benchContact = ${BENCH_CONTACT_SOURCE};`,
		'const { page, size } = $input.first().json;',
		'const items = [];',
		`for (let i = 0; i < size; i++) items.push({ json: benchContact(page * ${pageSize} + i, ${JSON.stringify(tag)}) });`,
		'return items;',
	].join('\n');
}

// Runs once per output of Intercom Bulk that has items (both are connected): the same counts each
// time; the benchmark keeps one summary per page.
const SUMMARY_CODE = [
	"const { page, size } = $('When called').first().json;",
	`const landedItems = $('${UPSERT_NODE}').all(0);`,
	`const failedItems = $('${UPSERT_NODE}').all(1);`,
	'const count = (action) => landedItems.filter((item) => item.json.action === action).length;',
	'return [{ json: {',
	'\tpage, size, landed: landedItems.length, failed: failedItems.length,',
	"\tcreated: count('created'), updated: count('updated'), merged: count('merged'),",
	'\terrors: failedItems.slice(0, 5).map((item) => item.json.error ?? item.json),',
	'} }];',
].join('\n');

/** The page sub-workflow: generates one page of contacts and upserts them. */
export function pageWorkflow(
	pageSize: number,
	options: { tag: string; concurrency?: number },
): WorkflowImport {
	return {
		id: IDS.page,
		name: 'Intercom bench: upsert one page of contacts',
		nodes: [
			node(1, 'When called', 'n8n-nodes-base.executeWorkflowTrigger', 1.1, {
				parameters: { inputSource: 'passthrough' },
			}),
			node(2, 'Contacts of the page', 'n8n-nodes-base.code', 2, {
				parameters: {
					mode: 'runOnceForAllItems',
					language: 'javaScript',
					jsCode: recordsCode(pageSize, options.tag),
				},
			}),
			node(3, UPSERT_NODE, INTERCOM_BULK_TYPE, 1, {
				parameters: upsertParameters(options.concurrency),
				credentials,
			}),
			node(4, 'Page summary', 'n8n-nodes-base.code', 2, {
				parameters: { mode: 'runOnceForAllItems', language: 'javaScript', jsCode: SUMMARY_CODE },
			}),
		],
		connections: {
			'When called': link('Contacts of the page'),
			'Contacts of the page': link(UPSERT_NODE),
			[UPSERT_NODE]: {
				main: [
					[{ node: 'Page summary', type: 'main', index: 0 }],
					[{ node: 'Page summary', type: 'main', index: 0 }],
				],
			},
		},
		settings: {
			executionOrder: 'v1',
			callerPolicy: 'workflowsFromSameOwner',
			saveDataSuccessExecution: 'none',
			saveManualExecutions: false,
		},
		pinData: {},
		active: false,
	};
}

/** The parent: one item per page, each run through the page sub-workflow in turn. */
export function parentWorkflow(pages: BenchPage[]): WorkflowImport {
	return {
		id: IDS.parent,
		name: 'Intercom bench: upsert every page of contacts',
		nodes: [
			node(11, 'Start', 'n8n-nodes-base.manualTrigger', 1, { parameters: {} }),
			node(12, 'Pages', 'n8n-nodes-base.set', 3.4, {
				parameters: { mode: 'raw', jsonOutput: JSON.stringify({ pages }), options: {} },
			}),
			node(13, 'One item per page', 'n8n-nodes-base.splitOut', 1, {
				parameters: { fieldToSplitOut: 'pages', options: {} },
			}),
			node(14, RESULT_NODE, 'n8n-nodes-base.executeWorkflow', 1.2, {
				parameters: {
					source: 'database',
					workflowId: { __rl: true, mode: 'id', value: IDS.page },
					workflowInputs: {
						mappingMode: 'defineBelow',
						value: {},
						matchingColumns: [],
						schema: [],
						attemptToConvertTypes: false,
						convertFieldsToString: true,
					},
					mode: 'each',
					options: { waitForSubWorkflow: true },
				},
			}),
		],
		connections: {
			Start: link('Pages'),
			Pages: link('One item per page'),
			'One item per page': link(RESULT_NODE),
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
		active: false,
	};
}
