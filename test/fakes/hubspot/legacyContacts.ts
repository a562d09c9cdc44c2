/**
 * The two legacy v1 contact endpoints n8n's built-in HubSpot node (typeVersion 2.2) calls for
 * "Contact → Create or Update" (n8n-on-this-machine.md, last section):
 *
 * - `POST /contacts/v1/contact/createOrUpdate/email/{email}` with `{properties: [{property, value}]}`
 *   → 200 `{vid, isNew}`; invalid values → 400 `{status, message: "Property values were not valid",
 *   validationResults: [...]}`.
 * - `GET /contacts/v1/contact/vid/{vid}/profile` → the v1 profile (`vid`, `canonical-vid`,
 *   `properties: {name: {value, versions}}` with dates as epoch ms, `identity-profiles`, ...);
 *   404 "contact does not exist".
 *
 * They read and write the same contacts as v3 and count against the same rate limit.
 */
import { randomUUID } from 'node:crypto';
import type { FakeRequest } from '../common';
import type { HubSpotContext } from './context';
import type { HubSpotError } from './errors';
import { addRoute, json, queryString, type HubSpotHandler } from './http';
import { valueOf } from './objects/present';
import { WritePlanner } from './objects/write';
import type { ObjectTypeDef } from './objectTypes';
import { isEmail, parseTimestamp } from './properties/values';

export function registerLegacyContactRoutes(ctx: HubSpotContext): void {
	const contacts = () => ctx.types.resolve('contacts');
	const scopes = (access: 'read' | 'write') => () => [`crm.objects.contacts.${access}`];

	// Many clients (and HubSpot's own examples) add a trailing slash; both forms are served.
	const createOrUpdate = '/contacts/v1/contact/createOrUpdate/email/:email';
	const profile = '/contacts/v1/contact/vid/:vid/profile';
	const route = (
		method: string,
		path: string,
		handler: HubSpotHandler,
		access: 'read' | 'write',
	) => {
		for (const pattern of [path, `${path}/`])
			addRoute(ctx.server, method, pattern, handler, { scopes: scopes(access) });
	};

	route(
		'POST',
		createOrUpdate,
		(req) => {
			const type = contacts();
			const email = req.params.email;
			if (!isEmail(email)) {
				return v1Invalid([
					{
						isValid: false,
						message: `Email address ${email} is invalid`,
						error: 'INVALID_EMAIL',
						name: 'email',
					},
				]);
			}
			const properties = v1Properties(req);
			if (!properties)
				return v1Error(400, 'Invalid input JSON: expected {"properties": [{"property", "value"}]}');
			const store = ctx.store(type);
			const existing = store.getByUnique('email', email);
			const planner = new WritePlanner(ctx, type);
			const plan = existing
				? planner.plan(existing, properties)
				: planner.plan(undefined, { email, ...properties });
			if (!plan.ok) return fromV3Error(plan.error);
			const { record, created } = planner.apply(plan);
			return json(200, { vid: Number(record.id), isNew: created });
		},
		'write',
	);

	route(
		'GET',
		profile,
		(req) => {
			const type = contacts();
			const record = ctx.store(type).get(req.params.vid);
			if (!record || record.archived) return v1Error(404, 'contact does not exist');
			const valueOnly = queryString(req, 'propertyMode') === 'value_only';
			const updated = record.updatedAt;
			const properties: Record<string, unknown> = {};
			const names = [
				type.createdProperty,
				type.modifiedProperty,
				'hs_object_id',
				...Object.keys(record.properties),
			];
			for (const name of names) {
				const value = v1Value(ctx, type, name, valueOf(type, record, name) ?? '');
				properties[name] = valueOnly
					? { value }
					: {
							value,
							versions: [
								{
									value,
									'source-type': 'API',
									'source-id': null,
									'source-label': null,
									'updated-by-user-id': null,
									timestamp: updated,
									selected: false,
								},
							],
						};
			}
			const vid = Number(record.id);
			const email = record.properties.email;
			return json(200, {
				vid,
				'canonical-vid': vid,
				'merged-vids': [],
				'portal-id': ctx.settings.portalId,
				'is-contact': true,
				properties,
				'form-submissions': [],
				'list-memberships': [],
				'identity-profiles': [
					{
						vid,
						'saved-at-timestamp': record.createdAt,
						'deleted-changed-timestamp': 0,
						identities: [
							...(email
								? [{ type: 'EMAIL', value: email, timestamp: record.createdAt, 'is-primary': true }]
								: []),
							{ type: 'LEAD_GUID', value: leadGuid(record.id), timestamp: record.createdAt },
						],
					},
				],
				'merge-audits': [],
			});
		},
		'read',
	);
}

/** `{properties: [{property, value}]}` as a v3-style object, or undefined when malformed. */
function v1Properties(req: FakeRequest): Record<string, unknown> | undefined {
	const body = req.body as { properties?: unknown } | undefined;
	if (body === undefined) return {};
	if (!Array.isArray(body?.properties)) return undefined;
	const properties: Record<string, unknown> = {};
	for (const entry of body.properties as Array<{
		property?: unknown;
		name?: unknown;
		value?: unknown;
	}>) {
		const name = entry?.property ?? entry?.name;
		if (typeof name !== 'string') return undefined;
		properties[name] = entry.value;
	}
	return properties;
}

/** v1 shows dates and datetimes as epoch milliseconds. */
function v1Value(ctx: HubSpotContext, type: ObjectTypeDef, name: string, value: string): string {
	const definition = ctx.properties.get(type, name);
	if (value && (definition?.type === 'datetime' || definition?.type === 'date')) {
		return String(parseTimestamp(value) ?? value);
	}
	return value;
}

function v1Error(status: number, message: string, extra: Record<string, unknown> = {}) {
	return json(status, {
		status: 'error',
		message,
		correlationId: randomUUID(),
		...extra,
		requestId: randomUUID(),
	});
}

function v1Invalid(
	results: Array<{ isValid: false; message: string; error: string; name: string }>,
) {
	return v1Error(400, 'Property values were not valid', { validationResults: results });
}

/** The v3 planner's errors in v1's shape. */
function fromV3Error(error: HubSpotError) {
	if (error.category === 'CONFLICT')
		return v1Error(409, error.message, { error: 'CONTACT_EXISTS' });
	const prefix = 'Property values were not valid: ';
	if (error.message.startsWith(prefix)) {
		const results = JSON.parse(error.message.slice(prefix.length)) as Array<{
			isValid: false;
			message: string;
			error: string;
			name: string;
		}>;
		return v1Invalid(
			results.map(({ isValid, message, error: code, name }) => ({
				isValid,
				message,
				error: code,
				name,
			})),
		);
	}
	return v1Error(error.status, error.message);
}

/** A stable GUID per contact, so nothing extra is stored. */
function leadGuid(id: string): string {
	return `00000000-0000-4000-8000-${id.padStart(12, '0').slice(-12)}`;
}
