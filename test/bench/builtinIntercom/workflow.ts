/**
 * n8n's built-in Intercom node (`n8n-nodes-base.intercom`, typeVersion 1) writing contacts with
 * User → Create: its credential and the workflows that run it.
 *
 * What the node does (n8n-nodes-base/dist/nodes/Intercom, n8n 1.123.x): one item at a time,
 * `POST https://api.intercom.io/users` (API 1.x, no `Intercom-Version` header) with `user_id` (the
 * Identifier Type "User ID" and its value: our external_id) and the Additional Fields `name` and
 * `phone`; one request a contact, no retry. On Create the node takes either a user_id or an email
 * (its Additional Field Email shows for Update only, and n8n drops hidden values), so the
 * built-in's contacts land without an email. A failed request (a 429 included) fails the
 * item; with On Error "continue" the node outputs `{error: message}` for it and goes on.
 */
import type { CredentialImport, WorkflowImport } from '../../e2e/harness';
import { BENCH_CONTACT_SOURCE } from '../intercomBench/contacts';

export const BUILTIN_INTERCOM_CREDENTIAL_ID = 'builtin-intercom';
const CREDENTIAL_NAME = 'Intercom (built-in node)';

/** An `intercomApi` credential: `Authorization: Bearer <apiKey>`. */
export function builtinIntercomCredential(
	token: string,
	id = BUILTIN_INTERCOM_CREDENTIAL_ID,
): CredentialImport {
	return { id, name: CREDENTIAL_NAME, type: 'intercomApi', data: { apiKey: token } };
}

export interface BuiltinCreateOptions {
	/** Contacts to generate and write (intercomBench/contacts.ts, indexes 0..records-1). */
	records: number;
	/** The generator's tag: `003<tag>…` user_ids, `<tag>-bench-<i>@example.com`. */
	tag: string;
	/** Workflow ids, 16 characters or less. */
	ids?: { sub: string; parent: string };
	credentialId?: string;
}

export interface BuiltinCreateWorkflows {
	/** Import first: When called → Contacts (Code) → Create user → Summary (Code). */
	sub: WorkflowImport;
	/** Run this one: Manual Trigger → Execute Workflow (sub); its output is the one summary item. */
	parent: WorkflowImport;
	/** The parent's node whose output is `{items, ok, failed, errors}`. */
	resultNode: string;
}

export interface BuiltinCreateSummary {
	/** Items the built-in node output. */
	items: number;
	ok: number;
	/** Items it output as `{error}` (On Error: continue). */
	failed: number;
	/** Failed items by error message (first 200 characters). */
	errors: Record<string, number>;
}

function contactsCode(records: number, tag: string): string {
	return [
		`const benchContact = ${BENCH_CONTACT_SOURCE};`,
		'const items = [];',
		`for (let i = 0; i < ${records}; i++) items.push({ json: benchContact(i, ${JSON.stringify(tag)}) });`,
		'return items;',
	].join('\n');
}

const SUMMARY_CODE = [
	'const items = $input.all();',
	'const errors = {};',
	'let failed = 0;',
	'for (const item of items) {',
	'\tif (item.json.error === undefined) continue;',
	'\tfailed++;',
	'\tconst message = String(item.json.error).slice(0, 200);',
	'\terrors[message] = (errors[message] || 0) + 1;',
	'}',
	'return [{ json: { items: items.length, ok: items.length - failed, failed, errors } }];',
].join('\n');

/**
 * Manual Trigger → Execute Workflow → [sub: generate `records` contacts → built-in Intercom User →
 * Create (On Error: continue regular output) → one summary item]. A sub-workflow because
 * `n8n execute` prints the whole run data of the workflow it runs: the parent's is one small item.
 */
export function builtinIntercomCreateWorkflow(
	options: BuiltinCreateOptions,
): BuiltinCreateWorkflows {
	const { records, tag } = options;
	if (!Number.isSafeInteger(records) || records < 1)
		throw new Error(`records must be a positive whole number, not ${records}`);
	const ids = options.ids ?? { sub: 'bIcCreateSub', parent: 'bIcCreateRun' };
	const credentialId = options.credentialId ?? BUILTIN_INTERCOM_CREDENTIAL_ID;
	const createNode = 'Create user';
	const resultNode = 'Write with the built-in node';
	const node = (n: number, name: string, type: string, typeVersion: number, rest: object) => ({
		id: `b2000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
		name,
		type,
		typeVersion,
		position: [n * 220, 0],
		...rest,
	});
	const link = (to: string) => ({ main: [[{ node: to, type: 'main', index: 0 }]] });

	const sub: WorkflowImport = {
		id: ids.sub,
		name: `Built-in Intercom: create ${records} users`,
		nodes: [
			node(1, 'When called', 'n8n-nodes-base.executeWorkflowTrigger', 1.1, {
				parameters: { inputSource: 'passthrough' },
			}),
			node(2, 'Contacts', 'n8n-nodes-base.code', 2, {
				parameters: {
					mode: 'runOnceForAllItems',
					language: 'javaScript',
					jsCode: contactsCode(records, tag),
				},
			}),
			node(3, createNode, 'n8n-nodes-base.intercom', 1, {
				parameters: {
					resource: 'user',
					operation: 'create',
					identifierType: 'userId',
					idValue: '={{ $json.external_id }}',
					jsonParameters: false,
					// No email: the node's Email field shows for Update only, and n8n drops a hidden
					// field's value before the node reads it (tried: the body had no email).
					additionalFields: {
						name: '={{ $json.name }}',
						phone: '={{ $json.phone }}',
					},
					customAttributesUi: {},
				},
				credentials: { intercomApi: { id: credentialId, name: CREDENTIAL_NAME } },
				onError: 'continueRegularOutput',
			}),
			node(4, 'Summary', 'n8n-nodes-base.code', 2, {
				parameters: { mode: 'runOnceForAllItems', language: 'javaScript', jsCode: SUMMARY_CODE },
				alwaysOutputData: true,
			}),
		],
		connections: {
			'When called': link('Contacts'),
			Contacts: link(createNode),
			[createNode]: link('Summary'),
		},
		settings: { executionOrder: 'v1', callerPolicy: 'workflowsFromSameOwner' },
		pinData: {},
		active: false,
	};

	const parent: WorkflowImport = {
		id: ids.parent,
		name: `Built-in Intercom: run the creation of ${records} users`,
		nodes: [
			node(11, 'Start', 'n8n-nodes-base.manualTrigger', 1, { parameters: {} }),
			node(12, resultNode, 'n8n-nodes-base.executeWorkflow', 1.2, {
				parameters: {
					source: 'database',
					workflowId: { __rl: true, mode: 'id', value: ids.sub },
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
		connections: { Start: link(resultNode) },
		settings: { executionOrder: 'v1' },
		pinData: {},
		active: false,
	};

	return { sub, parent, resultNode };
}
