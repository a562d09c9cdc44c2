import type { INodeParameters } from 'n8n-workflow';
import { serverErrorFault, startFakeIntercom, type FakeIntercom } from '../../fakes/intercom';
import { NODE, intercomBulkWorkflow, runIntercomBulk, upsertContacts } from './workflow';

const deleteCompanies = (
	identifyBy = 'companyId',
	options: INodeParameters = {},
): INodeParameters => ({
	resource: 'company',
	operation: 'delete',
	identifyBy,
	companyKey: '={{ $json.Id }}',
	options,
});

const closeTickets = (identifyBy = 'caseId', options: INodeParameters = {}): INodeParameters => ({
	resource: 'ticket',
	operation: 'close',
	identifyBy,
	ticketType: 'Salesforce Case',
	ticketKey: '={{ $json.Id }}',
	options,
});

const createTickets = { resource: 'ticket', operation: 'create', ticketType: 'Salesforce Case' };

const kase = (id: string, extra: Record<string, unknown> = {}) => ({
	properties: { external_id: id, _default_title_: `Case ${id}`, ...extra },
	associations: [
		{ toObject: 'contact', key: '003A', field: 'ContactId' },
		{ toObject: 'company', key: '001A', field: 'AccountId' },
	],
});

const results = (items: Array<{ json: Record<string, unknown> }>) =>
	items.map((item) => item.json.result);

describe('Intercom Bulk: passing on deletions', () => {
	let ic: FakeIntercom;
	beforeEach(async () => {
		ic = await startFakeIntercom({ log: { storeBodies: false }, searchLagMs: 0 });
		await runIntercomBulk(
			ic,
			intercomBulkWorkflow({ resource: 'company', operation: 'upsert' }, [
				{ company_id: '001A', name: 'Acme' },
				{ company_id: '001B', name: 'Globex' },
				{ company_id: '001C', name: 'Initech' },
			]),
		);
		await runIntercomBulk(
			ic,
			intercomBulkWorkflow(upsertContacts(), [
				{
					properties: { external_id: '003A', email: 'a@example.com' },
					associations: [{ toObject: 'company', key: '001A', field: 'AccountId' }],
				},
			]),
		);
	});
	afterEach(async () => await ic.stop());

	describe('Contact → Archive or Delete, for leads', () => {
		it('archives a lead by its Lead Id, and leaves alone the user a lead was written onto', async () => {
			await runIntercomBulk(
				ic,
				intercomBulkWorkflow(upsertContacts({}, 'lead'), [
					{ external_id: '00QL1', email: 'lead@example.com', name: 'Lead' },
					// The user 003A has this email: the lead is written onto that user.
					{ external_id: '00QL2', email: 'a@example.com', name: 'Same person' },
				]),
			);
			expect(ic.contacts.byExternalId('00QL1')?.role).toBe('lead');
			expect(ic.contacts.byExternalId('00QL2')).toBeUndefined();
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
					[{ Id: '00QL1' }, { Id: '00QL2' }, { Id: '00QL1' }],
				),
			);
			expect(results(archive.output(NODE, 0))).toEqual(['archived', 'notFound', 'archived']);
			expect(ic.server.log.count({ method: 'POST', path: /\/archive$/ })).toBe(1);
			expect(ic.contacts.byExternalId('00QL1')?.archived).toBe(true);
			expect(ic.contacts.byExternalId('003A')?.archived).toBe(false);
		});
	});

	describe('Company → Delete', () => {
		it('deletes companies by Salesforce Id; one Intercom does not have is reported, not failed', async () => {
			const acme = ic.companies.byCompanyId('001A')!;
			const result = await runIntercomBulk(
				ic,
				intercomBulkWorkflow(deleteCompanies(), [
					{ Id: '001A' },
					{ Id: '001Z' },
					{ Id: '001A' },
					{ Id: '' },
				]),
			);
			expect(result.output(NODE, 0).map((item) => item.json)).toEqual([
				{ company: '001A', id: acme.id, result: 'deleted' },
				{ company: '001Z', id: null, result: 'notFound' },
				{ company: '001A', id: acme.id, result: 'deleted' },
			]);
			expect(result.output(NODE, 0).map((item) => item.pairedItem)).toEqual([
				[{ item: 0 }],
				[{ item: 1 }],
				[{ item: 2 }],
			]);
			expect(result.output(NODE, 1)).toHaveLength(1);
			expect(result.output(NODE, 1)[0].json.error).toMatchObject({
				category: 'VALIDATION_ERROR',
				property: 'companyKey',
			});
			// The same company twice in a run: one request.
			expect(ic.server.log.count({ method: 'DELETE', path: /^\/companies\// })).toBe(1);
			expect(ic.companies.byCompanyId('001A')).toBeUndefined();
			expect(ic.companies.count()).toBe(2);
			// Its contact stays, without the company.
			expect(ic.contacts.byExternalId('003A')?.companies.total_count).toBe(0);

			const again = await runIntercomBulk(
				ic,
				intercomBulkWorkflow(deleteCompanies(), [{ Id: '001A' }]),
			);
			expect(results(again.output(NODE, 0))).toEqual(['notFound']);
			expect(again.output(NODE, 1)).toHaveLength(0);
		});

		it('deletes by Intercom id, and in a dry run deletes nothing', async () => {
			const globex = ic.companies.byCompanyId('001B')!;
			const dry = await runIntercomBulk(
				ic,
				intercomBulkWorkflow(deleteCompanies('companyId', { dryRun: true }), [
					{ Id: '001B' },
					{ Id: '001Z' },
				]),
			);
			expect(results(dry.output(NODE, 0))).toEqual(['would be deleted', 'notFound']);
			expect(ic.companies.count()).toBe(3);

			const byId = await runIntercomBulk(
				ic,
				intercomBulkWorkflow(deleteCompanies('intercomId'), [
					{ Id: globex.id },
					{ Id: '0123456789abcdef01234567' },
				]),
			);
			expect(byId.output(NODE, 0).map((item) => item.json)).toEqual([
				{ company: globex.id, id: globex.id, result: 'deleted' },
				{ company: '0123456789abcdef01234567', id: '0123456789abcdef01234567', result: 'notFound' },
			]);
			expect(ic.companies.get(globex.id)).toBeUndefined();
			expect(ic.companies.count()).toBe(2);
		});

		it('waits out 429s and retries server errors and dropped connections, deleting each company once', async () => {
			const many = Array.from({ length: 30 }, (_, i) => ({
				company_id: `001M${String(i).padStart(3, '0')}`,
				name: `Company ${i}`,
			}));
			await runIntercomBulk(
				ic,
				intercomBulkWorkflow({ resource: 'company', operation: 'upsert' }, many),
			);
			ic.server.faults.inject({
				kind: 'rateLimit',
				match: { method: 'DELETE' },
				every: 7,
				times: 1,
			});
			ic.server.faults.inject({
				...serverErrorFault(503),
				match: { method: 'DELETE' },
				every: 5,
				times: 3,
			});
			ic.server.faults.inject({ kind: 'drop', match: { method: 'GET' }, every: 9, times: 2 });
			const result = await runIntercomBulk(
				ic,
				intercomBulkWorkflow(
					deleteCompanies(),
					many.map((c) => ({ Id: c.company_id })),
				),
			);
			expect(result.output(NODE, 1)).toHaveLength(0);
			expect(results(result.output(NODE, 0))).toEqual(Array(30).fill('deleted'));
			expect(ic.companies.count()).toBe(3);
			expect(ic.server.log.count({ method: 'DELETE', status: 429 })).toBe(1);
			expect(ic.server.log.count({ method: 'DELETE', status: 503 })).toBe(3);
			expect(ic.server.log.count({ method: 'DELETE', status: 200 })).toBe(30);
		});
	});

	describe('Ticket → Close', () => {
		beforeEach(async () => {
			const created = await runIntercomBulk(
				ic,
				intercomBulkWorkflow(createTickets, [kase('500A'), kase('500B'), kase('500C')]),
			);
			expect(created.output(NODE, 0)).toHaveLength(3);
		});

		const ticketOf = (caseId: string) =>
			ic.tickets.all().find((t) => t.ticket_attributes.salesforce_case_id === caseId)!;

		it('closes and marks the ticket of a deleted case, leaves the others open, and closes nothing twice', async () => {
			const result = await runIntercomBulk(
				ic,
				intercomBulkWorkflow(closeTickets(), [{ Id: '500A' }, { Id: '500Z' }]),
			);
			const ticket = ticketOf('500A');
			expect(result.output(NODE, 0).map((item) => item.json)).toEqual([
				{ ticket: '500A', id: ticket.id, ticket_id: ticket.ticket_id, result: 'closed' },
				{ ticket: '500Z', id: null, result: 'notFound' },
			]);
			expect(result.output(NODE, 1)).toHaveLength(0);
			expect(ticket).toMatchObject({
				open: false,
				ticket_state: 'resolved',
				ticket_attributes: { salesforce_case_id: '500A', salesforce_case_deleted: true },
			});
			for (const other of ['500B', '500C']) expect(ticketOf(other).open).toBe(true);
			expect(ic.tickets.count()).toBe(3);

			const puts = ic.server.log.count({ method: 'PUT', path: /^\/tickets\// });
			const again = await runIntercomBulk(
				ic,
				intercomBulkWorkflow(closeTickets(), [{ Id: '500A' }]),
			);
			expect(results(again.output(NODE, 0))).toEqual(['alreadyClosed']);
			expect(ic.server.log.count({ method: 'PUT', path: /^\/tickets\// })).toBe(puts);
		});

		it('reopens the ticket when the case comes back (restored in Salesforce)', async () => {
			await runIntercomBulk(ic, intercomBulkWorkflow(closeTickets(), [{ Id: '500B' }]));
			expect(ticketOf('500B').open).toBe(false);
			const restored = await runIntercomBulk(
				ic,
				intercomBulkWorkflow(createTickets, [kase('500B', { _default_title_: 'Back again' })]),
			);
			expect(restored.output(NODE, 0)[0].json).toMatchObject({
				case_id: '500B',
				action: 'reopened',
			});
			expect(ticketOf('500B')).toMatchObject({
				open: true,
				ticket_state: 'in_progress',
				ticket_attributes: { _default_title_: 'Back again', salesforce_case_deleted: false },
			});
			const updated = await runIntercomBulk(
				ic,
				intercomBulkWorkflow(createTickets, [kase('500B')]),
			);
			expect(updated.output(NODE, 0)[0].json.action).toBe('updated');
		});

		it('closes by Intercom ticket id, and every ticket a case has', async () => {
			const byId = await runIntercomBulk(
				ic,
				intercomBulkWorkflow(closeTickets('intercomId'), [
					{ Id: ticketOf('500C').id },
					{ Id: '999999' },
				]),
			);
			expect(results(byId.output(NODE, 0))).toEqual(['closed', 'notFound']);
			expect(ticketOf('500C')).toMatchObject({
				open: false,
				ticket_attributes: { salesforce_case_deleted: true },
			});

			// A second ticket for one case (written while search did not show the first): both close.
			const typeId = ticketOf('500A').ticket_type!.id;
			const contactId = ic.contacts.byExternalId('003A')!.id;
			const duplicate = await fetch(`${ic.url}/tickets`, {
				method: 'POST',
				headers: { authorization: `Bearer ${ic.token}`, 'content-type': 'application/json' },
				body: JSON.stringify({
					ticket_type_id: typeId,
					contacts: [{ id: contactId }],
					ticket_attributes: { _default_title_: 'Again', salesforce_case_id: '500A' },
				}),
			});
			const second = (await duplicate.json()) as { id: string };
			const closed = await runIntercomBulk(
				ic,
				intercomBulkWorkflow(closeTickets(), [{ Id: '500A' }]),
			);
			expect(closed.output(NODE, 0)[0].json).toMatchObject({
				id: ticketOf('500A').id,
				result: 'closed',
				alsoClosed: [second.id],
			});
			expect(ic.tickets.get(second.id)?.open).toBe(false);
		});

		it('reports a ticket search does not show yet as not found, and closes it once it shows', async () => {
			ic.setSearchLag(60_000);
			await runIntercomBulk(ic, intercomBulkWorkflow(createTickets, [kase('500N')]));
			const early = await runIntercomBulk(
				ic,
				intercomBulkWorkflow(closeTickets(), [{ Id: '500N' }]),
			);
			expect(results(early.output(NODE, 0))).toEqual(['notFound']);
			expect(ticketOf('500N').open).toBe(true);
			ic.setSearchLag(0);
			const later = await runIntercomBulk(
				ic,
				intercomBulkWorkflow(closeTickets(), [{ Id: '500N' }]),
			);
			expect(results(later.output(NODE, 0))).toEqual(['closed']);
			expect(ticketOf('500N').open).toBe(false);
		});

		it('finds nothing, and creates no ticket type, in a workspace without one', async () => {
			const types = ic.server.log.count({ method: 'POST', path: /^\/ticket_types/ });
			const result = await runIntercomBulk(
				ic,
				intercomBulkWorkflow({ ...closeTickets(), ticketType: 'No Such Type' }, [{ Id: '500A' }]),
			);
			expect(results(result.output(NODE, 0))).toEqual(['notFound']);
			expect(ic.server.log.count({ method: 'POST', path: /^\/ticket_types/ })).toBe(types);
			expect(ticketOf('500A').open).toBe(true);
		});

		it('writes nothing in a dry run', async () => {
			const result = await runIntercomBulk(
				ic,
				intercomBulkWorkflow(closeTickets('caseId', { dryRun: true }), [
					{ Id: '500A' },
					{ Id: '500Z' },
				]),
			);
			expect(results(result.output(NODE, 0))).toEqual(['would be closed', 'notFound']);
			expect(ticketOf('500A').open).toBe(true);
			expect(ticketOf('500A').ticket_attributes).not.toHaveProperty('salesforce_case_deleted');
			expect(ic.server.log.count({ method: 'PUT' })).toBe(0);
		});

		it('closes every ticket through 429s and server errors, none failed', async () => {
			ic.server.faults.inject({ kind: 'rateLimit', match: { method: 'PUT' }, times: 1 });
			ic.server.faults.inject({
				...serverErrorFault(502),
				match: { method: 'POST', path: '/tickets/search' },
				every: 2,
				times: 2,
			});
			const result = await runIntercomBulk(
				ic,
				intercomBulkWorkflow(closeTickets(), [{ Id: '500A' }, { Id: '500B' }, { Id: '500C' }]),
			);
			expect(result.output(NODE, 1)).toHaveLength(0);
			expect(results(result.output(NODE, 0))).toEqual(['closed', 'closed', 'closed']);
			expect(ic.tickets.all().every((t) => t.open === false)).toBe(true);
			expect(ic.server.log.count({ method: 'PUT', status: 429 })).toBe(1);
			expect(ic.server.log.count({ method: 'POST', path: '/tickets/search', status: 502 })).toBe(2);
		});
	});
});
