import { serverErrorFault, startFakeIntercom, type FakeIntercom } from '../../fakes/intercom';
import { NODE, intercomBulkWorkflow, runIntercomBulk, upsertContacts } from './workflow';

const people = (n: number, prefix = '003', extra: Record<string, unknown> = {}) =>
	Array.from({ length: n }, (_, i) => ({
		external_id: `${prefix}${String(i).padStart(12, '0')}`,
		email: `person${i}@example.com`,
		name: `Person ${i}`,
		...extra,
	}));

describe('Intercom Bulk: contacts', () => {
	let ic: FakeIntercom;
	beforeEach(async () => {
		ic = await startFakeIntercom({ log: { storeBodies: false } });
	});
	afterEach(async () => await ic.stop());

	it('creates users, and a re-run updates them without duplicates', async () => {
		const first = await runIntercomBulk(ic, intercomBulkWorkflow(upsertContacts(), people(30)));
		expect(first.output(NODE, 0)).toHaveLength(30);
		expect(first.output(NODE, 1)).toHaveLength(0);
		expect(first.output(NODE, 0).every((item) => item.json.action === 'created')).toBe(true);
		const renamed = people(30).map((p) => ({ ...p, name: `${p.name} (renamed)` }));
		const second = await runIntercomBulk(ic, intercomBulkWorkflow(upsertContacts(), renamed));
		expect(second.output(NODE, 0).map((item) => item.json.action)).toEqual(
			Array(30).fill('updated'),
		);
		expect(ic.contacts.count()).toBe(30);
		expect(ic.contacts.byExternalId('003000000000007')?.name).toBe('Person 7 (renamed)');
		// Each item is linked to the input item it came from.
		expect(second.output(NODE, 0)[5].pairedItem).toEqual([{ item: 5 }]);
	});

	it('merges a lead into the user who has its email, keeping the user as it is keyed', async () => {
		await runIntercomBulk(ic, intercomBulkWorkflow(upsertContacts(), people(1)));
		const lead = {
			external_id: '00Q000000000001',
			email: 'PERSON0@example.com',
			phone: '+44 20 7946 0000',
		};
		const merged = await runIntercomBulk(
			ic,
			intercomBulkWorkflow(upsertContacts({}, 'lead'), [lead]),
		);
		expect(merged.output(NODE, 0)[0].json).toMatchObject({
			action: 'merged',
			external_id: '003000000000000',
			role: 'user',
		});
		expect(ic.contacts.count()).toBe(1);
		expect(ic.contacts.byExternalId('003000000000000')).toMatchObject({
			role: 'user',
			phone: '+44 20 7946 0000',
		});

		// Two Salesforce contacts with one email are two people: the second fails, unless told to merge.
		const namesake = {
			external_id: '003999999999999',
			email: 'person0@example.com',
			name: 'Namesake',
		};
		const refused = await runIntercomBulk(ic, intercomBulkWorkflow(upsertContacts(), [namesake]));
		expect(refused.output(NODE, 1)[0].json.error).toMatchObject({
			code: 'conflict',
			property: 'email',
			status: 409,
		});
		expect(refused.output(NODE, 1)[0].json.record).toEqual(namesake);
		const mergedUser = await runIntercomBulk(
			ic,
			intercomBulkWorkflow(upsertContacts({ emailConflict: 'merge' }), [namesake]),
		);
		expect(mergedUser.output(NODE, 0)[0].json).toMatchObject({
			action: 'merged',
			external_id: '003000000000000',
		});
		expect(ic.contacts.count()).toBe(1);
	});

	it('finds the user a lead belongs to through search when this process did not write it', async () => {
		const other = await startFakeIntercom({
			searchLagMs: 0,
			seed: { contacts: [{ role: 'user', external_id: '003SEEDED', email: 'grace@example.com' }] },
		});
		try {
			const lead = { external_id: '00QSEEDED', email: 'grace@example.com', name: 'Grace' };
			const result = await runIntercomBulk(
				other,
				intercomBulkWorkflow(upsertContacts({}, 'lead'), [lead]),
			);
			expect(result.output(NODE, 0)[0].json).toMatchObject({
				action: 'merged',
				external_id: '003SEEDED',
			});
			expect(other.contacts.count()).toBe(1);
		} finally {
			await other.stop();
		}
	});

	it('sends a record with an unknown custom attribute to Failed, and lands it once the attribute exists', async () => {
		const record = { ...people(1)[0], 'custom_attributes.sf_rating': 'Hot', sf_score: 4.5 };
		const refused = await runIntercomBulk(ic, intercomBulkWorkflow(upsertContacts(), [record]));
		expect(refused.output(NODE, 0)).toHaveLength(0);
		expect(refused.output(NODE, 1)[0].json.error).toMatchObject({
			code: 'parameter_invalid',
			status: 400,
		});
		expect(String((refused.output(NODE, 1)[0].json.error as { message: string }).message)).toMatch(
			/sf_rating|sf_score/,
		);
		expect(ic.contacts.count()).toBe(0);

		const ensure = await runIntercomBulk(
			ic,
			intercomBulkWorkflow(
				{ resource: 'dataAttribute', operation: 'ensure', model: 'contact', source: 'mapping' },
				[
					{
						createProperties: [
							{ name: 'sf_rating', type: 'string', label: 'Rating' },
							{ name: 'sf_score', type: 'float' },
						],
					},
				],
			),
		);
		expect(ensure.output(NODE, 0).map((item) => item.json.status)).toEqual(['created', 'created']);
		expect(ic.dataAttributes.get('contact', 'sf_score')?.data_type).toBe('float');
		const again = await runIntercomBulk(
			ic,
			intercomBulkWorkflow(
				{ resource: 'dataAttribute', operation: 'ensure', model: 'contact', source: 'mapping' },
				[
					{
						createProperties: [
							{ name: 'sf_rating', type: 'string' },
							{ name: 'sf_score', type: 'boolean' },
						],
					},
				],
			),
		);
		expect(again.output(NODE, 0).map((item) => item.json.status)).toEqual(['exists']);
		expect(again.output(NODE, 1)[0].json.error).toMatchObject({ property: 'sf_score' });

		const landed = await runIntercomBulk(ic, intercomBulkWorkflow(upsertContacts(), [record]));
		expect(landed.output(NODE, 0)).toHaveLength(1);
		expect(ic.contacts.byExternalId('003000000000000')?.custom_attributes).toMatchObject({
			sf_rating: 'Hot',
			sf_score: 4.5,
		});
	});

	it('fails a record without its key, and writes nothing in a dry run', async () => {
		const result = await runIntercomBulk(
			ic,
			intercomBulkWorkflow(upsertContacts({ dryRun: true }), [
				...people(2),
				{ email: 'nokey@example.com' },
			]),
		);
		expect(result.output(NODE, 0).map((item) => item.json.dryRun)).toEqual([true, true]);
		expect(result.output(NODE, 1)[0].json.error).toMatchObject({ property: 'external_id' });
		expect(ic.contacts.count()).toBe(0);
	});

	it('attaches contacts to their companies, and reports a company that is not there', async () => {
		const companies = await runIntercomBulk(
			ic,
			intercomBulkWorkflow({ resource: 'company', operation: 'upsert' }, [
				{ company_id: '001A', name: 'Acme', monthly_spend: 99.7 },
				{ company_id: '001B', name: 'Globex' },
			]),
		);
		expect(companies.output(NODE, 0)).toHaveLength(2);
		expect(ic.companies.byCompanyId('001A')?.monthly_spend).toBe(100);
		const input = [
			{
				properties: people(1)[0],
				associations: [{ toObject: 'company', key: '001A', field: 'AccountId' }],
			},
			{
				properties: people(2)[1],
				associations: [{ toObject: 'company', key: '001Z', field: 'AccountId' }],
			},
		];
		const result = await runIntercomBulk(ic, intercomBulkWorkflow(upsertContacts(), input));
		expect(result.output(NODE, 0)).toHaveLength(1);
		expect(result.output(NODE, 1)[0].json.error).toMatchObject({
			code: 'company_not_found',
			property: 'company_id',
		});
		const contact = ic.contacts.byExternalId('003000000000000')!;
		expect(ic.companies.byCompanyId('001A')?.user_count).toBe(1);
		expect(JSON.stringify(contact.companies)).toContain(ic.companies.byCompanyId('001A')!.id);
		// Re-running attaches nothing twice.
		await runIntercomBulk(ic, intercomBulkWorkflow(upsertContacts(), input.slice(0, 1)));
		expect(ic.companies.byCompanyId('001A')?.user_count).toBe(1);
	});

	it('lands every record through 429s, server errors and dropped connections, with none duplicated', async () => {
		ic.server.faults.inject({ kind: 'rateLimit', every: 29, times: 1 });
		ic.server.faults.inject({ ...serverErrorFault(503), every: 11, times: 5 });
		ic.server.faults.inject({ kind: 'drop', every: 13, times: 4 });
		const result = await runIntercomBulk(ic, intercomBulkWorkflow(upsertContacts(), people(120)));
		expect(result.output(NODE, 1)).toHaveLength(0);
		expect(result.output(NODE, 0)).toHaveLength(120);
		expect(ic.contacts.count()).toBe(120);
		expect(new Set(ic.contacts.all().map((c) => c.external_id)).size).toBe(120);
	});

	it('archives and deletes contacts by Salesforce Id', async () => {
		await runIntercomBulk(ic, intercomBulkWorkflow(upsertContacts(), people(3)));
		const archive = await runIntercomBulk(
			ic,
			intercomBulkWorkflow(
				{
					resource: 'contact',
					operation: 'remove',
					removal: 'archive',
					identifyBy: 'externalId',
					contactKey: '={{ $json.Id }}',
				},
				[{ Id: '003000000000000' }, { Id: '003999999999999' }],
			),
		);
		expect(archive.output(NODE, 0).map((item) => item.json.result)).toEqual([
			'archived',
			'notFound',
		]);
		const remove = await runIntercomBulk(
			ic,
			intercomBulkWorkflow(
				{
					resource: 'contact',
					operation: 'remove',
					removal: 'delete',
					identifyBy: 'externalId',
					contactKey: '={{ $json.Id }}',
				},
				[{ Id: '003000000000001' }],
			),
		);
		expect(remove.output(NODE, 0)[0].json.result).toBe('deleted');
		expect(ic.contacts.byExternalId('003000000000001')).toBeUndefined();
		expect(ic.contacts.byExternalId('003000000000000')?.archived).toBe(true);
		// An archived contact comes back when the migration runs again.
		const back = await runIntercomBulk(ic, intercomBulkWorkflow(upsertContacts(), people(1)));
		expect(back.output(NODE, 0)[0].json.action).toBe('updated');
		expect(ic.contacts.byExternalId('003000000000000')?.archived).toBe(false);
	});

	it('lists admins and data attributes for the editor and the mapper', async () => {
		const admins = await runIntercomBulk(
			ic,
			intercomBulkWorkflow({ resource: 'admin', operation: 'getAll' }),
		);
		expect(admins.output(NODE, 0).length).toBeGreaterThan(0);
		expect(admins.output(NODE, 0)[0].json).toHaveProperty('email');
		const attributes = await runIntercomBulk(
			ic,
			intercomBulkWorkflow({ resource: 'dataAttribute', operation: 'getAll', model: 'company' }),
		);
		expect(attributes.output(NODE, 0).map((item) => item.json.name)).toEqual(
			expect.arrayContaining(['company_id', 'name']),
		);
	});
});
