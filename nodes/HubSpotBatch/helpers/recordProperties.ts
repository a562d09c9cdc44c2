import type { IDataObject } from 'n8n-workflow';
import {
	HubSpotValueError,
	hubSpotValue,
	isReadOnly,
	type HubSpotPropertyDefinition,
} from '../../shared/convert/hubspotValues';
import type { ExecutionLookups, Pipeline } from './lookups';
import { OWNER_PROPERTY, PIPELINE_PROPERTIES } from './objectTypes';

export interface PrepareSettings {
	objectType: string;
	idProperty: string;
	/** `clear`: an empty value clears the property in HubSpot; `skip`: it is not sent. */
	emptyValues: 'clear' | 'skip';
	/** `fail`: a field HubSpot has no property for fails the record; `ignore`: it is left out. */
	unknownProperties: 'fail' | 'ignore';
	/** Pipeline (id or label) for records that name none. */
	defaultPipeline?: string;
}

export interface PreparedRecord {
	key: string;
	properties: Record<string, string>;
}

function isEmpty(value: unknown): boolean {
	return value === null || value === undefined || value === '';
}

function findPipeline(pipelines: Pipeline[], wanted: string): Pipeline | undefined {
	const label = wanted.trim().toLowerCase();
	return (
		pipelines.find((pipeline) => pipeline.id === wanted) ??
		pipelines.find((pipeline) => pipeline.label.trim().toLowerCase() === label)
	);
}

/**
 * Turns one item's mapped values into the properties of an upsert input: the key taken out,
 * owners given by email and pipelines and stages given by label turned into HubSpot's ids, and
 * every value checked and formatted against its property's definition.
 */
export class RecordPreparer {
	private constructor(
		private readonly settings: PrepareSettings,
		private readonly definitions: Map<string, HubSpotPropertyDefinition>,
		private readonly lookups: ExecutionLookups,
	) {}

	static async create(
		settings: PrepareSettings,
		lookups: ExecutionLookups,
	): Promise<RecordPreparer> {
		const definitions = await lookups.properties(settings.objectType);
		return new RecordPreparer(
			settings,
			new Map(definitions.map((definition) => [definition.name, definition])),
			lookups,
		);
	}

	knows(property: string): boolean {
		return this.definitions.has(property);
	}

	async prepare(values: IDataObject): Promise<PreparedRecord> {
		const { idProperty, objectType, emptyValues, unknownProperties } = this.settings;
		const keyValue = values[idProperty];
		if (isEmpty(keyValue) || typeof keyValue === 'object') {
			throw new HubSpotValueError(
				'MISSING_KEY',
				idProperty,
				`The record has no value for "${idProperty}", the property records are matched on`,
			);
		}
		const resolved = await this.resolveReferences(values);
		const properties: Record<string, string> = {};
		for (const [name, value] of Object.entries(resolved)) {
			if (name === idProperty) continue;
			if (isEmpty(value) && emptyValues === 'skip') continue;
			const definition = this.definitions.get(name);
			if (!definition) {
				if (unknownProperties === 'ignore') continue;
				throw new HubSpotValueError(
					'PROPERTY_DOESNT_EXIST',
					name,
					`HubSpot ${objectType} have no property "${name}". Create it (HubSpot Batch → Property → Ensure), or leave the field out of the mapping`,
				);
			}
			if (isReadOnly(definition)) {
				if (isEmpty(value)) continue;
				throw new HubSpotValueError('READ_ONLY_VALUE', name, `"${name}" is a read-only property`);
			}
			properties[name] = hubSpotValue(definition, value, objectType);
		}
		return { key: String(keyValue).trim(), properties };
	}

	private async resolveReferences(values: IDataObject): Promise<IDataObject> {
		let resolved = values;
		const owner = values[OWNER_PROPERTY];
		if (typeof owner === 'string' && owner.includes('@')) {
			resolved = { ...resolved, [OWNER_PROPERTY]: await this.ownerId(owner) };
		}
		const names = PIPELINE_PROPERTIES[this.settings.objectType];
		if (names && (!isEmpty(values[names.stage]) || !isEmpty(values[names.pipeline]))) {
			resolved = { ...resolved, ...(await this.pipelineAndStage(values, names)) };
		}
		return resolved;
	}

	private async ownerId(email: string): Promise<string> {
		const wanted = email.trim().toLowerCase();
		const owners = await this.lookups.owners();
		const owner = owners.find((o) => !o.archived && o.email?.toLowerCase() === wanted);
		if (!owner) {
			throw new HubSpotValueError(
				'INVALID_OWNER_ID',
				OWNER_PROPERTY,
				`No HubSpot owner has the email ${email}. Invite the user to HubSpot, or map the owner to another user`,
			);
		}
		return owner.id;
	}

	private async pipelineAndStage(
		values: IDataObject,
		names: { pipeline: string; stage: string },
	): Promise<IDataObject> {
		const pipelines = await this.lookups.pipelines(this.settings.objectType);
		const wantedPipeline = String(
			isEmpty(values[names.pipeline])
				? (this.settings.defaultPipeline ?? pipelines[0]?.id ?? '')
				: values[names.pipeline],
		);
		const pipeline = findPipeline(pipelines, wantedPipeline);
		if (!pipeline) {
			throw new HubSpotValueError(
				'INVALID_OPTION',
				names.pipeline,
				`"${wantedPipeline}" is not a ${this.settings.objectType} pipeline. Pipelines: ${pipelines.map((p) => p.label).join(', ')}`,
			);
		}
		const result: IDataObject = { [names.pipeline]: pipeline.id };
		const stageValue = values[names.stage];
		if (!isEmpty(stageValue)) {
			const wanted = String(stageValue).trim();
			const label = wanted.toLowerCase();
			const stage =
				pipeline.stages.find((s) => s.id === wanted) ??
				pipeline.stages.find((s) => s.label.trim().toLowerCase() === label);
			if (!stage) {
				throw new HubSpotValueError(
					'INVALID_OPTION',
					names.stage,
					`"${wanted}" is not a stage of the pipeline "${pipeline.label}". Stages: ${pipeline.stages.map((s) => s.label).join(', ')}`,
				);
			}
			result[names.stage] = stage.id;
		}
		return result;
	}
}
