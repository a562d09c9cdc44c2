import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { attempt } from '../../../shared/attempt';
import { deduplicateByKey, mapConcurrently, type Keyed } from '../../../shared/batching';
import { Outcomes } from '../../../shared/outcomes';
import { rateStatsAt, summaryHint } from '../../../shared/runSummary';
import { intercomCompanyId } from '../../helpers/lookups';
import { RecentWrites } from '../../helpers/recentWrites';
import { recordOf, referenceTo } from '../../helpers/records';
import { RecordFailure } from '../../helpers/recordFailure';
import { markedDeleted, REOPENED_FOR_RESTORED_CASE } from '../../helpers/deletedCases';
import { ticketsForCase, type FoundTicket } from '../../helpers/ticketSearch';
import {
	CASE_DELETED_ATTRIBUTE,
	CASE_ID_ATTRIBUTE,
	ensureTicketAttributes,
	ticketTypeNamed,
} from '../../helpers/ticketTypes';
import { intercomApi, type IntercomApi } from '../../transport/client';
import { reasonFromError } from '../../transport/errors';
import {
	concurrencyOption,
	dryRunOption,
	optionsCollection,
	type WriteOptions,
	DEFAULT_CONCURRENCY,
} from '../common.descriptions';

const show = { resource: ['ticket'], operation: ['create'] };

export const description: INodeProperties[] = [
	{
		displayName: 'Ticket Type',
		name: 'ticketType',
		type: 'string',
		default: 'Salesforce Case',
		required: true,
		description:
			'The name of the ticket type the tickets get. The node creates it when the workspace has none by that name, and adds the attributes the records need.',
		displayOptions: { show },
	},
	{
		displayName:
			'Each item is one Salesforce case mapped by CRM Field Mapper → Apply (Output: With Associations): its external_id (the Case ID), _default_title_, _default_description_ and other ticket attributes, with the contact and company it refers to. A case already migrated is updated, not created again.',
		name: 'ticketNotice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	optionsCollection(show, [concurrencyOption, dryRunOption]),
];

interface Wanted {
	attributes: IDataObject;
	contactKey?: string;
	companyKey?: string;
	createdAt?: number;
}

const NOT_ATTRIBUTES = new Set(['external_id', 'created_at', 'company_id']);

function wantedOf(json: IDataObject): { caseId?: string; wanted: Wanted } {
	const record = recordOf(json);
	const attributes: IDataObject = {};
	for (const [name, value] of Object.entries(record.properties))
		if (!NOT_ATTRIBUTES.has(name) && value !== null && value !== undefined && value !== '')
			attributes[name] = value;
	const caseId = record.properties.external_id as string | undefined;
	if (caseId) attributes[CASE_ID_ATTRIBUTE] = caseId;
	const createdAt = Number(record.properties.created_at);
	return {
		caseId,
		wanted: {
			attributes,
			contactKey: referenceTo(record, 'contact'),
			companyKey: referenceTo(record, 'company'),
			...(Number.isFinite(createdAt) && createdAt > 0 && { createdAt }),
		},
	};
}

/**
 * Writes the case onto the ticket made from it. A ticket closed because its Case was deleted is
 * reopened and unmarked: the Case is back (restored from Salesforce's recycle bin).
 */
async function updateTicket(
	api: IntercomApi,
	ticket: FoundTicket,
	attributes: IDataObject,
	companyId: string | undefined,
): Promise<{ id: string; action: 'updated' | 'reopened' }> {
	const restored = markedDeleted(ticket);
	await api.call((client) =>
		client.tickets.update({
			ticket_id: ticket.id,
			ticket_attributes: restored ? { ...attributes, [CASE_DELETED_ATTRIBUTE]: false } : attributes,
			...(restored && REOPENED_FOR_RESTORED_CASE),
			...(companyId && { company_id: companyId }),
		}),
	);
	return { id: ticket.id, action: restored ? 'reopened' : 'updated' };
}

/**
 * Creates a ticket per case, or updates the one a previous run made: the Case Id is kept in a
 * ticket attribute and searched for. Tickets created in the last ten minutes, which search may not
 * show yet, are found in the workflow's record of recent writes.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	const outcomes = new Outcomes();
	const typeName = this.getNodeParameter('ticketType', 0) as string;
	const options = this.getNodeParameter('options', 0, {}) as WriteOptions;
	const keyed: Array<Keyed<Wanted>> = [];
	items.forEach((item, itemIndex) => {
		const { caseId, wanted } = wantedOf(item.json);
		const missing = !caseId ? 'external_id' : !wanted.contactKey ? 'contact' : undefined;
		if (missing) {
			outcomes.fail(
				[itemIndex],
				{
					category: 'VALIDATION_ERROR',
					property: missing,
					message:
						missing === 'contact'
							? 'An Intercom ticket needs a contact, and this case refers to none (ContactId is empty)'
							: 'The record has no external_id (the Salesforce Case ID)',
				},
				{ record: item.json },
			);
			return;
		}
		keyed.push({ key: caseId!, value: wanted, itemIndexes: [itemIndex] });
	});
	const { entries } = deduplicateByKey(keyed, 'merge', (earlier, later) => ({
		...earlier,
		...later,
		attributes: { ...earlier.attributes, ...later.attributes },
	}));
	if (options.dryRun) {
		for (const entry of entries)
			outcomes.succeed(entry.itemIndexes, {
				dryRun: true,
				ticketType: typeName,
				wouldWrite: entry.value as unknown as IDataObject,
			});
		return outcomes.toOutputs();
	}

	const api = await intercomApi(this);
	const before = rateStatsAt(api.rate);
	const type = await ticketTypeNamed(this, api, typeName);
	const recent = new RecentWrites(this, `tickets.${type.id}`);
	await ensureTicketAttributes(
		api,
		type,
		Object.assign({}, ...entries.map((e) => e.value.attributes)),
	);
	await mapConcurrently(entries, options.concurrency ?? DEFAULT_CONCURRENCY, async (entry) => {
		const { attributes, contactKey, companyKey, createdAt } = entry.value;
		const written = await attempt(async () => {
			const companyId = companyKey ? await intercomCompanyId(this, api, companyKey) : undefined;
			const recentId = recent.get(entry.key);
			const existing = recentId
				? { id: recentId }
				: (await ticketsForCase(api, type, entry.key))[0];
			if (existing) return await updateTicket(api, existing, attributes, companyId);
			const created = await attempt(
				async () =>
					await api.call((client) =>
						client.tickets.create({
							ticket_type_id: type.id,
							contacts: [{ external_id: contactKey! }],
							ticket_attributes: attributes,
							...(companyId && { company_id: companyId }),
							...(createdAt && { created_at: createdAt }),
						} as never),
					),
			);
			if (!created.ok) {
				const reason = reasonFromError(created.error);
				if (reason.status === 404 || /contact/i.test(reason.message))
					throw new RecordFailure({
						...reason,
						property: 'contact',
						message: `${reason.message} (contact external_id ${contactKey}: upsert the contacts first)`,
					});
				throw created.error;
			}
			const ticket = created.value as { id: string; ticket_id?: string };
			recent.set(entry.key, ticket.id);
			return { id: ticket.id, ticket_id: ticket.ticket_id, action: 'created' };
		});
		if (written.ok) outcomes.succeed(entry.itemIndexes, { case_id: entry.key, ...written.value });
		else {
			const reason =
				written.error instanceof RecordFailure
					? written.error.reason
					: reasonFromError(written.error);
			for (const itemIndex of entry.itemIndexes)
				outcomes.fail([itemIndex], reason, { record: items[itemIndex].json });
		}
	});
	this.addExecutionHints(summaryHint('tickets written', outcomes, api.rate, before));
	return outcomes.toOutputs();
}
