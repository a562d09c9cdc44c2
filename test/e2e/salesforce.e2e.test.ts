import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createOrg } from '../fakes/org';
import { startFakeSalesforce, type FakeSalesforce } from '../fakes/salesforce';
import { N8nInstance, selectedRuntimes, type WorkflowImport } from './harness';

const workflowsDir = path.resolve(__dirname, '../../workflows');
const template = (file: string) =>
	JSON.parse(fs.readFileSync(path.join(workflowsDir, file), 'utf8')) as WorkflowImport;

const COUNTS = { User: 20, Account: 2000, Contact: 25000, Lead: 3000, Opportunity: 1500 };

describe.each(selectedRuntimes())('Salesforce in real n8n ($name $version)', (runtime) => {
	const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	let salesforce: FakeSalesforce;
	let n8n: N8nInstance;

	beforeAll(async () => {
		salesforce = await startFakeSalesforce({ jwtPublicKey: publicKey, log: { storeBodies: false } });
		const org = createOrg({ seed: 5, counts: COUNTS });
		for (const object of org.objectNames) if (org.counts[object]) salesforce.load(object, org.records(object));
		n8n = N8nInstance.create(runtime);
		const token = salesforce.issueToken();
		const common = { environment: 'custom', loginUrl: salesforce.url, apiVersion: '64.0' };
		await n8n.importCredentials([
			{
				id: 'salesforce-credential',
				name: 'Salesforce account',
				type: 'salesforceMigrationOAuth2Api',
				data: {
					...common,
					clientId: salesforce.clientId,
					clientSecret: salesforce.clientSecret,
					oauthTokenData: {
						access_token: token.access_token,
						refresh_token: token.refresh_token,
						instance_url: token.instance_url,
						token_type: 'Bearer',
					},
				},
			},
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
		await n8n.publishWorkflow(await n8n.importWorkflow(template('salesforce-org-inventory-page.json')));
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

	it.each([
		['clientCredentials', 'salesforceMigrationClientCredentialsApi', 'sf-client-credentials'],
		['jwt', 'salesforceMigrationJwtApi', 'sf-jwt'],
	])('logs in with the %s credential and describes an object', async (authentication, type, credentialId) => {
		const id = await n8n.importWorkflow({
			id: `describe${authentication}`.slice(0, 16),
			name: `Describe with ${authentication}`,
			nodes: [
				{ id: 'a', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
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
	});
});
