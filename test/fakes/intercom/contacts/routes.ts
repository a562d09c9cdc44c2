/**
 * The contacts API (crm-apis.md 3.1, 3.3, 3.4): create (409 on a taken email / external_id),
 * get, update, delete, archive / unarchive, `find_by_external_id`, the cursor list, search and
 * merge. Archived contacts can still be read and written by id; list and search leave them out.
 */
import { applyCustomChanges } from '../dataAttributes/customValues';
import type { IntercomContext } from '../context';
import { parameterInvalid, parameterNotFound, userNotFound } from '../errors';
import { addRoute, jsonObject, ok, queryPositiveInt, queryString } from '../http';
import { cursorPage, MAX_PER_PAGE, runSearch } from '../search/run';
import { contactReference, renderContact } from './present';
import { quickContactSearch } from './quickSearch';
import { contactSearchSchema } from './searchSchema';
import type { ContactRecord } from './store';
import { planContactCreate, planContactUpdate } from './write';

export function registerContactRoutes(ctx: IntercomContext): void {
	const { server, contacts } = ctx;
	const render = (c: ContactRecord) => renderContact(ctx, c);
	const required = (id: string) => {
		const contact = contacts.get(id);
		if (!contact) throw userNotFound();
		return contact;
	};
	const setArchived = (id: string, archived: boolean) => {
		const contact = required(id);
		if (contact.archived !== archived) {
			contacts.replace({ ...contact, archived, writtenAt: ctx.clock.now() }, ctx.clock.now());
		}
		return ok({ ...contactReference(contact), archived });
	};

	addRoute(server, 'POST', '/contacts/search', (req) => {
		const now = ctx.clock.now();
		const body = jsonObject(req);
		const schema = contactSearchSchema(ctx);
		const view = (c: ContactRecord) => {
			const visible = contacts.visibility.view(c, now);
			return visible && !visible.archived ? visible : undefined;
		};
		const result =
			quickContactSearch(ctx, body, schema, view) ??
			runSearch(body, contacts, schema, { defaultPerPage: 50, view });
		return ok({
			type: 'list',
			data: result.items.map(render),
			total_count: result.totalCount,
			pages: result.pages,
		});
	});

	addRoute(server, 'POST', '/contacts/merge', (req) => {
		const body = jsonObject(req);
		if (typeof body.from !== 'string' || typeof body.into !== 'string') {
			throw parameterNotFound('from and into are required');
		}
		const lead = required(body.from);
		const user = required(body.into);
		if (lead.role !== 'lead')
			throw parameterInvalid('The contact to merge from must be a lead', 'from');
		if (user.role !== 'user')
			throw parameterInvalid('The contact to merge into must be a user', 'into');
		return ok(render(merge(ctx, lead, user)));
	});

	addRoute(server, 'GET', '/contacts/find_by_external_id/:externalId', (req) => {
		const contact = contacts.byExternalId(req.params.externalId);
		if (!contact) throw userNotFound();
		return ok(render(contact));
	});

	addRoute(server, 'POST', '/contacts', (req) => {
		const record = planContactCreate(ctx, jsonObject(req));
		contacts.insert(record, ctx.clock.now());
		return ok(render(record));
	});

	addRoute(server, 'GET', '/contacts', (req) => {
		const page = cursorPage(contacts, {
			perPage: queryPositiveInt(req, 'per_page', 50, MAX_PER_PAGE),
			startingAfter: queryString(req, 'starting_after'),
			where: (c) => !c.archived,
			totalCount: contacts.liveCount,
		});
		return ok({
			type: 'list',
			data: page.items.map(render),
			total_count: page.totalCount,
			pages: page.pages,
		});
	});

	addRoute(server, 'GET', '/contacts/:id', (req) => ok(render(required(req.params.id))));

	addRoute(server, 'PUT', '/contacts/:id', (req) => {
		const current = required(req.params.id);
		const next = planContactUpdate(ctx, current, jsonObject(req));
		if (next !== current) contacts.replace(next, ctx.clock.now());
		return ok(render(next));
	});

	addRoute(server, 'DELETE', '/contacts/:id', (req) => {
		const contact = required(req.params.id);
		deleteContact(ctx, contact.id);
		return ok({ ...contactReference(contact), deleted: true });
	});

	addRoute(server, 'POST', '/contacts/:id/archive', (req) => setArchived(req.params.id, true));
	addRoute(server, 'POST', '/contacts/:id/unarchive', (req) => setArchived(req.params.id, false));
}

export function deleteContact(ctx: IntercomContext, id: string): void {
	ctx.memberships.removeContact(id);
	ctx.notes.removeContact(id);
	ctx.contacts.delete(id);
}

/**
 * The lead's details fill what the user lacks (its email too, unless another user holds it);
 * its companies, notes and tickets move to the user; the lead is gone afterwards.
 */
function merge(ctx: IntercomContext, lead: ContactRecord, user: ContactRecord): ContactRecord {
	const now = ctx.clock.now();
	let merged: ContactRecord = {
		...user,
		phone: user.phone ?? lead.phone,
		name: user.name ?? lead.name,
		avatar: user.avatar ?? lead.avatar,
		ownerId: user.ownerId ?? lead.ownerId,
		signedUpAt: user.signedUpAt ?? lead.signedUpAt,
		lastSeenAt: user.lastSeenAt ?? lead.lastSeenAt,
		customAttributes: applyCustomChanges(lead.customAttributes, user.customAttributes),
		updatedAt: ctx.nowSeconds(),
		writtenAt: now,
	};
	if (!user.email && lead.email) {
		const withEmail = { ...merged, email: lead.email };
		if (!ctx.contacts.conflictFor(withEmail)) merged = withEmail;
	}
	for (const companyId of ctx.memberships.companiesOf(lead.id))
		ctx.memberships.attach(user.id, companyId);
	ctx.notes.reassign(lead.id, user.id);
	ctx.tickets.reassignContact(lead.id, user.id);
	deleteContact(ctx, lead.id);
	ctx.contacts.replace(merged, now);
	return merged;
}
