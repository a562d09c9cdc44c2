import { startFakeHubSpot, type FakeHubSpot } from './index';
import { api, rejection, sdk, validationResults } from './testSupport';

describe('fake HubSpot batch upsert (real @hubspot/api-client)', () => {
	let hs: FakeHubSpot;

	beforeAll(async () => {
		hs = await startFakeHubSpot({ searchLagMs: 0 });
		hs.addProperty('companies', {
			name: 'salesforce_id',
			label: 'Salesforce ID',
			type: 'string',
			fieldType: 'text',
			groupName: 'companyinformation',
			hasUniqueValue: true,
		});
	});
	afterAll(() => hs.stop());

	it('creates by email, then updates the same contacts on a re-run (new: true, then false)', async () => {
		const client = sdk(hs);
		const inputs: Array<{ id: string; idProperty: string; properties: Record<string, string> }> = [
			{
				id: 'ada@example.com',
				idProperty: 'email',
				properties: { firstname: 'Ada', lastname: 'Lovelace' },
			},
			{ id: 'Alan@Example.com', idProperty: 'email', properties: { firstname: 'Alan' } },
		];
		const first = await client.crm.contacts.batchApi.upsert({ inputs });
		expect(first.status).toBe('COMPLETE');
		expect(first.results.map((r) => r._new)).toEqual([true, true]);
		const ada = first.results[0];
		expect(ada.id).toMatch(/^\d+$/);
		expect(ada.properties).toMatchObject({
			email: 'ada@example.com',
			firstname: 'Ada',
			hs_object_id: ada.id,
		});
		expect(ada.createdAt).toBeInstanceOf(Date);
		expect(ada.archived).toBe(false);
		// Emails are matched case-insensitively and stored lower-cased.
		expect(first.results[1].properties.email).toBe('alan@example.com');

		const second = await client.crm.contacts.batchApi.upsert({
			inputs: [
				{ ...inputs[0], properties: { lastname: 'King' } },
				{ ...inputs[1], id: 'ALAN@example.com' },
			],
		});
		expect(second.results.map((r) => r._new)).toEqual([false, false]);
		expect(second.results.map((r) => r.id)).toEqual(first.results.map((r) => r.id));
		expect(hs.objects('contacts').count()).toBe(2);
		expect(hs.objects('contacts').find('email', 'ADA@example.com')?.properties).toEqual({
			email: 'ada@example.com',
			firstname: 'Ada',
			lastname: 'King',
		});
	});

	it('upserts by a custom hasUniqueValue property without duplicating on a re-run', async () => {
		const client = sdk(hs);
		const inputs = Array.from({ length: 100 }, (_, i) => ({
			id: `001A${String(i).padStart(11, '0')}`,
			idProperty: 'salesforce_id',
			properties: { name: `Company ${i}`, domain: `c${i}.example` },
		}));
		const first = await client.crm.companies.batchApi.upsert({ inputs });
		expect(first.results.every((r) => r._new)).toBe(true);
		const again = await client.crm.companies.batchApi.upsert({ inputs });
		expect(again.results.every((r) => !r._new)).toBe(true);
		expect(hs.objects('companies').count()).toBe(100);
		expect(hs.objects('companies').find('salesforce_id', '001A00000000042')?.properties.name).toBe(
			'Company 42',
		);
	});

	it('refuses an idProperty that is not unique, and hs_object_id, with HubSpot 400', async () => {
		for (const idProperty of ['firstname', 'hs_object_id']) {
			const { code, body } = await rejection(
				sdk(hs).crm.contacts.batchApi.upsert({ inputs: [{ id: 'x', idProperty, properties: {} }] }),
			);
			expect(code).toBe(400);
			expect(body).toMatchObject({
				status: 'error',
				category: 'VALIDATION_ERROR',
				message: `Unable to perform update/upsert by non-unique 0-1 property ${idProperty} in portal ID ${hs.portalId}`,
			});
			expect(body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
		}
	});

	it('refuses a batch whose inputs name the same record twice, and more than 100 inputs', async () => {
		const dup = await api(hs, 'POST', '/crm/v3/objects/contacts/batch/upsert', {
			inputs: [
				{ id: 'twice@example.com', idProperty: 'email', properties: {} },
				{ id: 'TWICE@example.com', idProperty: 'email', properties: {} },
			],
		});
		expect(dup.status).toBe(400);
		expect(dup.body).toMatchObject({ category: 'VALIDATION_ERROR' });
		expect(String(dup.body.message)).toContain('Duplicate IDs found in batch input');

		const inputs = Array.from({ length: 101 }, (_, i) => ({
			id: `n${i}@example.com`,
			idProperty: 'email',
			properties: {},
		}));
		const { code, body } = await rejection(sdk(hs).crm.contacts.batchApi.upsert({ inputs }));
		expect(code).toBe(400);
		expect(body.message).toBe('The maximum number of inputs supported in a batch request is 100');
		expect(hs.objects('contacts').find('email', 'n0@example.com')).toBeUndefined();
	});

	it('answers 207 with per-record errors and lands the valid records', async () => {
		const response = await sdk(hs).crm.contacts.batchApi.upsert({
			inputs: [
				{ id: 'ok1@example.com', idProperty: 'email', properties: { lifecyclestage: 'lead' } },
				{
					id: 'bad-option@example.com',
					idProperty: 'email',
					properties: { lifecyclestage: 'Lead' },
				},
				{
					id: 'bad-prop@example.com',
					idProperty: 'email',
					properties: { favourite_colour: 'blue' },
				},
				{ id: 'bad-date@example.com', idProperty: 'email', properties: { closedate: 'soon' } },
				{ id: 'ok2@example.com', idProperty: 'email', properties: { closedate: '1430438400000' } },
			],
		});
		expect('numErrors' in response && response.numErrors).toBe(3);
		expect(response.results.map((r) => r.properties.email).sort()).toEqual([
			'ok1@example.com',
			'ok2@example.com',
		]);
		const errors = 'errors' in response ? (response.errors ?? []) : [];
		const byId = Object.fromEntries(errors.map((e) => [e.context?.ids?.[0], e]));
		expect(errors.every((e) => e.status === 'error' && e.category === 'VALIDATION_ERROR')).toBe(
			true,
		);
		expect(validationResults(byId['bad-option@example.com'].message)[0]).toMatchObject({
			error: 'INVALID_OPTION',
			name: 'lifecyclestage',
		});
		expect(validationResults(byId['bad-prop@example.com'].message)[0]).toMatchObject({
			error: 'PROPERTY_DOESNT_EXIST',
			name: 'favourite_colour',
			message: 'Property "favourite_colour" does not exist',
		});
		expect(validationResults(byId['bad-date@example.com'].message)[0]).toMatchObject({
			error: 'INVALID_DATETIME',
		});
		expect(byId['bad-prop@example.com'].errors?.[0]).toMatchObject({
			code: 'PROPERTY_DOESNT_EXIST',
		});
		expect(hs.objects('contacts').find('email', 'bad-option@example.com')).toBeUndefined();
		expect(hs.objects('contacts').find('email', 'ok2@example.com')?.properties.closedate).toBe(
			'2015-05-01T00:00:00.000Z',
		);
	});

	it('batchErrors: wholeBatch refuses the batch with one 400 and writes nothing', async () => {
		const strict = await startFakeHubSpot({ batchErrors: 'wholeBatch' });
		try {
			const { code, body } = await rejection(
				sdk(strict).crm.contacts.batchApi.upsert({
					inputs: [
						{ id: 'good@example.com', idProperty: 'email', properties: {} },
						{ id: 'bad@example.com', idProperty: 'email', properties: { hs_lead_status: 'nope' } },
					],
				}),
			);
			expect(code).toBe(400);
			expect(body.context).toMatchObject({ ids: ['bad@example.com'] });
			expect(strict.objects('contacts').count()).toBe(0);
		} finally {
			await strict.stop();
		}
	});

	it('batch create: all or nothing (409 CONFLICT for an existing email), 207 with objectWriteTraceId', async () => {
		const client = sdk(hs);
		const existing = hs.objects('contacts').find('email', 'ada@example.com');
		const { code, body } = await rejection(
			client.crm.contacts.batchApi.create({
				inputs: [
					{ properties: { email: 'fresh@example.com' }, associations: [] },
					{ properties: { email: 'ada@example.com' }, associations: [] },
				],
			}),
		);
		expect(code).toBe(409);
		expect(body).toMatchObject({
			category: 'CONFLICT',
			message: `Contact already exists. Existing ID: ${existing?.id}`,
		});
		expect(hs.objects('contacts').find('email', 'fresh@example.com')).toBeUndefined();

		const traced = await client.crm.contacts.batchApi.create({
			inputs: [
				{ properties: { email: 'fresh@example.com' }, associations: [], objectWriteTraceId: 't1' },
				{ properties: { email: 'ada@example.com' }, associations: [], objectWriteTraceId: 't2' },
			],
		});
		expect(traced.results.map((r) => r.objectWriteTraceId)).toEqual(['t1']);
		expect('errors' in traced && traced.errors?.[0]).toMatchObject({
			category: 'CONFLICT',
			context: { objectWriteTraceId: ['t2'] },
		});
	});

	it('batch read by email reports the missing ones in one OBJECT_NOT_FOUND error', async () => {
		const read = await sdk(hs).crm.contacts.batchApi.read({
			idProperty: 'email',
			inputs: [{ id: 'ada@example.com' }, { id: 'ghost@example.com' }],
			properties: ['firstname'],
			propertiesWithHistory: [],
		});
		expect(read.results).toHaveLength(1);
		expect(read.results[0].properties).toEqual({ firstname: 'Ada' });
		expect('errors' in read && read.errors?.[0]).toMatchObject({
			category: 'OBJECT_NOT_FOUND',
			message:
				'Could not get some CONTACT objects, they may be deleted or not exist. Check that ids are valid.',
			context: { ids: ['ghost@example.com'] },
		});
	});

	it('batch update: by record id, not by email (as on HubSpot); unknown ids in a 207', async () => {
		const client = sdk(hs);
		const ada = hs.objects('contacts').find('email', 'ada@example.com');
		const byEmail = await rejection(
			client.crm.contacts.batchApi.update({
				inputs: [{ id: 'ada@example.com', idProperty: 'email', properties: { jobtitle: 'x' } }],
			}),
		);
		expect(byEmail.code).toBe(400);
		expect(byEmail.body.message).toMatch(
			/^Unable to perform update\/upsert by non-unique 0-1 property email/,
		);

		const updated = await client.crm.contacts.batchApi.update({
			inputs: [
				{ id: ada?.id as string, properties: { jobtitle: 'Countess' } },
				{ id: '999999', properties: { jobtitle: 'Nobody' } },
			],
		});
		expect(updated.results[0].properties.jobtitle).toBe('Countess');
		expect('errors' in updated && updated.errors?.[0]).toMatchObject({
			category: 'OBJECT_NOT_FOUND',
			context: { ids: ['999999'] },
		});
	});

	it('single-record CRUD and list paging with after', async () => {
		const client = sdk(hs);
		const created = await client.crm.deals.basicApi.create({
			properties: { dealname: 'Big', amount: '1000' },
			associations: [],
		});
		expect(created.properties).toMatchObject({
			dealname: 'Big',
			amount: '1000',
			pipeline: 'default',
		});
		const read = await client.crm.deals.basicApi.getById(created.id, ['dealname', 'dealstage']);
		expect(read.properties).toEqual({ dealname: 'Big', dealstage: null });
		const patched = await client.crm.deals.basicApi.update(created.id, {
			properties: { dealstage: 'closedwon' },
		});
		expect(patched.properties.dealstage).toBe('closedwon');
		expect(patched.updatedAt.getTime()).toBeGreaterThanOrEqual(patched.createdAt.getTime());
		await client.crm.deals.basicApi.archive(created.id);
		expect((await rejection(client.crm.deals.basicApi.getById(created.id))).code).toBe(404);

		const page1 = await client.crm.companies.basicApi.getPage(40);
		expect(page1.results).toHaveLength(40);
		const page2 = await client.crm.companies.basicApi.getPage(
			100,
			page1.paging?.next?.after as string,
		);
		expect(page2.results).toHaveLength(60);
		expect(page2.paging).toBeUndefined();
		expect(new Set([...page1.results, ...page2.results].map((r) => r.id)).size).toBe(100);
	});

	it('custom objects: schema through the API, upsert into 2-xxxx by its unique property', async () => {
		const client = sdk(hs);
		const schema = await client.crm.schemas.coreApi.create({
			name: 'cars',
			labels: { singular: 'Car', plural: 'Cars' },
			primaryDisplayProperty: 'model',
			requiredProperties: ['vin'],
			searchableProperties: ['model'],
			secondaryDisplayProperties: [],
			associatedObjects: ['CONTACT'],
			properties: [
				{
					name: 'vin',
					label: 'VIN',
					type: 'string',
					fieldType: 'text',
					hasUniqueValue: true,
				} as never,
				{ name: 'model', label: 'Model', type: 'string', fieldType: 'text' } as never,
			],
		});
		expect(schema.objectTypeId).toMatch(/^2-\d+$/);
		expect(schema.fullyQualifiedName).toBe(`p${hs.portalId}_cars`);
		const upserted = await client.crm.objects.batchApi.upsert(schema.objectTypeId as string, {
			inputs: [{ id: 'VIN1', idProperty: 'vin', properties: { model: 'T' } }],
		});
		expect(upserted.results[0]).toMatchObject({
			_new: true,
			properties: { vin: 'VIN1', model: 'T' },
		});
		const missingVin = await api(hs, 'POST', `/crm/v3/objects/${schema.objectTypeId}`, {
			properties: { model: 'S' },
		});
		expect(missingVin.status).toBe(400);
		expect(validationResults(missingVin.body.message)[0]).toMatchObject({
			error: 'REQUIRED_PROPERTY',
			name: 'vin',
		});
		expect(hs.objects('cars').count()).toBe(1);
	});
});
