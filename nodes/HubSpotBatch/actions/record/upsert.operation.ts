import { chunk } from 'lodash';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { attempt } from '../../../shared/attempt';
import { HubSpotValueError } from '../../../shared/convert/hubspotValues';
import {
	deduplicateByKey,
	sendBatches,
	type DuplicateKeys,
	type Keyed,
} from '../../../shared/batching';
import { Outcomes } from '../../../shared/outcomes';
import { executionLookups } from '../../helpers/lookups';
import { SALESFORCE_ID_PROPERTY } from '../../helpers/objectTypes';
import { hubSpotIdsByKey } from '../../helpers/recordIds';
import { RecordPreparer, type PrepareSettings } from '../../helpers/recordProperties';
import {
	failedRecordJson,
	normaliseKey,
	upsertBatch,
	type UpsertInput,
} from '../../helpers/upsertBatch';
import { hubSpotApi } from '../../transport/client';
import { reasonFromError } from '../../transport/errors';
import { dailyLimitStop, rateStatsAt, summaryHint } from '../runSummary';
import { upsertDescription } from './upsert.description';

export const description = upsertDescription;

interface UpsertOptions {
	batchSize?: number;
	concurrency?: number;
	defaultPipeline?: string;
	dryRun?: boolean;
	duplicateKeys?: DuplicateKeys;
	emptyValues?: PrepareSettings['emptyValues'];
	unknownProperties?: PrepareSettings['unknownProperties'];
}

function mappedValues(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
	index: number,
): IDataObject {
	const mode = context.getNodeParameter('columns.mappingMode', 0) as string;
	if (mode === 'autoMapInputData') return items[index].json;
	return context.getNodeParameter('columns.value', index, {}) as IDataObject;
}

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	const objectType = this.getNodeParameter('objectType', 0) as string;
	const options = this.getNodeParameter('options', 0, {}) as UpsertOptions;
	const matching = this.getNodeParameter('columns.matchingColumns', 0, []) as string[];
	const idProperty = matching[0] || SALESFORCE_ID_PROPERTY;
	const api = await hubSpotApi(this);
	const statsBefore = rateStatsAt(api.rate);
	const preparer = await RecordPreparer.create(
		{
			objectType,
			idProperty,
			emptyValues: options.emptyValues ?? 'clear',
			unknownProperties: options.unknownProperties ?? 'fail',
			defaultPipeline: options.defaultPipeline || undefined,
		},
		executionLookups(this, api),
	);
	const outcomes = new Outcomes();
	const failedJson = (key: string | undefined, index: number) =>
		failedRecordJson(objectType, idProperty, key, items[index].json);

	const entries: Array<Keyed<UpsertInput>> = [];
	for (let index = 0; index < items.length; index++) {
		const prepared = await attempt(
			async () => await preparer.prepare(mappedValues(this, items, index)),
		);
		if (prepared.ok) {
			entries.push({ key: prepared.value.key, value: prepared.value, itemIndexes: [index] });
		} else {
			const error = prepared.error;
			if (!(error instanceof HubSpotValueError)) throw error;
			outcomes.fail(
				[index],
				{
					category: 'VALIDATION_ERROR',
					code: error.code,
					property: error.property,
					message: error.message,
				},
				failedJson(undefined, index),
			);
		}
	}

	const { entries: records, duplicates } = deduplicateByKey(
		entries,
		options.duplicateKeys ?? 'merge',
		(earlier, later) => ({
			key: earlier.key,
			properties: { ...earlier.properties, ...later.properties },
		}),
		(key) => normaliseKey(idProperty, key),
	);
	for (const duplicate of duplicates) {
		outcomes.fail(
			duplicate.itemIndexes,
			{
				category: 'DUPLICATE_KEY',
				property: idProperty,
				message: `Another item in this run has ${idProperty} "${duplicate.key}"; only the first was written`,
			},
			failedJson(duplicate.key, duplicate.itemIndexes[0]),
		);
	}

	const concurrency = options.concurrency ?? 8;
	if (options.dryRun) {
		const existing = await hubSpotIdsByKey(
			api,
			objectType,
			idProperty,
			records.map((r) => r.key),
			concurrency,
			true,
		);
		for (const record of records) {
			const hubspotId = existing.get(normaliseKey(idProperty, record.key));
			outcomes.succeed(record.itemIndexes, {
				objectType,
				idProperty,
				key: record.key,
				dryRun: true,
				action: hubspotId ? 'update' : 'create',
				hubspotId: hubspotId ?? null,
				properties: record.value.properties,
			});
		}
		return outcomes.toOutputs();
	}

	const { unsent, exhausted } = await sendBatches(
		chunk(records, options.batchSize ?? 100),
		concurrency,
		async (batch) => {
			const results = await upsertBatch(
				api,
				objectType,
				idProperty,
				batch.map((record) => record.value),
			);
			results.forEach((result, position) => {
				const record = batch[position];
				if (result.ok) {
					outcomes.succeed(record.itemIndexes, {
						objectType,
						idProperty,
						key: record.key,
						hubspotId: result.hubspotId,
						created: result.created,
					});
				} else {
					outcomes.fail(
						record.itemIndexes,
						result.reason,
						failedJson(record.key, record.itemIndexes[0]),
					);
				}
			});
		},
	);
	if (exhausted) {
		for (const record of unsent.flat()) {
			outcomes.fail(
				record.itemIndexes,
				reasonFromError(exhausted),
				failedJson(record.key, record.itemIndexes[0]),
			);
		}
		dailyLimitStop(this, exhausted, outcomes, items.length);
	}
	this.addExecutionHints(summaryHint(`${objectType} upserted`, outcomes, api.rate, statsBefore));
	return outcomes.toOutputs();
}
