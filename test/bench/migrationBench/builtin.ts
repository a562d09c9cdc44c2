/**
 * The built-in side of `bench:migration`: what a migration built from n8n's own nodes does with the
 * same org. A sub-workflow reads `records` Contacts from the fake Salesforce with the built-in
 * Salesforce node (Contact → Get Many, a limit, through the REST query API) and writes each to a
 * fake HubSpot at the same Professional limits with the built-in HubSpot node (Contact → Create or
 * Update, by email, Simplify Output off as in the node, On Error: continue), `salesforce_id` set
 * through its custom properties so that the same record-by-record check applies. Contacts without
 * an email are filtered out before it (the node keys contacts by email; given an empty one, its
 * error handling throws a TypeError and, with On Error: continue, n8n passes the node's input
 * through: every later contact would be dropped unreported) and count as skipped. The HubSpot
 * node's URL is fixed: `api.hubapi.com` is redirected to the fake (../builtinHubSpot/redirect.ts,
 * port 443). The parent only runs the sub-workflow, so `n8n execute` prints one summary item.
 */
import type { CredentialImport, N8nRuntime, WorkflowImport } from '../../e2e/harness';
import type { FakeHubSpot } from '../../fakes/hubspot';
import type { FakeSalesforce } from '../../fakes/salesforce';
import { builtinHubSpotCredential, startHubSpotRedirect } from '../builtinHubSpot';
import { builtinSalesforceCredential } from '../builtinSalesforce';
import { LEGACY_UPSERT_PATH } from '../hubspotBench/requests';
import { BenchN8n, n8nNodeOptions } from '../n8nBench';
import type { SideFigures } from '../report';
import { executeMeasured } from './execute';
import { runFigures } from './migrationRun';
import { hubSpotRequests, salesforceRequests } from './requests';

const READ_NODE = 'Get many contacts';
const FILTER_NODE = 'Has an email?';
const WRITE_NODE = 'Create or update contact';
const RESULT_NODE = 'Migrate with the built-in nodes';
/** The Salesforce fields read, and what the HubSpot node writes them to. */
const FIELDS = [
	'Id',
	'Email',
	'FirstName',
	'LastName',
	'Title',
	'Phone',
	'MobilePhone',
	'MailingCity',
];

interface BuiltinSummary {
	/** Ids of the Contacts the Salesforce node read. */
	ids: string[];
	/** Contacts without an email, which the node cannot write (filtered out before it). */
	skipped: number;
	/** Items the HubSpot node output. */
	items: number;
	/** Items it output as a contact (`vid`). */
	ok: number;
	/** Items it output as `{error}`. */
	failed: number;
	/** Failed items by message (first 200 characters). */
	errors: Record<string, number>;
}

const SUMMARY_CODE = [
	`const read = $('${READ_NODE}').all();`,
	`const withEmail = $('${FILTER_NODE}').all().length;`,
	'const items = $input.all();',
	'const errors = {};',
	'let failed = 0;',
	'let ok = 0;',
	'for (const item of items) {',
	'\tif (item.json.vid !== undefined) ok++;',
	'\tif (item.json.error === undefined) continue;',
	'\tfailed++;',
	'\tconst message = String(item.json.error).slice(0, 200);',
	'\terrors[message] = (errors[message] || 0) + 1;',
	'}',
	'return [{ json: { ids: read.map((item) => item.json.Id), skipped: read.length - withEmail, items: items.length, ok, failed, errors } }];',
].join('\n');

const node = (n: number, name: string, type: string, typeVersion: number, rest: object) => ({
	id: `b2000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
	name,
	type,
	typeVersion,
	position: [n * 220, 0],
	...rest,
});
const link = (to: string) => ({ main: [[{ node: to, type: 'main', index: 0 }]] });

export function builtinMigrationWorkflows(
	records: number,
	credentials: { salesforce: CredentialImport; hubspot: CredentialImport },
): { sub: WorkflowImport; parent: WorkflowImport } {
	const ref = (credential: CredentialImport) => ({ id: credential.id, name: credential.name });
	const text = (field: string) => `={{ $json.${field} ?? '' }}`;
	const sub: WorkflowImport = {
		id: 'bMigrateSub0001',
		name: `Built-in nodes: ${records} Contacts from Salesforce to HubSpot`,
		nodes: [
			node(1, 'When called', 'n8n-nodes-base.executeWorkflowTrigger', 1.1, {
				parameters: { inputSource: 'passthrough' },
			}),
			node(2, READ_NODE, 'n8n-nodes-base.salesforce', 1, {
				parameters: {
					authentication: 'oAuth2',
					resource: 'contact',
					operation: 'getAll',
					returnAll: false,
					limit: records,
					options: { fields: FIELDS.join(',') },
				},
				credentials: { salesforceOAuth2Api: ref(credentials.salesforce) },
			}),
			node(3, FILTER_NODE, 'n8n-nodes-base.filter', 2.2, {
				parameters: {
					conditions: {
						options: { caseSensitive: true, leftValue: '', typeValidation: 'loose', version: 2 },
						conditions: [
							{
								id: 'b2000000-0000-4000-8000-0000000000f1',
								leftValue: '={{ $json.Email }}',
								rightValue: '',
								operator: { type: 'string', operation: 'notEmpty', singleValue: true },
							},
						],
						combinator: 'and',
					},
					options: {},
				},
			}),
			node(4, WRITE_NODE, 'n8n-nodes-base.hubspot', 2.2, {
				parameters: {
					authentication: 'appToken',
					resource: 'contact',
					operation: 'upsert',
					email: text('Email'),
					additionalFields: {
						firstName: text('FirstName'),
						lastName: text('LastName'),
						jobTitle: text('Title'),
						phoneNumber: text('Phone'),
						mobilePhoneNumber: text('MobilePhone'),
						city: text('MailingCity'),
						customPropertiesUi: {
							customPropertiesValues: [{ property: 'salesforce_id', value: '={{ $json.Id }}' }],
						},
					},
					options: {},
				},
				credentials: { hubspotAppToken: ref(credentials.hubspot) },
				onError: 'continueRegularOutput',
			}),
			node(5, 'Summary', 'n8n-nodes-base.code', 2, {
				parameters: { mode: 'runOnceForAllItems', language: 'javaScript', jsCode: SUMMARY_CODE },
				alwaysOutputData: true,
			}),
		],
		connections: {
			'When called': link(READ_NODE),
			[READ_NODE]: link(FILTER_NODE),
			[FILTER_NODE]: link(WRITE_NODE),
			[WRITE_NODE]: link('Summary'),
		},
		settings: { executionOrder: 'v1', callerPolicy: 'workflowsFromSameOwner' },
		pinData: {},
		active: false,
	};
	const parent: WorkflowImport = {
		id: 'bMigrateRun0001',
		name: 'Built-in nodes: run the migration of Contacts',
		nodes: [
			node(11, 'Start', 'n8n-nodes-base.manualTrigger', 1, { parameters: {} }),
			node(12, RESULT_NODE, 'n8n-nodes-base.executeWorkflow', 1.2, {
				parameters: {
					source: 'database',
					workflowId: { __rl: true, mode: 'id', value: sub.id },
					workflowInputs: {
						mappingMode: 'defineBelow',
						value: {},
						matchingColumns: [],
						schema: [],
						attemptToConvertTypes: false,
						convertFieldsToString: true,
					},
					mode: 'once',
					options: { waitForSubWorkflow: true },
				},
			}),
		],
		connections: { Start: link(RESULT_NODE) },
		settings: { executionOrder: 'v1' },
		pinData: {},
		active: false,
	};
	return { sub, parent };
}

/** Failed items by message, emails and long numbers generalised, most frequent first. */
function generalised(errors: Record<string, number>): Record<string, number> {
	const merged: Record<string, number> = {};
	for (const [message, count] of Object.entries(errors)) {
		const key = message.replace(/[^\s/]*@[^\s/]*/g, '{email}').replace(/\d{4,}/g, 'N');
		merged[key] = (merged[key] ?? 0) + count;
	}
	return Object.fromEntries(Object.entries(merged).sort((a, b) => b[1] - a[1]));
}

/** Distinct read Ids found by `salesforce_id` among the fake's contacts, and records beyond one. */
function landedByKey(hubspot: FakeHubSpot, ids: string[]): { landed: number; duplicated: number } {
	const wanted = new Set(ids);
	const seen = new Map<string, number>();
	for (const record of hubspot.objects('contacts').all()) {
		const key = record.properties.salesforce_id;
		if (typeof key === 'string' && wanted.has(key)) seen.set(key, (seen.get(key) ?? 0) + 1);
	}
	let duplicated = 0;
	for (const count of seen.values()) duplicated += count - 1;
	return { landed: seen.size, duplicated };
}

export async function runBuiltinMigration(options: {
	runtime: N8nRuntime;
	salesforce: FakeSalesforce;
	/** A fake HubSpot of its own (no records yet), at the same limits as ours. */
	hubspot: FakeHubSpot;
	records: number;
	timeoutMs: number;
}): Promise<SideFigures> {
	const { runtime, salesforce, hubspot, records } = options;
	// The property a user would create first, so that the node can write the Salesforce Id.
	hubspot.addProperty('contacts', {
		name: 'salesforce_id',
		label: 'Salesforce ID',
		type: 'string',
		fieldType: 'text',
		groupName: 'contactinformation',
		hasUniqueValue: true,
	});
	const credentials = {
		salesforce: builtinSalesforceCredential(salesforce),
		hubspot: builtinHubSpotCredential(hubspot.token),
	};
	const workflows = builtinMigrationWorkflows(records, credentials);
	const redirect = await startHubSpotRedirect({ targetUrl: hubspot.url });
	// NODE_OPTIONS goes through BenchN8n's own (which adds the peak-RSS preload): the rest as env.
	const redirectEnv = { ...redirect.env };
	delete redirectEnv.NODE_OPTIONS;
	let bench: BenchN8n | undefined;
	try {
		bench = BenchN8n.create(runtime, `${n8nNodeOptions()} ${redirect.nodeOptions}`, redirectEnv);
		await bench.importCredentials([credentials.salesforce, credentials.hubspot]);
		await bench.importWorkflow(workflows.sub, { publish: true });
		const id = await bench.importWorkflow(workflows.parent);

		hubspot.server.log.clear();
		salesforce.server.log.clear();
		const run = await executeMeasured(bench, id, { timeoutMs: options.timeoutMs });
		const summary =
			run.result && !run.error && run.result.nodesRun.includes(RESULT_NODE)
				? (run.result.output(RESULT_NODE)[0]?.json as unknown as BuiltinSummary | undefined)
				: undefined;
		const ids = summary?.ids ?? [];
		const { landed, duplicated } = landedByKey(hubspot, ids);
		const hs = hubSpotRequests(hubspot, LEGACY_UPSERT_PATH);
		const sf = salesforceRequests(salesforce);
		const failed = summary ? summary.failed : null;
		const skipped = summary ? summary.skipped : null;
		const error =
			run.error ??
			(summary ? undefined : 'the run gave no summary item') ??
			(ids.length !== records ? `the Salesforce node read ${ids.length} of ${records}` : undefined);
		return {
			records,
			landed,
			failed,
			skipped,
			lost:
				failed === null || skipped === null
					? null
					: Math.max(0, records - landed - failed - skipped),
			duplicated,
			...runFigures(landed, hs, sf, run),
			tlsConnections: redirect.connections(),
			...(summary ? { hubspotNodeItems: summary.items, hubspotNodeContacts: summary.ok } : {}),
			...(summary && summary.failed > 0 ? { itemErrors: generalised(summary.errors) } : {}),
			hubspotApiCallsBy: hs.apiCallsBy,
			salesforceApiCallsBy: sf.apiCallsBy,
			...(error ? { error } : {}),
		};
	} finally {
		await bench?.dispose();
		await redirect.stop();
	}
}
