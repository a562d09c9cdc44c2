import { chunk } from 'lodash';
import { mapConcurrently } from '../../shared/batching';
import type { HubSpotApi } from '../transport/client';
import { normaliseKey } from './upsertBatch';

const READ_BATCH = 100;

/**
 * HubSpot record ids for key values of a unique property (a Salesforce Id, an email), read in
 * batches of 100. Keys with no live record are absent from the map. Map keys are normalised as
 * HubSpot compares them (`normaliseKey`).
 */
export async function hubSpotIdsByKey(
	api: HubSpotApi,
	objectType: string,
	idProperty: string,
	keys: Iterable<string>,
	concurrency: number,
): Promise<Map<string, string>> {
	const unique = [...new Set([...keys].map((key) => normaliseKey(idProperty, key)))];
	const found = new Map<string, string>();
	if (idProperty === 'hs_object_id') {
		// Record ids name themselves; whether they exist is HubSpot's to say when they are used.
		for (const key of unique) found.set(key, key);
		return found;
	}
	await mapConcurrently(chunk(unique, READ_BATCH), concurrency, async (batch) => {
		const page = (await api.call(
			async (client) =>
				await client.crm.objects.batchApi.readWithHttpInfo(objectType, {
					inputs: batch.map((id) => ({ id })),
					idProperty,
					properties: [idProperty],
					propertiesWithHistory: [],
				}),
		)) as { results?: Array<{ id: string; properties?: Record<string, string | null> }> };
		for (const record of page.results ?? []) {
			const key = record.properties?.[idProperty];
			if (typeof key === 'string') found.set(normaliseKey(idProperty, key), record.id);
		}
	});
	return found;
}
