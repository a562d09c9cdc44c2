import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/associations/v4';
import { startFakeHubSpot, type FakeHubSpot } from './index';
import { api, rejection, sdk } from './testSupport';

const HUBSPOT_DEFINED = AssociationSpecAssociationCategoryEnum.HubspotDefined;

describe('fake HubSpot associations v4', () => {
	let hs: FakeHubSpot;
	let contacts: string[];
	let companies: string[];
	let deal: string;

	beforeAll(async () => {
		hs = await startFakeHubSpot();
		contacts = ['a', 'b', 'c'].map(
			(n) => hs.objects('contacts').insert({ email: `${n}@example.com` }).id,
		);
		companies = ['Acme', 'Globex'].map((name) => hs.objects('companies').insert({ name }).id);
		deal = hs.objects('deals').insert({ dealname: 'Deal' }).id;
	});
	afterAll(() => hs.stop());

	it('batch create with HubSpot-defined type ids writes the inverse too (279/280, 1/2)', async () => {
		const client = sdk(hs);
		const created = await client.crm.associations.v4.batchApi.create('contacts', 'companies', {
			inputs: [
				{
					_from: { id: contacts[0] },
					to: { id: companies[0] },
					types: [
						{ associationCategory: HUBSPOT_DEFINED, associationTypeId: 279 },
						{ associationCategory: HUBSPOT_DEFINED, associationTypeId: 1 },
					],
				},
			],
		});
		expect(created.results[0]).toMatchObject({
			fromObjectTypeId: '0-1',
			fromObjectId: Number(contacts[0]),
			toObjectTypeId: '0-2',
			toObjectId: Number(companies[0]),
			labels: ['Primary'],
		});
		expect(hs.associations('contacts', 'companies', contacts[0])).toEqual([
			{ fromId: contacts[0], toId: companies[0], typeIds: [1, 279] },
		]);
		expect(hs.associations('companies', 'contacts', companies[0])).toEqual([
			{ fromId: companies[0], toId: contacts[0], typeIds: [2, 280] },
		]);
	});

	it('associate/default uses the unlabelled type of the pair (deal→company 341, deal→contact 3)', async () => {
		const client = sdk(hs);
		const toCompany = await client.crm.associations.v4.batchApi.createDefault(
			'deals',
			'companies',
			{
				inputs: [{ _from: { id: deal }, to: { id: companies[1] } }],
			},
		);
		expect(toCompany.results[0].associationSpec).toEqual({
			associationCategory: 'HUBSPOT_DEFINED',
			associationTypeId: 341,
		});
		await client.crm.associations.v4.basicApi.createDefault('deals', deal, 'contacts', contacts[1]);
		expect(hs.associations('deals', 'contacts', deal)).toEqual([
			{ fromId: deal, toId: contacts[1], typeIds: [3] },
		]);
		expect(hs.associations('companies', 'deals', companies[1])[0].typeIds).toEqual([342]);
	});

	it('reports a missing record or a type id that does not fit the pair per input (207)', async () => {
		const res = await api(hs, 'POST', '/crm/v4/associations/contacts/companies/batch/create', {
			inputs: [
				{
					from: { id: contacts[1] },
					to: { id: companies[1] },
					types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 279 }],
				},
				{
					from: { id: contacts[1] },
					to: { id: '424242' },
					types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 279 }],
				},
				{
					from: { id: contacts[2] },
					to: { id: companies[1] },
					types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 341 }],
				},
			],
		});
		expect(res.status).toBe(207);
		expect(res.body).toMatchObject({
			numErrors: 2,
			errors: [
				{
					category: 'VALIDATION_ERROR',
					subCategory: 'crm.associations.INVALID_OBJECT_IDS',
					context: { toObjectId: ['424242'] },
				},
				{ category: 'VALIDATION_ERROR', subCategory: 'crm.associations.INVALID_ASSOCIATION_TYPE' },
			],
		});
		expect((res.body.results as unknown[]).length).toBe(1);

		const single = await rejection(
			sdk(hs).crm.associations.v4.basicApi.createDefault(
				'contacts',
				'999999',
				'companies',
				companies[0],
			),
		);
		expect(single.code).toBe(400);
	});

	it('batch read lists associations with their labels; records without any are errors', async () => {
		const read = await sdk(hs).crm.associations.v4.batchApi.getPage('contacts', 'companies', {
			inputs: [{ id: contacts[0] }, { id: contacts[2] }],
		});
		expect(read.results).toHaveLength(1);
		expect(read.results[0]._from.id).toBe(contacts[0]);
		expect(read.results[0].to[0]).toMatchObject({
			toObjectId: Number(companies[0]),
			associationTypes: [
				{ category: 'HUBSPOT_DEFINED', typeId: 1, label: 'Primary' },
				{ category: 'HUBSPOT_DEFINED', typeId: 279, label: null },
			],
		});
		expect('errors' in read && read.errors?.[0]).toMatchObject({
			subCategory: 'crm.associations.NO_ASSOCIATIONS_FOUND',
		});
	});

	it('labels of a pair, and the v3 associations of a record', async () => {
		const labels = await sdk(hs).crm.associations.v4.schema.definitionsApi.getAll(
			'contacts',
			'companies',
		);
		expect(labels.results).toEqual(
			expect.arrayContaining([
				{ category: 'HUBSPOT_DEFINED', typeId: 279, label: null },
				{ category: 'HUBSPOT_DEFINED', typeId: 1, label: 'Primary' },
			]),
		);
		const note = await api<{ id: string }>(hs, 'POST', '/crm/v3/objects/notes', {
			properties: { hs_timestamp: '2024-01-01T00:00:00Z', hs_note_body: 'Called' },
			associations: [
				{
					to: { id: contacts[0] },
					types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 202 }],
				},
			],
		});
		expect(note.status).toBe(201);
		const contact = await api<{ associations: Record<string, { results: unknown[] }> }>(
			hs,
			'GET',
			`/crm/v3/objects/contacts/${contacts[0]}?associations=companies,notes`,
		);
		expect(contact.body.associations.companies.results).toEqual([
			{ id: companies[0], type: 'contact_to_company' },
			{ id: companies[0], type: 'contact_to_company_unlabeled' },
		]);
		expect(contact.body.associations.notes.results).toEqual([
			{ id: note.body.id, type: 'contact_to_note' },
		]);
	});

	it('archive removes both directions; labels/archive only the given types', async () => {
		await api(hs, 'POST', '/crm/v4/associations/contacts/companies/batch/labels/archive', {
			inputs: [
				{
					from: { id: contacts[0] },
					to: { id: companies[0] },
					types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 1 }],
				},
			],
		});
		expect(hs.associations('contacts', 'companies', contacts[0])[0].typeIds).toEqual([279]);
		expect(hs.associations('companies', 'contacts', companies[0])[0].typeIds).toEqual([280]);
		const archived = await api(
			hs,
			'POST',
			'/crm/v4/associations/contacts/companies/batch/archive',
			{
				inputs: [{ from: { id: contacts[0] }, to: [{ id: companies[0] }] }],
			},
		);
		expect(archived.status).toBe(204);
		expect(hs.associations('companies', 'contacts', companies[0])).toEqual([]);
	});
});
