/**
 * Contacts as the API returns them (descriptions/2.11's recorded `contact` examples): every
 * standard field present, `null` when unset; `tags`, `notes`, `companies` and the subscription
 * lists as addressable lists of at most 10 entries with `url`, `total_count`, `has_more`.
 */
import type { IntercomContext } from '../context';
import type { ContactRecord } from './store';

const ADDRESSABLE_LIMIT = 10;

/** Fields the fake never fills (browser, device, location data). */
const untrackedFields = () => ({
	last_replied_at: null,
	last_contacted_at: null,
	last_email_opened_at: null,
	last_email_clicked_at: null,
	language_override: null,
	browser: null,
	browser_version: null,
	browser_language: null,
	os: null,
	location: {
		type: 'location',
		country: null,
		region: null,
		city: null,
		country_code: null,
		continent_code: null,
	},
	android_app_name: null,
	android_app_version: null,
	android_device: null,
	android_os_version: null,
	android_sdk_version: null,
	android_last_seen_at: null,
	ios_app_name: null,
	ios_app_version: null,
	ios_device: null,
	ios_os_version: null,
	ios_sdk_version: null,
	ios_last_seen_at: null,
});

const UTM_FIELDS = ['utm_campaign', 'utm_content', 'utm_medium', 'utm_source', 'utm_term'];

function addressable(url: string, entries: Array<{ type: string; id: string; url: string }>) {
	return {
		type: 'list',
		data: entries.slice(0, ADDRESSABLE_LIMIT),
		url,
		total_count: entries.length,
		has_more: entries.length > ADDRESSABLE_LIMIT,
	};
}

export function renderContact(ctx: IntercomContext, c: ContactRecord) {
	const base = `/contacts/${c.id}`;
	const companies = ctx.memberships
		.companiesOf(c.id)
		.map((id) => ({ id, type: 'company', url: `/companies/${id}` }));
	const notes = ctx.notes
		.forContact(c.id)
		.map((n) => ({ type: 'note', id: n.id, url: `/notes/${n.id}` }));
	const utm: Record<string, unknown> = {};
	for (const field of UTM_FIELDS) utm[field] = c.legacy[field] ?? null;
	return {
		type: 'contact',
		id: c.id,
		workspace_id: ctx.settings.workspaceId,
		external_id: c.externalId,
		role: c.role,
		email: c.email,
		phone: c.phone,
		name: c.name,
		avatar: c.avatar,
		owner_id: c.ownerId,
		social_profiles: { type: 'list', data: [] },
		has_hard_bounced: c.hasHardBounced,
		marked_email_as_spam: c.markedEmailAsSpam,
		unsubscribed_from_emails: c.unsubscribedFromEmails,
		created_at: c.createdAt,
		updated_at: c.updatedAt,
		signed_up_at: c.signedUpAt,
		last_seen_at: c.lastSeenAt,
		...untrackedFields(),
		custom_attributes: { ...c.customAttributes },
		tags: addressable(`${base}/tags`, []),
		notes: addressable(`${base}/notes`, notes),
		companies: addressable(`${base}/companies`, companies),
		opted_out_subscription_types: addressable(`${base}/subscriptions`, []),
		opted_in_subscription_types: addressable(`${base}/subscriptions`, []),
		...utm,
		referrer: c.legacy.referrer ?? null,
	};
}

export type RenderedContact = ReturnType<typeof renderContact>;

/** `{id, external_id, type: "contact"}` plus a flag: the delete / archive / unarchive answers. */
export function contactReference(c: ContactRecord) {
	return { id: c.id, external_id: c.externalId, type: 'contact' };
}
