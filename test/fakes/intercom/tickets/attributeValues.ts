/**
 * `ticket_attributes` of a create or update, checked against the ticket type: unknown (or
 * archived) names are 400 `parameter_invalid` "Ticket attribute 'x' does not exist" (worded
 * like Intercom's "Conversation attribute 'x' does not exist"), values are type-checked, list
 * values must name one of the list's options (by id or label), and on create every attribute
 * with `required_to_create` must be given. `null` clears a value.
 */
import { parameterInvalid } from '../errors';
import type { ListOption, TicketTypeAttribute, TicketTypeRecord } from './ticketTypes';

export function checkTicketAttributes(
	type: TicketTypeRecord,
	input: unknown,
	options: { creating: boolean },
): Record<string, unknown> {
	if (
		input !== undefined &&
		input !== null &&
		(typeof input !== 'object' || Array.isArray(input))
	) {
		throw parameterInvalid('ticket_attributes must be an object', 'ticket_attributes');
	}
	const given = (input ?? {}) as Record<string, unknown>;
	const live = type.attributes.filter((a) => !a.archived);
	for (const [name, value] of Object.entries(given)) {
		const attr = live.find((a) => a.name === name);
		if (!attr) throw parameterInvalid(`Ticket attribute '${name}' does not exist`, name);
		if (value !== null && !matches(attr, value)) {
			throw parameterInvalid(`Ticket attribute '${name}' must be of type ${attr.dataType}`, name);
		}
	}
	if (options.creating) {
		for (const attr of live) {
			const value = given[attr.name];
			if (attr.requiredToCreate && (value === undefined || value === null || value === '')) {
				throw parameterInvalid(`Ticket attribute '${attr.name}' is required`, attr.name);
			}
		}
	}
	return { ...given };
}

function matches(attr: TicketTypeAttribute, value: unknown): boolean {
	switch (attr.dataType) {
		case 'string':
			return typeof value === 'string';
		case 'integer':
			return typeof value === 'number' && Number.isInteger(value);
		case 'decimal':
			return typeof value === 'number' && Number.isFinite(value);
		case 'boolean':
			return typeof value === 'boolean';
		case 'datetime':
			return (
				(typeof value === 'number' && Number.isInteger(value) && value >= 0) ||
				(typeof value === 'string' && !Number.isNaN(Date.parse(value)))
			);
		case 'list': {
			const options = (attr.inputOptions?.list_options ?? []) as ListOption[];
			return (
				typeof value === 'string' &&
				options.some((o) => !o.archived && (o.id === value || o.label === value))
			);
		}
		case 'files':
			return Array.isArray(value);
		default:
			return true;
	}
}
