import { chunk } from 'lodash';
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { attempt } from '../../../shared/attempt';
import { sendBatches } from '../../../shared/batching';
import { Outcomes, type FailureReason } from '../../../shared/outcomes';
import { RateBudgetExhaustedError } from '../../../shared/rateControl';
import { SALESFORCE_ID_PROPERTY } from '../../helpers/objectTypes';
import { hubSpotIdsByKey } from '../../helpers/recordIds';
import { normaliseKey } from '../../helpers/upsertBatch';
import { hubSpotApi } from '../../transport/client';
import { reasonFromError } from '../../transport/errors';
import {
	batchSizeOption,
	concurrencyOption,
	dryRunOption,
	objectTypeProperty,
	optionsCollection,
	salesforceIdPropertyHint,
} from '../common.descriptions';
import { dailyLimitStop, rateStatsAt, summaryHint } from '../runSummary';

const show = { resource: ['record'], operation: ['archive'] };

export const description: INodeProperties[] = [
	objectTypeProperty({ displayOptions: { show } }),
	{
		displayName: 'Identify Records By',
		name: 'identifyBy',
		type: 'options',
		options: [
			{ name: 'A Unique Property (Such as the Salesforce ID)', value: 'property' },
			{ name: 'HubSpot Record ID', value: 'hubspotId' },
		],
		default: 'property',
		displayOptions: { show },
	},
	{
		displayName: 'Unique Property',
		name: 'idProperty',
		type: 'string',
		default: SALESFORCE_ID_PROPERTY,
		description: salesforceIdPropertyHint,
		displayOptions: { show: { ...show, identifyBy: ['property'] } },
	},
	{
		displayName: 'Value',
		name: 'key',
		type: 'string',
		default: '={{ $json.Id }}',
		required: true,
		description: 'The record to archive: its value of the unique property, or its HubSpot ID',
		displayOptions: { show },
	},
	optionsCollection(show, [
		batchSizeOption,
		concurrencyOption,
		dryRunOption,
		{
			displayName: 'Records Not Found',
			name: 'notFound',
			type: 'options',
			options: [
				{
					name: 'Count as Archived',
					value: 'succeed',
					description: 'A record that is not in HubSpot (or already archived) is reported as done',
				},
				{ name: 'Report as Failed', value: 'fail' },
			],
			default: 'succeed',
		},
	]),
];

interface ArchiveOptions {
	batchSize?: number;
	concurrency?: number;
	dryRun?: boolean;
	notFound?: 'succeed' | 'fail';
}

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	const objectType = this.getNodeParameter('objectType', 0) as string;
	const byProperty = this.getNodeParameter('identifyBy', 0) === 'property';
	const idProperty = byProperty
		? (this.getNodeParameter('idProperty', 0) as string)
		: 'hs_object_id';
	const options = this.getNodeParameter('options', 0, {}) as ArchiveOptions;
	const concurrency = options.concurrency ?? 8;
	const api = await hubSpotApi(this);
	const statsBefore = rateStatsAt(api.rate);
	const outcomes = new Outcomes();

	const keyed: Array<{ key: string; index: number }> = [];
	for (let index = 0; index < items.length; index++) {
		const key = String(this.getNodeParameter('key', index, '') ?? '').trim();
		if (key === '') {
			outcomes.fail(
				[index],
				{
					category: 'VALIDATION_ERROR',
					code: 'MISSING_KEY',
					message: 'The item gives no record to archive',
				},
				{ objectType, idProperty, key: null, record: items[index].json },
			);
		} else keyed.push({ key, index });
	}
	const ids = await hubSpotIdsByKey(
		api,
		objectType,
		idProperty,
		keyed.map((k) => k.key),
		concurrency,
		options.dryRun === true,
	);
	const toArchive: Array<{ key: string; index: number; hubspotId: string }> = [];
	for (const { key, index } of keyed) {
		const hubspotId = ids.get(normaliseKey(idProperty, key));
		const json = { objectType, idProperty, key, hubspotId: hubspotId ?? null };
		if (hubspotId) toArchive.push({ key, index, hubspotId });
		else if (options.notFound === 'fail')
			outcomes.fail(
				[index],
				{
					category: 'OBJECT_NOT_FOUND',
					message: `No live ${objectType} record has ${idProperty} "${key}"`,
				},
				{ ...json, record: items[index].json },
			);
		else outcomes.succeed([index], { ...json, archived: false, notFound: true });
	}

	if (options.dryRun) {
		for (const record of toArchive)
			outcomes.succeed([record.index], {
				objectType,
				idProperty,
				key: record.key,
				hubspotId: record.hubspotId,
				dryRun: true,
				action: 'archive',
			});
		return outcomes.toOutputs();
	}

	// Two items may name one record; HubSpot archives it once.
	const batches = chunk([...new Set(toArchive.map((r) => r.hubspotId))], options.batchSize ?? 100);
	const failedIds = new Map<string, FailureReason>();
	const { unsent, exhausted } = await sendBatches(batches, concurrency, async (batch) => {
		const archived = await attempt(
			async () =>
				await api.call(
					async (client) =>
						await client.crm.objects.batchApi.archiveWithHttpInfo(objectType, {
							inputs: batch.map((id) => ({ id })),
						}),
				),
		);
		if (archived.ok) return;
		if (archived.error instanceof RateBudgetExhaustedError) throw archived.error;
		const reason = reasonFromError(archived.error);
		for (const id of batch) failedIds.set(id, reason);
	});
	if (exhausted) for (const id of unsent.flat()) failedIds.set(id, reasonFromError(exhausted));
	for (const { key, index, hubspotId } of toArchive) {
		const json = { objectType, idProperty, key, hubspotId };
		const reason = failedIds.get(hubspotId);
		if (reason) outcomes.fail([index], reason, { ...json, record: items[index].json });
		else outcomes.succeed([index], { ...json, archived: true });
	}
	if (exhausted) dailyLimitStop(this, exhausted, outcomes, items.length);
	this.addExecutionHints(summaryHint(`${objectType} archived`, outcomes, api.rate, statsBefore));
	return outcomes.toOutputs();
}
