/**
 * n8n's built-in HubSpot node (`n8n-nodes-base.hubspot`, typeVersion 2.2) writing contacts with
 * Contact → Create or Update: its Service Key credential and the workflows that run it.
 *
 * What the node does (n8n-nodes-base/dist/nodes/Hubspot/V2, n8n 1.123.x): one item at a time,
 * `POST https://api.hubapi.com/contacts/v1/contact/createOrUpdate/email/{email}` with
 * `{properties: [{property, value}]}`, then, unless Simplify Output (`options.resolveData`) is on,
 * `GET /contacts/v1/contact/vid/{vid}/profile`. A failed request (a 429 included) fails the item;
 * with On Error "continue" the node outputs `{error: message}` for it and goes on.
 */
import type { CredentialImport, WorkflowImport } from '../../e2e/harness';
import { BUILTIN_CONTACT_SOURCE } from './contacts';

export const BUILTIN_HUBSPOT_CREDENTIAL_ID = 'builtin-hubspot';
const CREDENTIAL_NAME = 'HubSpot (built-in node)';

/** A `hubspotAppToken` credential ("HubSpot Service Key"): `Authorization: Bearer <appToken>`. */
export function builtinHubSpotCredential(
	token: string,
	id = BUILTIN_HUBSPOT_CREDENTIAL_ID,
): CredentialImport {
	return { id, name: CREDENTIAL_NAME, type: 'hubspotAppToken', data: { appToken: token } };
}

export interface BuiltinUpsertOptions {
	/** Contacts to generate and write. */
	records: number;
	/** Picks the names (emails do not depend on it). Default 42. */
	seed?: number;
	/** Emails are `<emailPrefix>-<i>@example.com`, i from 1. Default `builtin`. */
	emailPrefix?: string;
	/** The node's Simplify Output option; default off, as in the node (then two requests a contact). */
	simplify?: boolean;
	/** Workflow ids, 16 characters or less. */
	ids?: { sub: string; parent: string };
	credentialId?: string;
}

export interface BuiltinUpsertWorkflows {
	/** Import first: When called → Contacts (Code) → Create or update contact → Summary (Code). */
	sub: WorkflowImport;
	/** Run this one: Manual Trigger → Execute Workflow (sub); its output is the one summary item. */
	parent: WorkflowImport;
	/** The parent's node whose output is `{items, ok, failed, errors}`. */
	resultNode: string;
	/** The built-in node's name in the sub-workflow. */
	upsertNode: string;
}

export interface BuiltinUpsertSummary {
	/** Items the built-in node output. */
	items: number;
	ok: number;
	/** Items it output as `{error}` (On Error: continue). */
	failed: number;
	/** Failed items by error message (first 200 characters). */
	errors: Record<string, number>;
}

function contactsCode(records: number, seed: number, prefix: string): string {
	return [
		`const builtinContact = ${BUILTIN_CONTACT_SOURCE};`,
		'const items = [];',
		`for (let i = 1; i <= ${records}; i++) items.push({ json: builtinContact(i, ${seed}, ${JSON.stringify(prefix)}) });`,
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
 * Manual Trigger → Execute Workflow → [sub: generate `records` contacts → built-in HubSpot Create
 * or Update (On Error: continue regular output) → one summary item]. The work runs in a
 * sub-workflow because `n8n execute` prints the whole run data of the workflow it runs: the
 * parent's is one small item.
 */
export function builtinHubSpotUpsertWorkflow(
	options: BuiltinUpsertOptions,
): BuiltinUpsertWorkflows {
	const { records, seed = 42, emailPrefix = 'builtin', simplify = false } = options;
	if (!Number.isSafeInteger(records) || records < 1)
		throw new Error(`records must be a positive whole number, not ${records}`);
	const ids = options.ids ?? { sub: 'bHsUpsertSub', parent: 'bHsUpsertRun' };
	const credentialId = options.credentialId ?? BUILTIN_HUBSPOT_CREDENTIAL_ID;
	const upsertNode = 'Create or update contact';
	const resultNode = 'Write with the built-in node';
	const node = (n: number, name: string, type: string, typeVersion: number, rest: object) => ({
		id: `b1000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
		name,
		type,
		typeVersion,
		position: [n * 220, 0],
		...rest,
	});
	const link = (to: string) => ({ main: [[{ node: to, type: 'main', index: 0 }]] });

	const sub: WorkflowImport = {
		id: ids.sub,
		name: `Built-in HubSpot: create or update ${records} contacts`,
		nodes: [
			node(1, 'When called', 'n8n-nodes-base.executeWorkflowTrigger', 1.1, {
				parameters: { inputSource: 'passthrough' },
			}),
			node(2, 'Contacts', 'n8n-nodes-base.code', 2, {
				parameters: {
					mode: 'runOnceForAllItems',
					language: 'javaScript',
					jsCode: contactsCode(records, seed, emailPrefix),
				},
			}),
			node(3, upsertNode, 'n8n-nodes-base.hubspot', 2.2, {
				parameters: {
					authentication: 'appToken',
					resource: 'contact',
					operation: 'upsert',
					email: '={{ $json.email }}',
					additionalFields: {
						firstName: '={{ $json.firstname }}',
						lastName: '={{ $json.lastname }}',
						companyName: '={{ $json.company }}',
					},
					options: simplify ? { resolveData: true } : {},
				},
				credentials: { hubspotAppToken: { id: credentialId, name: CREDENTIAL_NAME } },
				onError: 'continueRegularOutput',
			}),
			node(4, 'Summary', 'n8n-nodes-base.code', 2, {
				parameters: { mode: 'runOnceForAllItems', language: 'javaScript', jsCode: SUMMARY_CODE },
				alwaysOutputData: true,
			}),
		],
		connections: {
			'When called': link('Contacts'),
			Contacts: link(upsertNode),
			[upsertNode]: link('Summary'),
		},
		settings: { executionOrder: 'v1', callerPolicy: 'workflowsFromSameOwner' },
		pinData: {},
		active: false,
	};

	const parent: WorkflowImport = {
		id: ids.parent,
		name: `Built-in HubSpot: run the upsert of ${records} contacts`,
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

	return { sub, parent, resultNode, upsertNode };
}
