/**
 * n8n's built-in Salesforce node (`n8n-nodes-base.salesforce`, version 1) pointed at the fake
 * Salesforce: its OAuth2 credential, and a workflow that reads every record of an object with
 * "Get Many" (Return All) and hands back only a count.
 *
 * How the node reads (n8n-nodes-base/dist/nodes/Salesforce, n8n 1.123.x): `getAll` with
 * `returnAll: true` sends `SELECT <options.fields, comma-separated> FROM <Object>` to
 * `GET {instance_url}/services/data/v59.0/query?q=…`, follows `nextRecordsUrl` (2,000 records a
 * request) and returns every record as one item, all held in memory until the node ends.
 */
import type { CredentialImport, WorkflowImport } from '../e2e/harness';
import type { FakeSalesforce } from '../fakes/salesforce';

export const BUILTIN_SALESFORCE_CREDENTIAL_ID = 'builtin-salesforce';

/** The node's `resource` for each object it has a resource for (its SOQL FROM is the object). */
export const BUILTIN_SALESFORCE_RESOURCES = {
	Account: 'account',
	Attachment: 'attachment',
	Case: 'case',
	Contact: 'contact',
	Lead: 'lead',
	Opportunity: 'opportunity',
	Task: 'task',
	User: 'user',
} as const;

export type BuiltinSalesforceObject = keyof typeof BUILTIN_SALESFORCE_RESOURCES;

/**
 * A `salesforceOAuth2Api` credential holding a session the fake issued: the node calls
 * `instance_url` (the fake) directly. `authentication: 'body'` so that a refresh would send the
 * client id in the body; a refresh goes to login.salesforce.com (fixed in the credential), which a
 * benchmark never needs: the session lasts two hours.
 */
export function builtinSalesforceCredential(
	salesforce: FakeSalesforce,
	id = BUILTIN_SALESFORCE_CREDENTIAL_ID,
): CredentialImport {
	const token = salesforce.issueToken();
	return {
		id,
		name: 'Salesforce (built-in node)',
		type: 'salesforceOAuth2Api',
		data: {
			environment: 'production',
			clientId: salesforce.clientId,
			clientSecret: salesforce.clientSecret,
			authentication: 'body',
			oauthTokenData: {
				access_token: token.access_token,
				refresh_token: token.refresh_token,
				instance_url: token.instance_url,
				token_type: 'Bearer',
			},
		},
	};
}

export interface BuiltinReadWorkflows {
	/** Import first: Execute Workflow Trigger → Salesforce Get Many → Ids (Aggregate) → Count (Set). */
	sub: WorkflowImport;
	/** Run this one: Manual Trigger → Execute Workflow (sub) ; its output is `{ records: N }`. */
	parent: WorkflowImport;
	/** The node whose output in the parent's run is the one `{ records }` item. */
	resultNode: string;
	/** The built-in node's name in the sub-workflow (for its run data, if ever wanted). */
	readNode: string;
}

/**
 * Workflows that read every record of `object` with the built-in node. The read runs in a
 * sub-workflow, so the parent's run data, which `n8n execute` prints whole, is one small item
 * `{ records: N }`; the built-in node's items are held by n8n all the same (the sub-workflow's run
 * data), which is what the benchmark measures. The count: Aggregate puts the items' Ids in one list
 * (references to the same strings: about 8 bytes a record, plus Aggregate's pairedItem entries),
 * then Set reads its length. Counting with `$('…').all().length` does not work: n8n 1.123's
 * expression engine (isolated-vm) copies those items into its isolate and fails with "Expression
 * exceeded memory limit" at 100,000 Contacts.
 */
export function builtinSalesforceReadWorkflows(options: {
	object: BuiltinSalesforceObject;
	/** Fields to select; the node's default (a few fields) when empty. */
	fields: string[];
	/** Workflow ids, 16 characters or less; defaults derive from the object. */
	ids?: { sub: string; parent: string };
	credentialId?: string;
}): BuiltinReadWorkflows {
	const resource = BUILTIN_SALESFORCE_RESOURCES[options.object];
	const ids = options.ids ?? {
		sub: `bSfRead${options.object}`.slice(0, 16),
		parent: `bSfRun${options.object}`.slice(0, 16),
	};
	const readNode = `Get many ${resource} records`;
	const idsNode = 'Ids';
	const countNode = 'Count';
	const resultNode = 'Read with the built-in node';
	const credentialId = options.credentialId ?? BUILTIN_SALESFORCE_CREDENTIAL_ID;

	const sub: WorkflowImport = {
		id: ids.sub,
		name: `Built-in Salesforce: read every ${options.object}`,
		nodes: [
			{
				id: 'b0000000-0000-4000-8000-000000000001',
				name: 'When called',
				type: 'n8n-nodes-base.executeWorkflowTrigger',
				typeVersion: 1.1,
				position: [0, 0],
				parameters: { inputSource: 'passthrough' },
			},
			{
				id: 'b0000000-0000-4000-8000-000000000002',
				name: readNode,
				type: 'n8n-nodes-base.salesforce',
				typeVersion: 1,
				position: [220, 0],
				parameters: {
					authentication: 'oAuth2',
					resource,
					operation: 'getAll',
					returnAll: true,
					options: options.fields.length > 0 ? { fields: options.fields.join(',') } : {},
				},
				credentials: {
					salesforceOAuth2Api: { id: credentialId, name: 'Salesforce (built-in node)' },
				},
			},
			{
				id: 'b0000000-0000-4000-8000-000000000003',
				name: idsNode,
				type: 'n8n-nodes-base.aggregate',
				typeVersion: 1,
				position: [440, 0],
				parameters: {
					aggregate: 'aggregateIndividualFields',
					fieldsToAggregate: { fieldToAggregate: [{ fieldToAggregate: 'Id', renameField: false }] },
					options: {},
				},
			},
			{
				id: 'b0000000-0000-4000-8000-000000000004',
				name: countNode,
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [660, 0],
				parameters: {
					mode: 'manual',
					assignments: {
						assignments: [
							{ id: 'c1', name: 'records', value: '={{ $json.Id.length }}', type: 'number' },
						],
					},
					options: {},
				},
			},
		],
		connections: {
			'When called': { main: [[{ node: readNode, type: 'main', index: 0 }]] },
			[readNode]: { main: [[{ node: idsNode, type: 'main', index: 0 }]] },
			[idsNode]: { main: [[{ node: countNode, type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1', callerPolicy: 'workflowsFromSameOwner' },
		pinData: {},
		active: false,
	};

	const parent: WorkflowImport = {
		id: ids.parent,
		name: `Built-in Salesforce: count every ${options.object}`,
		nodes: [
			{
				id: 'b0000000-0000-4000-8000-000000000011',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'b0000000-0000-4000-8000-000000000012',
				name: resultNode,
				type: 'n8n-nodes-base.executeWorkflow',
				typeVersion: 1.2,
				position: [220, 0],
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
			},
		],
		connections: { Start: { main: [[{ node: resultNode, type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		pinData: {},
		active: false,
	};

	return { sub, parent, resultNode, readNode };
}
