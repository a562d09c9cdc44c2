/**
 * `POST /crm/v3/objects/{type}/batch/{upsert,create,update,read,archive}` (crm-apis.md 2.1-2.3).
 *
 * - More than 100 inputs: 400 VALIDATION_ERROR, nothing written.
 * - upsert: `idProperty` must be contact `email` or a `hasUniqueValue` property (else 400
 *   "Unable to perform update/upsert by non-unique …"); two inputs with the same id: 400. Each
 *   input creates a record (`new: true`) when no live record holds the value, else updates it
 *   (`new: false`). Invalid values / conflicts: 207 with `errors[]` and `numErrors`, valid inputs
 *   land (or, with `batchErrors: 'wholeBatch'`, one 400 and nothing lands).
 * - create: all-or-nothing (first failure is the answer: 400, or 409 "Contact already exists.
 *   Existing ID: N") unless every input carries an `objectWriteTraceId`, which turns on 207
 *   multi-status as HubSpot documents.
 * - update: by record id, or by a unique `idProperty` (contact email refused, per 2.2); unknown
 *   ids are reported together in one OBJECT_NOT_FOUND error of a 207.
 * - read: 207 with one OBJECT_NOT_FOUND error listing the ids not found.
 * - archive: 204 whatever the ids.
 */
import type { FakeRequest, FakeResponse } from '../../common';
import {
	applyInlineAssociations,
	planInlineAssociations,
	type PlannedAssociation,
} from '../associations/inline';
import type { HubSpotContext } from '../context';
import {
	HubSpotError,
	objectsNotFound,
	tooManyInputs,
	validationError,
	type StandardError,
} from '../errors';
import {
	addRoute,
	batchInputs,
	json,
	jsonBody,
	noContent,
	queryBoolean,
	stringList,
} from '../http';
import { objectScope, type ObjectTypeDef } from '../objectTypes';
import { batchEnvelope, renderRecord } from './present';
import type { HsRecord } from './records';
import { checkIdProperty, WritePlanner, type WritePlan } from './write';

const MAX_HISTORY_INPUTS = 50;

interface Outcome {
	plan: WritePlan;
	/** What errors name the input by: its id / unique value, or its objectWriteTraceId. */
	context: Record<string, string[]>;
	traceId?: string;
	associations?: PlannedAssociation[];
}

export function registerBatchRoutes(ctx: HubSpotContext): void {
	const base = '/crm/v3/objects/:objectType/batch';
	const typeOf = (req: FakeRequest) => ctx.types.resolve(req.params.objectType);
	const write = (req: FakeRequest) => [objectScope(typeOf(req), 'write')];
	const read = (req: FakeRequest) => [objectScope(typeOf(req), 'read')];

	addRoute(ctx.server, 'POST', `${base}/upsert`, (req) => upsert(ctx, typeOf(req), req), {
		scopes: write,
	});
	addRoute(ctx.server, 'POST', `${base}/create`, (req) => create(ctx, typeOf(req), req), {
		scopes: write,
	});
	addRoute(ctx.server, 'POST', `${base}/update`, (req) => update(ctx, typeOf(req), req), {
		scopes: write,
	});
	addRoute(ctx.server, 'POST', `${base}/read`, (req) => readBatch(ctx, typeOf(req), req), {
		scopes: read,
	});
	addRoute(
		ctx.server,
		'POST',
		`${base}/archive`,
		(req) => {
			const type = typeOf(req);
			const inputs = sized(ctx, batchInputs(req));
			const now = ctx.clock.now();
			for (const input of inputs) ctx.store(type).archive(String(input.id ?? ''), now);
			return noContent();
		},
		{ scopes: write },
	);
}

function sized(ctx: HubSpotContext, inputs: Array<Record<string, unknown>>) {
	if (inputs.length > ctx.settings.maxBatchInputs) throw tooManyInputs(ctx.settings.maxBatchInputs);
	return inputs;
}

function requiredId(input: Record<string, unknown>): string {
	const id = input.id;
	if (id === undefined || id === null || String(id) === '') {
		throw validationError('Invalid input JSON: Missing required field "id"', {
			context: { field: ['id'] },
		});
	}
	return String(id);
}

function traceContext(
	input: Record<string, unknown>,
	id?: string,
): { context: Record<string, string[]>; traceId?: string } {
	const traceId =
		typeof input.objectWriteTraceId === 'string' ? input.objectWriteTraceId : undefined;
	return {
		context: {
			...(id !== undefined && { ids: [id] }),
			...(traceId !== undefined && { objectWriteTraceId: [traceId] }),
		},
		traceId,
	};
}

/** 400 when two inputs name the same record (ids compared as the unique index compares them). */
function rejectDuplicates(keys: Array<{ key: string; shown: string }>): void {
	const seen = new Set<string>();
	const duplicates = new Set<string>();
	for (const { key, shown } of keys) {
		if (seen.has(key)) duplicates.add(shown);
		seen.add(key);
	}
	if (duplicates.size > 0) {
		throw validationError(
			`Duplicate IDs found in batch input: [${[...duplicates].join(', ')}]. IDs must be unique`,
			{
				context: { ids: [...duplicates] },
			},
		);
	}
}

/**
 * Plans every input, then applies: input by input (207 on failures) or all at once when one
 * failure must refuse the batch.
 */
function run(
	ctx: HubSpotContext,
	planner: WritePlanner,
	wholeBatch: boolean,
	plans: Array<() => Outcome>,
): Array<Outcome & { applied?: { record: HsRecord; created: boolean } }> {
	const outcomes: Array<Outcome & { applied?: { record: HsRecord; created: boolean } }> = [];
	for (const planOne of plans) {
		const outcome = planOne();
		outcomes.push(outcome);
		if (!wholeBatch && outcome.plan.ok) {
			const applied = planner.apply(outcome.plan);
			Object.assign(outcome, { applied });
			if (outcome.associations)
				applyInlineAssociations(ctx, applied.record.id, outcome.associations);
		}
	}
	if (wholeBatch) {
		const failed = outcomes.find((o) => !o.plan.ok);
		if (failed && !failed.plan.ok) {
			const { error } = failed.plan;
			throw new HubSpotError(error.status, error.category, error.message, {
				...error.extras,
				context: { ...error.extras.context, ...failed.context },
			});
		}
		for (const outcome of outcomes) {
			if (!outcome.plan.ok) continue;
			const applied = planner.apply(outcome.plan);
			Object.assign(outcome, { applied });
			if (outcome.associations)
				applyInlineAssociations(ctx, applied.record.id, outcome.associations);
		}
	}
	return outcomes;
}

function errorsOf(outcomes: Outcome[]): StandardError[] {
	const errors: StandardError[] = [];
	for (const outcome of outcomes) {
		if (outcome.plan.ok) continue;
		const error = outcome.plan.error.toStandardError();
		error.context = { ...error.context, ...outcome.context };
		errors.push(error);
	}
	return errors;
}

function upsert(ctx: HubSpotContext, type: ObjectTypeDef, req: FakeRequest): FakeResponse {
	const inputs = sized(ctx, batchInputs(req));
	const startedAt = ctx.clock.now();
	const store = ctx.store(type);
	const keyed = inputs.map((input) => {
		const id = requiredId(input);
		const idProperty = typeof input.idProperty === 'string' ? input.idProperty : 'hs_object_id';
		checkIdProperty(ctx, type, idProperty, 'upsert');
		return { input, id, idProperty };
	});
	rejectDuplicates(
		keyed.map(({ id, idProperty }) => ({
			key: `${idProperty}\0${store.normalise(idProperty, id)}`,
			shown: id,
		})),
	);
	const planner = new WritePlanner(ctx, type);
	const outcomes = run(
		ctx,
		planner,
		ctx.settings.batchErrors === 'wholeBatch',
		keyed.map(({ input, id, idProperty }) => () => {
			const existing = store.getByUnique(idProperty, id);
			const properties = (input.properties ?? {}) as Record<string, unknown>;
			const plan = existing
				? planner.plan(existing, properties)
				: planner.plan(
						undefined,
						isObject(properties) ? { ...properties, [idProperty]: id } : properties,
					);
			return { plan, ...traceContext(input, id) };
		}),
	);
	const results = outcomes
		.filter((o) => o.applied)
		.map((o) => ({
			...renderRecord(ctx, type, o.applied!.record, { properties: 'all' }),
			new: o.applied!.created,
		}));
	const errors = errorsOf(outcomes);
	return json(errors.length > 0 ? 207 : 200, batchEnvelope(ctx, startedAt, results, errors));
}

function create(ctx: HubSpotContext, type: ObjectTypeDef, req: FakeRequest): FakeResponse {
	const inputs = sized(ctx, batchInputs(req));
	const startedAt = ctx.clock.now();
	const multiStatus =
		inputs.length > 0 && inputs.every((i) => typeof i.objectWriteTraceId === 'string');
	const planner = new WritePlanner(ctx, type);
	const outcomes = run(
		ctx,
		planner,
		!multiStatus,
		inputs.map((input) => () => {
			const trace = traceContext(input);
			try {
				const associations = planInlineAssociations(ctx, type, input.associations);
				return { plan: planner.plan(undefined, input.properties ?? {}), associations, ...trace };
			} catch (error) {
				if (!(error instanceof HubSpotError)) throw error;
				return { plan: { ok: false, error }, ...trace };
			}
		}),
	);
	const results = outcomes
		.filter((o) => o.applied)
		.map((o) => ({
			...renderRecord(ctx, type, o.applied!.record, { properties: 'all' }),
			...(o.traceId !== undefined && { objectWriteTraceId: o.traceId }),
		}));
	const errors = errorsOf(outcomes);
	return json(errors.length > 0 ? 207 : 201, batchEnvelope(ctx, startedAt, results, errors));
}

function update(ctx: HubSpotContext, type: ObjectTypeDef, req: FakeRequest): FakeResponse {
	const inputs = sized(ctx, batchInputs(req));
	const startedAt = ctx.clock.now();
	const store = ctx.store(type);
	const keyed = inputs.map((input) => {
		const id = requiredId(input);
		const idProperty = typeof input.idProperty === 'string' ? input.idProperty : undefined;
		if (idProperty !== undefined) checkIdProperty(ctx, type, idProperty, 'batchUpdate');
		return { input, id, idProperty };
	});
	rejectDuplicates(
		keyed.map(({ id, idProperty }) => ({
			key: idProperty ? `${idProperty}\0${store.normalise(idProperty, id)}` : `\0${id}`,
			shown: id,
		})),
	);
	const notFound: string[] = [];
	const planner = new WritePlanner(ctx, type);
	const found = keyed.filter(({ id, idProperty }) => {
		const record = idProperty ? store.getByUnique(idProperty, id) : store.get(id);
		if (!record || record.archived) notFound.push(id);
		return record && !record.archived;
	});
	const outcomes = run(
		ctx,
		planner,
		ctx.settings.batchErrors === 'wholeBatch',
		found.map(({ input, id, idProperty }) => () => {
			const record = (idProperty ? store.getByUnique(idProperty, id) : store.get(id)) as HsRecord;
			return { plan: planner.plan(record, input.properties ?? {}), ...traceContext(input, id) };
		}),
	);
	const results = outcomes
		.filter((o) => o.applied)
		.map((o) => renderRecord(ctx, type, o.applied!.record, { properties: 'all' }));
	const errors = errorsOf(outcomes);
	if (notFound.length > 0) errors.push(objectsNotFound(type.errorName, notFound));
	return json(errors.length > 0 ? 207 : 200, batchEnvelope(ctx, startedAt, results, errors));
}

function readBatch(ctx: HubSpotContext, type: ObjectTypeDef, req: FakeRequest): FakeResponse {
	const body = jsonBody(req);
	const inputs = sized(ctx, batchInputs(req));
	const startedAt = ctx.clock.now();
	const properties = stringList(body.properties, 'properties');
	const propertiesWithHistory = stringList(body.propertiesWithHistory, 'propertiesWithHistory');
	if (
		propertiesWithHistory &&
		propertiesWithHistory.length > 0 &&
		inputs.length > MAX_HISTORY_INPUTS
	) {
		throw validationError(
			`The maximum number of inputs supported in a batch request for property histories is ${MAX_HISTORY_INPUTS}`,
		);
	}
	const idProperty = typeof body.idProperty === 'string' ? body.idProperty : undefined;
	if (idProperty !== undefined) checkIdProperty(ctx, type, idProperty, 'read');
	const archived = queryBoolean(req, 'archived');
	const store = ctx.store(type);
	const results: unknown[] = [];
	const notFound: string[] = [];
	for (const input of inputs) {
		const id = String(input.id ?? '');
		const record = idProperty ? store.getByUnique(idProperty, id) : store.get(id);
		if (!record || record.archived !== archived) {
			notFound.push(id);
			continue;
		}
		results.push(
			renderRecord(ctx, type, record, {
				properties: properties && properties.length > 0 ? properties : undefined,
				propertiesWithHistory,
			}),
		);
	}
	const errors = notFound.length > 0 ? [objectsNotFound(type.errorName, notFound)] : [];
	return json(errors.length > 0 ? 207 : 200, batchEnvelope(ctx, startedAt, results, errors));
}

function isObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}
