import { startFakeIntercom, type FakeIntercom } from '../../fakes/intercom';
import { NODE, intercomBulkWorkflow, runIntercomBulk, upsertContacts } from './workflow';

const createTickets = { resource: 'ticket', operation: 'create', ticketType: 'Salesforce Case' };

const kase = (id: string, contact: string | null, extra: Record<string, unknown> = {}) => ({
	properties: {
		external_id: id,
		_default_title_: `Case ${id}`,
		_default_description_: 'The printer is on fire',
		sf_priority: 'High',
		...extra,
	},
	associations: [
		...(contact ? [{ toObject: 'contact', key: contact, field: 'ContactId' }] : []),
		{ toObject: 'company', key: '001A', field: 'AccountId' },
	],
});

describe('Intercom Bulk: tickets and notes', () => {
	let ic: FakeIntercom;
	beforeEach(async () => {
		ic = await startFakeIntercom({ log: { storeBodies: false }, searchLagMs: 0 });
		await runIntercomBulk(
			ic,
			intercomBulkWorkflow({ resource: 'company', operation: 'upsert' }, [
				{ company_id: '001A', name: 'Acme' },
			]),
		);
		await runIntercomBulk(
			ic,
			intercomBulkWorkflow(upsertContacts(), [
				{ external_id: '003A', email: 'a@example.com' },
				{ external_id: '003B', email: 'b@example.com' },
			]),
		);
	});
	afterEach(async () => await ic.stop());

	it('creates a ticket per case, linked to its contact and company, and updates it on a re-run', async () => {
		const input = [
			kase('500A', '003A'),
			kase('500B', '003B'),
			kase('500C', null),
			kase('500D', '003Z'),
		];
		const first = await runIntercomBulk(ic, intercomBulkWorkflow(createTickets, input));
		expect(first.output(NODE, 0).map((item) => [item.json.case_id, item.json.action])).toEqual([
			['500A', 'created'],
			['500B', 'created'],
		]);
		expect(
			first.output(NODE, 1).map((item) => (item.json.error as { property: string }).property),
		).toEqual(['contact', 'contact']);
		expect(ic.tickets.count()).toBe(2);
		const ticket = ic.tickets.all().find((t) => t.ticket_attributes.salesforce_case_id === '500A')!;
		expect(ticket.ticket_attributes).toMatchObject({
			_default_title_: 'Case 500A',
			sf_priority: 'High',
		});
		expect(JSON.stringify(ticket.contacts)).toContain(ic.contacts.byExternalId('003A')!.id);
		expect(ticket.company_id).toBe(ic.companies.byCompanyId('001A')!.id);

		const again = await runIntercomBulk(
			ic,
			intercomBulkWorkflow(createTickets, [kase('500A', '003A', { sf_priority: 'Low' })]),
		);
		expect(again.output(NODE, 0)[0].json.action).toBe('updated');
		expect(ic.tickets.count()).toBe(2);
		expect(ic.tickets.get(ticket.id)!.ticket_attributes.sf_priority).toBe('Low');
	});

	it('adds a note to a contact once', async () => {
		const note = {
			resource: 'note',
			operation: 'create',
			contactKey: '={{ $json.ParentId }}',
			body: '={{ [$json.Title, $json.Body].filter(Boolean).join("\\n\\n") }}',
		};
		const input = [
			{ ParentId: '003A', Title: 'Call', Body: 'Wants a <demo> & a quote' },
			{ ParentId: '003Z', Title: 'Lost', Body: 'No contact' },
		];
		const first = await runIntercomBulk(ic, intercomBulkWorkflow(note, input));
		expect(first.output(NODE, 0)[0].json.action).toBe('created');
		expect(first.output(NODE, 1)[0].json.error).toMatchObject({
			code: 'not_found',
			property: 'contactKey',
		});
		const second = await runIntercomBulk(ic, intercomBulkWorkflow(note, input.slice(0, 1)));
		expect(second.output(NODE, 0)[0].json.action).toBe('exists');
		const contactId = ic.contacts.byExternalId('003A')!.id;
		expect(ic.notes.forContact(contactId)).toHaveLength(1);
		expect(ic.notes.forContact(contactId)[0].body).toContain('&lt;demo&gt; &amp; a quote');
	});
});
