import { startFakeHubSpot, type FakeHubSpot } from '../../fakes/hubspot';
import { hubSpotBatchWorkflow, NODE, runHubSpotBatch, upsertParameters } from './workflow';

const ensure = (objectType: string) => ({
	resource: 'property',
	operation: 'ensure',
	objectType,
	source: 'salesforceId',
});

describe('HubSpot Batch: custom objects and engagements', () => {
	let hs: FakeHubSpot;
	beforeEach(async () => {
		hs = await startFakeHubSpot({ log: { storeBodies: false } });
	});
	afterEach(async () => await hs.stop());

	it('upserts a custom object by its object type id, keyed on the Salesforce ID it ensured', async () => {
		hs.addCustomObject({
			name: 'vehicles',
			labels: { singular: 'Vehicle', plural: 'Vehicles' },
			primaryDisplayProperty: 'vin',
			requiredProperties: ['vin'],
			properties: [{ name: 'vin', label: 'VIN', type: 'string', fieldType: 'text' }],
			associatedObjects: ['CONTACT'],
		} as never);
		const objectTypeId = (
			hs.context as unknown as { types: { resolve(name: string): { objectTypeId: string } } }
		).types.resolve('vehicles').objectTypeId;
		await runHubSpotBatch(hs, hubSpotBatchWorkflow(ensure(objectTypeId)));
		const input = [
			{ salesforce_id: 'a0B000000000001AAA', vin: 'VIN-1' },
			{ salesforce_id: 'a0B000000000002AAA' },
		];
		const result = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(upsertParameters(objectTypeId), input),
		);
		expect(result.output(NODE, 0).map((item) => item.json.key)).toEqual(['a0B000000000001AAA']);
		// HubSpot requires the VIN: the record without one is reported, not dropped.
		expect(result.output(NODE, 1)[0].json).toMatchObject({
			key: 'a0B000000000002AAA',
			error: { message: expect.stringContaining('vin') },
		});
		expect(hs.objects('vehicles').count()).toBe(1);
	});

	it('upserts notes with their timestamps and attaches them to their contacts', async () => {
		await runHubSpotBatch(hs, hubSpotBatchWorkflow(ensure('contacts')));
		await runHubSpotBatch(hs, hubSpotBatchWorkflow(ensure('notes')));
		await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(upsertParameters('contacts'), [
				{ salesforce_id: '003N1', email: 'n1@example.com' },
			]),
		);
		const notes = [
			{
				salesforce_id: '002N1',
				hs_note_body: 'Called about renewal',
				hs_timestamp: '2024-05-01T09:30:00.000+0000',
				WhoId: '003N1',
			},
		];
		const upserted = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(
				{ ...upsertParameters('notes', { unknownProperties: 'ignore' }) },
				notes,
			),
		);
		expect(upserted.output(NODE, 0)).toHaveLength(1);
		expect(hs.objects('notes').find('salesforce_id', '002N1')?.properties.hs_timestamp).toBe(
			'2024-05-01T09:30:00.000Z',
		);
		const associated = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(
				{
					resource: 'association',
					operation: 'create',
					fromObjectType: 'notes',
					fromIdProperty: 'salesforce_id',
					fromKey: '={{ $json.salesforce_id }}',
					toObjectType: 'contacts',
					toIdProperty: 'salesforce_id',
					toKeys: '={{ $json.WhoId }}',
				},
				notes,
			),
		);
		expect(associated.output(NODE, 0)[0].json.associated).toBe(1);
		const noteId = hs.objects('notes').find('salesforce_id', '002N1')!.id;
		expect(hs.associations('notes', 'contacts', noteId)).toHaveLength(1);
	});
});
