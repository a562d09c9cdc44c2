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
import { bodyOf, payloadOf, type Payload } from '../../helpers/attributes';
import { conflictOf } from '../../helpers/conflict';
import { rememberUser, userWithEmail } from '../../helpers/knownUsers';
import { contactById, intercomCompanyId, type FoundContact } from '../../helpers/lookups';
import { recordOf, referenceTo } from '../../helpers/records';
import { RecordFailure } from '../../helpers/recordFailure';
import { RecentWrites } from '../../helpers/recentWrites';
import { intercomApi, type IntercomApi } from '../../transport/client';
import { reasonFromError } from '../../transport/errors';
import {
	concurrencyOption,
	dryRunOption,
	emptyValuesOption,
	optionsCollection,
	type WriteOptions,
	DEFAULT_CONCURRENCY,
} from '../common.descriptions';

const show = { resource: ['contact'], operation: ['upsert'] };

export const description: INodeProperties[] = [
	{
		displayName: 'Role',
		name: 'role',
		type: 'options',
		options: [
			{ name: 'User', value: 'user', description: 'People you know: Salesforce contacts' },
			{ name: 'Lead', value: 'lead', description: 'Prospects: Salesforce leads' },
		],
		default: 'user',
		displayOptions: { show },
	},
	{
		displayName: 'Match On',
		name: 'matchOn',
		type: 'options',
		options: [
			{
				name: 'External ID',
				value: 'externalId',
				description: "The Salesforce record ID in the contact's external_id",
			},
			{ name: 'Email', value: 'email', description: "The contact's email address" },
		],
		default: 'externalId',
		description:
			'What makes a record the same contact on a re-run. Intercom refuses a second contact with the same external_id or email, and the node then updates the one it names.',
		displayOptions: { show },
	},
	{
		displayName: 'Company',
		name: 'companyKey',
		type: 'string',
		default: '',
		placeholder: '={{ $json.AccountId }}',
		description:
			"The Salesforce Account ID (the company's company_id in Intercom) to attach the contact to. Empty: the company reference in the item's associations, when there is one (CRM Field Mapper → Apply → Output: With Associations).",
		displayOptions: { show },
	},
	optionsCollection(show, [
		concurrencyOption,
		dryRunOption,
		emptyValuesOption,
		{
			displayName: 'Same Email, Other Person',
			name: 'emailConflict',
			type: 'options',
			options: [
				{
					name: 'Fail the Record',
					value: 'fail',
					description: 'Send the record to the Failed output with the existing contact named',
				},
				{
					name: 'Update the Existing Contact',
					value: 'merge',
					description:
						"Write the record's attributes to the contact that has the email, keeping that contact's external_id and role; the output says which contact it went to",
				},
			],
			default: 'fail',
			description:
				'What to do when the email belongs to a user with another external_id (two Salesforce records, one email). A lead whose email a user has is always written onto that user.',
		},
	]),
];

interface ContactOptions extends WriteOptions {
	emailConflict?: 'merge' | 'fail';
}

interface Wanted {
	payload: Payload;
	companyKey?: string;
}

type Written = { contact: FoundContact; action: 'created' | 'updated' | 'merged' };

function otherPersonFailure(email: unknown, existing: FoundContact): RecordFailure {
	return new RecordFailure({
		category: 'INTERCOM_ERROR',
		code: 'conflict',
		status: 409,
		property: 'email',
		message: `The email ${String(email)} belongs to contact ${existing.id} (external_id ${existing.external_id})`,
	});
}

/** Writes the record onto a contact that exists: the one it is, or the person who has its email. */
async function updateContact(
	api: IntercomApi,
	body: IDataObject,
	existing: FoundContact,
	emailConflict: 'merge' | 'fail',
): Promise<Written> {
	const otherPerson =
		!!existing.external_id && !!body.external_id && existing.external_id !== body.external_id;
	if (otherPerson && emailConflict === 'fail') throw otherPersonFailure(body.email, existing);
	const update: IDataObject = { ...body, contact_id: existing.id };
	if (otherPerson) delete update.external_id;
	// A user does not become a lead again.
	if (otherPerson || (existing.role === 'user' && body.role === 'lead')) delete update.role;
	const contact = await api.call((client) => client.contacts.update(update as never));
	return { contact: contact as FoundContact, action: otherPerson ? 'merged' : 'updated' };
}

/**
 * Create; on a 409, update the contact Intercom names. A lead whose email a user has is that
 * user (Intercom would take it as a second contact, since leads may share emails).
 */
async function upsertContact(
	api: IntercomApi,
	body: IDataObject,
	options: ContactOptions,
	recent: RecentWrites,
): Promise<Written> {
	if (body.role === 'lead' && typeof body.email === 'string' && body.email) {
		const user = await userWithEmail(api, body.email, recent);
		if (user && (!user.external_id || user.external_id !== body.external_id))
			return await updateContact(api, body, user, 'merge');
	}
	const created = await attempt(
		async () => await api.call((client) => client.contacts.create(body as never)),
	);
	if (created.ok) return { contact: created.value as FoundContact, action: 'created' };
	const conflict = conflictOf(created.error);
	if (!conflict) throw created.error;
	if (conflict.archived)
		await api.call((client) => client.contacts.unarchive({ contact_id: conflict.id }));
	const existing = await contactById(api, conflict.id);
	return await updateContact(api, body, existing, options.emailConflict ?? 'fail');
}

async function attachCompany(
	context: IExecuteFunctions,
	api: IntercomApi,
	contactId: string,
	companyKey: string,
): Promise<void> {
	const companyId = await intercomCompanyId(context, api, companyKey);
	if (!companyId) {
		throw new RecordFailure({
			category: 'INTERCOM_ERROR',
			code: 'company_not_found',
			status: 404,
			property: 'company_id',
			message: `No Intercom company has company_id ${companyKey}: upsert the accounts first. The contact itself was saved (${contactId}).`,
		});
	}
	await api.call((client) =>
		client.companies.attachContact({ contact_id: contactId, id: companyId }),
	);
}

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	const outcomes = new Outcomes();
	const role = this.getNodeParameter('role', 0) as 'user' | 'lead';
	const matchOn = this.getNodeParameter('matchOn', 0) as 'externalId' | 'email';
	const options = this.getNodeParameter('options', 0, {}) as ContactOptions;
	const keyField = matchOn === 'email' ? 'email' : 'external_id';

	const keyed: Array<Keyed<Wanted>> = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const record = recordOf(items[itemIndex].json);
		const payload = payloadOf('contact', record.properties, options.emptyValues ?? 'skip');
		const key = payload.fields[keyField];
		if (key === undefined || key === null || key === '') {
			outcomes.fail(
				[itemIndex],
				{
					category: 'VALIDATION_ERROR',
					property: keyField,
					message: `The record has no ${keyField}, which the node matches contacts on`,
				},
				{ record: items[itemIndex].json },
			);
			continue;
		}
		const companyKey =
			(this.getNodeParameter('companyKey', itemIndex, '') as string) ||
			referenceTo(record, 'company');
		keyed.push({ key: String(key), value: { payload, companyKey }, itemIndexes: [itemIndex] });
	}
	// The same person twice in one run: one write, later values win.
	const { entries } = deduplicateByKey(
		keyed,
		'merge',
		(earlier, later) => ({
			payload: {
				fields: { ...earlier.payload.fields, ...later.payload.fields },
				custom: { ...earlier.payload.custom, ...later.payload.custom },
			},
			companyKey: later.companyKey ?? earlier.companyKey,
		}),
		(key) => key.toLowerCase(),
	);

	if (options.dryRun) {
		for (const entry of entries)
			outcomes.succeed(entry.itemIndexes, {
				dryRun: true,
				wouldWrite: { role, ...bodyOf(entry.value.payload) },
				...(entry.value.companyKey && { wouldAttachTo: entry.value.companyKey }),
			});
		return outcomes.toOutputs();
	}

	const api = await intercomApi(this);
	const before = rateStatsAt(api.rate);
	const recent = new RecentWrites(this, 'users');
	await mapConcurrently(entries, options.concurrency ?? DEFAULT_CONCURRENCY, async (entry) => {
		const body = { role, ...bodyOf(entry.value.payload) };
		const written = await attempt(async () => {
			const result = await upsertContact(api, body, options, recent);
			rememberUser(api, result.contact, recent);
			if (entry.value.companyKey)
				await attachCompany(this, api, result.contact.id, entry.value.companyKey);
			return result;
		});
		if (written.ok) {
			const { contact, action } = written.value;
			outcomes.succeed(entry.itemIndexes, {
				id: contact.id,
				external_id: contact.external_id ?? null,
				email: contact.email ?? null,
				role: contact.role ?? role,
				action,
				...(entry.value.companyKey && { company_id: entry.value.companyKey }),
			});
			return;
		}
		const reason =
			written.error instanceof RecordFailure
				? written.error.reason
				: reasonFromError(written.error);
		for (const itemIndex of entry.itemIndexes)
			outcomes.fail([itemIndex], reason, { record: items[itemIndex].json });
	});
	this.addExecutionHints(summaryHint('contacts written', outcomes, api.rate, before));
	return outcomes.toOutputs();
}
