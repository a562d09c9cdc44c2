/**
 * `POST /tickets` and `PUT /tickets/{id}`, checked completely before anything is stored.
 *
 * Create: `ticket_type_id` (unknown: 404 "Resource Not Found"), exactly one contact given by
 * `id`, `external_id` or `email` (an unknown id / external_id is 404 "User Not Found"; an
 * unknown email creates a user, as descriptions/2.11 says), `company_id` (the Intercom id or the
 * workspace's `company_id`; unknown: 404 `company_not_found`), `created_at` for back-dating,
 * `ticket_attributes`.
 *
 * Update: `ticket_attributes` (merged), `state` (2.11: `in_progress`, `waiting_on_customer` or
 * `resolved`) or `ticket_state_id` (2.14), `open` (false closes the ticket and unsnoozes it),
 * `is_shared`, `snoozed_until`, `company_id` (null removes it), and the assignment as 2.11's
 * `assignment: {admin_id, assignee_id}` or 2.14's top-level `admin_id` / `assignee_id`.
 */
import type { ContactRecord } from '../contacts/store';
import { planContactCreate } from '../contacts/write';
import type { IntercomContext } from '../context';
import {
	adminNotFound,
	companyNotFound,
	IntercomError,
	parameterInvalid,
	parameterNotFound,
	resourceNotFound,
	userNotFound,
} from '../errors';
import type { JsonObject } from '../http';
import { checkTicketAttributes } from './attributeValues';
import { TICKET_STATES, type TicketPart, type TicketRecord, type TicketState } from './store';

export interface PlannedTicket {
	ticket: TicketRecord;
	/** A contact to create with the ticket (an email nobody has yet). */
	newContact?: ContactRecord;
}

export function planTicketCreate(ctx: IntercomContext, body: JsonObject): PlannedTicket {
	const typeId = body.ticket_type_id;
	if (typeId === undefined || typeId === null || typeId === '') {
		throw parameterNotFound('ticket_type_id is a required parameter');
	}
	const type = ctx.ticketTypes.get(String(typeId));
	if (!type) throw resourceNotFound();
	if (type.archived) throw parameterInvalid('This ticket type is archived', 'ticket_type_id');
	const { contact, newContact } = resolveContact(ctx, body.contacts);
	const companyId = resolveCompany(ctx, body.company_id);
	const now = ctx.nowSeconds();
	let createdAt = now;
	if (body.created_at !== undefined && body.created_at !== null) {
		if (
			typeof body.created_at !== 'number' ||
			!Number.isInteger(body.created_at) ||
			body.created_at < 0
		) {
			throw parameterInvalid('created_at must be a Unix timestamp in seconds', 'created_at');
		}
		createdAt = body.created_at;
	}
	const attributes = checkTicketAttributes(type, body.ticket_attributes, { creating: true });
	for (const [name, value] of Object.entries(attributes))
		if (value === null) delete attributes[name];
	const ticket: TicketRecord = {
		id: String(ctx.ids.next('ticket')),
		ticketNumber: String(ctx.ids.next('ticketNumber')),
		ticketTypeId: type.id,
		contactIds: [contact.id],
		companyId,
		attributes,
		state: 'submitted',
		open: true,
		isShared: type.category === 'Customer',
		snoozedUntil: null,
		adminAssigneeId: '0',
		teamAssigneeId: '0',
		createdAt,
		updatedAt: now,
		parts: [
			{
				id: String(ctx.ids.next('ticketPart')),
				partType: 'ticket_state_updated_by_admin',
				authorId: ctx.admins.me().id,
				createdAt,
				ticketState: 'submitted',
				previousTicketState: 'submitted',
			},
		],
		writtenAt: ctx.clock.now(),
	};
	return { ticket, newContact };
}

function resolveContact(
	ctx: IntercomContext,
	raw: unknown,
): { contact: ContactRecord; newContact?: ContactRecord } {
	if (!Array.isArray(raw) || raw.length === 0)
		throw parameterNotFound('contacts is a required parameter');
	if (raw.length > 1)
		throw parameterInvalid('Only one contact can be added to a ticket', 'contacts');
	const item = raw[0] as Record<string, unknown> | null;
	if (!item || typeof item !== 'object')
		throw parameterInvalid('contacts must hold objects', 'contacts');
	if (typeof item.id === 'string') {
		const contact = ctx.contacts.get(item.id);
		if (!contact) throw userNotFound();
		return { contact };
	}
	if (typeof item.external_id === 'string') {
		const contact = ctx.contacts.byExternalId(item.external_id);
		if (!contact) throw userNotFound();
		return { contact };
	}
	if (typeof item.email === 'string') {
		const contact = ctx.contacts.anyByEmail(item.email);
		if (contact) return { contact };
		const created = planContactCreate(ctx, { email: item.email });
		return { contact: created, newContact: created };
	}
	throw parameterInvalid('Each contact needs an id, an external_id or an email', 'contacts');
}

function resolveCompany(ctx: IntercomContext, raw: unknown): string | null {
	if (raw === undefined || raw === null || raw === '') return null;
	const company = ctx.companies.resolve(String(raw));
	if (!company) throw companyNotFound();
	return company.id;
}

/** 2.11's `update_ticket_request.state` enum: a ticket goes back to none of them as submitted. */
const UPDATE_STATES: readonly TicketState[] = ['in_progress', 'waiting_on_customer', 'resolved'];

const STATE_BY_ID = new Map<string, TicketState>(
	Object.entries(TICKET_STATES).map(([name, { id }]) => [id, name as TicketState]),
);

export function planTicketUpdate(
	ctx: IntercomContext,
	current: TicketRecord,
	body: JsonObject,
): TicketRecord {
	const type = ctx.ticketTypes.get(current.ticketTypeId);
	if (!type) throw resourceNotFound();
	const now = ctx.nowSeconds();
	const assignment = (body.assignment ?? {}) as Record<string, unknown>;
	const actorRaw = assignment.admin_id ?? body.admin_id;
	let actorId = ctx.admins.me().id;
	if (actorRaw !== undefined && actorRaw !== null) {
		const actor = ctx.admins.get(String(actorRaw));
		if (!actor) throw adminNotFound();
		actorId = actor.id;
	}
	const parts: TicketPart[] = [...current.parts];
	const part = (fields: Omit<TicketPart, 'id' | 'authorId' | 'createdAt'>) =>
		parts.push({
			id: String(ctx.ids.next('ticketPart')),
			authorId: actorId,
			createdAt: now,
			...fields,
		});

	let next: TicketRecord = { ...current };
	if (body.ticket_attributes !== undefined) {
		const changes = checkTicketAttributes(type, body.ticket_attributes, { creating: false });
		const attributes = { ...current.attributes };
		for (const [name, value] of Object.entries(changes)) {
			if (value === null) delete attributes[name];
			else attributes[name] = value;
		}
		next = { ...next, attributes };
		part({ partType: 'ticket_attribute_updated_by_admin' });
	}
	const state = stateFrom(body);
	if (state !== undefined && state !== current.state) {
		next = { ...next, state };
		part({
			partType: 'ticket_state_updated_by_admin',
			ticketState: state,
			previousTicketState: current.state,
		});
	}
	for (const [key, field] of [
		['open', 'open'],
		['is_shared', 'isShared'],
	] as const) {
		const value = body[key];
		if (value === undefined) continue;
		if (typeof value !== 'boolean') throw parameterInvalid(`${key} must be a boolean`, key);
		next = { ...next, [field]: value };
	}
	if (body.open === false) next = { ...next, snoozedUntil: null };
	if (body.snoozed_until !== undefined) {
		const value = body.snoozed_until;
		if (value !== null && (typeof value !== 'number' || !Number.isInteger(value))) {
			throw parameterInvalid('snoozed_until must be a Unix timestamp in seconds', 'snoozed_until');
		}
		next = { ...next, snoozedUntil: value };
	}
	if (body.company_id !== undefined)
		next = { ...next, companyId: resolveCompany(ctx, body.company_id) };
	const assigneeRaw = assignment.assignee_id ?? body.assignee_id;
	if (assigneeRaw !== undefined && assigneeRaw !== null) {
		const assignee = String(assigneeRaw);
		if (assignee !== '0' && !ctx.admins.get(assignee)) {
			throw new IntercomError(404, 'assignee_not_found', 'Assignee not found');
		}
		next = { ...next, adminAssigneeId: assignee };
		part({ partType: 'assignment', assignedTo: assignee });
	}
	return { ...next, parts, updatedAt: now, writtenAt: ctx.clock.now() };
}

function stateFrom(body: JsonObject): TicketState | undefined {
	if (body.ticket_state_id !== undefined && body.ticket_state_id !== null) {
		const state = STATE_BY_ID.get(String(body.ticket_state_id));
		if (!state)
			throw parameterInvalid(
				'ticket_state_id is not a state of this ticket type',
				'ticket_state_id',
			);
		return state;
	}
	if (body.state === undefined || body.state === null) return undefined;
	if (typeof body.state !== 'string' || !UPDATE_STATES.includes(body.state as TicketState)) {
		throw parameterInvalid(`state must be one of: ${UPDATE_STATES.join(', ')}`, 'state');
	}
	return body.state as TicketState;
}
