/**
 * The properties API (crm-apis.md 2.5): `GET/POST /crm/v3/properties/{type}`,
 * `GET/PATCH/DELETE …/{name}`, `POST …/batch/{create,read,archive}` and the groups under
 * `…/groups`. Creating a name that exists answers 409 OBJECT_ALREADY_EXISTS (batch create: a 207
 * entry), so a client that "ensures" its properties can treat 409 as done.
 */
import type { FakeRequest } from '../../common';
import type { HubSpotContext } from '../context';
import { HubSpotError, tooManyInputs, type StandardError } from '../errors';
import { addRoute, batchInputs, json, jsonBody, noContent, queryBoolean, queryList } from '../http';
import { batchEnvelope } from '../objects/present';
import type { ObjectTypeDef } from '../objectTypes';
import type { PropertyDefinition } from './definition';

const MAX_PROPERTY_BATCH = 100;

export function registerPropertyRoutes(ctx: HubSpotContext): void {
	const { server } = ctx;
	const registry = ctx.properties;
	const base = '/crm/v3/properties/:objectType';
	const typeOf = (req: FakeRequest) => ctx.types.resolve(req.params.objectType);
	const scope = (access: 'read' | 'write') => (req: FakeRequest) => {
		const type = typeOf(req);
		return type.custom
			? [`crm.schemas.custom.${access}`]
			: [`crm.schemas.${type.name}.${access}`, `crm.objects.${type.name}.${access}`, 'tickets'];
	};
	const render = (type: ObjectTypeDef, definition: PropertyDefinition) =>
		registry.render(type, definition);
	const sized = (count: number) => {
		if (count > MAX_PROPERTY_BATCH) throw tooManyInputs(MAX_PROPERTY_BATCH);
	};

	// Groups first: `/groups` would otherwise match `/{propertyName}`.
	addRoute(
		server,
		'GET',
		`${base}/groups`,
		(req) => json(200, { results: registry.groups(typeOf(req)) }),
		{
			scopes: scope('read'),
		},
	);
	addRoute(
		server,
		'POST',
		`${base}/groups`,
		(req) => json(201, registry.createGroup(typeOf(req), jsonBody(req))),
		{
			scopes: scope('write'),
		},
	);
	addRoute(
		server,
		'GET',
		`${base}/groups/:groupName`,
		(req) => json(200, registry.group(typeOf(req), req.params.groupName)),
		{
			scopes: scope('read'),
		},
	);
	addRoute(
		server,
		'PATCH',
		`${base}/groups/:groupName`,
		(req) => json(200, registry.updateGroup(typeOf(req), req.params.groupName, jsonBody(req))),
		{ scopes: scope('write') },
	);
	addRoute(
		server,
		'DELETE',
		`${base}/groups/:groupName`,
		(req) => {
			registry.archiveGroup(typeOf(req), req.params.groupName);
			return noContent();
		},
		{ scopes: scope('write') },
	);

	addRoute(
		server,
		'GET',
		base,
		(req) => {
			const type = typeOf(req);
			const names = queryList(req, 'properties');
			const all = registry.list(type, queryBoolean(req, 'archived'));
			const results = names && names.length > 0 ? all.filter((d) => names.includes(d.name)) : all;
			return json(200, { results: results.map((d) => render(type, d)) });
		},
		{ scopes: scope('read') },
	);
	addRoute(
		server,
		'POST',
		base,
		(req) => {
			const type = typeOf(req);
			return json(201, render(type, registry.create(type, jsonBody(req))));
		},
		{ scopes: scope('write') },
	);

	addRoute(
		server,
		'POST',
		`${base}/batch/create`,
		(req) => {
			const type = typeOf(req);
			const inputs = batchInputs(req);
			sized(inputs.length);
			const startedAt = ctx.clock.now();
			const results: PropertyDefinition[] = [];
			const errors: StandardError[] = [];
			for (const input of inputs) {
				try {
					results.push(render(type, registry.create(type, input)));
				} catch (error) {
					if (!(error instanceof HubSpotError)) throw error;
					const entry = error.toStandardError();
					entry.context = { ...entry.context, name: [String(input.name ?? '')] };
					errors.push(entry);
				}
			}
			return json(errors.length > 0 ? 207 : 201, batchEnvelope(ctx, startedAt, results, errors));
		},
		{ scopes: scope('write') },
	);
	addRoute(
		server,
		'POST',
		`${base}/batch/read`,
		(req) => {
			const type = typeOf(req);
			const inputs = batchInputs(req);
			sized(inputs.length);
			const startedAt = ctx.clock.now();
			const archived = jsonBody(req).archived === true;
			const results: PropertyDefinition[] = [];
			const missing: string[] = [];
			for (const input of inputs) {
				const name = String(input.name ?? '');
				const found = registry.list(type, archived).find((d) => d.name === name);
				if (found) results.push(render(type, found));
				else missing.push(name);
			}
			const errors: StandardError[] = missing.map((name) => ({
				status: 'error',
				category: 'OBJECT_NOT_FOUND',
				message: `Property ${name} does not exist`,
				errors: [],
				context: { name: [name] },
				links: {},
			}));
			return json(errors.length > 0 ? 207 : 200, batchEnvelope(ctx, startedAt, results, errors));
		},
		{ scopes: scope('read') },
	);
	addRoute(
		server,
		'POST',
		`${base}/batch/archive`,
		(req) => {
			const type = typeOf(req);
			const inputs = batchInputs(req);
			sized(inputs.length);
			for (const input of inputs) {
				const name = String(input.name ?? '');
				if (registry.get(type, name)) registry.archive(type, name);
			}
			return noContent();
		},
		{ scopes: scope('write') },
	);

	addRoute(
		server,
		'GET',
		`${base}/:propertyName`,
		(req) => {
			const type = typeOf(req);
			const archived = queryBoolean(req, 'archived');
			const found = registry.list(type, archived).find((d) => d.name === req.params.propertyName);
			return json(200, render(type, found ?? registry.require(type, req.params.propertyName)));
		},
		{ scopes: scope('read') },
	);
	addRoute(
		server,
		'PATCH',
		`${base}/:propertyName`,
		(req) => {
			const type = typeOf(req);
			return json(200, render(type, registry.update(type, req.params.propertyName, jsonBody(req))));
		},
		{ scopes: scope('write') },
	);
	addRoute(
		server,
		'DELETE',
		`${base}/:propertyName`,
		(req) => {
			registry.archive(typeOf(req), req.params.propertyName);
			return noContent();
		},
		{ scopes: scope('write') },
	);
}
