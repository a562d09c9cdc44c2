import { generateKeyPairSync } from 'node:crypto';
import { createOrg } from '../fakes/org';
import { startFakeSalesforce, type FakeSalesforce } from '../fakes/salesforce';
import {
	N8nInstance,
	selectedRuntimes,
	templateSalesforceCredential,
	type WorkflowImport,
	template,
} from './harness';

const COUNTS = { User: 20, Account: 2000, Contact: 25000, Lead: 3000, Opportunity: 1500 };

describe.each(selectedRuntimes())('Salesforce in real n8n ($name $version)', (runtime) => {
	const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	let salesforce: FakeSalesforce;
	let n8n: N8nInstance;
	let org: ReturnType<typeof createOrg>;

	beforeAll(async () => {
		salesforce = await startFakeSalesforce({
			jwtPublicKey: publicKey,
			log: { storeBodies: false },
		});
		org = createOrg({ seed: 5, counts: COUNTS, sharedTimestampEvery: 10, sharedTimestampRate: 1 });
		for (const object of org.objectNames)
			if (org.counts[object]) salesforce.load(object, org.records(object));
		n8n = N8nInstance.create(runtime);
		const common = { environment: 'custom', loginUrl: salesforce.url, apiVersion: '64.0' };
		await n8n.importCredentials([
			templateSalesforceCredential(salesforce),
			{
				id: 'sf-client-credentials',
				name: 'Salesforce client credentials',
				type: 'salesforceMigrationClientCredentialsApi',
				data: { ...common, clientId: salesforce.clientId, clientSecret: salesforce.clientSecret },
			},
			{
				id: 'sf-jwt',
				name: 'Salesforce JWT',
				type: 'salesforceMigrationJwtApi',
				data: {
					...common,
					audience: 'https://login.salesforce.com',
					clientId: salesforce.clientId,
					username: salesforce.user.username,
					privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
				},
			},
		]);
	});

	afterAll(async () => {
		await n8n?.dispose();
		await salesforce?.stop();
	});

	it('reads the whole org page by page with the inventory templates, every record accounted for', async () => {
		await n8n.publishWorkflow(
			await n8n.importWorkflow(template('salesforce-org-inventory-page.json')),
		);
		const id = await n8n.importWorkflow(template('salesforce-org-inventory.json'));
		const result = await n8n.execute(id);

		const inventory = result.output('Inventory').map((item) => item.json);
		for (const [object, count] of Object.entries(COUNTS)) {
			expect(inventory).toContainEqual(
				expect.objectContaining({ object, records: count, salesforceCount: count, complete: true }),
			);
		}
		// Contacts came in three result sets of at most 10,000, each fetched in a run of its own.
		expect(inventory.find((row) => row.object === 'Contact')?.pages).toBe(3);
		const contactJobs = salesforce.jobs().filter((job) => job.object === 'Contact');
		expect(contactJobs).toHaveLength(1);
	});

	it('brings every kind of awkward value through real n8n intact and typed', async () => {
		const manifest = org.anomalies('Contact', { limit: 5 });
		const picked = Object.values(manifest).flatMap(
			(group) => group?.entries.map((entry) => entry.index) ?? [],
		);
		const ids = [...new Set(picked)].map((index) => org.idOf('Contact', index));
		const id = await n8n.importWorkflow(
			bulkWorkflow('awkwardContacts', {
				resource: 'record',
				operation: 'extract',
				object: { __rl: true, mode: 'name', value: 'Contact' },
				fieldsMode: 'all',
				filters: { conditions: [{ field: 'Id', operator: 'in', value: ids.join(',') }] },
				returnMode: 'all',
			}),
		);
		const records = new Map(
			(await n8n.execute(id)).output('Salesforce').map((item) => [item.json.Id, item.json]),
		);
		expect(records.size).toBe(ids.length);
		for (const index of new Set(picked)) {
			const expected = org.record('Contact', index) as Record<string, unknown>;
			const actual = records.get(expected.Id) as Record<string, unknown>;
			for (const [field, value] of Object.entries(expected)) {
				if (!(field in actual)) continue;
				if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
					expect([field, Date.parse(String(actual[field]))]).toEqual([
						field,
						Date.parse(value.replace(/\+0000$/, 'Z')),
					]);
				} else {
					expect([field, actual[field]]).toEqual([field, value]);
				}
			}
		}
	});

	it('syncs incrementally in real n8n: the watermark survives between runs, nothing missed or repeated', async () => {
		const id = await n8n.importWorkflow(
			bulkWorkflow(
				'incrementalLeads',
				{
					resource: 'record',
					operation: 'extract',
					object: { __rl: true, mode: 'name', value: 'Lead' },
					fieldsMode: 'list',
					fieldList: ['LastName', 'SystemModstamp'],
					readMode: 'changed',
					returnMode: 'all',
					options: { pageSize: 1000 },
				},
				true,
			),
		);
		const run = async () =>
			(await n8n.execute(id)).output('Salesforce').map((item) => item.json.Id as string);
		expect(await run()).toHaveLength(COUNTS.Lead);
		expect(await run()).toEqual([]);
		// A bulk update: 50 Leads stamped with one and the same second, across result-set boundaries.
		const changed = Array.from({ length: 50 }, (_, i) => org.idOf('Lead', i * 53));
		const at = Date.now();
		for (const lead of changed)
			salesforce.update('Lead', lead, { LastName: 'Bulk updated' }, { at });
		expect((await run()).sort()).toEqual([...changed].sort());
		expect(await run()).toEqual([]);
	});

	it('reads deleted rows with queryAll, and explains invalid SOQL and failed jobs', async () => {
		const victim = org.idOf('Opportunity', 3);
		salesforce.delete('Opportunity', victim);
		const deletedRows = await n8n.importWorkflow(
			bulkWorkflow('deletedOpps', {
				resource: 'record',
				operation: 'extract',
				object: { __rl: true, mode: 'name', value: 'Opportunity' },
				fieldsMode: 'list',
				fieldList: ['Name', 'IsDeleted'],
				filters: { conditions: [{ field: 'IsDeleted', operator: 'equal', value: 'true' }] },
				includeDeleted: true,
				returnMode: 'all',
			}),
		);
		const rows = (await n8n.execute(deletedRows)).output('Salesforce').map((item) => item.json);
		expect(rows).toEqual([expect.objectContaining({ Id: victim, IsDeleted: true })]);

		const invalid = await n8n.importWorkflow(
			bulkWorkflow('invalidSoql', {
				resource: 'record',
				operation: 'extract',
				fieldsMode: 'soql',
				soql: 'SELECT Id, Nonsense__c FROM Account',
				returnMode: 'all',
			}),
		);
		const failedSoql = await n8n.executeAllowingFailure(invalid);
		expect(failedSoql.errorSummary()).toMatch(/INVALID_FIELD[\s\S]*Nonsense__c/);

		salesforce.failNextJob();
		const failedJob = await n8n.executeAllowingFailure(
			await n8n.importWorkflow(
				bulkWorkflow('failingJob', {
					resource: 'record',
					operation: 'extract',
					object: { __rl: true, mode: 'name', value: 'Account' },
					fieldsMode: 'all',
					returnMode: 'all',
				}),
			),
		);
		expect(failedJob.errorSummary()).toMatch(/query job \S+ ended Failed/);
	});

	it.each([
		['clientCredentials', 'salesforceMigrationClientCredentialsApi', 'sf-client-credentials'],
		['jwt', 'salesforceMigrationJwtApi', 'sf-jwt'],
	])(
		'logs in with the %s credential and describes an object',
		async (authentication, type, credentialId) => {
			const id = await n8n.importWorkflow({
				id: `describe${authentication}`.slice(0, 16),
				name: `Describe with ${authentication}`,
				nodes: [
					{
						id: 'a',
						name: 'Start',
						type: 'n8n-nodes-base.manualTrigger',
						typeVersion: 1,
						position: [0, 0],
						parameters: {},
					},
					{
						id: 'b',
						name: 'Describe Account',
						type: 'n8n-nodes-salesforce-migration.salesforceBulk',
						typeVersion: 1,
						position: [200, 0],
						parameters: {
							authentication,
							resource: 'object',
							operation: 'describe',
							object: { __rl: true, mode: 'list', value: 'Account' },
							output: 'object',
						},
						credentials: { [type]: { id: credentialId, name: credentialId } },
					},
				],
				connections: { Start: { main: [[{ node: 'Describe Account', type: 'main', index: 0 }]] } },
				settings: { executionOrder: 'v1' },
			});
			const result = await n8n.execute(id);
			const [account] = result.output('Describe Account');
			expect(account.json).toMatchObject({ name: 'Account', keyPrefix: '001' });
		},
	);
});

/** Start → one Salesforce Bulk node (client credentials) → optionally a Commit Watermark node. */
function bulkWorkflow(
	id: string,
	parameters: Record<string, unknown>,
	commit = false,
): WorkflowImport {
	const credentials = {
		salesforceMigrationClientCredentialsApi: {
			id: 'sf-client-credentials',
			name: 'Salesforce client credentials',
		},
	};
	const nodes: unknown[] = [
		{
			id: 'a',
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'b',
			name: 'Salesforce',
			type: 'n8n-nodes-salesforce-migration.salesforceBulk',
			typeVersion: 1,
			position: [200, 0],
			parameters: { authentication: 'clientCredentials', ...parameters },
			credentials,
		},
	];
	const connections: Record<string, unknown> = {
		Start: { main: [[{ node: 'Salesforce', type: 'main', index: 0 }]] },
	};
	if (commit) {
		nodes.push({
			id: 'c',
			name: 'Commit Watermark',
			type: 'n8n-nodes-salesforce-migration.salesforceBulk',
			typeVersion: 1,
			position: [400, 0],
			executeOnce: true,
			alwaysOutputData: false,
			parameters: {
				authentication: 'clientCredentials',
				resource: 'watermark',
				operation: 'commit',
				object: parameters.object,
				watermarkField: 'SystemModstamp',
			},
			credentials,
		});
		connections.Salesforce = { main: [[{ node: 'Commit Watermark', type: 'main', index: 0 }]] };
	}
	return { id, name: id, nodes, connections, settings: { executionOrder: 'v1' } };
}
