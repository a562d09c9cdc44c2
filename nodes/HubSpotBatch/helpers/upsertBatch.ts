import type { IDataObject } from 'n8n-workflow';
import { attempt } from '../../shared/attempt';
import type { FailureReason } from '../../shared/outcomes';
import { RateBudgetExhaustedError } from '../../shared/rateControl';
import type { HubSpotApi } from '../transport/client';
import {
	isRecordLevelRefusal,
	reasonFromError,
	reasonFromStandardError,
	type HubSpotErrorBody,
} from '../transport/errors';

export interface UpsertInput {
	key: string;
	properties: Record<string, string>;
}

export type UpsertResult =
	| { ok: true; hubspotId: string; created: boolean }
	| { ok: false; reason: FailureReason };

interface UpsertResponse {
	results?: Array<{
		id: string;
		new?: boolean;
		_new?: boolean;
		properties?: Record<string, string | null>;
		objectWriteTraceId?: string;
	}>;
	errors?: Array<HubSpotErrorBody & { context?: Record<string, string[]> }>;
}

/** How HubSpot compares key values: emails without regard to case. */
export function normaliseKey(idProperty: string, key: string): string {
	return idProperty === 'email' ? key.trim().toLowerCase() : key;
}

/**
 * Sends one batch upsert and tells, for each input in order, whether it landed. A 207 is read
 * record by record; a batch HubSpot refuses whole for one record's sake is split in halves until
 * the records at fault stand alone, so the others still land.
 */
export async function upsertBatch(
	api: HubSpotApi,
	objectType: string,
	idProperty: string,
	inputs: UpsertInput[],
): Promise<UpsertResult[]> {
	const sent = await attempt(
		async () =>
			(await api.call(
				async (client) =>
					await client.crm.objects.batchApi.upsertWithHttpInfo(objectType, {
						inputs: inputs.map((input, index) => ({
							id: input.key,
							idProperty,
							properties: input.properties,
							objectWriteTraceId: String(index),
						})),
					}),
			)) as UpsertResponse,
	);
	if (!sent.ok) {
		const error = sent.error;
		if (error instanceof RateBudgetExhaustedError) throw error;
		if (inputs.length > 1 && isRecordLevelRefusal(error)) {
			const half = Math.ceil(inputs.length / 2);
			return [
				...(await upsertBatch(api, objectType, idProperty, inputs.slice(0, half))),
				...(await upsertBatch(api, objectType, idProperty, inputs.slice(half))),
			];
		}
		const reason = reasonFromError(error);
		return inputs.map(() => ({ ok: false, reason }));
	}
	return matchResults(idProperty, inputs, sent.value);
}

function matchResults(
	idProperty: string,
	inputs: UpsertInput[],
	response: UpsertResponse,
): UpsertResult[] {
	const results: Array<UpsertResult | undefined> = new Array(inputs.length);
	const indexByKey = new Map(
		inputs.map((input, index) => [normaliseKey(idProperty, input.key), index]),
	);
	const indexOf = (traceId: string | undefined, keys: Array<string | null | undefined>) => {
		if (traceId !== undefined && inputs[Number(traceId)] !== undefined) return Number(traceId);
		for (const key of keys) {
			if (typeof key !== 'string') continue;
			const index = indexByKey.get(normaliseKey(idProperty, key));
			if (index !== undefined) return index;
		}
		return undefined;
	};
	for (const result of response.results ?? []) {
		const index = indexOf(result.objectWriteTraceId, [result.properties?.[idProperty]]);
		if (index !== undefined)
			results[index] = {
				ok: true,
				hubspotId: result.id,
				created: (result._new ?? result.new) === true,
			};
	}
	for (const error of response.errors ?? []) {
		const reason = reasonFromStandardError(error);
		const traceId = error.context?.objectWriteTraceId?.[0];
		const index = indexOf(traceId, error.context?.ids ?? []);
		if (index !== undefined) results[index] = { ok: false, reason };
	}
	// Nothing is taken as landed without HubSpot saying so.
	return results.map(
		(result) =>
			result ?? {
				ok: false,
				reason: {
					category: 'UNCONFIRMED',
					message:
						'HubSpot answered the batch without a result for this record; run it again to make sure it landed',
				},
			},
	);
}

/** The failed record as the error output shows it. */
export function failedRecordJson(
	objectType: string,
	idProperty: string,
	key: string | undefined,
	record: IDataObject,
): IDataObject {
	return { objectType, idProperty, key: key ?? null, record };
}
