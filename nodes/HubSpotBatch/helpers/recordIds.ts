import { chunk } from 'lodash';
import { attempt } from '../../shared/attempt';
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
	/** A dry run before the key property exists: nothing can be found, which is not an error. */
	missingPropertyIsEmpty = false,
): Promise<Map<string, string>> {
	const unique = [...new Set([...keys].map((key) => normaliseKey(idProperty, key)))];
	const found = new Map<string, string>();
	if (idProperty === 'hs_object_id') {
		// Record ids name themselves; whether they exist is HubSpot's to say when they are used.
		for (const key of unique) found.set(key, key);
		return found;
	}
	await mapConcurrently(chunk(unique, READ_BATCH), concurrency, async (batch) => {
		const read = await attempt(
			async () =>
				(await api.call(
					async (client) =>
						await client.crm.objects.batchApi.readWithHttpInfo(objectType, {
							inputs: batch.map((id) => ({ id })),
							idProperty,
							properties: [idProperty],
							propertiesWithHistory: [],
						}),
				)) as { results?: Array<{ id: string; properties?: Record<string, string | null> }> },
		);
		if (!read.ok) {
			if (!isNotUniqueProperty(read.error)) throw read.error;
			if (missingPropertyIsEmpty) return;
			throw new KeyPropertyError(objectType, idProperty);
		}
		const page = read.value;
		for (const record of page.results ?? []) {
			const key = record.properties?.[idProperty];
			if (typeof key === 'string') found.set(normaliseKey(idProperty, key), record.id);
		}
	});
	return found;
}

function isNotUniqueProperty(error: unknown): boolean {
	const failure = error as { code?: number; body?: { message?: string } };
	return failure?.code === 400 && /non-unique/i.test(failure.body?.message ?? '');
}

/** The property records are matched on does not exist, or does not require unique values. */
export class KeyPropertyError extends Error {
	readonly code = 400;

	readonly body: { category: string; message: string };

	constructor(objectType: string, idProperty: string) {
		const message = `"${idProperty}" is not a unique property of HubSpot ${objectType}. Create it with HubSpot Batch → Property → Ensure (or run the migration once without Dry Run), then try again`;
		super(message);
		this.body = { category: 'VALIDATION_ERROR', message };
	}
}
