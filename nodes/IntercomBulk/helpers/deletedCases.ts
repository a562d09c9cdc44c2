import type { IDataObject } from 'n8n-workflow';
import type { FoundTicket } from './ticketSearch';
import { CASE_DELETED_ATTRIBUTE } from './ticketTypes';

/**
 * What a ticket gets when its Salesforce Case is deleted: closed (API 2.11's `open: false`, which
 * also unsnoozes it, and `state: resolved`) and marked, so that teammates see why. API 2.11 has no
 * ticket delete (it came with 2.13), and a closed ticket keeps the conversation history.
 */
export const CLOSED_FOR_DELETED_CASE: IDataObject = {
	open: false,
	state: 'resolved',
	ticket_attributes: { [CASE_DELETED_ATTRIBUTE]: true },
};

/** What a ticket closed for a deleted Case gets when the Case is restored in Salesforce. */
export const REOPENED_FOR_RESTORED_CASE: IDataObject = {
	open: true,
	state: 'in_progress',
};

export function markedDeleted(ticket: FoundTicket): boolean {
	return ticket.ticket_attributes?.[CASE_DELETED_ATTRIBUTE] === true;
}

export function closedForDeletedCase(ticket: FoundTicket): boolean {
	return ticket.open === false && markedDeleted(ticket);
}
