import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { attempt } from '../../../shared/attempt';
import { mapConcurrently } from '../../../shared/batching';
import { Outcomes } from '../../../shared/outcomes';
import { rateStatsAt, summaryHint } from '../../../shared/runSummary';
import { contactByExternalId } from '../../helpers/lookups';
import { intercomApi, type IntercomApi } from '../../transport/client';
import { reasonFromError } from '../../transport/errors';
import {
	concurrencyOption,
	dryRunOption,
	optionsCollection,
	type WriteOptions,
	DEFAULT_CONCURRENCY,
} from '../common.descriptions';

const show = { resource: ['note'], operation: ['create'] };

export const description: INodeProperties[] = [
	{
		displayName: 'Contact (Salesforce ID)',
		name: 'contactKey',
		type: 'string',
		default: '={{ $json.ParentId }}',
		required: true,
		description:
			"The Salesforce ID of the contact or lead the note is about (the contact's external_id in Intercom)",
		displayOptions: { show },
	},
	{
		displayName: 'Note',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '={{ [$json.Title, $json.Body].filter(Boolean).join("\\n\\n") }}',
		required: true,
		description:
			'The text of the note. A contact that already has a note with the same text does not get it twice.',
		displayOptions: { show },
	},
	{
		displayName: 'Author Admin ID',
		name: 'adminId',
		type: 'string',
		default: '',
		description: "The Intercom admin shown as the note's author. Empty: the app's own admin.",
		displayOptions: { show },
	},
	optionsCollection(show, [concurrencyOption, dryRunOption]),
];

function plain(html: string): string {
	return html
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/p>\s*<p>/gi, '\n\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Paragraphs for Intercom, which shows a note's body as HTML. */
function htmlOf(text: string): string {
	return text
		.split(/\n{2,}/)
		.map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
		.join('');
}

async function hasNote(api: IntercomApi, contactId: string, text: string): Promise<boolean> {
	const notes = (await api.call((client) => client.notes.list({ contact_id: contactId }))) as {
		data?: Array<{ body?: string }>;
	};
	const wanted = text.replace(/\s+/g, ' ').trim();
	return (notes.data ?? []).some((note) => plain(note.body ?? '') === wanted);
}

/** Adds notes to contacts, once: a note whose text the contact already has is not added again. */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	const outcomes = new Outcomes();
	const options = this.getNodeParameter('options', 0, {}) as WriteOptions;
	const adminId = (this.getNodeParameter('adminId', 0, '') as string).trim();
	const api = await intercomApi(this);
	const before = rateStatsAt(api.rate);
	await mapConcurrently(
		items,
		options.concurrency ?? DEFAULT_CONCURRENCY,
		async (item, itemIndex) => {
			const contactKey = String(this.getNodeParameter('contactKey', itemIndex, '') ?? '').trim();
			const text = String(this.getNodeParameter('body', itemIndex, '') ?? '').trim();
			if (!contactKey || !text) {
				outcomes.fail(
					[itemIndex],
					{
						category: 'VALIDATION_ERROR',
						property: contactKey ? 'body' : 'contactKey',
						message: contactKey ? 'The note is empty' : 'The item names no contact for the note',
					},
					{ record: item.json },
				);
				return;
			}
			const written = await attempt(async () => {
				const contact = await contactByExternalId(api, contactKey);
				if (!contact) return undefined;
				if (await hasNote(api, contact.id, text))
					return { contactId: contact.id, action: 'exists' };
				if (options.dryRun) return { contactId: contact.id, action: 'would be created' };
				const note = (await api.call((client) =>
					client.notes.create({
						contact_id: contact.id,
						body: htmlOf(text),
						...(adminId && { admin_id: adminId }),
					}),
				)) as { id: string };
				return { contactId: contact.id, id: note.id, action: 'created' };
			});
			if (!written.ok)
				outcomes.fail([itemIndex], reasonFromError(written.error), { record: item.json });
			else if (!written.value)
				outcomes.fail(
					[itemIndex],
					{
						category: 'INTERCOM_ERROR',
						code: 'not_found',
						property: 'contactKey',
						message: `No Intercom contact has external_id ${contactKey}: upsert the contacts first`,
					},
					{ record: item.json },
				);
			else outcomes.succeed([itemIndex], { contact: contactKey, ...written.value });
		},
	);
	this.addExecutionHints(summaryHint('notes in place', outcomes, api.rate, before));
	return outcomes.toOutputs();
}
