import type { IDataObject } from 'n8n-workflow';
import type { PropertyCreate } from '@hubspot/api-client/lib/codegen/crm/properties';
import { startFakeHubSpot, serverErrorFault, type FakeHubSpot } from '../../fakes/hubspot';
import { hubSpotBatchWorkflow, NODE, runHubSpotBatch, upsertParameters } from './workflow';

const SALESFORCE_ID: PropertyCreate = {
	name: 'salesforce_id',
	label: 'Salesforce ID',
	type: 'string' as PropertyCreate['type'],
	fieldType: 'text' as PropertyCreate['fieldType'],
	groupName: 'contactinformation',
	hasUniqueValue: true,
};

function contact(i: number, extra: Record<string, unknown> = {}) {
	return {
		salesforce_id: `003000000000${String(i).padStart(3, '0')}AAA`,
		email: `person${i}@example.com`,
		firstname: `First${i}`,
		lastname: `Last${i}`,
		...extra,
	};
}

describe('HubSpot Batch: record upsert', () => {
	let hs: FakeHubSpot;

	beforeEach(async () => {
		hs = await startFakeHubSpot({ log: { storeBodies: false } });
		hs.addProperty('contacts', SALESFORCE_ID);
		hs.addProperty('companies', { ...SALESFORCE_ID, groupName: 'companyinformation' });
	});
	afterEach(async () => await hs.stop());

	it('lands the valid records of a mixed batch and reports each invalid one with its reason and record', async () => {
		hs.addProperty('contacts', {
			name: 'birth_day',
			label: 'Birthday',
			type: 'date',
			fieldType: 'date',
			groupName: 'contactinformation',
		});
		const input: IDataObject[] = [
			contact(1),
			contact(2, { email: 'not-an-email' }),
			contact(3, { lifecyclestage: 'not-a-stage' }),
			contact(4, { no_such_property: 'x' }),
			contact(5, { lifecyclestage: 'Customer', hs_lead_status: 'OPEN' }),
			{ email: 'nokey@example.com', firstname: 'No key' },
			contact(7, { birth_day: '1990-05-17T15:30:00.000Z' }),
		];
		const result = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(upsertParameters('contacts'), input),
		);
		expect(result.error).toBeUndefined();
		const landed = result.output(NODE, 0);
		const failed = result.output(NODE, 1);
		expect(landed.map((item) => item.json.key)).toEqual(
			expect.arrayContaining([
				input[0].salesforce_id,
				input[4].salesforce_id,
				input[6].salesforce_id,
			]),
		);
		expect(landed).toHaveLength(3);
		expect(failed).toHaveLength(4);
		const reasonFor = (index: number) =>
			failed.find(
				(item) => item.pairedItem && (item.pairedItem as Array<{ item: number }>)[0].item === index,
			)?.json;
		expect(reasonFor(1)).toMatchObject({
			error: { code: 'INVALID_EMAIL', property: 'email' },
			record: input[1],
		});
		expect(reasonFor(2)).toMatchObject({
			error: { code: 'INVALID_OPTION', property: 'lifecyclestage' },
		});
		expect(reasonFor(3)).toMatchObject({
			error: { code: 'PROPERTY_DOESNT_EXIST', property: 'no_such_property' },
		});
		expect(reasonFor(5)).toMatchObject({ error: { code: 'MISSING_KEY' }, record: input[5] });

		expect(hs.objects('contacts').count()).toBe(3);
		const fifth = hs.objects('contacts').find('salesforce_id', input[4].salesforce_id as string);
		expect(fifth?.properties).toMatchObject({
			lifecyclestage: 'customer',
			email: 'person5@example.com',
		});
		// A date-time for a date property is sent as its day, at midnight UTC.
		expect(
			hs.objects('contacts').find('salesforce_id', input[6].salesforce_id as string)?.properties
				.birth_day,
		).toBe('1990-05-17');
		for (const item of landed) expect(item.json.hubspotId).toMatch(/^\d+$/);
	});

	it('updates on a second run instead of creating duplicates', async () => {
		const input = Array.from({ length: 250 }, (_, i) => contact(i));
		const first = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(upsertParameters('contacts'), input),
		);
		expect(first.output(NODE, 0).filter((item) => item.json.created)).toHaveLength(250);
		const changed = input.map((record) => ({ ...record, firstname: `${record.firstname}-v2` }));
		const second = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(upsertParameters('contacts'), changed),
		);
		expect(second.output(NODE, 0)).toHaveLength(250);
		expect(second.output(NODE, 0).filter((item) => item.json.created)).toHaveLength(0);
		expect(hs.objects('contacts').count()).toBe(250);
		expect(
			hs.objects('contacts').find('salesforce_id', input[7].salesforce_id)?.properties.firstname,
		).toBe('First7-v2');
	});

	it('merges items with the same key into one record, or reports the later ones', async () => {
		const input = [
			contact(1),
			contact(1, { firstname: 'Merged', phone: '+1 555 0100' }),
			contact(2),
		];
		const merged = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(upsertParameters('contacts'), input),
		);
		expect(merged.output(NODE, 0)).toHaveLength(2);
		expect(merged.output(NODE, 0)[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }]);
		expect(
			hs.objects('contacts').find('salesforce_id', input[0].salesforce_id)?.properties,
		).toMatchObject({ firstname: 'Merged', phone: '+1 555 0100' });

		const reported = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(upsertParameters('contacts', { duplicateKeys: 'report' }), input),
		);
		expect(reported.output(NODE, 1)).toHaveLength(1);
		expect(reported.output(NODE, 1)[0].json.error).toMatchObject({ category: 'DUPLICATE_KEY' });
	});

	it('reads a 207 record by record: a unique-value conflict fails one record, the rest land', async () => {
		hs.addProperty('contacts', {
			name: 'employee_number',
			label: 'Employee number',
			type: 'string',
			fieldType: 'text',
			groupName: 'contactinformation',
			hasUniqueValue: true,
		});
		const input = [
			contact(1, { employee_number: 'E1' }),
			contact(2, { employee_number: 'E1' }),
			contact(3),
		];
		const result = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(upsertParameters('contacts'), input),
		);
		expect(result.output(NODE, 0)).toHaveLength(2);
		expect(result.output(NODE, 1)).toHaveLength(1);
		expect(result.output(NODE, 1)[0].json).toMatchObject({
			key: input[1].salesforce_id,
			error: { category: 'CONFLICT' },
		});
	});

	it('splits a batch HubSpot refuses whole, so that only the records at fault fail', async () => {
		await hs.stop();
		hs = await startFakeHubSpot({ batchErrors: 'wholeBatch', log: { storeBodies: false } });
		hs.addProperty('contacts', SALESFORCE_ID);
		hs.addProperty('contacts', {
			name: 'employee_number',
			label: 'Employee number',
			type: 'string',
			fieldType: 'text',
			groupName: 'contactinformation',
			hasUniqueValue: true,
		});
		const input = Array.from({ length: 40 }, (_, i) =>
			contact(i, i === 17 || i === 18 ? { employee_number: 'DUP' } : {}),
		);
		const result = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(upsertParameters('contacts'), input),
		);
		expect(result.output(NODE, 0)).toHaveLength(39);
		expect(result.output(NODE, 1).map((item) => item.json.key)).toEqual([input[18].salesforce_id]);
		expect(hs.objects('contacts').count()).toBe(39);
	});

	it('loses nothing through 429 storms, 5xx bursts and dropped connections', async () => {
		hs.server.faults.inject({
			kind: 'rateLimit',
			match: { path: /batch\/upsert/ },
			every: 2,
			times: 6,
		});
		hs.server.faults.inject({
			...serverErrorFault(502),
			match: { path: /batch\/upsert/ },
			every: 3,
			times: 3,
		});
		hs.server.faults.inject({ kind: 'drop', match: { path: /batch\/upsert/ }, every: 5, times: 2 });
		const input = Array.from({ length: 1200 }, (_, i) => contact(i));
		const result = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(upsertParameters('contacts', { concurrency: 4 }), input),
		);
		expect(result.error).toBeUndefined();
		expect(result.output(NODE, 0)).toHaveLength(1200);
		expect(result.output(NODE, 1)).toHaveLength(0);
		expect(hs.objects('contacts').count()).toBe(1200);
		const hint = result.hints(NODE)[0].message;
		expect(hint).toMatch(/1200 contacts upserted, 0 failed/);
		expect(hint).toMatch(/[1-9]\d* rate-limit waits/);
	});

	it('stops with a clear message when the daily limit runs out, and says how far it got', async () => {
		await hs.stop();
		hs = await startFakeHubSpot({ dailyLimit: 4, log: { storeBodies: false } });
		hs.addProperty('contacts', SALESFORCE_ID);
		const input = Array.from({ length: 600 }, (_, i) => contact(i));
		const result = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(upsertParameters('contacts', { concurrency: 1 }), input),
		);
		expect(result.error?.message).toMatch(/daily API limit .* 300 of 600 records landed/);
		expect(result.error?.description).toMatch(/run the workflow again/i);
		// One request read the properties, three carried 100 records each.
		expect(hs.objects('contacts').count()).toBe(300);

		const continued = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(upsertParameters('contacts', { concurrency: 1 }), input, {
				onError: 'continueErrorOutput',
			}),
		);
		// The budget is spent: every record is on the Failed output with the reason.
		expect(continued.output(NODE, 1).length).toBe(600);
		expect(continued.output(NODE, 1)[0].json.error).toMatchObject({
			category: 'RATE_LIMIT',
			code: 'DAILY',
		});
	});

	it('resolves owners given by email and deal stages given by label', async () => {
		hs.addProperty('deals', { ...SALESFORCE_ID, groupName: 'dealinformation' });
		hs.setOwners([
			{ id: '501', email: 'ada@example.com', firstName: 'Ada', lastName: 'L', userId: 9001 },
		] as never);
		const input = [
			{
				salesforce_id: '006000000000001AAA',
				dealname: 'Big deal',
				amount: 1200.5,
				dealstage: 'Closed Won',
				hubspot_owner_id: 'ADA@example.com',
				closedate: '2024-03-01',
			},
			{ salesforce_id: '006000000000002AAA', dealname: 'Lost', dealstage: 'No such stage' },
			{
				salesforce_id: '006000000000003AAA',
				dealname: 'Orphan',
				hubspot_owner_id: 'nobody@example.com',
			},
		];
		const result = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(upsertParameters('deals'), input),
		);
		expect(result.output(NODE, 0)).toHaveLength(1);
		const deal = hs.objects('deals').find('salesforce_id', '006000000000001AAA');
		expect(deal?.properties).toMatchObject({
			dealstage: 'closedwon',
			hubspot_owner_id: '501',
			amount: '1200.5',
			closedate: '2024-03-01T00:00:00.000Z',
		});
		expect(result.output(NODE, 1).map((item) => item.json.error)).toEqual([
			expect.objectContaining({ code: 'INVALID_OPTION', property: 'dealstage' }),
			expect.objectContaining({ code: 'INVALID_OWNER_ID', property: 'hubspot_owner_id' }),
		]);
	});

	it('writes nothing in a dry run and says what it would do', async () => {
		await runHubSpotBatch(hs, hubSpotBatchWorkflow(upsertParameters('contacts'), [contact(1)]));
		const result = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(upsertParameters('contacts', { dryRun: true }), [
				contact(1, { firstname: 'Changed' }),
				contact(2),
			]),
		);
		expect(result.output(NODE, 0).map((item) => [item.json.action, item.json.dryRun])).toEqual([
			['update', true],
			['create', true],
		]);
		expect(hs.objects('contacts').count()).toBe(1);
		expect(
			hs.objects('contacts').find('salesforce_id', contact(1).salesforce_id)?.properties.firstname,
		).toBe('First1');
	});

	it('takes the values mapped in the editor, matched on email', async () => {
		const parameters = {
			...upsertParameters('contacts', {}, 'email'),
			columns: {
				mappingMode: 'defineBelow',
				value: { email: '={{ $json.Email }}', firstname: '={{ $json.FirstName }}' },
				matchingColumns: ['email'],
				schema: [],
			},
		};
		const result = await runHubSpotBatch(
			hs,
			hubSpotBatchWorkflow(parameters, [{ Email: 'Mixed.Case@Example.com', FirstName: 'Mia' }]),
		);
		expect(result.output(NODE, 0)[0].json).toMatchObject({
			idProperty: 'email',
			key: 'Mixed.Case@Example.com',
			created: true,
		});
		expect(
			hs.objects('contacts').find('email', 'mixed.case@example.com')?.properties.firstname,
		).toBe('Mia');
	});
});
