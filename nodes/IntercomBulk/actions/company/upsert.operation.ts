import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { attempt } from '../../../shared/attempt';
import { deduplicateByKey, mapConcurrently, type Keyed } from '../../../shared/batching';
import { Outcomes } from '../../../shared/outcomes';
import { rateStatsAt, summaryHint } from '../../../shared/runSummary';
import { bodyOf, payloadOf, type Payload } from '../../helpers/attributes';
import { rememberCompany } from '../../helpers/lookups';
import { recordOf } from '../../helpers/records';
import { intercomApi } from '../../transport/client';
import { reasonFromError } from '../../transport/errors';
import {
	concurrencyOption,
	dryRunOption,
	emptyValuesOption,
	optionsCollection,
	type WriteOptions,
	DEFAULT_CONCURRENCY,
} from '../common.descriptions';

const show = { resource: ['company'], operation: ['upsert'] };

export const description: INodeProperties[] = [
	{
		displayName:
			'Each item is one company: its company_id (the Salesforce Account ID) and attributes, for example from CRM Field Mapper → Apply. Intercom creates the company or updates the one with that company_id.',
		name: 'companyNotice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	optionsCollection(show, [concurrencyOption, dryRunOption, emptyValuesOption]),
];

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	const outcomes = new Outcomes();
	const options = this.getNodeParameter('options', 0, {}) as WriteOptions;
	const keyed: Array<Keyed<Payload>> = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const { properties } = recordOf(items[itemIndex].json);
		const payload = payloadOf('company', properties, options.emptyValues ?? 'skip');
		const companyId = payload.fields.company_id;
		if (companyId === undefined || companyId === null || companyId === '') {
			outcomes.fail(
				[itemIndex],
				{
					category: 'VALIDATION_ERROR',
					property: 'company_id',
					message: 'The record has no company_id (the Salesforce Account ID)',
				},
				{ record: items[itemIndex].json },
			);
			continue;
		}
		// Intercom keeps whole numbers of monthly spend; it would cut the rest off silently.
		if (typeof payload.fields.monthly_spend === 'number')
			payload.fields.monthly_spend = Math.round(payload.fields.monthly_spend);
		keyed.push({ key: String(companyId), value: payload, itemIndexes: [itemIndex] });
	}
	const { entries } = deduplicateByKey(keyed, 'merge', (earlier, later) => ({
		fields: { ...earlier.fields, ...later.fields },
		custom: { ...earlier.custom, ...later.custom },
	}));

	if (options.dryRun) {
		for (const entry of entries)
			outcomes.succeed(entry.itemIndexes, { dryRun: true, wouldWrite: bodyOf(entry.value) });
		return outcomes.toOutputs();
	}

	const api = await intercomApi(this);
	const before = rateStatsAt(api.rate);
	await mapConcurrently(entries, options.concurrency ?? DEFAULT_CONCURRENCY, async (entry) => {
		const written = await attempt(
			async () =>
				await api.call((client) => client.companies.createOrUpdate(bodyOf(entry.value) as never)),
		);
		if (written.ok) {
			const company = written.value as { id: string; company_id?: string; name?: string };
			rememberCompany(this, entry.key, company.id);
			outcomes.succeed(entry.itemIndexes, {
				id: company.id,
				company_id: company.company_id ?? entry.key,
				name: company.name ?? null,
			});
			return;
		}
		const reason = reasonFromError(written.error);
		for (const itemIndex of entry.itemIndexes)
			outcomes.fail([itemIndex], reason, { record: items[itemIndex].json });
	});
	this.addExecutionHints(summaryHint('companies written', outcomes, api.rate, before));
	return outcomes.toOutputs();
}
