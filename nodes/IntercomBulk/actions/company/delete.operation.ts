import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { attempt } from '../../../shared/attempt';
import { mapConcurrently } from '../../../shared/batching';
import { Outcomes } from '../../../shared/outcomes';
import { rateStatsAt, summaryHint } from '../../../shared/runSummary';
import { forgetCompany, intercomCompanyId } from '../../helpers/lookups';
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

const show = { resource: ['company'], operation: ['delete'] };

export const description: INodeProperties[] = [
	{
		displayName:
			'Deletes the company for good: Intercom cannot archive companies. Its contacts stay, without it. Upserting the Account again creates a new company (what was added in Intercom only, such as tags, is not restored).',
		name: 'deleteNotice',
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
				name: 'Salesforce ID (Company ID)',
				value: 'companyId',
				description:
					"The company's company_id, which the migration sets to the Salesforce Account ID",
			},
			{ name: 'Intercom Company ID', value: 'intercomId' },
		],
		default: 'companyId',
		displayOptions: { show },
	},
	{
		displayName: 'Company',
		name: 'companyKey',
		type: 'string',
		default: '={{ $json.Id }}',
		required: true,
		description:
			'The Salesforce Account ID (or the Intercom company ID) of the company to delete, for example from a Salesforce Bulk extract of deleted records',
		displayOptions: { show },
	},
	optionsCollection(show, [concurrencyOption, dryRunOption]),
];

type Deleted = { id: string | null; result: 'deleted' | 'notFound' | 'would be deleted' };

async function deleteCompany(api: IntercomApi, id: string): Promise<'deleted' | 'notFound'> {
	const done = await attempt(
		async () => await api.call((client) => client.companies.delete({ company_id: id })),
	);
	if (done.ok) return 'deleted';
	if (statusOf(done.error) === 404) return 'notFound';
	throw done.error;
}

/** Deletes companies; one that is not in Intercom is reported as such, not as a failure. */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	const outcomes = new Outcomes();
	const identifyBy = this.getNodeParameter('identifyBy', 0) as 'companyId' | 'intercomId';
	const options = this.getNodeParameter('options', 0, {}) as WriteOptions;
	const { groups, blank } = keyedItems(this, items, 'companyKey');
	for (const itemIndex of blank)
		outcomes.fail([itemIndex], missingKey('companyKey', 'company to delete'), {
			record: items[itemIndex].json,
		});
	const byIntercomId = identifyBy === 'intercomId';
	const api = options.dryRun && byIntercomId ? undefined : await intercomApi(this);
	const before = api ? rateStatsAt(api.rate) : undefined;

	const remove = async (key: string): Promise<Deleted> => {
		// `GET /companies?company_id=` reads the company directly: no search lag.
		const id = byIntercomId ? key : await intercomCompanyId(this, api!, key);
		if (!id) return { id: null, result: 'notFound' };
		if (options.dryRun) return { id, result: 'would be deleted' };
		const result = await deleteCompany(api!, id);
		if (!byIntercomId) forgetCompany(key);
		return { id, result };
	};

	await mapConcurrently(groups, options.concurrency ?? DEFAULT_CONCURRENCY, async (group) => {
		const deleted = await attempt(async () => await remove(group.key));
		for (const itemIndex of group.itemIndexes) {
			if (deleted.ok) outcomes.succeed([itemIndex], { company: group.key, ...deleted.value });
			else
				outcomes.fail([itemIndex], reasonFromError(deleted.error), {
					record: items[itemIndex].json,
				});
		}
	});
	if (api && before)
		this.addExecutionHints(summaryHint('companies deleted or absent', outcomes, api.rate, before));
	return outcomes.toOutputs();
}
