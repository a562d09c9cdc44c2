import type { IExecuteFunctions } from 'n8n-workflow';
import { oncePerExecution } from '../../shared/executionCache';
import type { IntercomApi } from '../transport/client';

/** The ticket attribute that holds the Salesforce Case Id: what makes ticket creation idempotent. */
export const CASE_ID_ATTRIBUTE = 'salesforce_case_id';

/** The ticket attribute set on a ticket closed because its Case was deleted in Salesforce. */
export const CASE_DELETED_ATTRIBUTE = 'salesforce_case_deleted';

const ATTRIBUTE_DESCRIPTIONS: Record<string, string> = {
	[CASE_ID_ATTRIBUTE]: 'The Salesforce Case this ticket was migrated from',
	[CASE_DELETED_ATTRIBUTE]: 'The Salesforce Case was deleted or merged into another case',
};

export interface TicketType {
	id: string;
	name: string;
	attributes: Set<string>;
}

/** A ticket type as Intercom lists it (and as a ticket carries it). */
export interface ListedType {
	id: string | number;
	name: string;
	ticket_type_attributes?: { data?: Array<{ name: string }> };
}

export function ticketTypeOf(listed: ListedType): TicketType {
	return {
		id: String(listed.id),
		name: listed.name,
		attributes: new Set((listed.ticket_type_attributes?.data ?? []).map((a) => a.name)),
	};
}

async function listedTicketTypes(api: IntercomApi): Promise<ListedType[]> {
	const listed = (await api.call((client) => client.ticketTypes.list())) as {
		data?: ListedType[];
	};
	return listed.data ?? [];
}

const sameName = (name: string) => (type: ListedType) =>
	type.name.toLowerCase() === name.toLowerCase();

function ticketAttributeType(value: unknown): 'string' | 'integer' | 'decimal' | 'boolean' {
	if (typeof value === 'boolean') return 'boolean';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'decimal';
	return 'string';
}

/**
 * The ticket type with this name, created when the workspace has none, with the Salesforce Case
 * Id attribute in place. Looked up once per execution.
 */
export async function ticketTypeNamed(
	context: IExecuteFunctions,
	api: IntercomApi,
	name: string,
): Promise<TicketType> {
	return await oncePerExecution(
		context.getExecutionId(),
		`intercom-ticket-type:${name}`,
		async () => {
			let found = (await listedTicketTypes(api)).find(sameName(name));
			if (!found) {
				found = (await api.call((client) =>
					client.ticketTypes.create({
						name,
						description: 'Cases migrated from Salesforce',
						category: 'Customer',
					} as never),
				)) as ListedType;
			}
			const type = ticketTypeOf(found);
			await ensureTicketAttributes(api, type, { [CASE_ID_ATTRIBUTE]: '' });
			return type;
		},
	);
}

/**
 * The ticket type with this name, or undefined when the workspace has none: for operations that
 * act on tickets already there and have no reason to create a type. Looked up once per execution.
 */
export async function existingTicketType(
	context: IExecuteFunctions,
	api: IntercomApi,
	name: string,
): Promise<TicketType | undefined> {
	return await oncePerExecution(
		context.getExecutionId(),
		`intercom-existing-ticket-type:${name}`,
		async () => {
			const found = (await listedTicketTypes(api)).find(sameName(name));
			return found ? ticketTypeOf(found) : undefined;
		},
	);
}

/** Adds the attributes the values need and the type lacks (Intercom refuses unknown ones). */
export async function ensureTicketAttributes(
	api: IntercomApi,
	type: TicketType,
	values: Record<string, unknown>,
): Promise<void> {
	for (const [name, value] of Object.entries(values)) {
		if (name.startsWith('_default_') || type.attributes.has(name)) continue;
		type.attributes.add(name);
		await api.call((client) =>
			client.ticketTypes.attributes.create({
				ticket_type_id: type.id,
				name,
				description: ATTRIBUTE_DESCRIPTIONS[name] ?? `From Salesforce: ${name}`,
				data_type: ticketAttributeType(value),
			}),
		);
	}
}
