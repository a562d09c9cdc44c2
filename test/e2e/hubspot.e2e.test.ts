import type { IDataObject } from 'n8n-workflow';
import { serverErrorFault, startFakeHubSpot, type FakeHubSpot } from '../fakes/hubspot';
import { N8nInstance, selectedRuntimes, type WorkflowImport } from './harness';

const CREDENTIAL = { id: 'hubspot-app', name: 'HubSpot private app' };
const TYPE = 'n8n-nodes-salesforce-migration.hubSpotBatch';

/** Start → records (Set, raw JSON) → one item each (Split Out) → HubSpot Batch → Succeeded / Failed. */
function hubSpotWorkflow(
	id: string,
	records: IDataObject[],
	parameters: IDataObject,
): WorkflowImport {
	return {
		id,
		name: `HubSpot e2e ${id}`,
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
				name: 'Records',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [200, 0],
				parameters: { mode: 'raw', jsonOutput: JSON.stringify({ records }), options: {} },
			},
			{
				id: 'c',
				name: 'One item per record',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [400, 0],
				parameters: { fieldToSplitOut: 'records', options: {} },
			},
			{
				id: 'd',
				name: 'HubSpot',
				type: TYPE,
				typeVersion: 1,
				position: [600, 0],
				parameters: { authentication: 'appToken', ...parameters },
				credentials: { hubSpotMigrationAppTokenApi: CREDENTIAL },
			},
			{
				id: 'e',
				name: 'Succeeded',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [800, -100],
				parameters: {},
			},
			{
				id: 'f',
				name: 'Failed',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [800, 100],
				parameters: {},
			},
		],
		connections: {
			Start: { main: [[{ node: 'Records', type: 'main', index: 0 }]] },
			Records: { main: [[{ node: 'One item per record', type: 'main', index: 0 }]] },
			'One item per record': { main: [[{ node: 'HubSpot', type: 'main', index: 0 }]] },
			HubSpot: {
				main: [
					[{ node: 'Succeeded', type: 'main', index: 0 }],
					[{ node: 'Failed', type: 'main', index: 0 }],
				],
			},
		},
		settings: { executionOrder: 'v1' },
	} as WorkflowImport;
}

const upsert = (objectType: string, options: IDataObject = {}) => ({
	resource: 'record',
	operation: 'upsert',
	objectType,
	columns: {
		mappingMode: 'autoMapInputData',
		value: null,
		matchingColumns: ['salesforce_id'],
		schema: [],
	},
	options,
});

const ensureSalesforceId = (objectType: string) => ({
	resource: 'property',
	operation: 'ensure',
	objectType,
	source: 'salesforceId',
});

function contacts(count: number, from = 0): IDataObject[] {
	return Array.from({ length: count }, (_, i) => ({
		salesforce_id: `0035g00000E2E${String(from + i).padStart(5, '0')}`,
		email: `e2e-${from + i}@example.com`,
		firstname: `First ${from + i}`,
		lastname: 'Tester',
	}));
}

describe.each(selectedRuntimes())('HubSpot Batch in real n8n ($name $version)', (runtime) => {
	let hubspot: FakeHubSpot;
	let n8n: N8nInstance;

	beforeAll(async () => {
		hubspot = await startFakeHubSpot({ log: { storeBodies: false } });
		n8n = N8nInstance.create(runtime);
		await n8n.importCredentials([
			{
				...CREDENTIAL,
				type: 'hubSpotMigrationAppTokenApi',
				data: { accessToken: hubspot.token, baseUrl: hubspot.url },
			},
		]);
		for (const objectType of ['contacts', 'companies']) {
			const id = await n8n.importWorkflow(
				hubSpotWorkflow(`ensure-${objectType}`, [{}], ensureSalesforceId(objectType)),
			);
			const result = await n8n.execute(id);
			expect(result.output('Succeeded').map((item) => item.json.status)).toEqual(['created']);
		}
	});

	afterAll(async () => {
		await n8n?.dispose();
		await hubspot?.stop();
	});

	it('lands the valid records of a mixed batch, reports the invalid ones, and a re-run creates nothing new', async () => {
		const records = [
			...contacts(300),
			{ salesforce_id: '0035g00000E2EBAD01', email: 'not an email', lastname: 'Bad' },
			{ salesforce_id: '0035g00000E2EBAD02', email: 'ok@example.com', lifecyclestage: 'nonsense' },
			{ salesforce_id: '0035g00000E2EBAD03', email: 'ok2@example.com', favourite_colour: 'blue' },
		];
		const id = await n8n.importWorkflow(hubSpotWorkflow('mixed', records, upsert('contacts')));
		const first = await n8n.execute(id);
		expect(first.output('Succeeded')).toHaveLength(300);
		expect(first.output('Succeeded').every((item) => item.json.created === true)).toBe(true);
		expect(first.output('Failed').map((item) => (item.json.error as IDataObject).code)).toEqual([
			'INVALID_EMAIL',
			'INVALID_OPTION',
			'PROPERTY_DOESNT_EXIST',
		]);
		expect(first.output('Failed')[0].json.record).toEqual(records[300]);
		expect(hubspot.objects('contacts').count()).toBe(300);

		const second = await n8n.execute(id);
		expect(second.output('Succeeded')).toHaveLength(300);
		expect(second.output('Succeeded').some((item) => item.json.created === true)).toBe(false);
		expect(hubspot.objects('contacts').count()).toBe(300);
	});

	it('associates contacts with their companies by Salesforce Id', async () => {
		const companies = [
			{ salesforce_id: '0015g00000E2EACC01', name: 'Acme' },
			{ salesforce_id: '0015g00000E2EACC02', name: 'Globex' },
		];
		await n8n.execute(
			await n8n.importWorkflow(hubSpotWorkflow('companies', companies, upsert('companies'))),
		);
		const links = contacts(4, 1000).map((contact, i) => ({
			Id: contact.salesforce_id,
			AccountId: companies[i % 2].salesforce_id,
		}));
		await n8n.execute(
			await n8n.importWorkflow(hubSpotWorkflow('people', contacts(4, 1000), upsert('contacts'))),
		);
		links.push({ Id: '0035g00000E2ENOPE1', AccountId: companies[0].salesforce_id });
		const result = await n8n.execute(
			await n8n.importWorkflow(
				hubSpotWorkflow('associate', links, {
					resource: 'association',
					operation: 'create',
					fromObjectType: 'contacts',
					fromIdProperty: 'salesforce_id',
					fromKey: '={{ $json.Id }}',
					toObjectType: 'companies',
					toIdProperty: 'salesforce_id',
					toKeys: '={{ $json.AccountId }}',
				}),
			),
		);
		expect(result.output('Succeeded')).toHaveLength(4);
		expect(
			result.output('Failed').map((item) => (item.json.error as IDataObject).category),
		).toEqual(['OBJECT_NOT_FOUND']);
		const acme = hubspot.objects('companies').find('salesforce_id', companies[0].salesforce_id)!;
		expect(hubspot.associations('companies', 'contacts', acme.id)).toHaveLength(2);
	});

	it('loses nothing through a 429 storm and 5xx bursts', async () => {
		const storm = hubspot.server.faults.inject({
			kind: 'rateLimit',
			match: { path: /batch\/upsert/ },
			every: 2,
			times: 8,
		});
		const bursts = hubspot.server.faults.inject({
			...serverErrorFault(503),
			match: { path: /batch\/upsert/ },
			every: 3,
			times: 4,
		});
		const id = await n8n.importWorkflow(
			hubSpotWorkflow('storm', contacts(2000, 5000), upsert('contacts')),
		);
		const result = await n8n.execute(id);
		storm.remove();
		bursts.remove();
		expect(storm.hits).toBe(8);
		expect(bursts.hits).toBe(4);
		expect(result.output('Succeeded')).toHaveLength(2000);
		// Nothing failed, so the Failed branch never ran.
		expect(result.nodesRun).not.toContain('Failed');
		const missing = contacts(2000, 5000).filter(
			(contact) =>
				!hubspot.objects('contacts').find('salesforce_id', String(contact.salesforce_id)),
		);
		expect(missing).toEqual([]);
	});

	it('stops with a clear message when the daily limit runs out', async () => {
		const limited = await startFakeHubSpot({ dailyLimit: 3, log: { storeBodies: false } });
		limited.addProperty('contacts', {
			name: 'salesforce_id',
			label: 'Salesforce ID',
			type: 'string',
			fieldType: 'text',
			groupName: 'contactinformation',
			hasUniqueValue: true,
		} as never);
		try {
			await n8n.importCredentials([
				{
					id: 'hubspot-limited',
					name: 'HubSpot limited',
					type: 'hubSpotMigrationAppTokenApi',
					data: { accessToken: limited.token, baseUrl: limited.url },
				},
			]);
			const workflow = hubSpotWorkflow(
				'daily',
				contacts(500, 9000),
				upsert('contacts', { concurrency: 1 }),
			);
			for (const node of workflow.nodes as Array<{ credentials?: IDataObject }>)
				if (node.credentials)
					node.credentials = {
						hubSpotMigrationAppTokenApi: { id: 'hubspot-limited', name: 'HubSpot limited' },
					};
			const result = await n8n.executeAllowingFailure(await n8n.importWorkflow(workflow));
			expect(result.errorSummary()).toMatch(/daily API limit[\s\S]*200 of 500 records landed/);
			expect(limited.objects('contacts').count()).toBe(200);
		} finally {
			await limited.stop();
		}
	});
});
