/**
 * Our side of `bench:hubspot`: the credential and the workflows that run HubSpot Batch in n8n.
 *
 * - ensure: Manual Trigger → Property → Ensure `salesforce_id` on contacts, then on companies;
 * - parent: Manual Trigger → Pages (Set, `{objectType, page, size}` per page) → Split Out →
 *   Execute Workflow (v1.2, mode "each", from the database) → one summary item per page;
 * - page (sub-workflow, imported first): When called → Records of the page (Code, generated from
 *   records.ts) → HubSpot Batch upsert by `salesforce_id` → Page summary (Code: `{landed, failed}`).
 *
 * The records are generated inside each page's run, so no workflow holds more than one page, and
 * the page's run data is not saved (`saveDataSuccessExecution: 'none'`).
 */
import type { CredentialImport, WorkflowImport } from '../../e2e/harness';
import { BENCH_RECORD_SOURCE, type BenchObjectType } from './records';

export const HUBSPOT_BATCH_TYPE = 'n8n-nodes-salesforce-migration.hubSpotBatch';
const CREDENTIAL = { id: 'hubspot-bench', name: 'HubSpot (bench)' };
export const credentials = { hubSpotMigrationAppTokenApi: CREDENTIAL };

export const IDS = {
	ensure: 'hsBenchEnsure01',
	page: 'hsBenchPage0001',
	parent: 'hsBenchUpsert01',
};
/** The parent's node whose output is one `{objectType, page, landed, failed}` item per page. */
export const RESULT_NODE = 'Upsert one page';
const UPSERT_NODE = 'HubSpot Batch';

export interface BenchPage {
	objectType: BenchObjectType;
	page: number;
	size: number;
}

export interface PageSummary extends BenchPage {
	/** Items on HubSpot Batch's Succeeded output. */
	landed: number;
	/** Items on its Failed output. */
	failed: number;
}

/** Our credential, pointing at the fake. */
export function benchCredential(fake: { token: string; url: string }): CredentialImport {
	return {
		...CREDENTIAL,
		type: 'hubSpotMigrationAppTokenApi',
		data: { accessToken: fake.token, baseUrl: fake.url },
	};
}

/** `records` split per object type into pages of `pageSize` (the last one shorter). */
export function benchPages(
	perType: Record<BenchObjectType, number>,
	pageSize: number,
): BenchPage[] {
	const pages: BenchPage[] = [];
	for (const [objectType, count] of Object.entries(perType) as Array<[BenchObjectType, number]>) {
		for (let page = 0; page * pageSize < count; page++)
			pages.push({ objectType, page, size: Math.min(pageSize, count - page * pageSize) });
	}
	return pages;
}

export const node = (n: number, name: string, type: string, typeVersion: number, rest: object) => ({
	id: `c2000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
	name,
	type,
	typeVersion,
	position: [n * 220, 0],
	...rest,
});
export const link = (to: string) => ({ main: [[{ node: to, type: 'main', index: 0 }]] });

/** Start → Ensure on contacts → Ensure on companies. */
export function ensureWorkflow(): WorkflowImport {
	const ensure = (objectType: BenchObjectType) => ({
		parameters: {
			authentication: 'appToken',
			resource: 'property',
			operation: 'ensure',
			objectType,
			source: 'salesforceId',
		},
		credentials,
	});
	return {
		id: IDS.ensure,
		name: 'HubSpot bench: ensure salesforce_id',
		nodes: [
			node(1, 'Start', 'n8n-nodes-base.manualTrigger', 1, { parameters: {} }),
			node(2, 'Ensure on contacts', HUBSPOT_BATCH_TYPE, 1, ensure('contacts')),
			node(3, 'Ensure on companies', HUBSPOT_BATCH_TYPE, 1, ensure('companies')),
		],
		connections: {
			Start: link('Ensure on contacts'),
			'Ensure on contacts': link('Ensure on companies'),
		},
		settings: { executionOrder: 'v1' },
	};
}

/** HubSpot Batch → Record → Upsert by `salesforce_id`, fields mapped from the input. */
export function upsertParameters(objectType: string, concurrency?: number): object {
	return {
		authentication: 'appToken',
		resource: 'record',
		operation: 'upsert',
		objectType,
		columns: {
			mappingMode: 'autoMapInputData',
			value: null,
			matchingColumns: ['salesforce_id'],
			schema: [],
		},
		options: concurrency ? { concurrency } : {},
	};
}

const RECORDS_CODE = [
	`const benchRecord = ${BENCH_RECORD_SOURCE};`,
	'const { objectType, page, size } = $input.first().json;',
	'const items = [];',
	'for (let i = 0; i < size; i++) items.push({ json: benchRecord(objectType, page * PAGE_SIZE + i) });',
	'return items;',
].join('\n');

// Runs once per output of HubSpot Batch that has items (both are connected): the same counts each time.
const SUMMARY_CODE = [
	"const { objectType, page, size } = $('When called').first().json;",
	`const landed = $('${UPSERT_NODE}').all(0).length;`,
	`const failed = $('${UPSERT_NODE}').all(1).length;`,
	'return [{ json: { objectType, page, size, landed, failed } }];',
].join('\n');

/** The page sub-workflow: generates one page of records and upserts them. */
export function pageWorkflow(
	pageSize: number,
	options: { concurrency?: number } = {},
): WorkflowImport {
	return {
		id: IDS.page,
		name: 'HubSpot bench: upsert one page',
		nodes: [
			node(1, 'When called', 'n8n-nodes-base.executeWorkflowTrigger', 1.1, {
				parameters: { inputSource: 'passthrough' },
			}),
			node(2, 'Records of the page', 'n8n-nodes-base.code', 2, {
				parameters: {
					mode: 'runOnceForAllItems',
					language: 'javaScript',
					jsCode: RECORDS_CODE.replace('PAGE_SIZE', String(pageSize)),
				},
			}),
			node(3, UPSERT_NODE, HUBSPOT_BATCH_TYPE, 1, {
				parameters: upsertParameters(
					"={{ $('When called').first().json.objectType }}",
					options.concurrency,
				),
				credentials,
			}),
			node(4, 'Page summary', 'n8n-nodes-base.code', 2, {
				parameters: { mode: 'runOnceForAllItems', language: 'javaScript', jsCode: SUMMARY_CODE },
			}),
		],
		connections: {
			'When called': link('Records of the page'),
			'Records of the page': link(UPSERT_NODE),
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
		name: 'HubSpot bench: upsert every page',
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
