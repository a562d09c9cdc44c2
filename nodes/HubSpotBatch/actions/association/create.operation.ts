import { chunk, get } from 'lodash';
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { attempt } from '../../../shared/attempt';
import { sendBatches } from '../../../shared/batching';
import { Outcomes, type FailureReason } from '../../../shared/outcomes';
import { RateBudgetExhaustedError } from '../../../shared/rateControl';
import { SALESFORCE_ID_PROPERTY } from '../../helpers/objectTypes';
import { hubSpotIdsByKey } from '../../helpers/recordIds';
import { normaliseKey } from '../../helpers/upsertBatch';
import { hubSpotApi, rawRequest } from '../../transport/client';
import {
	reasonFromError,
	reasonFromStandardError,
	type HubSpotErrorBody,
} from '../../transport/errors';
import {
	batchSizeOption,
	concurrencyOption,
	dryRunOption,
	objectTypeProperty,
	optionsCollection,
	salesforceIdPropertyHint,
} from '../common.descriptions';
import { dailyLimitStop, rateStatsAt, summaryHint } from '../runSummary';

const show = { resource: ['association'], operation: ['create'] };

export const description: INodeProperties[] = [
	objectTypeProperty({
		displayName: 'From Object Type Name or ID',
		name: 'fromObjectType',
		displayOptions: { show },
	}),
	{
		displayName: 'From Unique Property',
		name: 'fromIdProperty',
		type: 'string',
		default: SALESFORCE_ID_PROPERTY,
		description: salesforceIdPropertyHint,
		displayOptions: { show },
	},
	{
		displayName: 'Keys From',
		name: 'keySource',
		type: 'options',
		options: [
			{
				name: 'Expressions',
				value: 'expressions',
				description: 'From Record and To Records, worked out for each item',
			},
			{
				name: 'Input Fields',
				value: 'fields',
				description:
					'Read from fields of each item by name: much faster on large inputs, since n8n evaluates no expression per item',
			},
		],
		default: 'expressions',
		displayOptions: { show },
	},
	{
		displayName: 'From Record Field',
		name: 'fromKeyField',
		type: 'string',
		default: 'key',
		required: true,
		placeholder: 'key',
		description:
			"The input field holding the record's value of the unique property (for a nested field, its path with dots)",
		displayOptions: { show: { ...show, keySource: ['fields'] } },
	},
	{
		displayName: 'To Records Field',
		name: 'toKeysField',
		type: 'string',
		default: 'AccountId',
		placeholder: 'AccountId',
		description:
			'The input field holding the record or records to associate with: one value, a list, or values separated by commas. Missing or empty: nothing to associate.',
		displayOptions: { show: { ...show, keySource: ['fields'] } },
	},
	{
		displayName: 'From Record',
		name: 'fromKey',
		type: 'string',
		default: '={{ $json.Id }}',
		required: true,
		description: "The record's value of the unique property, such as its Salesforce ID",
		displayOptions: { show: { ...show, keySource: ['expressions'] } },
	},
	objectTypeProperty({
		displayName: 'To Object Type Name or ID',
		name: 'toObjectType',
		default: 'companies',
		displayOptions: { show },
	}),
	{
		displayName: 'To Unique Property',
		name: 'toIdProperty',
		type: 'string',
		default: SALESFORCE_ID_PROPERTY,
		description: salesforceIdPropertyHint,
		displayOptions: { show },
	},
	{
		displayName: 'To Records',
		name: 'toKeys',
		type: 'string',
		default: '={{ $json.AccountId }}',
		description:
			'The record or records to associate with: one value, a list, or values separated by commas. Empty: nothing to associate.',
		displayOptions: { show: { ...show, keySource: ['expressions'] } },
	},
	optionsCollection(show, [batchSizeOption, concurrencyOption, dryRunOption]),
];

interface Pair {
	fromId: string;
	toId: string;
}

function keysOf(value: unknown): string[] {
	const list = Array.isArray(value) ? value : String(value ?? '').split(',');
	return list.map((key) => String(key ?? '').trim()).filter((key) => key !== '');
}

/** Each item's key and the keys it is to be associated with, from expressions or from fields. */
function keysWanted(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
): Array<{ fromKey: string; toKeys: string[] }> {
	if (context.getNodeParameter('keySource', 0, 'expressions') === 'fields') {
		const fromField = context.getNodeParameter('fromKeyField', 0) as string;
		const toField = context.getNodeParameter('toKeysField', 0) as string;
		return items.map((item) => ({
			fromKey: String(get(item.json, fromField) ?? '').trim(),
			toKeys: keysOf(get(item.json, toField)),
		}));
	}
	return items.map((_, index) => ({
		fromKey: String(context.getNodeParameter('fromKey', index, '') ?? '').trim(),
		toKeys: keysOf(context.getNodeParameter('toKeys', index, '')),
	}));
}

function pairId(pair: Pair): string {
	return `${pair.fromId}>${pair.toId}`;
}

interface AssociateResponse {
	errors?: Array<HubSpotErrorBody & { context?: Record<string, string[]> }>;
}

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	const fromType = this.getNodeParameter('fromObjectType', 0) as string;
	const toType = this.getNodeParameter('toObjectType', 0) as string;
	const fromProperty = this.getNodeParameter('fromIdProperty', 0) as string;
	const toProperty = this.getNodeParameter('toIdProperty', 0) as string;
	const options = this.getNodeParameter('options', 0, {}) as {
		batchSize?: number;
		concurrency?: number;
		dryRun?: boolean;
	};
	const concurrency = options.concurrency ?? 8;
	const api = await hubSpotApi(this);
	const statsBefore = rateStatsAt(api.rate);
	const outcomes = new Outcomes();

	const wanted = keysWanted(this, items);
	const fromIds = await hubSpotIdsByKey(
		api,
		fromType,
		fromProperty,
		// A record with nothing to associate needs no look-up.
		wanted.filter((w) => w.toKeys.length > 0 && w.fromKey).map((w) => w.fromKey),
		concurrency,
		options.dryRun === true,
	);
	const toIds = await hubSpotIdsByKey(
		api,
		toType,
		toProperty,
		wanted.flatMap((w) => w.toKeys),
		concurrency,
		options.dryRun === true,
	);

	// Per item: the pairs to make, or why it cannot be made.
	const plans = wanted.map(({ fromKey, toKeys }) => {
		if (toKeys.length === 0)
			return { fromKey, toKeys, pairs: [] as Pair[], missing: [] as string[] };
		const fromId = fromKey ? fromIds.get(normaliseKey(fromProperty, fromKey)) : undefined;
		const missing = [
			...(fromId ? [] : [`${fromType} with ${fromProperty} "${fromKey}"`]),
			...toKeys
				.filter((key) => !toIds.has(normaliseKey(toProperty, key)))
				.map((key) => `${toType} with ${toProperty} "${key}"`),
		];
		const pairs = fromId
			? toKeys.flatMap((key) => {
					const toId = toIds.get(normaliseKey(toProperty, key));
					return toId ? [{ fromId, toId }] : [];
				})
			: [];
		return { fromKey, toKeys, pairs, missing };
	});

	const failedPairs = new Map<string, FailureReason>();
	if (!options.dryRun) {
		const unique = [
			...new Map(plans.flatMap((p) => p.pairs).map((pair) => [pairId(pair), pair])).values(),
		];
		const { unsent, exhausted } = await sendBatches(
			chunk(unique, options.batchSize ?? 100),
			concurrency,
			async (batch) => {
				const sent = await attempt(
					async () =>
						(await api.call(
							async (client) =>
								await rawRequest(client, {
									method: 'POST',
									path: `/crm/v4/associations/${fromType}/${toType}/batch/associate/default`,
									body: {
										inputs: batch.map((pair) => ({
											from: { id: pair.fromId },
											to: { id: pair.toId },
										})),
									},
								}),
						)) as AssociateResponse,
				);
				if (!sent.ok) {
					if (sent.error instanceof RateBudgetExhaustedError) throw sent.error;
					const reason = reasonFromError(sent.error);
					for (const pair of batch) failedPairs.set(pairId(pair), reason);
					return;
				}
				{
					for (const error of sent.value.errors ?? []) {
						const from = error.context?.fromObjectId ?? [];
						const to = error.context?.toObjectId ?? [];
						for (const pair of batch)
							if (from.includes(pair.fromId) || to.includes(pair.toId))
								failedPairs.set(pairId(pair), reasonFromStandardError(error));
					}
				}
			},
		);
		if (exhausted)
			for (const pair of unsent.flat()) failedPairs.set(pairId(pair), reasonFromError(exhausted));
		record(plans);
		if (exhausted) dailyLimitStop(this, exhausted, outcomes, items.length);
	} else record(plans);

	function record(list: typeof plans): void {
		list.forEach((plan, index) => {
			const json = {
				fromObjectType: fromType,
				toObjectType: toType,
				fromKey: plan.fromKey,
				toKeys: plan.toKeys,
			};
			const failures = plan.pairs
				.map((pair) => failedPairs.get(pairId(pair)))
				.filter((r) => r !== undefined);
			if (!plan.fromKey) {
				outcomes.fail(
					[index],
					{
						category: 'VALIDATION_ERROR',
						code: 'MISSING_KEY',
						message: 'The item names no record to associate from',
					},
					{ ...json, record: items[index].json },
				);
			} else if (plan.missing.length > 0) {
				outcomes.fail(
					[index],
					{
						category: 'OBJECT_NOT_FOUND',
						message: `Not in HubSpot: ${plan.missing.join(', ')}. Upsert those records first.`,
					},
					{ ...json, associated: plan.pairs.length - failures.length, record: items[index].json },
				);
			} else if (failures.length > 0) {
				outcomes.fail([index], failures[0], {
					...json,
					associated: plan.pairs.length - failures.length,
					record: items[index].json,
				});
			} else {
				outcomes.succeed([index], {
					...json,
					associated: plan.pairs.length,
					...(options.dryRun && { dryRun: true }),
				});
			}
		});
	}
	this.addExecutionHints(
		summaryHint(`${fromType} associated with ${toType}`, outcomes, api.rate, statsBefore),
	);
	return outcomes.toOutputs();
}
