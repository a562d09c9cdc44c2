import { startFakeHubSpot, type FakeHubSpot } from '../../fakes/hubspot';
import { hubSpotBatchWorkflow, NODE, runHubSpotBatch } from './workflow';

const ensure = (objectType: string, source: 'salesforceId' | 'items') => ({
	resource: 'property',
	operation: 'ensure',
	objectType,
	source,
});

describe('HubSpot Batch: property ensure, owners and pipelines', () => {
	let hs: FakeHubSpot;
	beforeEach(async () => {
		hs = await startFakeHubSpot({ log: { storeBodies: false } });
	});
	afterEach(async () => await hs.stop());

	it('creates the unique Salesforce ID property in our group once, then finds it', async () => {
		const first = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(ensure('companies', 'salesforceId')),
		);
		expect(first.output(NODE, 0).map((item) => item.json.status)).toEqual(['created']);
		expect(hs.properties('companies').get('salesforce_id')).toMatchObject({
			type: 'string',
			hasUniqueValue: true,
			groupName: 'salesforce_migration',
		});
		const second = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(ensure('companies', 'salesforceId')),
		);
		expect(second.output(NODE, 0).map((item) => item.json.status)).toEqual(['exists']);
	});

	it('creates the properties items describe, adds missing options, and reports conflicts', async () => {
		const items = [
			{
				name: 'sf_rating',
				label: 'Rating',
				type: 'enumeration',
				options: [
					{ label: 'Hot', value: 'hot' },
					{ label: 'Cold', value: 'cold' },
				],
			},
			{ name: 'sf_score', label: 'Score', type: 'number' },
			{ name: 'industry', label: 'Industry', type: 'number' },
			{ name: 'Bad Name', type: 'string' },
		];
		const first = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(ensure('companies', 'items'), items),
		);
		const statusByName = Object.fromEntries(
			first.output(NODE, 0).map((item) => [item.json.name, item.json.status]),
		);
		expect(statusByName).toEqual({
			salesforce_id: 'created',
			sf_rating: 'created',
			sf_score: 'created',
		});
		expect(first.output(NODE, 1).map((item) => item.json.error)).toEqual([
			expect.objectContaining({
				category: 'CONFLICT',
				message: expect.stringContaining('type enumeration'),
			}),
			expect.objectContaining({
				category: 'VALIDATION_ERROR',
				message: expect.stringContaining('not a valid property name'),
			}),
		]);
		const withWarm = [
			{ ...items[0], options: [...items[0].options!, { label: 'Warm', value: 'warm' }] },
		];
		const second = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(ensure('companies', 'items'), withWarm),
		);
		expect(second.output(NODE, 0).find((item) => item.json.name === 'sf_rating')?.json.status).toBe(
			'updated',
		);
		expect(
			hs
				.properties('companies')
				.get('sf_rating')
				?.options.map((o: { value: string }) => o.value),
		).toEqual(['hot', 'cold', 'warm']);
	});

	it('lists owners and pipelines', async () => {
		hs.setOwners([
			{ id: '77', email: 'owner@example.com', firstName: 'O', lastName: 'W', userId: 1 },
		] as never);
		const owners = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow({ resource: 'owner', operation: 'getAll' }),
		);
		expect(owners.output(NODE, 0).map((item) => item.json)).toEqual([
			expect.objectContaining({ id: '77', email: 'owner@example.com' }),
		]);
		const pipelines = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow({
				resource: 'pipeline',
				operation: 'getAll',
				pipelineObjectType: 'deals',
			}),
		);
		expect(pipelines.output(NODE, 0)[0].json).toMatchObject({
			objectType: 'deals',
			stages: expect.arrayContaining([expect.objectContaining({ id: 'closedwon' })]),
		});
	});

	it('creates the properties a mapping suggestion proposes, once each', async () => {
		const suggestion = {
			createProperties: [
				{
					sourceField: 'Id',
					name: 'salesforce_id',
					label: 'Salesforce ID',
					type: 'string',
					fieldType: 'text',
					hasUniqueValue: true,
				},
				{
					sourceField: 'LeadSource',
					name: 'lead_source',
					label: 'Lead Source',
					type: 'enumeration',
					fieldType: 'select',
					options: [{ label: 'Web', value: 'Web' }],
				},
			],
		};
		const parameters = { ...ensure('contacts', 'items'), source: 'mapping' };
		const result = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(parameters, [suggestion, suggestion]),
		);
		expect(result.output(NODE, 0).map((item) => [item.json.name, item.json.status])).toEqual([
			['salesforce_id', 'created'],
			['lead_source', 'created'],
		]);
		expect(hs.properties('contacts').get('lead_source')).toMatchObject({
			type: 'enumeration',
			groupName: 'salesforce_migration',
		});
	});
});
