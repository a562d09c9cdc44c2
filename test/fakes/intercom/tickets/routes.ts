/**
 * The tickets API: `POST /tickets`, `GET|PUT|DELETE /tickets/{id}` (unknown: 404
 * `ticket_not_found`) and `POST /tickets/search` (`ticket.list`, 20 per page by default, the
 * same query language and search lag as contacts).
 */
import type { IntercomContext } from '../context';
import { ticketNotFound } from '../errors';
import { addRoute, jsonObject, ok } from '../http';
import { runSearch } from '../search/run';
import { renderTicket } from './present';
import { ticketSearchSchema } from './searchSchema';
import type { TicketRecord } from './store';
import { planTicketCreate, planTicketUpdate } from './write';

export function registerTicketRoutes(ctx: IntercomContext): void {
	const { server, tickets } = ctx;
	const render = (t: TicketRecord) => renderTicket(ctx, t);
	const required = (id: string) => {
		const ticket = tickets.get(id);
		if (!ticket) throw ticketNotFound();
		return ticket;
	};

	addRoute(server, 'POST', '/tickets/search', (req) => {
		const now = ctx.clock.now();
		const result = runSearch(jsonObject(req), tickets, ticketSearchSchema(ctx), {
			defaultPerPage: 20,
			view: (t) => tickets.visibility.view(t, now),
		});
		return ok({
			type: 'ticket.list',
			pages: result.pages,
			total_count: result.totalCount,
			tickets: result.items.map(render),
		});
	});

	addRoute(server, 'POST', '/tickets', (req) => {
		const { ticket, newContact } = planTicketCreate(ctx, jsonObject(req));
		const now = ctx.clock.now();
		if (newContact) ctx.contacts.insert(newContact, now);
		tickets.insert(ticket, now);
		return ok(render(ticket));
	});

	addRoute(server, 'GET', '/tickets/:id', (req) => ok(render(required(req.params.id))));

	addRoute(server, 'PUT', '/tickets/:id', (req) => {
		const next = planTicketUpdate(ctx, required(req.params.id), jsonObject(req));
		tickets.replace(next, ctx.clock.now());
		return ok(render(next));
	});

	addRoute(server, 'DELETE', '/tickets/:id', (req) => {
		const ticket = required(req.params.id);
		tickets.delete(ticket.id);
		return ok({ id: ticket.id, object: 'ticket', deleted: true });
	});
}
