import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { attempt } from '../../../shared/attempt';
import { mapConcurrently } from '../../../shared/batching';
import { Outcomes } from '../../../shared/outcomes';
import { rateStatsAt, summaryHint } from '../../../shared/runSummary';
import { contactByExternalId } from '../../helpers/lookups';
import { keyedItems, missingKey } from '../../helpers/removals';
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

const show = { resource: ['contact'], operation: ['remove'] };

export const description: INodeProperties[] = [
	{
		displayName: 'Action',
		name: 'removal',
		type: 'options',
		options: [
			{
				name: 'Archive',
				value: 'archive',
				description:
					'Hide the contact; it can be unarchived, and a re-run of the migration brings it back',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete the contact and its data for good',
			},
		],
		default: 'archive',
		displayOptions: { show },
	},
	{
		displayName: 'Identify By',
		name: 'identifyBy',
		type: 'options',
		options: [
			{ name: 'Salesforce ID (External ID)', value: 'externalId' },
			{ name: 'Intercom Contact ID', value: 'intercomId' },
		],
		default: 'externalId',
		displayOptions: { show },
	},
	{
		displayName: 'Contact',
		name: 'contactKey',
		type: 'string',
		default: '={{ $json.Id }}',
		required: true,
		description:
			'The Salesforce record ID (or the Intercom contact ID) of the contact to remove, for example from a Salesforce Bulk extract of deleted records',
		displayOptions: { show },
	},
	optionsCollection(show, [concurrencyOption, dryRunOption]),
];

async function remove(
	api: IntercomApi,
	contactId: string,
	removal: 'archive' | 'delete',
): Promise<'archived' | 'deleted' | 'notFound'> {
	const done = await attempt(async () =>
		removal === 'archive'
			? await api.call((client) => client.contacts.archive({ contact_id: contactId }))
			: await api.call((client) => client.contacts.delete({ contact_id: contactId })),
	);
	if (done.ok) return removal === 'archive' ? 'archived' : 'deleted';
	if (statusOf(done.error) === 404) return 'notFound';
	throw done.error;
}

/** Archives or deletes contacts; one that is not in Intercom is reported as such, not as a failure. */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	const outcomes = new Outcomes();
	const removal = this.getNodeParameter('removal', 0) as 'archive' | 'delete';
	const identifyBy = this.getNodeParameter('identifyBy', 0) as 'externalId' | 'intercomId';
	const options = this.getNodeParameter('options', 0, {}) as WriteOptions;
	const { groups, blank } = keyedItems(this, items, 'contactKey');
	for (const itemIndex of blank)
		outcomes.fail([itemIndex], missingKey('contactKey', 'contact to remove'), {
			record: items[itemIndex].json,
		});
	const api = options.dryRun && identifyBy === 'intercomId' ? undefined : await intercomApi(this);
	const before = api ? rateStatsAt(api.rate) : undefined;
	await mapConcurrently(groups, options.concurrency ?? DEFAULT_CONCURRENCY, async (group) => {
		const result = await attempt(async () => {
			const contactId =
				identifyBy === 'intercomId' ? group.key : (await contactByExternalId(api!, group.key))?.id;
			if (!contactId) return { id: null, result: 'notFound' as const };
			if (options.dryRun) return { id: contactId, result: `would be ${removal}d` };
			return { id: contactId, result: await remove(api!, contactId, removal) };
		});
		for (const itemIndex of group.itemIndexes) {
			if (result.ok) outcomes.succeed([itemIndex], { contact: group.key, ...result.value });
			else
				outcomes.fail([itemIndex], reasonFromError(result.error), {
					record: items[itemIndex].json,
				});
		}
	});
	if (api && before)
		this.addExecutionHints(
			summaryHint(`contacts ${removal}d or absent`, outcomes, api.rate, before),
		);
	return outcomes.toOutputs();
}
