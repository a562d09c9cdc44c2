/**
 * Custom object schemas: `GET/POST /crm/v3/schemas` and `GET /crm/v3/schemas/{objectType}`
 * (also under `/crm-object-schemas/v3/schemas`, the path @hubspot/api-client calls). Creating a
 * schema registers a `2-xxxx` object type with its properties (`hasUniqueValue` ones usable as
 * upsert `idProperty`) and an unlabelled association type to each `associatedObjects` entry.
 */
import type { HubSpotContext } from './context';
import { HubSpotError, validationError } from './errors';
import { addRoute, json, jsonBody } from './http';
import type { ObjectTypeDef } from './objectTypes';
import { isoDateTime } from './properties/values';
import type { PropertyCreate } from './properties/registry';

export interface SchemaInput {
	name: string;
	labels: { singular: string; plural: string };
	/** Property definitions; `groupName` defaults to `{name}_information`. */
	properties: Array<Omit<PropertyCreate, 'groupName'> & { groupName?: string }>;
	primaryDisplayProperty?: string;
	secondaryDisplayProperties?: string[];
	requiredProperties?: string[];
	searchableProperties?: string[];
	/** `CONTACT`, `COMPANY`, `0-3`, or another custom object's name or id. */
	associatedObjects?: string[];
	description?: string;
}

export function createSchema(ctx: HubSpotContext, input: unknown): ObjectTypeDef {
	const body = checkSchema(input);
	if (ctx.types.custom().some((t) => t.name === body.name) || ctx.types.find(body.name)) {
		throw new HubSpotError(
			409,
			'OBJECT_ALREADY_EXISTS',
			`Object type with name ${body.name} already exists`,
			{
				context: { name: [body.name] },
			},
		);
	}
	const names = new Set(body.properties.map((p) => p.name));
	for (const name of [
		body.primaryDisplayProperty,
		...(body.requiredProperties ?? []),
		...(body.searchableProperties ?? []),
	]) {
		if (name !== undefined && !names.has(name)) {
			throw validationError(`Property ${name} is not defined in the schema's properties`, {
				context: { propertyName: [name] },
			});
		}
	}
	const targets = (body.associatedObjects ?? []).map((name) => {
		const target = ctx.types.find(name) ?? ctx.types.find(name.toLowerCase());
		if (!target) throw validationError(`Unable to infer object type from: ${name}`);
		return target;
	});
	const type = ctx.types.addCustom(body, ctx.clock.now());
	ctx.properties.initType(type);
	for (const property of body.properties) {
		ctx.properties.create(type, {
			...property,
			groupName: property.groupName ?? type.defaultGroup,
		});
	}
	for (const target of targets) {
		ctx.associations.definitions.addPair(
			{ id: type.objectTypeId, singular: type.singular },
			{ id: target.objectTypeId, singular: target.singular },
			null,
		);
	}
	return type;
}

export function renderSchema(ctx: HubSpotContext, type: ObjectTypeDef) {
	const at = isoDateTime(type.createdAt ?? 0);
	return {
		id: type.objectTypeId.split('-')[1],
		objectTypeId: type.objectTypeId,
		name: type.name,
		fullyQualifiedName: type.fullyQualifiedName,
		labels: type.labels,
		...(type.description !== undefined && { description: type.description }),
		primaryDisplayProperty: type.primaryDisplayProperty,
		secondaryDisplayProperties: type.secondaryDisplayProperties,
		requiredProperties: type.requiredProperties,
		searchableProperties: type.searchableProperties,
		properties: ctx.properties.list(type).map((d) => ctx.properties.render(type, d)),
		associations: ctx.types.all().flatMap((other) =>
			ctx.associations.definitions.forPair(type.objectTypeId, other.objectTypeId).map((d) => ({
				id: String(d.typeId),
				fromObjectTypeId: d.fromObjectTypeId,
				toObjectTypeId: d.toObjectTypeId,
				name: d.name.toUpperCase(),
				createdAt: at,
				updatedAt: at,
			})),
		),
		metaType: 'PORTAL_SPECIFIC',
		archived: false,
		createdAt: at,
		updatedAt: at,
	};
}

export function registerSchemaRoutes(ctx: HubSpotContext): void {
	for (const base of ['/crm/v3/schemas', '/crm-object-schemas/v3/schemas']) {
		addRoute(
			ctx.server,
			'GET',
			base,
			() => json(200, { results: ctx.types.custom().map((t) => renderSchema(ctx, t)) }),
			{
				scopes: () => ['crm.schemas.custom.read'],
			},
		);
		addRoute(
			ctx.server,
			'POST',
			base,
			(req) => json(201, renderSchema(ctx, createSchema(ctx, jsonBody(req)))),
			{
				scopes: () => ['crm.schemas.custom.write'],
			},
		);
		addRoute(
			ctx.server,
			'GET',
			`${base}/:objectType`,
			(req) => {
				const type = ctx.types.resolve(req.params.objectType);
				if (!type.custom) throw new HubSpotError(404, 'OBJECT_NOT_FOUND', 'resource not found');
				return json(200, renderSchema(ctx, type));
			},
			{ scopes: () => ['crm.schemas.custom.read'] },
		);
	}
}

function checkSchema(input: unknown): SchemaInput {
	const body = (input ?? {}) as Partial<SchemaInput>;
	if (typeof body.name !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(body.name)) {
		throw validationError(
			'Invalid input JSON: "name" must start with a letter and contain only letters, digits and underscores',
		);
	}
	if (
		!body.labels ||
		typeof body.labels.singular !== 'string' ||
		typeof body.labels.plural !== 'string'
	) {
		throw validationError('Invalid input JSON: Missing required field "labels"');
	}
	if (!Array.isArray(body.properties))
		throw validationError('Invalid input JSON: Missing required field "properties"');
	return body as SchemaInput;
}
