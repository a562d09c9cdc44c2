import type { IDataObject } from 'n8n-workflow';
import type { IntercomApi } from '../transport/client';
import { CASE_ID_ATTRIBUTE, type ListedType, type TicketType } from './ticketTypes';

/** A ticket as search and `GET /tickets/{id}` give it: what the ticket operations read. */
export interface FoundTicket {
	id: string;
	/** The number shown in the Inbox. */
	ticket_id?: string;
	open?: boolean;
	ticket_attributes?: IDataObject;
	ticket_type?: ListedType;
}

/**
 * The tickets made from this Salesforce Case, found by the Case Id attribute: normally one, more
 * if an earlier run created one while search did not show the first yet. A ticket created or
 * changed minutes ago may be missing or show its previous version (Intercom's search lags).
 */
export async function ticketsForCase(
	api: IntercomApi,
	type: TicketType,
	caseId: string,
): Promise<FoundTicket[]> {
	const found = (await api.call((client) =>
		client.tickets.search({
			query: {
				operator: 'AND',
				value: [
					{ field: 'ticket_type_id', operator: '=', value: type.id },
					{ field: `ticket_attribute.${CASE_ID_ATTRIBUTE}`, operator: '=', value: caseId },
				],
			},
		} as never),
	)) as { tickets?: FoundTicket[]; data?: FoundTicket[] };
	return found.tickets ?? found.data ?? [];
}
