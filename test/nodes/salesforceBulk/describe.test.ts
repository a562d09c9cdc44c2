import type { FakeSalesforce } from '../../fakes/salesforce';
import { clientCredentialsFor, oAuth2CredentialsFor, salesforceWithOrg } from './orgFixture';
import { NODE, runSalesforceBulk, salesforceBulkWorkflow } from './workflow';

describe("Salesforce Bulk: Describe, in n8n's engine against the fake Salesforce", () => {
	let salesforce: FakeSalesforce;
	beforeAll(async () => {
		({ salesforce } = await salesforceWithOrg({ Account: 3 }));
	});
	afterAll(async () => await salesforce.stop());

	const describeAccount = (extra = {}) =>
		salesforceBulkWorkflow({
			resource: 'object',
			operation: 'describe',
			object: { __rl: true, mode: 'name', value: 'Account' },
			output: 'object',
			...extra,
		});

	it('logs in with client credentials and describes an object', async () => {
		const result = await runSalesforceBulk(describeAccount(), clientCredentialsFor(salesforce));
		expect(result.error).toBeUndefined();
		const [account] = result.output(NODE);
		expect(account.json).toMatchObject({ name: 'Account', keyPrefix: '001' });
		expect((account.json.fields as Array<{ name: string }>).map((f) => f.name)).toEqual(
			expect.arrayContaining(['Id', 'Name', 'Industry', 'BillingCity']),
		);
		expect(account.pairedItem).toEqual({ item: 0 });
		// The session n8n stored for the credential is reused, not requested again for the next call.
		expect(result.credentials?.salesforceMigrationClientCredentialsApi?.sf).toMatchObject({
			sessionInstanceUrl: salesforce.url,
		});
	});

	it('works with an OAuth2 credential and renews an expired token once', async () => {
		const credentials = oAuth2CredentialsFor(salesforce);
		salesforce.expireTokens();
		const workflow = describeAccount({ output: 'field', authentication: 'oAuth2' });
		const result = await runSalesforceBulk(workflow, credentials, 'oAuth2');
		expect(result.error).toBeUndefined();
		expect(result.output(NODE).length).toBeGreaterThan(20);
		expect(salesforce.server.log.count({ path: '/services/oauth2/token' })).toBeGreaterThanOrEqual(
			1,
		);
	});

	it("names Salesforce's error code for an unknown object, and continues on fail when asked", async () => {
		const failing = describeAccount({ object: { __rl: true, mode: 'name', value: 'Nope__c' } });
		const failed = await runSalesforceBulk(failing, clientCredentialsFor(salesforce));
		expect(failed.error?.message).toMatch(/NOT_FOUND/);
		expect(failed.error?.description).toMatch(/API names are case-sensitive/);

		const continued = await runSalesforceBulk(
			{
				...failing,
				nodes: failing.nodes.map((n) => (n.name === NODE ? { ...n, continueOnFail: true } : n)),
			},
			clientCredentialsFor(salesforce),
		);
		expect(continued.error).toBeUndefined();
		expect(continued.output(NODE)[0].json.error).toMatch(/NOT_FOUND/);
	});

	it('never puts the client secret or a token into the output or the error', async () => {
		const credentials = { ...clientCredentialsFor(salesforce), clientSecret: 'wrong-secret-value' };
		const result = await runSalesforceBulk(describeAccount(), credentials);
		expect(result.error).toBeDefined();
		expect(JSON.stringify(result.error)).not.toContain('wrong-secret-value');
	});
});
