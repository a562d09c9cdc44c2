/**
 * One record write, planned then applied: value validation (properties/validate.ts), required
 * properties on create, pipeline / stage consistency, and unique values (contact email and
 * `hasUniqueValue` properties) against the store and against earlier inputs of the same batch.
 * Batch endpoints plan every input first when a failure must refuse the whole batch, or plan and
 * apply input by input for 207 partial success.
 */
import type { HubSpotContext } from '../context';
import {
	HubSpotError,
	invalidPropertiesError,
	validationError,
	type PropertyValidationResult,
} from '../errors';
import type { ObjectTypeDef } from '../objectTypes';
import { PIPELINE_PROPERTIES } from '../properties/standard';
import { validateValues } from '../properties/validate';
import { parseTimestamp } from '../properties/values';
import type { HsRecord, ObjectStore } from './records';

export type WritePlan =
	| { ok: true; kind: 'create'; values: Record<string, string> }
	| { ok: true; kind: 'update'; record: HsRecord; values: Record<string, string> }
	| { ok: false; error: HubSpotError };

export interface Applied {
	record: HsRecord;
	created: boolean;
}

export class WritePlanner {
	private readonly store: ObjectStore;
	/** Unique values claimed by planned, not yet applied, inputs of this batch. */
	private readonly claims = new Map<string, Set<string>>();

	constructor(
		private readonly ctx: HubSpotContext,
		private readonly type: ObjectTypeDef,
	) {
		this.store = ctx.store(type);
	}

	/** Plans a create (no record) or an update of `record` with the input's property values. */
	plan(record: HsRecord | undefined, input: unknown): WritePlan {
		if (input === null || typeof input !== 'object' || Array.isArray(input)) {
			return {
				ok: false,
				error: validationError('Invalid input JSON: "properties" must be an object'),
			};
		}
		const { values, invalid } = validateValues(
			this.ctx,
			this.type,
			input as Record<string, unknown>,
		);
		if (!record) {
			this.applyDefaults(values);
			for (const name of this.type.requiredProperties) {
				if (!values[name]) invalid.push(this.required(name));
			}
		}
		this.checkPipelineStage(record, values, invalid);
		if (invalid.length > 0) return { ok: false, error: invalidPropertiesError(invalid) };
		const conflict = this.uniqueConflict(record, values);
		if (conflict) return { ok: false, error: conflict };
		for (const name of this.store.uniqueNames()) {
			if (values[name]) this.claim(name).add(this.store.normalise(name, values[name]));
		}
		return record
			? { ok: true, kind: 'update', record, values }
			: { ok: true, kind: 'create', values };
	}

	apply(plan: WritePlan & { ok: true }): Applied {
		const now = this.ctx.clock.now();
		for (const name of this.store.uniqueNames()) {
			if (plan.values[name]) this.claim(name).delete(this.store.normalise(name, plan.values[name]));
		}
		if (plan.kind === 'create') {
			const { properties, createdAt } = this.split(plan.values, {}, now);
			const record: HsRecord = {
				id: this.ctx.nextId(),
				properties,
				createdAt,
				updatedAt: now,
				archived: false,
				archivedAt: undefined,
			};
			return { record: this.store.insert(record), created: true };
		}
		const current = plan.record;
		const { properties, createdAt, changed } = this.split(
			plan.values,
			current.properties,
			current.createdAt,
		);
		if (!changed && createdAt === current.createdAt) return { record: current, created: false };
		const next: HsRecord = {
			id: current.id,
			properties,
			createdAt,
			updatedAt: now,
			archived: false,
			archivedAt: undefined,
		};
		return { record: this.store.replace(current, next, now), created: false };
	}

	/** Merges values into existing properties ('' clears); the created-date property sets createdAt. */
	private split(
		values: Record<string, string>,
		existing: Readonly<Record<string, string>>,
		createdAt: number,
	): { properties: Record<string, string>; createdAt: number; changed: boolean } {
		const properties: Record<string, string> = { ...existing };
		let changed = false;
		for (const name of Object.keys(values)) {
			const value = values[name];
			if (name === this.type.createdProperty) {
				createdAt = value === '' ? createdAt : (parseTimestamp(value) ?? createdAt);
				continue;
			}
			if (value === '') {
				if (name in properties) {
					delete properties[name];
					changed = true;
				}
			} else if (properties[name] !== value) {
				properties[name] = value;
				changed = true;
			}
		}
		return { properties, createdAt, changed };
	}

	/** Tickets and deals land in the first pipeline when none is given, as in HubSpot. */
	private applyDefaults(values: Record<string, string>): void {
		const pipelineProps = PIPELINE_PROPERTIES[this.type.objectTypeId];
		if (!pipelineProps || values[pipelineProps.pipeline]) return;
		const first = this.ctx.pipelines.list(this.type.objectTypeId)[0];
		if (first) values[pipelineProps.pipeline] = first.id;
	}

	/** A stage must belong to the record's pipeline. */
	private checkPipelineStage(
		record: HsRecord | undefined,
		values: Record<string, string>,
		invalid: PropertyValidationResult[],
	): void {
		const pipelineProps = PIPELINE_PROPERTIES[this.type.objectTypeId];
		if (!pipelineProps) return;
		const stage = values[pipelineProps.stage];
		const pipelineId = values[pipelineProps.pipeline] ?? record?.properties[pipelineProps.pipeline];
		if (!stage || !pipelineId) return;
		const pipeline = this.ctx.pipelines.get(this.type.objectTypeId, pipelineId);
		if (!pipeline || pipeline.stages.some((s) => s.id === stage)) return;
		const message = `${stage} was not one of the allowed options: [${pipeline.stages.map((s) => s.id).join(', ')}]`;
		invalid.push({
			isValid: false,
			message,
			error: 'INVALID_OPTION',
			name: pipelineProps.stage,
			localizedErrorMessage: message,
			portalId: this.ctx.settings.portalId,
		});
	}

	private uniqueConflict(
		record: HsRecord | undefined,
		values: Record<string, string>,
	): HubSpotError | undefined {
		for (const name of this.store.uniqueNames()) {
			const value = values[name];
			if (!value) continue;
			const owner = this.store.ownerOf(name, value);
			if (owner !== undefined && owner !== record?.id) {
				return new HubSpotError(
					409,
					'CONFLICT',
					`${this.type.labels.singular} already exists. Existing ID: ${owner}`,
					{
						context: { propertyName: [name] },
					},
				);
			}
			if (this.claim(name).has(this.store.normalise(name, value))) {
				return validationError(
					`Duplicate value for unique property ${name} in batch input: ${value}`,
					{
						context: { propertyName: [name] },
					},
				);
			}
		}
		return undefined;
	}

	private claim(name: string): Set<string> {
		let set = this.claims.get(name);
		if (!set) this.claims.set(name, (set = new Set()));
		return set;
	}

	private required(name: string): PropertyValidationResult {
		const message = `${name} is required`;
		return {
			isValid: false,
			message,
			error: 'REQUIRED_PROPERTY',
			name,
			localizedErrorMessage: message,
			portalId: this.ctx.settings.portalId,
		};
	}
}

/**
 * Checks that `idProperty` may key an upsert / update / read: contact `email` or a live property
 * with `hasUniqueValue`. HubSpot answers anything else with 400
 * `Unable to perform update/upsert by non-unique 0-1 property <name> in portal ID <portal>`.
 */
export function checkIdProperty(
	ctx: HubSpotContext,
	type: ObjectTypeDef,
	name: string,
	operation: 'upsert' | 'batchUpdate' | 'read' | 'update',
): void {
	const store = ctx.store(type);
	const isContactEmail = type.objectTypeId === '0-1' && name === 'email';
	const usable =
		store.isUnique(name) &&
		(isContactEmail || ctx.properties.get(type, name)?.hasUniqueValue === true) &&
		!(isContactEmail && operation === 'batchUpdate' && !ctx.settings.allowBatchUpdateByEmail);
	if (!usable) {
		throw validationError(
			`Unable to perform update/upsert by non-unique ${type.objectTypeId} property ${name} in portal ID ${ctx.settings.portalId}`,
			{ context: { idProperty: [name] } },
		);
	}
}
