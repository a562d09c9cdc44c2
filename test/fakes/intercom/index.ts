export { startFakeIntercom } from './startFakeIntercom';
export type {
	FakeContactView,
	FakeIntercom,
	FakeIntercomOptions,
	FakeIntercomSeed,
} from './startFakeIntercom';
export { IntercomError, serverErrorFault } from './errors';
export type { AdminInput } from './admins';
export type { DataAttributeInput, DataModel } from './dataAttributes/registry';
export type { TicketTypeInput } from './tickets/ticketTypes';
export type { RenderedContact } from './contacts/present';
export type { RenderedCompany } from './companies/present';
export type { RenderedTicket } from './tickets/present';
