/**
 * The fields `POST /contacts/search` accepts (descriptions/2.11's "Accepted Fields" table) and
 * `custom_attributes.<name>` for the workspace's live custom contact attributes, typed by their
 * data type (`date` and `datetime` attributes match by day like the built-in dates).
 */
import type { IntercomContext } from '../context';
import type { FieldType, SearchField, SearchSchema } from '../search/query';
import type { ContactRecord } from './store';

type Getter = (c: ContactRecord) => unknown;

const always =
	(value: unknown): Getter =>
	() =>
		value;

/** Identifiers compare exactly; every other string ignores case. */
const EXACT = new Set(['id', 'external_id']);

const FIELDS: Record<string, [FieldType, Getter]> = {
	id: ['string', (c) => c.id],
	role: ['string', (c) => c.role],
	name: ['string', (c) => c.name],
	avatar: ['string', (c) => c.avatar],
	owner_id: ['integer', (c) => c.ownerId],
	email: ['string', (c) => c.email],
	email_domain: ['string', (c) => c.email?.split('@')[1] ?? null],
	phone: ['string', (c) => c.phone],
	external_id: ['string', (c) => c.externalId],
	created_at: ['date', (c) => c.createdAt],
	signed_up_at: ['date', (c) => c.signedUpAt],
	updated_at: ['date', (c) => c.updatedAt],
	last_seen_at: ['date', (c) => c.lastSeenAt],
	last_contacted_at: ['date', always(null)],
	last_replied_at: ['date', always(null)],
	last_email_opened_at: ['date', always(null)],
	last_email_clicked_at: ['date', always(null)],
	language_override: ['string', always(null)],
	browser: ['string', always(null)],
	browser_language: ['string', always(null)],
	os: ['string', always(null)],
	'location.country': ['string', always(null)],
	'location.region': ['string', always(null)],
	'location.city': ['string', always(null)],
	unsubscribed_from_emails: ['boolean', (c) => c.unsubscribedFromEmails],
	marked_email_as_spam: ['boolean', (c) => c.markedEmailAsSpam],
	has_hard_bounced: ['boolean', (c) => c.hasHardBounced],
};

const CUSTOM_TYPES: Record<string, FieldType> = {
	string: 'string',
	integer: 'integer',
	float: 'float',
	boolean: 'boolean',
	date: 'date',
	datetime: 'date',
};

export function contactSearchSchema(ctx: IntercomContext): SearchSchema<ContactRecord> {
	return {
		inclusiveDateOperators: false,
		field(name): SearchField<ContactRecord> | undefined {
			const builtIn = FIELDS[name];
			if (builtIn) return { type: builtIn[0], value: builtIn[1], exact: EXACT.has(name) };
			if (!name.startsWith('custom_attributes.')) return undefined;
			const attrName = name.slice('custom_attributes.'.length);
			const attr = ctx.dataAttributes.liveCustom('contact', attrName);
			if (!attr) return undefined;
			return {
				type: CUSTOM_TYPES[attr.dataType] ?? 'string',
				value: (c) => c.customAttributes[attrName],
			};
		},
	};
}
