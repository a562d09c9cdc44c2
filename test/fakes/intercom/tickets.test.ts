import { ManualClock } from '../common';
import { startFakeIntercom, type FakeIntercom } from './index';
import { api, firstError } from './testSupport';

const START = Date.UTC(2025, 5, 2, 10);

type TicketList = {
	type: string;
	tickets: Array<{ id: string; ticket_attributes: Record<string, unknown> }>;
	total_count: number;
};

describe('fake Intercom ticket types and tickets', () => {
	let fake: FakeIntercom;
	let clock: ManualClock;
	let typeId: string;
	let contactId: string;

	beforeEach(async () => {
		clock = new ManualClock(START);
		fake = await startFakeIntercom({ clock, searchLagMs: 30_000 });
		const type = fake.addTicketType({
			name: 'Case',
			category: 'Back-office',
			attributes: [
				{ name: 'sf_case_number', description: 'Case number', data_type: 'string' },
				{ name: 'priority', description: 'Priority', data_type: 'list', list_items: 'Low,High' },
				{ name: 'hours', description: 'Hours spent', data_type: 'decimal' },
			],
		});
		typeId = type.id;
		contactId = String(
			(await api(fake, 'POST', '/contacts', { external_id: '003T1', email: 't1@example.com' })).body
				.id,
		);
	});
	afterEach(() => fake.stop());

	const createTicket = (body: Record<string, unknown>) =>
		api(fake, 'POST', '/tickets', {
			ticket_type_id: typeId,
			contacts: [{ id: contactId }],
			...body,
		});

	it('creates ticket types with the two default attributes and refuses a duplicate attribute name', async () => {
		const created = await api(fake, 'POST', '/ticket_types', {
			name: 'Bug',
			description: 'Bugs',
			icon: '🐞',
		});
		expect(created.body).toMatchObject({
			type: 'ticket_type',
			name: 'Bug',
			category: 'Customer',
			archived: false,
			ticket_type_attributes: {
				type: 'list',
				data: [
					{
						type: 'ticket_type_attribute',
						name: '_default_title_',
						default: true,
						input_options: { multiline: false },
						order: 0,
					},
					{
						type: 'ticket_type_attribute',
						name: '_default_description_',
						default: true,
						input_options: { multiline: true },
						order: 1,
					},
				],
			},
		});
		const id = String(created.body.id);
		const attr = await api(fake, 'POST', `/ticket_types/${id}/attributes`, {
			name: 'Attribute Title',
			description: 'Attribute Description',
			data_type: 'string',
			required_to_create: false,
		});
		expect(attr.body).toMatchObject({
			type: 'ticket_type_attribute',
			name: 'Attribute Title',
			ticket_type_id: Number(id),
			order: 2,
		});
		const duplicate = await api(fake, 'POST', `/ticket_types/${id}/attributes`, {
			name: 'attribute title',
			description: 'x',
			data_type: 'string',
		});
		expect(duplicate.status).toBe(400);
		expect(firstError(duplicate.body).code).toBe('parameter_invalid');
		expect(
			(
				await api(fake, 'POST', `/ticket_types/${id}/attributes`, {
					name: 'n',
					description: 'x',
					data_type: 'blob',
				})
			).status,
		).toBe(400);
		const listed = await api<{ type: string; data: unknown[] }>(fake, 'GET', '/ticket_types');
		expect(listed.body.data).toHaveLength(2);
		expect((await api(fake, 'GET', `/ticket_types/${id}`)).body.name).toBe('Bug');
		expect((await api(fake, 'GET', '/ticket_types/999')).status).toBe(404);
		expect((await api(fake, 'POST', '/ticket_types', { name: 'X', category: 'Nope' })).status).toBe(
			400,
		);
	});

	it('creates a back-dated ticket with an incrementing ticket_id', async () => {
		const first = await createTicket({
			created_at: 1_590_000_000,
			ticket_attributes: {
				_default_title_: 'Broken',
				sf_case_number: '00001026',
				priority: 'High',
				hours: 1.5,
			},
		});
		expect(first.status).toBe(200);
		expect(first.body).toMatchObject({
			type: 'ticket',
			ticket_id: '1',
			ticket_state: 'submitted',
			ticket_state_internal_label: 'Submitted',
			created_at: 1_590_000_000,
			updated_at: START / 1000,
			open: true,
			category: 'Back-office',
			company_id: null,
			ticket_type: { type: 'ticket_type', id: typeId },
			contacts: {
				type: 'contact.list',
				contacts: [{ type: 'contact', id: contactId, external_id: '003T1' }],
			},
		});
		expect((await createTicket({})).body.ticket_id).toBe('2');
	});

	it('refuses unknown attributes, bad values, unknown types and more than one contact', async () => {
		const unknown = await createTicket({ ticket_attributes: { sf_status: 'Open' } });
		expect(unknown.status).toBe(400);
		expect(firstError(unknown.body)).toMatchObject({
			code: 'parameter_invalid',
			message: "Ticket attribute 'sf_status' does not exist",
		});
		expect((await createTicket({ ticket_attributes: { hours: 'two' } })).status).toBe(400);
		expect((await createTicket({ ticket_attributes: { priority: 'Urgent' } })).status).toBe(400);
		const noType = await api(fake, 'POST', '/tickets', {
			ticket_type_id: '999',
			contacts: [{ id: contactId }],
		});
		expect(noType.status).toBe(404);
		expect(firstError(noType.body)).toEqual({ code: 'not_found', message: 'Resource Not Found' });
		expect(
			(await createTicket({ contacts: [{ id: contactId }, { external_id: '003T1' }] })).status,
		).toBe(400);
		expect((await createTicket({ contacts: [{ id: '000000000000000000000000' }] })).status).toBe(
			404,
		);
		expect((await createTicket({ company_id: 'nope' })).status).toBe(404);
		expect(fake.tickets.count()).toBe(0);
	});

	it('creates the contact of an unknown email, and links a company by id or company_id', async () => {
		const company = await api(fake, 'POST', '/companies', { company_id: 'ACME' });
		const res = await createTicket({
			contacts: [{ email: 'new.person@example.com' }],
			company_id: 'ACME',
		});
		expect(res.status).toBe(200);
		const newContact = fake.contacts.byEmail('new.person@example.com');
		expect(newContact?.role).toBe('user');
		expect(res.body).toMatchObject({
			company_id: company.body.id,
			contacts: { contacts: [{ id: newContact?.id }] },
		});
		expect((await createTicket({ contacts: [{ email: 'T1@example.com' }] })).body).toMatchObject({
			contacts: { contacts: [{ id: contactId }] },
		});
	});

	it('updates attributes, state and assignment, and deletes', async () => {
		const { body } = await createTicket({ ticket_attributes: { _default_title_: 'Old' } });
		const id = String(body.id);
		clock.advance(1000);
		const updated = await api(fake, 'PUT', `/tickets/${id}`, {
			ticket_attributes: { _default_title_: 'New' },
			state: 'in_progress',
			assignment: { admin_id: '991267390', assignee_id: '991267391' },
		});
		expect(updated.body).toMatchObject({
			ticket_attributes: { _default_title_: 'New' },
			ticket_state: 'in_progress',
			ticket_state_external_label: 'In progress',
			admin_assignee_id: '991267391',
			updated_at: START / 1000 + 1,
		});
		const parts = (
			updated.body.ticket_parts as { ticket_parts: Array<{ part_type: string }> }
		).ticket_parts.map((p) => p.part_type);
		expect(parts).toEqual([
			'ticket_state_updated_by_admin',
			'ticket_attribute_updated_by_admin',
			'ticket_state_updated_by_admin',
			'assignment',
		]);
		expect((await api(fake, 'PUT', `/tickets/${id}`, { state: 'exploded' })).status).toBe(400);
		const badAssignee = await api(fake, 'PUT', `/tickets/${id}`, {
			assignment: { assignee_id: '42' },
		});
		expect(firstError(badAssignee.body)).toEqual({
			code: 'assignee_not_found',
			message: 'Assignee not found',
		});
		expect((await api(fake, 'DELETE', `/tickets/${id}`)).body).toEqual({
			id,
			object: 'ticket',
			deleted: true,
		});
		const gone = await api(fake, 'GET', `/tickets/${id}`);
		expect(firstError(gone.body)).toEqual({
			code: 'ticket_not_found',
			message: 'Ticket not found',
		});
	});

	it('searches tickets after the search lag, by type, contact, date and ticket_attribute', async () => {
		await createTicket({
			created_at: Date.UTC(2024, 0, 10) / 1000,
			ticket_attributes: { sf_case_number: 'A-1' },
		});
		await createTicket({
			created_at: Date.UTC(2024, 0, 20) / 1000,
			ticket_attributes: { sf_case_number: 'A-2' },
		});
		const search = (query: unknown) => api<TicketList>(fake, 'POST', '/tickets/search', { query });
		const byCase = { field: 'ticket_attribute.sf_case_number', operator: '=', value: 'A-2' };
		expect((await search(byCase)).body).toMatchObject({ type: 'ticket.list', total_count: 0 });
		clock.advance(30_000);
		const found = await search(byCase);
		expect(found.body.tickets.map((t) => t.ticket_attributes.sf_case_number)).toEqual(['A-2']);
		expect(
			(await search({ field: 'ticket_type_id', operator: '=', value: typeId })).body.total_count,
		).toBe(2);
		expect(
			(await search({ field: 'contact_ids', operator: '=', value: contactId })).body.total_count,
		).toBe(2);
		expect(
			(await search({ field: 'created_at', operator: '>=', value: Date.UTC(2024, 0, 20) / 1000 }))
				.body.total_count,
		).toBe(1);
		expect(
			(await search({ field: 'category', operator: '=', value: 'task' })).body.total_count,
		).toBe(2);
		expect(
			(await search({ field: 'ticket_attribute.nope', operator: '=', value: 'x' })).status,
		).toBe(400);
		const paged = await api<{ pages: { per_page: number } }>(fake, 'POST', '/tickets/search', {
			query: byCase,
		});
		expect(paged.body.pages.per_page).toBe(20);
	});
	it('closes a ticket (open: false, resolved, unsnoozed) and finds closed tickets after the search lag', async () => {
		const flag = await api(fake, 'POST', `/ticket_types/${typeId}/attributes`, {
			name: 'sf_deleted',
			description: 'Deleted in Salesforce',
			data_type: 'boolean',
		});
		expect(flag.body).toMatchObject({ name: 'sf_deleted', data_type: 'boolean' });
		const { body } = await createTicket({ ticket_attributes: { sf_case_number: 'C-1' } });
		const id = String(body.id);
		await api(fake, 'PUT', `/tickets/${id}`, { snoozed_until: START / 1000 + 3600 });
		clock.advance(30_000);
		const closed = await api(fake, 'PUT', `/tickets/${id}`, {
			open: false,
			state: 'resolved',
			ticket_attributes: { sf_deleted: true },
		});
		expect(closed.body).toMatchObject({
			open: false,
			ticket_state: 'resolved',
			ticket_state_external_label: 'Resolved',
			ticket_attributes: { sf_case_number: 'C-1', sf_deleted: true },
		});
		expect(closed.body).not.toHaveProperty('snoozed_until');
		// 2.11's update enum has no way back to "submitted".
		const back = await api(fake, 'PUT', `/tickets/${id}`, { state: 'submitted' });
		expect(back.status).toBe(400);
		expect(firstError(back.body)).toEqual({
			code: 'parameter_invalid',
			message: 'state must be one of: in_progress, waiting_on_customer, resolved',
			field: 'state',
		});

		const search = (query: unknown) => api<TicketList>(fake, 'POST', '/tickets/search', { query });
		const closedOnes = { field: 'open', operator: '=', value: false };
		const marked = { field: 'ticket_attribute.sf_deleted', operator: '=', value: true };
		// Until the lag has passed, search shows the ticket as it was before the close.
		expect((await search(closedOnes)).body.total_count).toBe(0);
		const stale = await search({
			field: 'ticket_attribute.sf_case_number',
			operator: '=',
			value: 'C-1',
		});
		expect(stale.body.tickets).toEqual([expect.objectContaining({ id, open: true })]);
		clock.advance(30_000);
		expect((await search(closedOnes)).body.tickets.map((t) => t.id)).toEqual([id]);
		expect((await search(marked)).body.tickets.map((t) => t.id)).toEqual([id]);

		const reopened = await api(fake, 'PUT', `/tickets/${id}`, {
			open: true,
			state: 'in_progress',
			ticket_attributes: { sf_deleted: false },
		});
		expect(reopened.body).toMatchObject({
			open: true,
			ticket_state: 'in_progress',
			ticket_attributes: { sf_deleted: false },
		});
	});
});
