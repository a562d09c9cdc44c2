/**
 * Associations v4 (crm-apis.md 2.6): batch create / associate default / read / archive /
 * labels archive, labels, and the per-record PUT / DELETE / GET. Every input is checked on its
 * own: a missing record or a type id that is not valid between the two object types becomes an
 * entry of a 207's `errors[]` (a single-record call answers 400).
 */
import type { FakeRequest } from '../../common';
import type { HubSpotContext } from '../context';
import {
	HubSpotError,
	standardError,
	tooManyInputs,
	validationError,
	type StandardError,
} from '../errors';
import { addRoute, batchInputs, json, jsonBody, noContent, queryLimit, queryString } from '../http';
import { batchEnvelope } from '../objects/present';
import { objectScope, type ObjectTypeDef } from '../objectTypes';
import type { AssociationDefinition } from './definitions';

const MAX_READ_INPUTS = 1000;

export function registerAssociationRoutes(ctx: HubSpotContext): void {
	const { server } = ctx;
	const defs = ctx.associations.definitions;
	const base = '/crm/v4/associations/:from/:to';
	const pairOf = (req: FakeRequest) => ({
		from: ctx.types.resolve(req.params.from),
		to: ctx.types.resolve(req.params.to),
	});
	const write = (req: FakeRequest) => [objectScope(ctx.types.resolve(req.params.from), 'write')];
	const read = (req: FakeRequest) => [objectScope(ctx.types.resolve(req.params.from), 'read')];
	const id = (value: string | number) =>
		ctx.settings.associationIdsAsNumbers ? Number(value) : String(value);

	/** Why an association between two records can't be made, or undefined. */
	const missing = (
		from: ObjectTypeDef,
		fromId: string,
		to: ObjectTypeDef,
		toId: string,
	): StandardError | undefined => {
		for (const [type, recordId, side] of [
			[from, fromId, 'fromObjectId'],
			[to, toId, 'toObjectId'],
		] as const) {
			const record = ctx.store(type).get(recordId);
			if (!record || record.archived) {
				return standardError('VALIDATION_ERROR', `${type.errorName} ${recordId} does not exist`, {
					subCategory: 'crm.associations.INVALID_OBJECT_IDS',
					context: { [side]: [recordId] },
				});
			}
		}
		return undefined;
	};
	const limit = (count: number, max: number) => {
		if (count > max) throw tooManyInputs(max);
	};
	const objectId = (value: unknown): string => {
		const ref = (value ?? {}) as { id?: unknown };
		if (ref.id === undefined || ref.id === null || ref.id === '') {
			throw validationError('Invalid input JSON: every input needs from.id and to.id');
		}
		return String(ref.id);
	};
	const labelsOf = (definitions: AssociationDefinition[]) =>
		definitions.map((d) => d.label).filter((l): l is string => l !== null);

	addRoute(
		server,
		'POST',
		`${base}/batch/create`,
		(req) => {
			const { from, to } = pairOf(req);
			const inputs = batchInputs(req);
			limit(inputs.length, ctx.settings.maxAssociationBatchInputs);
			const startedAt = ctx.clock.now();
			const results: unknown[] = [];
			const errors: StandardError[] = [];
			for (const input of inputs) {
				const fromId = objectId(input.from);
				const toId = objectId(input.to);
				const problem = missing(from, fromId, to, toId);
				if (problem) {
					errors.push(problem);
					continue;
				}
				const types = Array.isArray(input.types) ? input.types : [];
				let definitions: AssociationDefinition[];
				try {
					definitions = types.map((spec) => defs.require(from.objectTypeId, to.objectTypeId, spec));
				} catch (error) {
					if (error instanceof HubSpotError) errors.push(error.toStandardError());
					else throw error;
					continue;
				}
				for (const definition of definitions) ctx.associations.add(fromId, toId, definition);
				results.push({
					fromObjectTypeId: from.objectTypeId,
					fromObjectId: id(fromId),
					toObjectTypeId: to.objectTypeId,
					toObjectId: id(toId),
					labels: labelsOf(definitions),
				});
			}
			return json(errors.length > 0 ? 207 : 201, batchEnvelope(ctx, startedAt, results, errors));
		},
		{ scopes: write },
	);

	addRoute(
		server,
		'POST',
		`${base}/batch/associate/default`,
		(req) => {
			const { from, to } = pairOf(req);
			const definition = defaultOf(from, to);
			const inputs = batchInputs(req);
			limit(inputs.length, ctx.settings.maxAssociationBatchInputs);
			const startedAt = ctx.clock.now();
			const results: unknown[] = [];
			const errors: StandardError[] = [];
			for (const input of inputs) {
				const fromId = objectId(input.from);
				const toId = objectId(input.to);
				const problem = missing(from, fromId, to, toId);
				if (problem) {
					errors.push(problem);
					continue;
				}
				ctx.associations.add(fromId, toId, definition);
				results.push(defaultResult(fromId, toId, definition));
			}
			return json(errors.length > 0 ? 207 : 200, batchEnvelope(ctx, startedAt, results, errors));
		},
		{ scopes: write },
	);

	addRoute(
		server,
		'POST',
		`${base}/batch/read`,
		(req) => {
			const { from, to } = pairOf(req);
			const inputs = batchInputs(req);
			limit(inputs.length, MAX_READ_INPUTS);
			const startedAt = ctx.clock.now();
			const results: unknown[] = [];
			const errors: StandardError[] = [];
			for (const input of inputs) {
				const fromId = String(input.id ?? '');
				const edges = ctx.associations.list(from.objectTypeId, fromId, to.objectTypeId);
				if (edges.length === 0) {
					errors.push(
						standardError(
							'OBJECT_NOT_FOUND',
							`No ${to.singular} is associated with ${from.singular} ${fromId}.`,
							{
								subCategory: 'crm.associations.NO_ASSOCIATIONS_FOUND',
								context: { fromObjectId: [fromId] },
							},
						),
					);
					continue;
				}
				const start = Number(input.after ?? 0) || 0;
				const page = edges.slice(start, start + 500);
				results.push({
					from: { id: fromId },
					to: page.map((edge) => target(from, to, edge.toId, edge.typeIds)),
					...(start + 500 < edges.length && { paging: { next: { after: String(start + 500) } } }),
				});
			}
			return json(errors.length > 0 ? 207 : 200, batchEnvelope(ctx, startedAt, results, errors));
		},
		{ scopes: read },
	);

	addRoute(
		server,
		'POST',
		`${base}/batch/archive`,
		(req) => {
			const { from, to } = pairOf(req);
			const inputs = batchInputs(req);
			limit(inputs.length, ctx.settings.maxAssociationBatchInputs);
			for (const input of inputs) {
				const fromId = objectId(input.from);
				const targets = Array.isArray(input.to) ? input.to : [input.to];
				for (const t of targets)
					ctx.associations.remove(from.objectTypeId, fromId, to.objectTypeId, objectId(t));
			}
			return noContent();
		},
		{ scopes: write },
	);

	addRoute(
		server,
		'POST',
		`${base}/batch/labels/archive`,
		(req) => {
			const { from, to } = pairOf(req);
			const inputs = batchInputs(req);
			limit(inputs.length, ctx.settings.maxAssociationBatchInputs);
			for (const input of inputs) {
				const types = (Array.isArray(input.types) ? input.types : []).map(
					(spec) => defs.require(from.objectTypeId, to.objectTypeId, spec).typeId,
				);
				ctx.associations.remove(
					from.objectTypeId,
					objectId(input.from),
					to.objectTypeId,
					objectId(input.to),
					types,
				);
			}
			return noContent();
		},
		{ scopes: write },
	);

	addRoute(
		server,
		'GET',
		`${base}/labels`,
		(req) => {
			const { from, to } = pairOf(req);
			return json(200, {
				results: defs
					.forPair(from.objectTypeId, to.objectTypeId)
					.map((d) => ({ category: d.category, typeId: d.typeId, label: d.label })),
			});
		},
		{ scopes: read },
	);

	addRoute(
		server,
		'POST',
		`${base}/labels`,
		(req) => {
			const { from, to } = pairOf(req);
			const body = jsonBody(req);
			if (typeof body.label !== 'string' || body.label === '')
				throw validationError('label is required');
			const inverseLabel = typeof body.inverseLabel === 'string' ? body.inverseLabel : body.label;
			const created = defs.addPair(
				{ id: from.objectTypeId, singular: from.singular },
				{ id: to.objectTypeId, singular: to.singular },
				body.label,
				inverseLabel,
			);
			return json(200, {
				results: [created, defs.find(to.objectTypeId, from.objectTypeId, created.inverseTypeId)]
					.filter((d): d is AssociationDefinition => d !== undefined)
					.map((d) => ({ category: d.category, typeId: d.typeId, label: d.label })),
			});
		},
		{ scopes: write },
	);

	const single = '/crm/v4/objects/:from/:fromId/associations';
	addRoute(
		server,
		'PUT',
		`${single}/default/:to/:toId`,
		(req) => {
			const { from, to } = pairOf(req);
			const { fromId, toId } = req.params;
			const problem = missing(from, fromId, to, toId);
			if (problem) throw new HubSpotError(400, problem.category, problem.message, problem);
			const definition = defaultOf(from, to);
			ctx.associations.add(fromId, toId, definition);
			return json(
				200,
				batchEnvelope(ctx, ctx.clock.now(), [defaultResult(fromId, toId, definition)]),
			);
		},
		{ scopes: write },
	);

	addRoute(
		server,
		'PUT',
		`${single}/:to/:toId`,
		(req) => {
			const { from, to } = pairOf(req);
			const { fromId, toId } = req.params;
			if (!Array.isArray(req.body))
				throw validationError('Invalid input JSON: expected an array of AssociationSpec');
			const problem = missing(from, fromId, to, toId);
			if (problem) throw new HubSpotError(400, problem.category, problem.message, problem);
			const definitions = req.body.map((spec: unknown) =>
				defs.require(from.objectTypeId, to.objectTypeId, spec),
			);
			for (const definition of definitions) ctx.associations.add(fromId, toId, definition);
			return json(201, {
				fromObjectTypeId: from.objectTypeId,
				fromObjectId: id(fromId),
				toObjectTypeId: to.objectTypeId,
				toObjectId: id(toId),
				labels: labelsOf(definitions),
			});
		},
		{ scopes: write },
	);

	addRoute(
		server,
		'DELETE',
		`${single}/:to/:toId`,
		(req) => {
			const { from, to } = pairOf(req);
			ctx.associations.remove(
				from.objectTypeId,
				req.params.fromId,
				to.objectTypeId,
				req.params.toId,
			);
			return noContent();
		},
		{ scopes: write },
	);

	addRoute(
		server,
		'GET',
		`${single}/:to`,
		(req) => {
			const { from, to } = pairOf(req);
			const edges = ctx.associations.list(from.objectTypeId, req.params.fromId, to.objectTypeId);
			const pageSize = queryLimit(req, 500, 500);
			const start = Number(queryString(req, 'after') ?? 0) || 0;
			const page = edges.slice(start, start + pageSize);
			const next = start + pageSize < edges.length ? String(start + pageSize) : undefined;
			return json(200, {
				results: page.map((edge) => target(from, to, edge.toId, edge.typeIds)),
				...(next && {
					paging: { next: { after: next, link: `${server.url}${req.path}?after=${next}` } },
				}),
			});
		},
		{ scopes: read },
	);

	function defaultOf(from: ObjectTypeDef, to: ObjectTypeDef): AssociationDefinition {
		const definition = defs.defaultFor(from.objectTypeId, to.objectTypeId);
		if (!definition) {
			throw validationError(
				`There is no default association type between ${from.objectTypeId} and ${to.objectTypeId}`,
				{
					subCategory: 'crm.associations.INVALID_ASSOCIATION_TYPE',
				},
			);
		}
		return definition;
	}

	function defaultResult(fromId: string, toId: string, definition: AssociationDefinition) {
		return {
			from: { id: fromId },
			to: { id: toId },
			associationSpec: {
				associationCategory: definition.category,
				associationTypeId: definition.typeId,
			},
		};
	}

	function target(from: ObjectTypeDef, to: ObjectTypeDef, toId: string, typeIds: number[]) {
		return {
			toObjectId: id(toId),
			associationTypes: typeIds.map((typeId) => {
				const d = defs.find(from.objectTypeId, to.objectTypeId, typeId);
				return { category: d?.category ?? 'HUBSPOT_DEFINED', typeId, label: d?.label ?? null };
			}),
		};
	}
}
