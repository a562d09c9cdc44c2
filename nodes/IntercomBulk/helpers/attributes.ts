import type { IDataObject } from 'n8n-workflow';

export type Model = 'contact' | 'company';

/** Attributes Intercom keeps at the top level of a write; everything else is a custom attribute. */
const STANDARD_FIELDS: Record<Model, ReadonlySet<string>> = {
	contact: new Set([
		'role',
		'external_id',
		'email',
		'phone',
		'name',
		'avatar',
		'signed_up_at',
		'last_seen_at',
		'owner_id',
		'unsubscribed_from_emails',
	]),
	company: new Set([
		'company_id',
		'name',
		'plan',
		'size',
		'website',
		'industry',
		'remote_created_at',
		'monthly_spend',
	]),
};

const CUSTOM_PREFIX = 'custom_attributes.';

export interface Payload {
	fields: IDataObject;
	custom: IDataObject;
}

/**
 * Splits mapped properties into Intercom's top-level fields and its `custom_attributes`.
 * `clear` sends empty values as null (Intercom then clears them); `skip` leaves them out.
 */
export function payloadOf(
	model: Model,
	properties: IDataObject,
	emptyValues: 'clear' | 'skip',
): Payload {
	const fields: IDataObject = {};
	const custom: IDataObject = {};
	for (const [name, raw] of Object.entries(properties)) {
		const empty = raw === null || raw === undefined || raw === '';
		if (empty && emptyValues === 'skip') continue;
		const value = empty ? null : raw;
		if (name.startsWith(CUSTOM_PREFIX)) custom[name.slice(CUSTOM_PREFIX.length)] = value;
		else if (name === 'custom_attributes' && raw && typeof raw === 'object')
			Object.assign(custom, raw as IDataObject);
		else if (STANDARD_FIELDS[model].has(name)) {
			// A top-level field cannot be cleared with null on create; leave it out.
			if (value !== null) fields[name] = value;
		} else custom[name] = value;
	}
	return { fields, custom };
}

/** The request body: top-level fields and, when there are any, `custom_attributes`. */
export function bodyOf(payload: Payload): IDataObject {
	return Object.keys(payload.custom).length > 0
		? { ...payload.fields, custom_attributes: payload.custom }
		: { ...payload.fields };
}
