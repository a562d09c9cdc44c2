/**
 * Tickets keyed by their numeric `id`, with the human `ticket_id` from its own counter, on the
 * common InMemoryStore; search visibility lags writes like contact search.
 */
import { InMemoryStore, type Page, type PageOptions } from '../../common';
import { SearchVisibility } from '../search/visibility';

export const TICKET_STATES = {
	submitted: { id: '1', label: 'Submitted' },
	in_progress: { id: '2', label: 'In progress' },
	waiting_on_customer: { id: '3', label: 'Waiting on customer' },
	resolved: { id: '4', label: 'Resolved' },
} as const;
export type TicketState = keyof typeof TICKET_STATES;

export interface TicketPart {
	readonly id: string;
	readonly partType:
		| 'ticket_state_updated_by_admin'
		| 'ticket_attribute_updated_by_admin'
		| 'assignment';
	readonly authorId: string;
	readonly createdAt: number;
	readonly ticketState?: TicketState;
	readonly previousTicketState?: TicketState;
	readonly assignedTo?: string;
}

export interface TicketRecord {
	readonly id: string;
	/** The number shown in the Inbox (`ticket_id`). */
	readonly ticketNumber: string;
	readonly ticketTypeId: string;
	readonly contactIds: readonly string[];
	/** The Intercom id of the company. */
	readonly companyId: string | null;
	readonly attributes: Readonly<Record<string, unknown>>;
	readonly state: TicketState;
	readonly open: boolean;
	readonly isShared: boolean;
	readonly snoozedUntil: number | null;
	readonly adminAssigneeId: string;
	readonly teamAssigneeId: string;
	/** Unix seconds; `created_at` may be back-dated by the creator. */
	readonly createdAt: number;
	readonly updatedAt: number;
	readonly parts: readonly TicketPart[];
	/** Clock ms of the last write, for search visibility. */
	readonly writtenAt: number;
}

export class TicketStore {
	private readonly items = new InMemoryStore<TicketRecord>({ idOf: (t) => t.id });
	readonly visibility: SearchVisibility<TicketRecord>;

	constructor(searchLagMs: () => number) {
		this.visibility = new SearchVisibility(searchLagMs, (id) => this.items.get(id));
	}

	get size(): number {
		return this.items.size;
	}

	get(id: string): TicketRecord | undefined {
		return this.items.get(id);
	}

	insert(ticket: TicketRecord, now: number): TicketRecord {
		this.items.insert(ticket);
		this.visibility.noteWrite(ticket.id, undefined, now);
		return ticket;
	}

	replace(next: TicketRecord, now: number): TicketRecord {
		this.visibility.noteWrite(next.id, this.items.get(next.id), now);
		this.items.update(next.id, () => next);
		return next;
	}

	delete(id: string): boolean {
		this.visibility.forget(id);
		return this.items.delete(id);
	}

	/** After a merge: tickets of the lead now name the user. */
	reassignContact(fromId: string, toId: string): void {
		for (const ticket of [...this.items.values()]) {
			if (!ticket.contactIds.includes(fromId)) continue;
			const contactIds = [...new Set(ticket.contactIds.map((id) => (id === fromId ? toId : id)))];
			this.items.update(ticket.id, { contactIds });
		}
	}

	values(): IterableIterator<TicketRecord> {
		return this.items.values();
	}

	page(options: PageOptions<TicketRecord>): Page<TicketRecord> {
		return this.items.page(options);
	}
}
