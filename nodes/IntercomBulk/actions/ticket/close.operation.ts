import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { attempt } from '../../../shared/attempt';
import { mapConcurrently } from '../../../shared/batching';
import { Outcomes } from '../../../shared/outcomes';
import { rateStatsAt, summaryHint } from '../../../shared/runSummary';
import { CLOSED_FOR_DELETED_CASE, closedForDeletedCase } from '../../helpers/deletedCases';
import { RecordFailure } from '../../helpers/recordFailure';
import { keyedItems, missingKey } from '../../helpers/removals';
import { ticketsForCase, type FoundTicket } from '../../helpers/ticketSearch';
import {
	CASE_DELETED_ATTRIBUTE,
	CASE_ID_ATTRIBUTE,
	ensureTicketAttributes,
	existingTicketType,
	ticketTypeOf,
	type TicketType,
} from '../../helpers/ticketTypes';
import { intercomApi, type IntercomApi } from '../../transport/client';
import { reasonFromError } from '../../transport/errors';
import { statusOf } from '../../transport/ratePolicy';
import {
	concurrencyOption,
	dryRunOption,
	optionsCollection,
	type WriteOptions,
	DEFAULT_CONCURRENCY,
} from '../common.descriptions';

const show = { resource: ['ticket'], operation: ['close'] };

export const description: INodeProperties[] = [
	{
		displayName:
			"Closes the ticket and sets its salesforce_case_deleted attribute, so teammates see why. Intercom's API (version 2.11, which this node uses) cannot delete tickets, and a closed ticket keeps its history; a Case restored in Salesforce reopens its ticket at the next Create or Update.",
		name: 'closeNotice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	{
		displayName: 'Identify By',
		name: 'identifyBy',
		type: 'options',
		options: [
			{
				name: 'Salesforce Case ID',
				value: 'caseId',
				description: 'The salesforce_case_id attribute that Create or Update gives every ticket',
			},
			{ name: 'Intercom Ticket ID', value: 'intercomId' },
		],
		default: 'caseId',
		displayOptions: { show },
	},
	{
		displayName: 'Ticket Type',
		name: 'ticketType',
		type: 'string',
		default: 'Salesforce Case',
		required: true,
		description: 'The name of the ticket type the cases were migrated to',
		displayOptions: { show: { ...show, identifyBy: ['caseId'] } },
	},
	{
		displayName: 'Ticket',
		name: 'ticketKey',
		type: 'string',
		default: '={{ $json.Id }}',
		required: true,
		description:
			'The Salesforce Case ID (or the Intercom ticket ID) of the ticket to close, for example from a Salesforce Bulk extract of deleted records',
		displayOptions: { show },
	},
	optionsCollection(show, [concurrencyOption, dryRunOption]),
];

type Closed = { id: string | null; ticket_id?: string; result: string; alsoClosed?: string[] };

/** Closes and marks one ticket; one deleted in Intercom meanwhile counts as not found. */
async function close(
	api: IntercomApi,
	ticket: FoundTicket,
): Promise<'closed' | 'alreadyClosed' | 'notFound'> {
	if (closedForDeletedCase(ticket)) return 'alreadyClosed';
	const done = await attempt(
		async () =>
			await api.call((client) =>
				client.tickets.update({ ticket_id: ticket.id, ...CLOSED_FOR_DELETED_CASE } as never),
			),
	);
	if (done.ok) return 'closed';
	if (statusOf(done.error) === 404) return 'notFound';
	throw done.error;
}

/** The type whose attributes a ticket found by its Intercom id can take. */
function typeOfTicket(ticket: FoundTicket): TicketType {
	if (!ticket.ticket_type)
		throw new RecordFailure({
			category: 'INTERCOM_ERROR',
			property: 'ticket_type',
			message: `Intercom did not say which ticket type ticket ${ticket.id} has`,
		});
	return ticketTypeOf(ticket.ticket_type);
}

/** The ticket with this Intercom id, or undefined when Intercom has none. */
async function ticketById(api: IntercomApi, id: string): Promise<FoundTicket | undefined> {
	const found = await attempt(
		async () => await api.call((client) => client.tickets.get({ ticket_id: id })),
	);
	if (found.ok) return found.value as FoundTicket | undefined;
	if (statusOf(found.error) === 404) return undefined;
	throw found.error;
}

/**
 * The mark attribute on each ticket type, added once per type whatever the number of tickets in
 * flight (Intercom refuses to create an attribute twice, and a ticket naming one not yet there).
 */
function markReady(api: IntercomApi): (type: TicketType) => Promise<void> {
	const ready = new Map<string, Promise<void>>();
	return async (type) => {
		let done = ready.get(type.id);
		if (!done) {
			done = ensureTicketAttributes(api, type, { [CASE_DELETED_ATTRIBUTE]: true });
			ready.set(type.id, done);
		}
		await done;
	};
}

const failureReason = (error: unknown) =>
	error instanceof RecordFailure ? error.reason : reasonFromError(error);

/**
 * Closes the tickets of deleted Salesforce Cases. A Case with no ticket (never migrated, or a
 * ticket created so recently that Intercom's search does not show it yet) is reported as not
 * found; closing a closed ticket again changes nothing.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	const outcomes = new Outcomes();
	const identifyBy = this.getNodeParameter('identifyBy', 0) as 'caseId' | 'intercomId';
	const options = this.getNodeParameter('options', 0, {}) as WriteOptions;
	const { groups, blank } = keyedItems(this, items, 'ticketKey');
	for (const itemIndex of blank)
		outcomes.fail([itemIndex], missingKey('ticketKey', 'ticket to close'), {
			record: items[itemIndex].json,
		});
	const byCase = identifyBy === 'caseId';
	if (!byCase && options.dryRun) {
		for (const group of groups)
			for (const itemIndex of group.itemIndexes)
				outcomes.succeed([itemIndex], {
					ticket: group.key,
					id: group.key,
					result: 'would be closed',
				});
		return outcomes.toOutputs();
	}

	const api = await intercomApi(this);
	const before = rateStatsAt(api.rate);
	// No ticket type, or one without the Case Id attribute: no ticket was ever made from a Case.
	const caseType = byCase
		? await existingTicketType(this, api, this.getNodeParameter('ticketType', 0) as string)
		: undefined;
	const searchable = caseType?.attributes.has(CASE_ID_ATTRIBUTE) === true;
	const ensureMark = markReady(api);

	const closeTickets = async (key: string): Promise<Closed> => {
		let tickets: FoundTicket[];
		if (byCase) tickets = searchable ? await ticketsForCase(api, caseType!, key) : [];
		else tickets = [await ticketById(api, key)].filter((t): t is FoundTicket => t !== undefined);
		if (tickets.length === 0) return { id: null, result: 'notFound' };
		const [first, ...others] = tickets;
		const summary = { id: first.id, ticket_id: first.ticket_id };
		if (options.dryRun)
			return {
				...summary,
				result: closedForDeletedCase(first) ? 'alreadyClosed' : 'would be closed',
			};
		await ensureMark(byCase ? caseType! : typeOfTicket(first));
		const result = await close(api, first);
		for (const other of others) await close(api, other);
		return {
			...summary,
			result,
			...(others.length > 0 && { alsoClosed: others.map((t) => t.id) }),
		};
	};

	await mapConcurrently(groups, options.concurrency ?? DEFAULT_CONCURRENCY, async (group) => {
		const closed = await attempt(async () => await closeTickets(group.key));
		for (const itemIndex of group.itemIndexes) {
			if (closed.ok) outcomes.succeed([itemIndex], { ticket: group.key, ...closed.value });
			else
				outcomes.fail([itemIndex], failureReason(closed.error), {
					record: items[itemIndex].json,
				});
		}
	});
	this.addExecutionHints(summaryHint('tickets closed or absent', outcomes, api.rate, before));
	return outcomes.toOutputs();
}
