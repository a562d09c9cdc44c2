/**
 * Single-record CRUD and listing (crm-apis.md 2.1): `POST /crm/v3/objects/{t}` (201),
 * `GET|PATCH|DELETE /crm/v3/objects/{t}/{id}` (200 / 200 / 204, `?idProperty=` for a unique
 * property), `GET /crm/v3/objects/{t}?limit&after&properties&archived&associations` (limit ≤ 100,
 * `paging.next.after`), and `POST /crm/v3/objects/contacts/gdpr-delete`.
 */
import type { FakeRequest } from '../../common';
import { applyInlineAssociations, planInlineAssociations } from '../associations/inline';
import type { HubSpotContext } from '../context';
import { resourceNotFound, validationError } from '../errors';
import {
	addRoute,
	json,
	jsonBody,
	noContent,
	queryBoolean,
	queryLimit,
	queryList,
	queryString,
} from '../http';
import { objectScope, type ObjectTypeDef } from '../objectTypes';
import { renderRecord, type RenderedRecord } from './present';
import type { HsRecord } from './records';
import { checkIdProperty, WritePlanner } from './write';

export function registerSingleRoutes(ctx: HubSpotContext): void {
	const { server } = ctx;
	const typeOf = (req: FakeRequest) => ctx.types.resolve(req.params.objectType);
	const write = (req: FakeRequest) => [objectScope(typeOf(req), 'write')];
	const read = (req: FakeRequest) => [objectScope(typeOf(req), 'read')];

	/** The record an `{objectId}` (and optional `idProperty`) names, live or archived as asked. */
	const find = (req: FakeRequest, type: ObjectTypeDef, operation: 'read' | 'update'): HsRecord => {
		const idProperty = queryString(req, 'idProperty');
		const store = ctx.store(type);
		let record: HsRecord | undefined;
		if (idProperty && idProperty !== 'hs_object_id') {
			checkIdProperty(ctx, type, idProperty, operation);
			record = store.getByUnique(idProperty, req.params.objectId);
		} else {
			record = store.get(req.params.objectId);
		}
		const archived = operation === 'read' && queryBoolean(req, 'archived');
		if (!record || record.archived !== archived) throw resourceNotFound();
		return record;
	};

	addRoute(
		server,
		'POST',
		'/crm/v3/objects/contacts/gdpr-delete',
		(req) => {
			const type = ctx.types.resolve('contacts');
			const body = jsonBody(req);
			const id = String(body.objectId ?? '');
			const store = ctx.store(type);
			const record = body.idProperty === 'email' ? store.getByUnique('email', id) : store.get(id);
			if (!record) throw resourceNotFound();
			ctx.associations.forget(type.objectTypeId, record.id);
			store.purge(record.id);
			return noContent();
		},
		{ scopes: () => ['crm.objects.contacts.write'] },
	);

	addRoute(
		server,
		'POST',
		'/crm/v3/objects/:objectType',
		(req) => {
			const type = typeOf(req);
			const body = jsonBody(req);
			const associations = planInlineAssociations(ctx, type, body.associations);
			const planner = new WritePlanner(ctx, type);
			const plan = planner.plan(undefined, body.properties ?? {});
			if (!plan.ok) throw plan.error;
			const { record } = planner.apply(plan);
			applyInlineAssociations(ctx, record.id, associations);
			return json(201, renderRecord(ctx, type, record, { properties: 'all' }));
		},
		{ scopes: write },
	);

	addRoute(
		server,
		'GET',
		'/crm/v3/objects/:objectType',
		(req) => {
			const type = typeOf(req);
			const limit = queryLimit(req, 10, 100);
			const after = queryString(req, 'after');
			if (after !== undefined && !/^\d+$/.test(after))
				throw validationError(`Invalid after value: ${after}`);
			const page = ctx.store(type).page(after, limit, queryBoolean(req, 'archived'));
			const options = renderOptions(req);
			const associations = queryList(req, 'associations');
			return json(200, {
				results: page.items.map((record) =>
					withAssociations(ctx, type, renderRecord(ctx, type, record, options), associations),
				),
				...(page.next && {
					paging: {
						next: {
							after: page.next,
							link: `${server.url}/crm/v3/objects/${req.params.objectType}?after=${page.next}`,
						},
					},
				}),
			});
		},
		{ scopes: read },
	);

	addRoute(
		server,
		'GET',
		'/crm/v3/objects/:objectType/:objectId',
		(req) => {
			const type = typeOf(req);
			const record = find(req, type, 'read');
			const rendered = renderRecord(ctx, type, record, renderOptions(req));
			return json(200, withAssociations(ctx, type, rendered, queryList(req, 'associations')));
		},
		{ scopes: read },
	);

	addRoute(
		server,
		'PATCH',
		'/crm/v3/objects/:objectType/:objectId',
		(req) => {
			const type = typeOf(req);
			const record = find(req, type, 'update');
			const body = jsonBody(req);
			const planner = new WritePlanner(ctx, type);
			const plan = planner.plan(record, body.properties ?? {});
			if (!plan.ok) throw plan.error;
			return json(200, renderRecord(ctx, type, planner.apply(plan).record, { properties: 'all' }));
		},
		{ scopes: write },
	);

	addRoute(
		server,
		'DELETE',
		'/crm/v3/objects/:objectType/:objectId',
		(req) => {
			const type = typeOf(req);
			ctx.store(type).archive(req.params.objectId, ctx.clock.now());
			return noContent();
		},
		{ scopes: write },
	);
}

function renderOptions(req: FakeRequest) {
	const properties = queryList(req, 'properties');
	return {
		properties: properties && properties.length > 0 ? properties : undefined,
		propertiesWithHistory: queryList(req, 'propertiesWithHistory'),
	};
}

/** v3's `associations: {companies: {results: [{id, type: "contact_to_company"}]}}`. */
function withAssociations(
	ctx: HubSpotContext,
	type: ObjectTypeDef,
	rendered: RenderedRecord,
	names: string[] | undefined,
): RenderedRecord & {
	associations?: Record<string, { results: Array<{ id: string; type: string }> }>;
} {
	if (!names || names.length === 0) return rendered;
	const associations: Record<string, { results: Array<{ id: string; type: string }> }> = {};
	for (const name of names) {
		const to = ctx.types.resolve(name);
		const results = ctx.associations
			.list(type.objectTypeId, rendered.id, to.objectTypeId)
			.flatMap((edge) =>
				edge.typeIds.map((typeId) => ({
					id: edge.toId,
					type:
						ctx.associations.definitions.find(type.objectTypeId, to.objectTypeId, typeId)?.name ??
						`${type.singular}_to_${to.singular}`,
				})),
			);
		if (results.length > 0) associations[to.name] = { results };
	}
	return Object.keys(associations).length > 0 ? { ...rendered, associations } : rendered;
}
