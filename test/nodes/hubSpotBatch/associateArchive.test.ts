import { startFakeHubSpot, type FakeHubSpot } from '../../fakes/hubspot';
import {
	hubSpotBatchWorkflow,
	hubSpotCredentials,
	NODE,
	runHubSpotBatch,
	upsertParameters,
} from './workflow';

const SALESFORCE_ID = {
	name: 'salesforce_id',
	label: 'Salesforce ID',
	type: 'string',
	fieldType: 'text',
	groupName: 'contactinformation',
	hasUniqueValue: true,
} as const;

describe('HubSpot Batch: associations, archive, OAuth2', () => {
	let hs: FakeHubSpot;
	const oauthApp = { clientId: 'migration-app', clientSecret: 'migration-app-secret' };

	beforeEach(async () => {
		hs = await startFakeHubSpot({ log: { storeBodies: false }, oauth: oauthApp });
		hs.addProperty('contacts', SALESFORCE_ID as never);
		hs.addProperty('companies', { ...SALESFORCE_ID, groupName: 'companyinformation' } as never);
		await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(upsertParameters('companies'), [
				{ salesforce_id: '001A', name: 'Acme' },
				{ salesforce_id: '001B', name: 'Globex' },
			]),
		);
		await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(upsertParameters('contacts'), [
				{ salesforce_id: '003A', email: 'a@example.com' },
				{ salesforce_id: '003B', email: 'b@example.com' },
				{ salesforce_id: '003C', email: 'c@example.com' },
			]),
		);
	});
	afterEach(async () => await hs.stop());

	const associate = {
		resource: 'association',
		operation: 'create',
		fromObjectType: 'contacts',
		toObjectType: 'companies',
		fromIdProperty: 'salesforce_id',
		toIdProperty: 'salesforce_id',
		fromKey: '={{ $json.Id }}',
		toKeys: '={{ $json.AccountId }}',
	};

	it('associates records named by Salesforce Ids and reports references that do not resolve', async () => {
		const input = [
			{ Id: '003A', AccountId: '001A' },
			{ Id: '003B', AccountId: '001Z' },
			{ Id: '003C', AccountId: null },
			{ Id: '003Q', AccountId: '001A' },
		];
		const result = await runHubSpotBatch(hs, hubSpotBatchWorkflow(associate, input));
		expect(result.output(NODE, 0).map((item) => [item.json.fromKey, item.json.associated])).toEqual(
			[
				['003A', 1],
				['003C', 0],
			],
		);
		expect(result.output(NODE, 1).map((item) => item.json.error)).toEqual([
			expect.objectContaining({
				category: 'OBJECT_NOT_FOUND',
				message: expect.stringContaining('001Z'),
			}),
			expect.objectContaining({
				category: 'OBJECT_NOT_FOUND',
				message: expect.stringContaining('003Q'),
			}),
		]);
		const contactId = hs.objects('contacts').find('salesforce_id', '003A')!.id;
		const companyId = hs.objects('companies').find('salesforce_id', '001A')!.id;
		expect(hs.associations('contacts', 'companies', contactId)).toEqual([
			expect.objectContaining({ toId: companyId }),
		]);

		// Associating again changes nothing.
		await runHubSpotBatch(hs, hubSpotBatchWorkflow(associate, input));
		expect(hs.associations('contacts', 'companies', contactId)).toHaveLength(1);
	});

	it('reads the keys from input fields by name, with the same results, without a look-up for records with nothing to associate', async () => {
		const input = [
			{ record: { Id: '003A' }, company: '001A' },
			{ record: { Id: '003B' }, company: ['001B', '001Z'] },
			{ record: { Id: '003C' } },
			{ record: { Id: '003Q' }, company: '' },
		];
		const byFields = {
			...associate,
			keySource: 'fields',
			fromKeyField: 'record.Id',
			toKeysField: 'company',
		};
		hs.server.log.clear();
		const result = await runHubSpotBatch(hs, hubSpotBatchWorkflow(byFields, input));
		expect(result.output(NODE, 0).map((item) => [item.json.fromKey, item.json.associated])).toEqual(
			[
				['003A', 1],
				['003C', 0],
				['003Q', 0],
			],
		);
		expect(result.output(NODE, 1).map((item) => [item.json.fromKey, item.json.associated])).toEqual(
			[['003B', 1]],
		);
		expect(result.output(NODE, 1)[0].json.error).toMatchObject({
			message: expect.stringContaining('001Z'),
		});
		const contactB = hs.objects('contacts').find('salesforce_id', '003B')!.id;
		expect(hs.associations('contacts', 'companies', contactB)).toEqual([
			expect.objectContaining({ toId: hs.objects('companies').find('salesforce_id', '001B')!.id }),
		]);
		// Contacts looked up: only the two with companies to associate with.
		const reads = hs.server.log
			.entries()
			.filter((entry) => entry.path === '/crm/v3/objects/contacts/batch/read');
		expect(reads).toHaveLength(1);
	});

	it('archives by Salesforce Id, counts missing records as done, and writes nothing in a dry run', async () => {
		const archive = {
			resource: 'record',
			operation: 'archive',
			objectType: 'contacts',
			identifyBy: 'property',
			idProperty: 'salesforce_id',
			key: '={{ $json.Id }}',
		};
		const dry = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow({ ...archive, options: { dryRun: true } }, [{ Id: '003A' }]),
		);
		expect(dry.output(NODE, 0)[0].json).toMatchObject({ dryRun: true, action: 'archive' });
		expect(hs.objects('contacts').count()).toBe(3);

		const result = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(archive, [{ Id: '003A' }, { Id: '003B' }, { Id: '003NOPE' }]),
		);
		// In the order of the input items.
		expect(result.output(NODE, 0).map((item) => [item.json.key, item.json.archived])).toEqual([
			['003A', true],
			['003B', true],
			['003NOPE', false],
		]);
		expect(hs.objects('contacts').count()).toBe(1);
	});

	it('refreshes an expired OAuth2 token through n8n and carries on', async () => {
		const credentials = hubSpotCredentials(hs, oauthApp);
		hs.expireTokens();
		const result = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow({ ...upsertParameters('contacts'), authentication: 'oAuth2' }, [
				{ salesforce_id: '003D', email: 'd@example.com' },
			]),
			credentials,
			'oAuth2',
		);
		expect(result.error).toBeUndefined();
		expect(result.output(NODE, 0)).toHaveLength(1);
		expect(result.credentials.hubSpotMigrationOAuth2Api.hs.oauthTokenData).not.toEqual(
			credentials.oauthTokenData,
		);
	});
});
