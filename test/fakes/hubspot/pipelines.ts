/**
 * Pipelines (crm-apis.md 2.7): `GET /crm/v3/pipelines/{objectType}` and its pipeline and stage
 * sub-resources. Seeded with HubSpot's default deal pipeline (`default`, stages
 * appointmentscheduled ... closedlost) and default ticket pipeline (`0`, stages 1-4); a test
 * replaces them with `setPipelines`. Their ids are the options of `pipeline` / `dealstage` and
 * `hs_pipeline` / `hs_pipeline_stage`.
 */
import type { FakeServer } from '../common';
import { HubSpotError, validationError } from './errors';
import { addRoute, json } from './http';
import type { ObjectTypeDef, ObjectTypeRegistry } from './objectTypes';

export interface PipelineStageInput {
	id: string;
	label: string;
	displayOrder?: number;
	/** Deal stages carry `probability` and `isClosed`, ticket stages `ticketState`; values are strings. */
	metadata?: Record<string, string>;
	archived?: boolean;
}

export interface PipelineInput {
	id: string;
	label: string;
	displayOrder?: number;
	stages: PipelineStageInput[];
	archived?: boolean;
}

export interface PipelineStage {
	id: string;
	label: string;
	displayOrder: number;
	metadata: Record<string, string>;
	archived: boolean;
	writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT';
	createdAt: string;
	updatedAt: string;
}

export interface Pipeline {
	id: string;
	label: string;
	displayOrder: number;
	archived: boolean;
	createdAt: string;
	updatedAt: string;
	stages: PipelineStage[];
}

/** Default pipelines have `createdAt = 0` (crm-apis.md 2.7). */
const EPOCH = new Date(0).toISOString();

export const DEFAULT_DEAL_PIPELINES: PipelineInput[] = [
	{
		id: 'default',
		label: 'Sales Pipeline',
		stages: [
			['appointmentscheduled', 'Appointment Scheduled', '0.2'],
			['qualifiedtobuy', 'Qualified To Buy', '0.4'],
			['presentationscheduled', 'Presentation Scheduled', '0.6'],
			['decisionmakerboughtin', 'Decision Maker Bought-In', '0.8'],
			['contractsent', 'Contract Sent', '0.9'],
			['closedwon', 'Closed Won', '1.0'],
			['closedlost', 'Closed Lost', '0.0'],
		].map(([id, label, probability]) => ({
			id,
			label,
			metadata: { isClosed: String(id.startsWith('closed')), probability },
		})),
	},
];

export const DEFAULT_TICKET_PIPELINES: PipelineInput[] = [
	{
		id: '0',
		label: 'Support Pipeline',
		stages: [
			['1', 'New', 'OPEN'],
			['2', 'Waiting on contact', 'OPEN'],
			['3', 'Waiting on us', 'OPEN'],
			['4', 'Closed', 'CLOSED'],
		].map(([id, label, ticketState]) => ({ id, label, metadata: { ticketState } })),
	},
];

export class PipelineStore {
	private readonly byType = new Map<string, Pipeline[]>();

	constructor(private readonly now: () => number) {
		this.set('0-3', DEFAULT_DEAL_PIPELINES, true);
		this.set('0-5', DEFAULT_TICKET_PIPELINES, true);
	}

	/** Replaces a type's pipelines (`isDefault` stamps them with createdAt 0 as HubSpot does). */
	set(objectTypeId: string, pipelines: PipelineInput[], isDefault = false): Pipeline[] {
		const at = isDefault ? EPOCH : new Date(this.now()).toISOString();
		const built = pipelines.map((pipeline, index) => ({
			id: pipeline.id,
			label: pipeline.label,
			displayOrder: pipeline.displayOrder ?? index,
			archived: pipeline.archived ?? false,
			createdAt: at,
			updatedAt: at,
			stages: pipeline.stages.map((stage, stageIndex) => ({
				id: stage.id,
				label: stage.label,
				displayOrder: stage.displayOrder ?? stageIndex,
				metadata: { ...stage.metadata },
				archived: stage.archived ?? false,
				writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT' as const,
				createdAt: at,
				updatedAt: at,
			})),
		}));
		this.byType.set(objectTypeId, built);
		return built;
	}

	supports(objectTypeId: string): boolean {
		return this.byType.has(objectTypeId);
	}

	/** Live pipelines of a type (archived ones too when asked). */
	list(objectTypeId: string, archived = false): Pipeline[] {
		return (this.byType.get(objectTypeId) ?? []).filter((p) => archived || !p.archived);
	}

	get(objectTypeId: string, pipelineId: string): Pipeline | undefined {
		return this.byType.get(objectTypeId)?.find((p) => p.id === pipelineId);
	}

	/** Every live stage of every live pipeline of the type, for the stage property's options. */
	stages(objectTypeId: string): Array<{ pipeline: Pipeline; stage: PipelineStage }> {
		return this.list(objectTypeId).flatMap((pipeline) =>
			pipeline.stages.filter((s) => !s.archived).map((stage) => ({ pipeline, stage })),
		);
	}

	register(server: FakeServer, types: ObjectTypeRegistry): void {
		const typeOf = (segment: string): ObjectTypeDef => {
			const type = types.resolve(segment);
			if (!this.supports(type.objectTypeId)) {
				throw validationError(`Pipelines are not supported for object type ${type.errorName}`);
			}
			return type;
		};
		const pipelineOf = (segment: string, pipelineId: string): Pipeline => {
			const pipeline = this.get(typeOf(segment).objectTypeId, pipelineId);
			if (!pipeline) {
				throw new HubSpotError(
					404,
					'OBJECT_NOT_FOUND',
					`Unable to find pipeline with id ${pipelineId}`,
				);
			}
			return pipeline;
		};
		const scopes = () => ['crm.objects.deals.read', 'tickets', 'crm.schemas.deals.read'];
		addRoute(
			server,
			'GET',
			'/crm/v3/pipelines/:objectType',
			(req) => json(200, { results: this.list(typeOf(req.params.objectType).objectTypeId) }),
			{ scopes },
		);
		addRoute(
			server,
			'GET',
			'/crm/v3/pipelines/:objectType/:pipelineId',
			(req) => json(200, pipelineOf(req.params.objectType, req.params.pipelineId)),
			{ scopes },
		);
		addRoute(
			server,
			'GET',
			'/crm/v3/pipelines/:objectType/:pipelineId/stages',
			(req) =>
				json(200, { results: pipelineOf(req.params.objectType, req.params.pipelineId).stages }),
			{ scopes },
		);
		addRoute(
			server,
			'GET',
			'/crm/v3/pipelines/:objectType/:pipelineId/stages/:stageId',
			(req) => {
				const pipeline = pipelineOf(req.params.objectType, req.params.pipelineId);
				const stage = pipeline.stages.find((s) => s.id === req.params.stageId);
				if (!stage) {
					throw new HubSpotError(
						404,
						'OBJECT_NOT_FOUND',
						`Unable to find stage ${req.params.stageId} in pipeline ${pipeline.id}`,
					);
				}
				return json(200, stage);
			},
			{ scopes },
		);
	}
}
