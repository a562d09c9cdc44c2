/**
 * Records as the v3 API returns them: `{id, properties, createdAt, updatedAt, archived}` with
 * every property value a string (null for a requested property without a value), ISO 8601
 * timestamps, and the computed properties `hs_object_id`, created and modified dates.
 */
import type { HubSpotContext } from '../context';
import type { ObjectTypeDef } from '../objectTypes';
import { isoDateTime } from '../properties/values';
import type { HsRecord } from './records';

/** A property's value on a record, computed ones included; undefined when unset. */
export function valueOf(type: ObjectTypeDef, record: HsRecord, name: string): string | undefined {
	if (name === 'hs_object_id') return record.id;
	if (name === type.createdProperty) return isoDateTime(record.createdAt);
	if (name === type.modifiedProperty) return isoDateTime(record.updatedAt);
	return record.properties[name];
}

export interface RenderOptions {
	/** The properties asked for; default the type's default properties. `all`: every value set. */
	properties?: readonly string[] | 'all';
	propertiesWithHistory?: readonly string[];
}

export interface RenderedRecord {
	id: string;
	properties: Record<string, string | null>;
	propertiesWithHistory?: Record<string, Array<Record<string, unknown>>>;
	createdAt: string;
	updatedAt: string;
	archived: boolean;
	archivedAt?: string;
}

export function renderRecord(
	ctx: HubSpotContext,
	type: ObjectTypeDef,
	record: HsRecord,
	options: RenderOptions = {},
): RenderedRecord {
	const wanted = options.properties ?? type.defaultProperties;
	const properties: Record<string, string | null> = {};
	if (wanted === 'all') {
		for (const name of [type.createdProperty, 'hs_object_id', type.modifiedProperty]) {
			properties[name] = valueOf(type, record, name) ?? null;
		}
		Object.assign(properties, record.properties);
	} else {
		for (const name of wanted) {
			const value = valueOf(type, record, name);
			// Unknown names are dropped, as HubSpot does; known ones without a value are null.
			if (value !== undefined) properties[name] = value;
			else if (ctx.properties.get(type, name)) properties[name] = null;
		}
	}
	const rendered: RenderedRecord = {
		id: record.id,
		properties,
		createdAt: isoDateTime(record.createdAt),
		updatedAt: isoDateTime(record.updatedAt),
		archived: record.archived,
	};
	if (record.archivedAt !== undefined) rendered.archivedAt = isoDateTime(record.archivedAt);
	if (options.propertiesWithHistory && options.propertiesWithHistory.length > 0) {
		rendered.propertiesWithHistory = {};
		for (const name of options.propertiesWithHistory) {
			const value = valueOf(type, record, name);
			rendered.propertiesWithHistory[name] =
				value === undefined
					? []
					: [
							{
								value,
								timestamp: isoDateTime(record.updatedAt),
								sourceType: 'API',
								sourceId: 'fake-hubspot',
							},
						];
		}
	}
	return rendered;
}

/** Batch envelope timestamps: `{status: "COMPLETE", results, requestedAt?, startedAt, completedAt}`. */
export function batchEnvelope(
	ctx: HubSpotContext,
	startedAt: number,
	results: unknown[],
	errors: unknown[] = [],
): Record<string, unknown> {
	const ordered = ctx.settings.shuffleBatchResults ? shuffled(ctx, results) : results;
	return {
		status: 'COMPLETE',
		results: ordered,
		...(errors.length > 0 && { numErrors: errors.length, errors }),
		startedAt: isoDateTime(startedAt),
		completedAt: isoDateTime(ctx.clock.now()),
	};
}

/** Fisher-Yates with the fake's seeded random. */
function shuffled<T>(ctx: HubSpotContext, items: T[]): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = ctx.random.int(0, i + 1);
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy;
}
