/**
 * Ticket types and their attributes: `GET|POST /ticket_types`, `GET|PUT /ticket_types/{id}`,
 * `POST /ticket_types/{id}/attributes`, `PUT /ticket_types/{id}/attributes/{attribute_id}`.
 * Every type starts with the two default attributes `_default_title_` and `_default_description_`
 * (descriptions/2.11). Attribute names are unique within a type (400 otherwise; wording is the
 * fake's own). Shapes follow the recorded 2.11 examples (`ticket_type_attributes: {type: "list",
 * data: [...]}`, as the API really answers; see intercom-node#499).
 */
import { randomUUID } from 'node:crypto';
import type { IntercomContext } from '../context';
import { parameterInvalid, parameterNotFound, resourceNotFound } from '../errors';
import { addRoute, jsonObject, ok, type JsonObject } from '../http';

export const TICKET_CATEGORIES = ['Customer', 'Back-office', 'Tracker'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

export const TICKET_ATTRIBUTE_TYPES = [
	'string',
	'list',
	'integer',
	'decimal',
	'boolean',
	'datetime',
	'files',
] as const;
export type TicketAttributeType = (typeof TICKET_ATTRIBUTE_TYPES)[number];

export interface ListOption {
	readonly id: string;
	readonly label: string;
	readonly archived: boolean;
}

export interface TicketTypeAttribute {
	readonly id: string;
	readonly ticketTypeId: string;
	readonly name: string;
	readonly description: string;
	readonly dataType: TicketAttributeType;
	readonly inputOptions: Readonly<Record<string, unknown>> | null;
	readonly order: number;
	readonly requiredToCreate: boolean;
	readonly requiredToCreateForContacts: boolean;
	readonly visibleOnCreate: boolean;
	readonly visibleToContacts: boolean;
	readonly isDefault: boolean;
	readonly archived: boolean;
	readonly createdAt: number;
	readonly updatedAt: number;
}

export interface TicketTypeRecord {
	readonly id: string;
	readonly name: string;
	readonly description: string;
	readonly category: TicketCategory;
	readonly icon: string;
	readonly isInternal: boolean;
	readonly archived: boolean;
	readonly createdAt: number;
	readonly updatedAt: number;
	readonly attributes: readonly TicketTypeAttribute[];
}

/** A ticket type as a test or seed gives it (`attributes` as `POST …/attributes` bodies). */
export interface TicketTypeInput {
	name: string;
	description?: string;
	category?: TicketCategory;
	icon?: string;
	attributes?: Array<Record<string, unknown>>;
}

const DEFAULT_ICON = '\u{1F39F}\uFE0F';

export class TicketTypeStore {
	private readonly types = new Map<string, TicketTypeRecord>();

	constructor(private readonly ctx: () => IntercomContext) {}

	get size(): number {
		return this.types.size;
	}

	get(id: string): TicketTypeRecord | undefined {
		return this.types.get(String(id));
	}

	all(): TicketTypeRecord[] {
		return [...this.types.values()];
	}

	/** Every live attribute, of every type, with this name or id (ticket search fields). */
	attributesNamed(nameOrId: string): TicketTypeAttribute[] {
		return this.all().flatMap((t) =>
			t.attributes.filter((a) => !a.archived && (a.name === nameOrId || a.id === nameOrId)),
		);
	}

	create(body: JsonObject): TicketTypeRecord {
		const ctx = this.ctx();
		if (typeof body.name !== 'string' || body.name.trim() === '') {
			throw parameterNotFound('Name is a required parameter.');
		}
		const category = body.category ?? 'Customer';
		if (!(TICKET_CATEGORIES as readonly unknown[]).includes(category)) {
			throw parameterInvalid(
				`category must be one of: ${TICKET_CATEGORIES.join(', ')}`,
				'category',
			);
		}
		const id = String(ctx.ids.next('ticketType'));
		const now = ctx.nowSeconds();
		const defaults = [
			this.attribute(
				id,
				0,
				{ name: '_default_title_', description: '', data_type: 'string' },
				true,
			),
			this.attribute(
				id,
				1,
				{ name: '_default_description_', description: '', data_type: 'string', multiline: true },
				true,
			),
		];
		const type: TicketTypeRecord = {
			id,
			name: body.name,
			description: typeof body.description === 'string' ? body.description : '',
			category: category as TicketCategory,
			icon: typeof body.icon === 'string' ? body.icon : DEFAULT_ICON,
			isInternal: body.is_internal === true,
			archived: false,
			createdAt: now,
			updatedAt: now,
			attributes: defaults,
		};
		this.types.set(id, type);
		return type;
	}

	update(id: string, body: JsonObject): TicketTypeRecord {
		const current = this.required(id);
		if (
			body.category !== undefined &&
			!(TICKET_CATEGORIES as readonly unknown[]).includes(body.category)
		) {
			throw parameterInvalid(
				`category must be one of: ${TICKET_CATEGORIES.join(', ')}`,
				'category',
			);
		}
		const next: TicketTypeRecord = {
			...current,
			...(typeof body.name === 'string' && { name: body.name }),
			...(typeof body.description === 'string' && { description: body.description }),
			...(body.category !== undefined && { category: body.category as TicketCategory }),
			...(typeof body.icon === 'string' && { icon: body.icon }),
			...(typeof body.archived === 'boolean' && { archived: body.archived }),
			...(typeof body.is_internal === 'boolean' && { isInternal: body.is_internal }),
			updatedAt: this.ctx().nowSeconds(),
		};
		this.types.set(id, next);
		return next;
	}

	addAttribute(typeId: string, body: JsonObject): TicketTypeAttribute {
		const type = this.required(typeId);
		if (typeof body.name !== 'string' || body.name.trim() === '') {
			throw parameterNotFound('Name is a required parameter.');
		}
		const wanted = body.name.toLowerCase();
		if (type.attributes.some((a) => a.name.toLowerCase() === wanted)) {
			throw parameterInvalid(
				`An attribute named '${body.name}' already exists on this ticket type`,
				'name',
			);
		}
		const attribute = this.attribute(type.id, type.attributes.length, body, false);
		this.types.set(type.id, { ...type, attributes: [...type.attributes, attribute] });
		return attribute;
	}

	updateAttribute(typeId: string, attributeId: string, body: JsonObject): TicketTypeAttribute {
		const type = this.required(typeId);
		const current = type.attributes.find((a) => a.id === attributeId);
		if (!current) throw resourceNotFound();
		const flag = (key: string, fallback: boolean) =>
			typeof body[key] === 'boolean' ? (body[key] as boolean) : fallback;
		const next: TicketTypeAttribute = {
			...current,
			...(typeof body.name === 'string' && !current.isDefault && { name: body.name }),
			...(typeof body.description === 'string' && { description: body.description }),
			requiredToCreate: flag('required_to_create', current.requiredToCreate),
			requiredToCreateForContacts: flag(
				'required_to_create_for_contacts',
				current.requiredToCreateForContacts,
			),
			visibleOnCreate: flag('visible_on_create', current.visibleOnCreate),
			visibleToContacts: flag('visible_to_contacts', current.visibleToContacts),
			archived: flag('archived', current.archived),
			updatedAt: this.ctx().nowSeconds(),
		};
		this.types.set(type.id, {
			...type,
			attributes: type.attributes.map((a) => (a.id === attributeId ? next : a)),
		});
		return next;
	}

	private required(id: string): TicketTypeRecord {
		const type = this.types.get(String(id));
		if (!type) throw resourceNotFound();
		return type;
	}

	private attribute(
		typeId: string,
		order: number,
		body: JsonObject,
		isDefault: boolean,
	): TicketTypeAttribute {
		const ctx = this.ctx();
		const dataType = body.data_type;
		if (!(TICKET_ATTRIBUTE_TYPES as readonly unknown[]).includes(dataType)) {
			throw parameterInvalid(
				`data_type must be one of: ${TICKET_ATTRIBUTE_TYPES.join(', ')}`,
				'data_type',
			);
		}
		if (!isDefault && typeof body.description !== 'string') {
			throw parameterNotFound('Description is a required parameter.');
		}
		const now = ctx.nowSeconds();
		const flag = (key: string, fallback: boolean) =>
			typeof body[key] === 'boolean' ? (body[key] as boolean) : fallback;
		return {
			id: String(ctx.ids.next('ticketAttribute')),
			ticketTypeId: typeId,
			name: body.name as string,
			description: (body.description as string | undefined) ?? '',
			dataType: dataType as TicketAttributeType,
			inputOptions: inputOptions(dataType as TicketAttributeType, body),
			order,
			requiredToCreate: flag('required_to_create', false),
			requiredToCreateForContacts: flag('required_to_create_for_contacts', false),
			visibleOnCreate: flag('visible_on_create', true),
			visibleToContacts: flag('visible_to_contacts', true),
			isDefault,
			archived: false,
			createdAt: now,
			updatedAt: now,
		};
	}
}

function inputOptions(
	dataType: TicketAttributeType,
	body: JsonObject,
): Record<string, unknown> | null {
	switch (dataType) {
		case 'string':
			return { multiline: body.multiline === true };
		case 'files':
			return { allow_multiple_values: body.allow_multiple_values === true };
		case 'list': {
			const items = body.list_items;
			const labels =
				typeof items === 'string'
					? items.split(',')
					: Array.isArray(items)
						? items.map(String)
						: [];
			const cleaned = labels.map((label) => label.trim()).filter(Boolean);
			if (cleaned.length === 0) {
				throw parameterInvalid('list_items is required for list attributes', 'list_items');
			}
			const options: ListOption[] = cleaned.map((label) => ({
				id: randomUUID(),
				label,
				archived: false,
			}));
			return { list_options: options };
		}
		default:
			return null;
	}
}

export function renderTicketTypeAttribute(ctx: IntercomContext, a: TicketTypeAttribute) {
	return {
		type: 'ticket_type_attribute',
		id: a.id,
		workspace_id: ctx.settings.workspaceId,
		name: a.name,
		description: a.description,
		data_type: a.dataType,
		input_options: a.inputOptions,
		order: a.order,
		required_to_create: a.requiredToCreate,
		required_to_create_for_contacts: a.requiredToCreateForContacts,
		visible_on_create: a.visibleOnCreate,
		visible_to_contacts: a.visibleToContacts,
		default: a.isDefault,
		ticket_type_id: Number(a.ticketTypeId),
		archived: a.archived,
		created_at: a.createdAt,
		updated_at: a.updatedAt,
	};
}

export function renderTicketType(ctx: IntercomContext, t: TicketTypeRecord) {
	return {
		type: 'ticket_type',
		id: t.id,
		name: t.name,
		description: t.description,
		icon: t.icon,
		workspace_id: ctx.settings.workspaceId,
		archived: t.archived,
		created_at: t.createdAt,
		updated_at: t.updatedAt,
		is_internal: t.isInternal,
		ticket_type_attributes: {
			type: 'list',
			data: t.attributes.map((a) => renderTicketTypeAttribute(ctx, a)),
		},
		category: t.category,
	};
}

export function registerTicketTypeRoutes(ctx: IntercomContext): void {
	const { server, ticketTypes } = ctx;
	const render = (t: TicketTypeRecord) => renderTicketType(ctx, t);
	addRoute(server, 'GET', '/ticket_types', () =>
		ok({ type: 'list', data: ticketTypes.all().map(render) }),
	);
	addRoute(server, 'POST', '/ticket_types', (req) =>
		ok(render(ticketTypes.create(jsonObject(req)))),
	);
	addRoute(server, 'GET', '/ticket_types/:id', (req) => {
		const type = ticketTypes.get(req.params.id);
		if (!type) throw resourceNotFound();
		return ok(render(type));
	});
	addRoute(server, 'PUT', '/ticket_types/:id', (req) =>
		ok(render(ticketTypes.update(req.params.id, jsonObject(req)))),
	);
	addRoute(server, 'POST', '/ticket_types/:id/attributes', (req) =>
		ok(renderTicketTypeAttribute(ctx, ticketTypes.addAttribute(req.params.id, jsonObject(req)))),
	);
	addRoute(server, 'PUT', '/ticket_types/:id/attributes/:attributeId', (req) =>
		ok(
			renderTicketTypeAttribute(
				ctx,
				ticketTypes.updateAttribute(req.params.id, req.params.attributeId, jsonObject(req)),
			),
		),
	);
}
