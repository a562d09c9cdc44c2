/**
 * The fields `POST /tickets/search` accepts (descriptions/2.11's table), plus
 * `ticket_attribute.<name or id>` typed by the ticket type attribute's data type. Categories are
 * searched by Intercom's terms: `request` (Customer), `task` (Back-office), `tracker`. Unlike
 * contact search, `>=` and `<=` work on dates here.
 */
import type { IntercomContext } from '../context';
import type { FieldType, SearchField, SearchSchema } from '../search/query';
import type { TicketRecord } from './store';
import type { TicketAttributeType } from './ticketTypes';

const CATEGORY_TERMS: Record<string, string> = {
	Customer: 'request',
	'Back-office': 'task',
	Tracker: 'tracker',
};

const ATTRIBUTE_TYPES: Partial<Record<TicketAttributeType, FieldType>> = {
	string: 'string',
	list: 'string',
	integer: 'integer',
	decimal: 'float',
	boolean: 'boolean',
	datetime: 'date',
};

export function ticketSearchSchema(ctx: IntercomContext): SearchSchema<TicketRecord> {
	const fields: Record<string, SearchField<TicketRecord>> = {
		id: { type: 'string', value: (t) => t.id, exact: true },
		ticket_id: { type: 'string', value: (t) => t.ticketNumber, exact: true },
		created_at: { type: 'date', value: (t) => t.createdAt },
		updated_at: { type: 'date', value: (t) => t.updatedAt },
		title: { type: 'string', value: (t) => t.attributes._default_title_ },
		description: { type: 'string', value: (t) => t.attributes._default_description_ },
		category: {
			type: 'string',
			value: (t) => CATEGORY_TERMS[ctx.ticketTypes.get(t.ticketTypeId)?.category ?? 'Customer'],
		},
		ticket_type_id: { type: 'string', value: (t) => t.ticketTypeId, exact: true },
		contact_ids: { type: 'string', value: (t) => t.contactIds, multi: true, exact: true },
		company_id: { type: 'string', value: (t) => t.companyId, exact: true },
		admin_assignee_id: { type: 'string', value: (t) => t.adminAssigneeId, exact: true },
		team_assignee_id: { type: 'string', value: (t) => t.teamAssigneeId, exact: true },
		open: { type: 'boolean', value: (t) => t.open },
		state: { type: 'string', value: (t) => t.state },
		snoozed_until: { type: 'date', value: (t) => t.snoozedUntil },
	};
	return {
		inclusiveDateOperators: true,
		field(name) {
			if (fields[name]) return fields[name];
			if (!name.startsWith('ticket_attribute.')) return undefined;
			const key = name.slice('ticket_attribute.'.length);
			const attr = ctx.ticketTypes.attributesNamed(key)[0];
			const type = attr && ATTRIBUTE_TYPES[attr.dataType];
			if (!attr || !type) return undefined;
			return { type, value: (t) => t.attributes[attr.name] };
		},
	};
}
