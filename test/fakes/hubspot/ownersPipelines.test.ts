import { startFakeHubSpot, type FakeHubSpot } from './index';
import { api, rejection, sdk, validationResults } from './testSupport';

describe('fake HubSpot owners and pipelines', () => {
	let hs: FakeHubSpot;

	beforeAll(async () => {
		hs = await startFakeHubSpot({
			seed: {
				owners: Array.from({ length: 5 }, (_, i) => ({
					email: `owner${i}@acme.example`,
					firstName: `Owner${i}`,
					lastName: 'Person',
				})),
			},
		});
	});
	afterAll(() => hs.stop());

	it('pages owners, filters by email, reads one by id or userId', async () => {
		const client = sdk(hs);
		const first = await client.crm.owners.ownersApi.getPage(undefined, undefined, 2);
		expect(first.results.map((o) => o.email)).toEqual([
			'owner0@acme.example',
			'owner1@acme.example',
		]);
		expect(first.results[0]).toMatchObject({
			type: 'PERSON',
			archived: false,
			firstName: 'Owner0',
			teams: [],
		});
		expect(first.results[0].id).toMatch(/^\d+$/);
		expect(first.results[0].createdAt).toBeInstanceOf(Date);
		const rest = await client.crm.owners.ownersApi.getPage(
			undefined,
			first.paging?.next?.after,
			100,
		);
		expect(rest.results).toHaveLength(3);
		expect(rest.paging).toBeUndefined();

		const byEmail = await client.crm.owners.ownersApi.getPage('OWNER3@acme.example');
		expect(byEmail.results.map((o) => o.firstName)).toEqual(['Owner3']);
		const one = await client.crm.owners.ownersApi.getById(Number(first.results[1].id));
		expect(one.email).toBe('owner1@acme.example');
		const byUser = await api(
			hs,
			'GET',
			`/crm/v3/owners/${first.results[1].userId}?idProperty=userId`,
		);
		expect(byUser.body.email).toBe('owner1@acme.example');
		expect((await rejection(client.crm.owners.ownersApi.getById(1))).code).toBe(404);
	});

	it('hubspot_owner_id takes an owner id; setOwners replaces them', async () => {
		const [owner] = hs.setOwners([{ id: '555', email: 'only@acme.example' }]);
		expect(
			(
				await api(hs, 'POST', '/crm/v3/objects/contacts', {
					properties: { hubspot_owner_id: owner.id },
				})
			).status,
		).toBe(201);
		const res = await api(hs, 'POST', '/crm/v3/objects/contacts', {
			properties: { hubspot_owner_id: String(owner.userId) },
		});
		expect(validationResults(res.body.message)[0]).toMatchObject({
			error: 'INVALID_OWNER_ID',
			name: 'hubspot_owner_id',
		});
	});

	it('serves the default deal and ticket pipelines with their stages', async () => {
		const client = sdk(hs);
		const deals = await client.crm.pipelines.pipelinesApi.getAll('deals');
		expect(deals.results).toHaveLength(1);
		const pipeline = deals.results[0];
		expect(pipeline).toMatchObject({ id: 'default', label: 'Sales Pipeline', archived: false });
		expect(pipeline.createdAt.getTime()).toBe(0);
		expect(pipeline.stages.map((s) => s.id)).toEqual([
			'appointmentscheduled',
			'qualifiedtobuy',
			'presentationscheduled',
			'decisionmakerboughtin',
			'contractsent',
			'closedwon',
			'closedlost',
		]);
		expect(pipeline.stages[5].metadata).toEqual({ isClosed: 'true', probability: '1.0' });

		const tickets = await client.crm.pipelines.pipelinesApi.getAll('tickets');
		expect(tickets.results[0]).toMatchObject({ id: '0', label: 'Support Pipeline' });
		expect(tickets.results[0].stages.map((s) => s.metadata?.ticketState)).toEqual([
			'OPEN',
			'OPEN',
			'OPEN',
			'CLOSED',
		]);
		const stage = await client.crm.pipelines.pipelineStagesApi.getById('tickets', '0', '4');
		expect(stage.label).toBe('Closed');
		expect((await rejection(client.crm.pipelines.pipelinesApi.getAll('contacts'))).code).toBe(400);
	});

	it('setPipelines changes what dealstage and pipeline accept; a stage must belong to its pipeline', async () => {
		hs.setPipelines('deals', [
			{
				id: 'default',
				label: 'Sales',
				stages: [
					{ id: 'open', label: 'Open' },
					{ id: 'won', label: 'Won', metadata: { isClosed: 'true', probability: '1.0' } },
				],
			},
			{ id: 'renewals', label: 'Renewals', stages: [{ id: 'due', label: 'Due' }] },
		]);
		const dealstage = hs.properties('deals').get('dealstage');
		expect(dealstage?.options.map((o) => o.value)).toEqual(['open', 'won', 'due']);
		expect(
			(
				await api(hs, 'POST', '/crm/v3/objects/deals', {
					properties: { dealname: 'a', dealstage: 'won' },
				})
			).status,
		).toBe(201);
		const old = await api(hs, 'POST', '/crm/v3/objects/deals', {
			properties: { dealname: 'b', dealstage: 'closedwon' },
		});
		expect(validationResults(old.body.message)[0]).toMatchObject({
			error: 'INVALID_OPTION',
			name: 'dealstage',
		});
		const wrongPipeline = await api(hs, 'POST', '/crm/v3/objects/deals', {
			properties: { dealname: 'c', pipeline: 'renewals', dealstage: 'won' },
		});
		expect(validationResults(wrongPipeline.body.message)[0]).toMatchObject({
			error: 'INVALID_OPTION',
			name: 'dealstage',
			message: 'won was not one of the allowed options: [due]',
		});
		const ticket = await api(hs, 'POST', '/crm/v3/objects/tickets', {
			properties: { subject: 'Help', hs_pipeline_stage: '1' },
		});
		expect(ticket.body.properties).toMatchObject({ hs_pipeline: '0', hs_pipeline_stage: '1' });
	});
});
