/** What every part of the Intercom fake shares. */
import type { Clock, FakeServer } from '../common';
import type { AdminStore } from './admins';
import type { CompanyStore } from './companies/store';
import type { ContactStore } from './contacts/store';
import type { DataAttributeRegistry } from './dataAttributes/registry';
import type { IdFactory } from './ids';
import type { Memberships } from './memberships';
import type { NoteStore } from './notes';
import type { TicketStore } from './tickets/store';
import type { TicketTypeStore } from './tickets/ticketTypes';

export interface IntercomSettings {
	/** Clock time before a write shows in contact and ticket search. */
	searchLagMs: number;
	/** `workspace_id` of contacts, `app_id` of companies, `app.id_code` of `/me`. */
	readonly workspaceId: string;
	/** `US`, `EU` or `AU`: a label in `/me` only. */
	readonly region: string;
	readonly appName: string;
	/** Unix seconds. */
	readonly appCreatedAt: number;
}

export interface IntercomContext {
	readonly clock: Clock;
	readonly server: FakeServer;
	readonly settings: IntercomSettings;
	readonly ids: IdFactory;
	readonly admins: AdminStore;
	readonly dataAttributes: DataAttributeRegistry;
	readonly contacts: ContactStore;
	readonly companies: CompanyStore;
	readonly memberships: Memberships;
	readonly notes: NoteStore;
	readonly ticketTypes: TicketTypeStore;
	readonly tickets: TicketStore;
	/** The clock in Unix seconds. */
	nowSeconds(): number;
}
