/**
 * The real intercom-client 7.0.3 against the fake: the calls a migration makes, end to end.
 */
import { Intercom, IntercomError } from 'intercom-client';
import { ManualClock } from '../common';
import { startFakeIntercom, type FakeIntercom } from './index';
import { client, clientError } from './testSupport';

describe('intercom-client 7.0.3 against the fake', () => {
	let fake: FakeIntercom;
	let clock: ManualClock;

	beforeEach(async () => {
		clock = new ManualClock(Date.UTC(2025, 2, 3, 12));
		fake = await startFakeIntercom({ clock, searchLagMs: 60_000 });
	});
	afterEach(() => fake.stop());

	it('identifies the admin with /me and sends Intercom-Version 2.14 and the bearer token', async () => {
		const me = await client(fake).admins.identify();
		expect(me).toMatchObject({
			type: 'admin',
			id: '991267390',
			app: { type: 'app', id_code: 'fk8ws2xq', region: 'US' },
		});
		const entry = fake.server.log.last({ path: '/me' });
		expect(entry?.headers?.['intercom-version']).toBe('2.14');
		expect(entry?.headers?.authorization).toBe('[REDACTED]');
		const admins = await client(fake).admins.list();
		expect(admins.type).toBe('admin.list');
		expect(admins.admins).toHaveLength(2);
	});

	it('creates a contact, gets a 409 naming the existing id on a duplicate, and updates that id', async () => {
		const ic = client(fake);
		const created = await ic.contacts.create({
			email: 'ada@example.com',
			external_id: '003A1',
			name: 'Ada',
		});
		expect(created).toMatchObject({
			type: 'contact',
			role: 'user',
			email: 'ada@example.com',
			external_id: '003A1',
		});
		expect(created.id).toMatch(/^[0-9a-f]{24}$/);

		const conflict = await clientError(
			ic.contacts.create({ email: 'ADA@example.com', external_id: '003A1' }),
		);
		expect(conflict.statusCode).toBe(409);
		expect(conflict.body.errors[0]).toEqual({
			code: 'conflict',
			message: `A contact matching those details already exists with id=${created.id}`,
		});
		const existingId = /id=(\w+)/.exec(conflict.body.errors[0].message)?.[1] as string;
		const updated = await ic.contacts.update({
			contact_id: existingId,
			name: 'Ada Lovelace',
			phone: '+44 20 7946 0000',
		});
		expect(updated).toMatchObject({
			id: created.id,
			name: 'Ada Lovelace',
			phone: '+44 20 7946 0000',
		});
		expect(fake.contacts.count()).toBe(1);
	});

	it('creates or updates companies by company_id and attaches a contact by the Intercom id', async () => {
		const ic = client(fake);
		const first = await ic.companies.createOrUpdate({
			company_id: '001X',
			name: 'Acme',
			monthly_spend: 155.98,
		});
		const again = await ic.companies.createOrUpdate({ company_id: '001X', plan: 'Enterprise' });
		expect(again.id).toBe(first.id);
		expect(again).toMatchObject({
			name: 'Acme',
			monthly_spend: 155,
			user_count: 0,
			plan: { type: 'plan', name: 'Enterprise' },
		});

		const contact = await ic.contacts.create({ external_id: '003B1' });
		const attached = await ic.companies.attachContact({ contact_id: contact.id, id: first.id });
		expect(attached.user_count).toBe(1);
		const companies = await ic.contacts.listAttachedCompanies({ contact_id: contact.id });
		const seen = [];
		for await (const company of companies) seen.push(company.company_id);
		expect(seen).toEqual(['001X']);

		const notFound = await clientError(
			ic.companies.attachContact({ contact_id: contact.id, id: '123' }),
		);
		expect(notFound.statusCode).toBe(404);
		expect(notFound.body.errors[0]).toEqual({
			code: 'company_not_found',
			message: 'Company Not Found',
		});
	});

	it('creates a data attribute, then refuses an unknown custom attribute with a 400 body the client keeps', async () => {
		const ic = client(fake);
		// 7.0.3's generated request type lacks `name` and `model`; the client sends the object as given.
		const attr = await ic.dataAttributes.create({
			name: 'sf_rating',
			model: 'contact',
			data_type: 'integer',
		} as never);
		expect(attr).toMatchObject({
			type: 'data_attribute',
			name: 'sf_rating',
			full_name: 'custom_attributes.sf_rating',
			custom: true,
		});

		const ok = await ic.contacts.create({ external_id: 'c1', custom_attributes: { sf_rating: 4 } });
		expect(ok.custom_attributes).toEqual({ sf_rating: 4 });

		const refused = ic.contacts.create({
			external_id: 'c2',
			custom_attributes: { sf_tier: 'gold' },
		});
		await expect(refused).rejects.toBeInstanceOf(IntercomError);
		const { statusCode, body } = await clientError(
			ic.contacts.create({ external_id: 'c2', custom_attributes: { sf_tier: 'gold' } }),
		);
		expect(statusCode).toBe(400);
		expect(body.type).toBe('error.list');
		expect(body.errors[0]).toEqual({
			code: 'parameter_invalid',
			message: "User attribute 'sf_tier' does not exist",
		});
		expect(fake.contacts.byExternalId('c2')).toBeUndefined();

		const duplicate = await clientError(
			ic.dataAttributes.create({
				name: 'sf_rating',
				model: 'company',
				data_type: 'string',
			} as never),
		);
		expect(duplicate.statusCode).toBe(400);
		expect(duplicate.body.errors[0].message).toBe(
			"You already have 'sf_rating' in your people data. To save this as new company data, use a different name.",
		);
	});

	it('adds notes and lists them newest first through the paginator', async () => {
		const ic = client(fake);
		const contact = await ic.contacts.create({ email: 'notes@example.com' });
		const note = await ic.notes.create({ contact_id: contact.id, body: 'Called about renewal' });
		expect(note).toMatchObject({
			type: 'note',
			body: '<p>Called about renewal</p>',
			contact: { type: 'contact', id: contact.id },
		});
		expect(note.author).toMatchObject({ type: 'admin', id: '991267390' });
		await ic.notes.create({ contact_id: contact.id, body: '<p>Second</p>', admin_id: '991267391' });
		const bodies = [];
		for await (const n of await ic.notes.list({ contact_id: contact.id })) bodies.push(n.body);
		expect(bodies).toEqual(['<p>Second</p>', '<p>Called about renewal</p>']);
	});

	it('creates ticket types, attributes and back-dated tickets, and updates their state', async () => {
		const ic = client(fake);
		const type = (await ic.ticketTypes.create({
			name: 'Case',
			description: 'Salesforce cases',
			category: 'Back-office',
		})) as Intercom.TicketType;
		const attribute = await ic.ticketTypes.attributes.create({
			ticket_type_id: type.id as string,
			name: 'sf_case_number',
			description: 'Salesforce case number',
			data_type: 'string',
		});
		expect(attribute).toMatchObject({
			type: 'ticket_type_attribute',
			name: 'sf_case_number',
			data_type: 'string',
		});
		const contact = await ic.contacts.create({ external_id: '003C1' });
		// 7.0.3's request type lacks `ticket_attributes` (intercom-node#508); the client still sends it.
		const ticket = (await ic.tickets.create({
			ticket_type_id: type.id as string,
			contacts: [{ external_id: '003C1' }],
			created_at: 1_600_000_000,
			ticket_attributes: { _default_title_: 'Broken', sf_case_number: '00001026' },
		} as Intercom.CreateTicketRequest)) as Intercom.Ticket;
		expect(ticket).toMatchObject({
			type: 'ticket',
			ticket_id: '1',
			created_at: 1_600_000_000,
			ticket_attributes: { _default_title_: 'Broken', sf_case_number: '00001026' },
			contacts: {
				type: 'contact.list',
				contacts: [{ type: 'contact', id: contact.id, external_id: '003C1' }],
			},
		});
		const updated = await ic.tickets.update({
			ticket_id: ticket.id,
			ticket_state_id: '4',
			open: false,
		});
		expect(updated).toMatchObject({ ticket_state: 'resolved', open: false });
		const fetched = await ic.tickets.get({ ticket_id: ticket.id });
		expect(fetched?.id).toBe(ticket.id);
	});

	it('searches contacts with the body cursor until pages.next runs out, once the search lag has passed', async () => {
		const ic = client(fake);
		for (let i = 0; i < 7; i++)
			await ic.contacts.create({ email: `p${i}@example.com`, name: `Person ${i}` });
		const query = { field: 'email', operator: '$' as const, value: '@example.com' };
		const early = await ic.contacts.search({ query, pagination: { per_page: 3 } });
		expect(early.data).toHaveLength(0);

		clock.advance(60_000);
		const emails = [];
		for await (const contact of await ic.contacts.search({ query, pagination: { per_page: 3 } }))
			emails.push(contact.email);
		expect(emails).toHaveLength(7);
		expect(fake.server.log.count({ path: '/contacts/search' })).toBe(4);
	});

	it('walks the contact and company lists with the client paginators', async () => {
		const ic = client(fake);
		for (let i = 0; i < 5; i++) {
			const contact = await ic.contacts.create({ external_id: `L${i}` });
			const company = await ic.companies.createOrUpdate({ company_id: `C${i}` });
			await ic.companies.attachContact({ contact_id: contact.id, id: company.id });
		}
		const contacts = [];
		for await (const c of await ic.contacts.list({ per_page: 2 })) contacts.push(c.external_id);
		expect(contacts).toEqual(['L0', 'L1', 'L2', 'L3', 'L4']);
		const companies = [];
		for await (const c of await ic.companies.list({ per_page: 2 })) companies.push(c.company_id);
		expect(companies).toEqual(['C4', 'C3', 'C2', 'C1', 'C0']);
		expect(fake.server.log.count({ path: '/companies/list' })).toBe(4);
	});

	it('throws UnauthorizedError for a bad token', async () => {
		const error = await clientError(client(fake, { token: 'nope' }).contacts.list());
		expect(error.statusCode).toBe(401);
		expect(error.body.errors[0]).toEqual({ code: 'unauthorized', message: 'Access Token Invalid' });
		await expect(
			client(fake, { token: 'nope' }).contacts.find({ contact_id: 'x' }),
		).rejects.toBeInstanceOf(Intercom.UnauthorizedError);
	});
});
