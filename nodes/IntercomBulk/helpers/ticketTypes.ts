import type { IExecuteFunctions } from 'n8n-workflow';
import { oncePerExecution } from '../../shared/executionCache';
import type { IntercomApi } from '../transport/client';

/** The ticket attribute that holds the Salesforce Case Id: what makes ticket creation idempotent. */
export const CASE_ID_ATTRIBUTE = 'salesforce_case_id';

export interface TicketType {
	id: string;
	name: string;
	attributes: Set<string>;
}

interface ListedType {
	id: string;
	name: string;
	ticket_type_attributes?: { data?: Array<{ name: string }> };
}

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
			const listed = (await api.call((client) => client.ticketTypes.list())) as {
				data?: ListedType[];
			};
			let found = listed.data?.find((type) => type.name.toLowerCase() === name.toLowerCase());
			if (!found) {
				found = (await api.call((client) =>
					client.ticketTypes.create({
						name,
						description: 'Cases migrated from Salesforce',
						category: 'Customer',
					} as never),
				)) as ListedType;
			}
			const type: TicketType = {
				id: String(found.id),
				name: found.name,
				attributes: new Set((found.ticket_type_attributes?.data ?? []).map((a) => a.name)),
			};
			await ensureTicketAttributes(api, type, { [CASE_ID_ATTRIBUTE]: '' });
			return type;
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
				description:
					name === CASE_ID_ATTRIBUTE
						? 'The Salesforce Case this ticket was migrated from'
						: `From Salesforce: ${name}`,
				data_type: ticketAttributeType(value),
			}),
		);
	}
}
