import { startFakeHubSpot, type FakeHubSpot } from './index';
import { api, rejection, sdk, validationResults } from './testSupport';

describe('fake HubSpot properties API and value validation', () => {
	let hs: FakeHubSpot;

	beforeAll(async () => {
		hs = await startFakeHubSpot();
	});
	afterAll(() => hs.stop());

	it('lists the standard properties with their type, fieldType and options', async () => {
		const client = sdk(hs);
		const contacts = await client.crm.properties.coreApi.getAll('contacts');
		const byName = Object.fromEntries(contacts.results.map((p) => [p.name, p]));
		for (const name of [
			'email',
			'firstname',
			'lastname',
			'phone',
			'company',
			'website',
			'lifecyclestage',
			'hs_lead_status',
			'hubspot_owner_id',
		]) {
			expect(byName[name]).toBeDefined();
		}
		expect(byName.email).toMatchObject({
			type: 'string',
			fieldType: 'text',
			hubspotDefined: true,
			hasUniqueValue: false,
		});
		expect(byName.phone).toMatchObject({ type: 'string', fieldType: 'phonenumber' });
		expect(byName.lifecyclestage.options.map((o) => o.value)).toEqual([
			'subscriber',
			'lead',
			'marketingqualifiedlead',
			'salesqualifiedlead',
			'opportunity',
			'customer',
			'evangelist',
			'other',
		]);
		expect(byName.hubspot_owner_id).toMatchObject({
			type: 'enumeration',
			externalOptions: true,
			referencedObjectType: 'OWNER',
		});
		expect(byName.hs_object_id.modificationMetadata?.readOnlyValue).toBe(true);

		const industry = await client.crm.properties.coreApi.getByName('companies', 'industry');
		expect(industry).toMatchObject({ type: 'enumeration', fieldType: 'select' });
		expect(industry.options.length).toBeGreaterThan(140);
		expect(industry.options.find((o) => o.value === 'COMPUTER_SOFTWARE')?.label).toBe(
			'Computer Software',
		);

		const deals = await client.crm.properties.coreApi.getAll('deals');
		const dealstage = deals.results.find((p) => p.name === 'dealstage');
		expect(dealstage?.options.map((o) => o.value)).toContain('appointmentscheduled');
		expect(deals.results.find((p) => p.name === 'closedate')).toMatchObject({
			type: 'datetime',
			fieldType: 'date',
		});
		expect(deals.results.find((p) => p.name === 'amount')).toMatchObject({
			type: 'number',
			fieldType: 'number',
		});

		const tickets = await client.crm.properties.coreApi.getAll('tickets');
		expect(tickets.results.map((p) => p.name)).toEqual(
			expect.arrayContaining([
				'subject',
				'content',
				'hs_pipeline',
				'hs_pipeline_stage',
				'hs_ticket_priority',
			]),
		);
	});

	it('creates a property (201), answers 409 for the same name again, and batch create 207s', async () => {
		const client = sdk(hs);
		const created = await client.crm.properties.coreApi.create('contacts', {
			name: 'sf_contact_id',
			label: 'Salesforce Contact ID',
			type: 'string' as never,
			fieldType: 'text' as never,
			groupName: 'contactinformation',
			hasUniqueValue: true,
		});
		expect(created).toMatchObject({
			name: 'sf_contact_id',
			hasUniqueValue: true,
			hubspotDefined: false,
			archived: false,
		});
		expect(created.createdAt).toBeInstanceOf(Date);

		const again = await rejection(
			client.crm.properties.coreApi.create('contacts', {
				name: 'sf_contact_id',
				label: 'x',
				type: 'string' as never,
				fieldType: 'text' as never,
				groupName: 'contactinformation',
			}),
		);
		expect(again.code).toBe(409);
		expect(again.body).toMatchObject({
			category: 'OBJECT_ALREADY_EXISTS',
			message: "Property named 'sf_contact_id' already exists.",
		});

		const batch = await api(hs, 'POST', '/crm/v3/properties/contacts/batch/create', {
			inputs: [
				{
					name: 'sf_account_tier',
					label: 'Tier',
					type: 'enumeration',
					fieldType: 'select',
					groupName: 'contactinformation',
					options: [{ label: 'Gold', value: 'gold' }],
				},
				{
					name: 'sf_contact_id',
					label: 'dup',
					type: 'string',
					fieldType: 'text',
					groupName: 'contactinformation',
				},
			],
		});
		expect(batch.status).toBe(207);
		expect(batch.body).toMatchObject({
			numErrors: 1,
			errors: [{ category: 'OBJECT_ALREADY_EXISTS', context: { name: ['sf_contact_id'] } }],
		});

		// The new unique property keys upserts at once.
		const upserted = await client.crm.contacts.batchApi.upsert({
			inputs: [
				{
					id: '003000000000001',
					idProperty: 'sf_contact_id',
					properties: { email: 'grace@example.com', sf_account_tier: 'gold' },
				},
			],
		});
		expect(upserted.results[0]._new).toBe(true);
	});

	it('refuses property definitions HubSpot refuses', async () => {
		const bad = [
			{
				name: 'Bad Name',
				label: 'x',
				type: 'string',
				fieldType: 'text',
				groupName: 'contactinformation',
			},
			{
				name: 'hs_mine',
				label: 'x',
				type: 'string',
				fieldType: 'text',
				groupName: 'contactinformation',
			},
			{
				name: 'e',
				label: 'x',
				type: 'enumeration',
				fieldType: 'select',
				groupName: 'contactinformation',
			},
			{ name: 'b', label: 'x', type: 'bool', fieldType: 'text', groupName: 'contactinformation' },
			{
				name: 'u',
				label: 'x',
				type: 'bool',
				fieldType: 'booleancheckbox',
				groupName: 'contactinformation',
				hasUniqueValue: true,
				options: [{ label: 'Yes', value: 'true' }],
			},
			{ name: 'g', label: 'x', type: 'string', fieldType: 'text', groupName: 'nosuchgroup' },
		];
		for (const body of bad) {
			const res = await api(hs, 'POST', '/crm/v3/properties/contacts', body);
			expect([res.status, res.body.category]).toEqual([400, 'VALIDATION_ERROR']);
		}
	});

	it('groups, PATCH and archive; an archived property no longer accepts values', async () => {
		const client = sdk(hs);
		const group = await client.crm.properties.groupsApi.create('contacts', {
			name: 'migration',
			label: 'Migration',
			displayOrder: 1,
		});
		expect(group).toMatchObject({ name: 'migration', label: 'Migration', archived: false });
		expect(
			(await client.crm.properties.groupsApi.getAll('contacts')).results.map((g) => g.name),
		).toContain('migration');

		await client.crm.properties.coreApi.create('contacts', {
			name: 'sf_source',
			label: 'Source',
			type: 'enumeration' as never,
			fieldType: 'radio' as never,
			groupName: 'migration',
			options: [{ label: 'Web', value: 'web', hidden: false, displayOrder: 0 }],
		});
		const patched = await client.crm.properties.coreApi.update('contacts', 'sf_source', {
			options: [
				{ label: 'Web', value: 'web', hidden: false, displayOrder: 0 },
				{ label: 'Phone', value: 'phone', hidden: false, displayOrder: 1 },
			],
		});
		expect(patched.options.map((o) => o.value)).toEqual(['web', 'phone']);
		expect(
			(await api(hs, 'POST', '/crm/v3/objects/contacts', { properties: { sf_source: 'phone' } }))
				.status,
		).toBe(201);

		await client.crm.properties.coreApi.archive('contacts', 'sf_source');
		const archived = await client.crm.properties.coreApi.getAll('contacts', true);
		expect(archived.results.map((p) => p.name)).toEqual(['sf_source']);
		const write = await api(hs, 'POST', '/crm/v3/objects/contacts', {
			properties: { sf_source: 'web' },
		});
		expect(write.status).toBe(400);
		expect(validationResults(write.body.message)[0]).toMatchObject({
			error: 'PROPERTY_DOESNT_EXIST',
			name: 'sf_source',
		});

		const standard = await api(hs, 'DELETE', '/crm/v3/properties/contacts/email');
		expect(standard.status).toBe(400);
	});

	it('validates values per type as HubSpot does, each failure named in the message', async () => {
		hs.addProperty('contacts', {
			name: 'score',
			label: 'Score',
			type: 'number',
			fieldType: 'number',
			groupName: 'contactinformation',
		});
		hs.addProperty('contacts', {
			name: 'signed_up',
			label: 'Signed up',
			type: 'date',
			fieldType: 'date',
			groupName: 'contactinformation',
		});
		hs.addProperty('contacts', {
			name: 'vip',
			label: 'VIP',
			type: 'bool',
			fieldType: 'booleancheckbox',
			groupName: 'contactinformation',
			options: [
				{ label: 'Yes', value: 'true' },
				{ label: 'No', value: 'false' },
			],
		});
		const cases: Array<[Record<string, unknown>, string, string?]> = [
			[{ score: 'twelve' }, 'INVALID_LONG', 'twelve was not a valid long.'],
			[{ score: '1.2.3' }, 'INVALID_DOUBLE'],
			[
				{ signed_up: '1430438400001' },
				'INVALID_DATE',
				'1430438400001 is at 0:0:0.1 UTC, not midnight!',
			],
			[
				{ signed_up: '2015-05-01T10:31:45Z' },
				'INVALID_DATE',
				'2015-05-01T10:31:45Z is at 10:31:45.0 UTC, not midnight!',
			],
			[{ signed_up: '2015-02-30' }, 'INVALID_DATE'],
			[{ vip: 'yes' }, 'INVALID_BOOLEAN'],
			[{ hs_ticket_priority: 'HIGH' }, 'PROPERTY_DOESNT_EXIST'],
			[{ hs_lead_status: 'NEW;OPEN' }, 'INVALID_OPTION'],
			[
				{ numemployees: '10' },
				'INVALID_OPTION',
				'10 was not one of the allowed options: [1-5, 5-25, 25-50, 50-100, 100-500, 500-1000, 1000+]',
			],
			[{ email: 'not-an-email' }, 'INVALID_EMAIL', 'Email address not-an-email is invalid'],
			[{ hubspot_owner_id: '12345' }, 'INVALID_OWNER_ID'],
			[{ hs_object_id: '7' }, 'READ_ONLY_VALUE'],
			[{ lastmodifieddate: '1430438400000' }, 'READ_ONLY_VALUE'],
			[{ message: 'x'.repeat(65_537) }, 'VALUE_TOO_LONG'],
		];
		for (const [properties, error, message] of cases) {
			const res = await api(hs, 'POST', '/crm/v3/objects/contacts', { properties });
			expect([res.status, res.body.category]).toEqual([400, 'VALIDATION_ERROR']);
			const [result] = validationResults(res.body.message);
			expect(result).toMatchObject({ error, name: Object.keys(properties)[0], isValid: false });
			if (message) expect(result.message).toBe(message);
		}
	});

	it('normalises valid values: dates to YYYY-MM-DD, datetimes to ISO, booleans lower-case; "" clears', async () => {
		const owner = (await sdk(hs).crm.owners.ownersApi.getPage()).results[0];
		const created = await api<{ id: string; properties: Record<string, string> }>(
			hs,
			'POST',
			'/crm/v3/objects/contacts',
			{
				properties: {
					email: 'norm@example.com',
					score: 42.5,
					signed_up: '1430438400000',
					closedate: '2024-03-01T12:34:56+01:00',
					vip: 'TRUE',
					hubspot_owner_id: owner.id,
					message: 'x'.repeat(65_536),
				},
			},
		);
		expect(created.status).toBe(201);
		expect(created.body.properties).toMatchObject({
			score: '42.5',
			signed_up: '2015-05-01',
			closedate: '2024-03-01T11:34:56.000Z',
			vip: 'true',
			hubspot_owner_id: owner.id,
		});
		const cleared = await api<{ properties: Record<string, string> }>(
			hs,
			'PATCH',
			`/crm/v3/objects/contacts/${created.body.id}`,
			{
				properties: { score: '', vip: null },
			},
		);
		expect(cleared.body.properties.score).toBeUndefined();
		expect(hs.objects('contacts').get(created.body.id)?.properties).not.toHaveProperty('vip');
	});
});
