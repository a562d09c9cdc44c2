/** Tickets as API 2.11 returns them (recorded examples: `ticket_state` a string plus its labels). */
import type { IntercomContext } from '../context';
import { TICKET_STATES, type TicketPart, type TicketRecord } from './store';
import { renderTicketType } from './ticketTypes';

function renderPart(ctx: IntercomContext, part: TicketPart) {
	const author = ctx.admins.get(part.authorId);
	return {
		type: 'ticket_part',
		id: part.id,
		part_type: part.partType,
		...(part.ticketState && {
			ticket_state: part.ticketState,
			previous_ticket_state: part.previousTicketState,
		}),
		created_at: part.createdAt,
		updated_at: part.createdAt,
		...(part.assignedTo !== undefined && { assigned_to: { type: 'admin', id: part.assignedTo } }),
		author: {
			id: part.authorId,
			type: 'admin',
			name: author?.name ?? null,
			email: author?.email ?? null,
		},
		attachments: [],
		redacted: false,
	};
}

export function renderTicket(ctx: IntercomContext, t: TicketRecord) {
	const type = ctx.ticketTypes.get(t.ticketTypeId);
	const state = TICKET_STATES[t.state];
	return {
		type: 'ticket',
		id: t.id,
		ticket_id: t.ticketNumber,
		ticket_attributes: { ...t.attributes },
		ticket_state: t.state,
		ticket_type: type ? renderTicketType(ctx, type) : null,
		contacts: {
			type: 'contact.list',
			contacts: t.contactIds.map((id) => ({
				type: 'contact',
				id,
				external_id: ctx.contacts.get(id)?.externalId ?? null,
			})),
		},
		admin_assignee_id: t.adminAssigneeId,
		team_assignee_id: t.teamAssigneeId,
		company_id: t.companyId,
		created_at: t.createdAt,
		updated_at: t.updatedAt,
		ticket_parts: {
			type: 'ticket_part.list',
			ticket_parts: t.parts.map((p) => renderPart(ctx, p)),
			total_count: t.parts.length,
		},
		open: t.open,
		...(t.snoozedUntil !== null && { snoozed_until: t.snoozedUntil }),
		linked_objects: { type: 'list', data: [], total_count: 0, has_more: false },
		category: type?.category ?? 'Customer',
		is_shared: t.isShared,
		ticket_state_internal_label: state.label,
		ticket_state_external_label: state.label,
	};
}

export type RenderedTicket = ReturnType<typeof renderTicket>;
