/**
 * The API 1.x `/users` endpoints n8n's built-in Intercom node still calls (typeVersion 1,
 * `n8n-nodes-base/nodes/Intercom/Intercom.node.ts`), mapped onto the contacts store (role `user`,
 * `external_id` = `user_id`), rate limited like everything else:
 *
 * - `POST /users`: create or update, found by `id`, else `user_id`, else `email` (unknown `id`:
 *   404; a `user_id` nobody has yet falls back to the `email`, since users' emails are unique here). Body: `user_id`, `email`, `phone`, `name`, `unsubscribed_from_emails`,
 *   `custom_attributes` (checked like contacts'), `avatar: {image_url}`, `signed_up_at`,
 *   `last_request_at`, `update_last_request_at`, `session_count`, `utm_*`, and `companies:
 *   [{company_id, name?, remove?}]` (created when missing, attached or detached). Other fields
 *   are ignored, as 1.x did.
 * - `GET /users?user_id=|email=` (one user), `GET /users` (`user.list`, page paging with a
 *   `pages.next` URL that is null on the last page), `GET /users/{id}`, `DELETE /users/{id}`.
 */
import type { FakeRequest } from '../common';
import { createOrUpdateCompany } from './companies/write';
import { deleteContact } from './contacts/routes';
import type { ContactRecord } from './contacts/store';
import { planContactCreate, planContactUpdate } from './contacts/write';
import type { IntercomContext } from './context';
import { parameterInvalid, parameterNotFound, userNotFound } from './errors';
import { addRoute, jsonObject, ok, queryString, type JsonObject } from './http';
import { offsetPage } from './offsetPaging';

const CONTACT_KEYS = new Set([
	'external_id',
	'email',
	'phone',
	'name',
	'avatar',
	'signed_up_at',
	'unsubscribed_from_emails',
	'custom_attributes',
]);
const UTM = ['utm_campaign', 'utm_content', 'utm_medium', 'utm_source', 'utm_term', 'referrer'];

export function registerLegacyUserRoutes(ctx: IntercomContext): void {
	const { server, contacts } = ctx;
	const render = (c: ContactRecord) => renderLegacyUser(ctx, c);
	const byQuery = (req: FakeRequest) => {
		const userId = queryString(req, 'user_id');
		const email = queryString(req, 'email');
		if (userId !== undefined) return { asked: true, user: contacts.byExternalId(userId) };
		if (email !== undefined) return { asked: true, user: contacts.anyByEmail(email) };
		return { asked: false, user: undefined };
	};

	addRoute(server, 'POST', '/users', (req) => ok(render(createOrUpdateUser(ctx, jsonObject(req)))));

	addRoute(server, 'GET', '/users', (req) => {
		const { asked, user } = byQuery(req);
		if (asked) {
			if (!user) throw userNotFound();
			return ok(render(user));
		}
		const users = [...contacts.values()].filter((c) => c.role === 'user' && !c.archived);
		const page = offsetPage(req, server.url, users, 50, 60);
		return ok({
			type: 'user.list',
			users: page.items.map(render),
			pages: page.pages,
			total_count: page.total,
		});
	});

	addRoute(server, 'GET', '/users/:id', (req) => {
		const user = contacts.get(req.params.id);
		if (!user) throw userNotFound();
		return ok(render(user));
	});

	addRoute(server, 'DELETE', '/users/:id', (req) => {
		const user = contacts.get(req.params.id);
		if (!user) throw userNotFound();
		const rendered = render(user);
		deleteContact(ctx, user.id);
		return ok(rendered);
	});
}

function createOrUpdateUser(ctx: IntercomContext, body: JsonObject): ContactRecord {
	const { contacts } = ctx;
	const userId =
		body.user_id === undefined || body.user_id === null ? undefined : String(body.user_id);
	const email = typeof body.email === 'string' && body.email !== '' ? body.email : undefined;
	let existing: ContactRecord | undefined;
	if (body.id !== undefined && body.id !== null) {
		existing = contacts.get(String(body.id));
		if (!existing) throw userNotFound();
	} else if (userId !== undefined || email !== undefined) {
		// Our users' emails are unique, so a user_id not known yet falls back to the email.
		existing =
			(userId !== undefined ? contacts.byExternalId(userId) : undefined) ??
			(email !== undefined ? contacts.userByEmail(email) : undefined);
	} else {
		throw parameterNotFound('Missing user identifier: give id, user_id or email');
	}
	const companyOps = readCompanies(body.companies);
	const contactBody: JsonObject = {};
	if (userId !== undefined) contactBody.external_id = userId;
	for (const key of [
		'email',
		'phone',
		'name',
		'signed_up_at',
		'unsubscribed_from_emails',
		'custom_attributes',
	]) {
		if (body[key] !== undefined) contactBody[key] = body[key];
	}
	if (body.avatar && typeof body.avatar === 'object') {
		contactBody.avatar = (body.avatar as Record<string, unknown>).image_url ?? null;
	}
	const legacy = readLegacy(ctx, body);
	const options = { allowed: CONTACT_KEYS, legacy };
	const now = ctx.clock.now();
	let user: ContactRecord;
	if (existing) {
		user = planContactUpdate(ctx, existing, contactBody, options);
		if (user !== existing) contacts.replace(user, now);
	} else {
		user = planContactCreate(
			ctx,
			{ ...contactBody, role: 'user' },
			{ ...options, allowed: new Set([...CONTACT_KEYS, 'role']) },
		);
		contacts.insert(user, now);
	}
	for (const op of companyOps) {
		const found = ctx.companies.byCompanyId(op.companyId);
		if (op.remove) {
			if (found) ctx.memberships.detach(user.id, found.id);
			continue;
		}
		const company =
			found ??
			createOrUpdateCompany(ctx, { company_id: op.companyId, ...(op.name && { name: op.name }) })
				.company;
		ctx.memberships.attach(user.id, company.id);
	}
	return user;
}

function readCompanies(raw: unknown): Array<{ companyId: string; name?: string; remove: boolean }> {
	if (raw === undefined || raw === null) return [];
	if (!Array.isArray(raw)) throw parameterInvalid('companies must be an array', 'companies');
	return raw.map((entry) => {
		const company = entry as Record<string, unknown> | null;
		if (
			!company ||
			typeof company !== 'object' ||
			company.company_id === undefined ||
			company.company_id === null
		) {
			throw parameterInvalid('Each company needs a company_id', 'companies');
		}
		return {
			companyId: String(company.company_id),
			name: typeof company.name === 'string' ? company.name : undefined,
			remove: company.remove === true,
		};
	});
}

function readLegacy(ctx: IntercomContext, body: JsonObject): Record<string, unknown> {
	const legacy: Record<string, unknown> = {};
	if (typeof body.session_count === 'number') legacy.session_count = body.session_count;
	if (typeof body.last_request_at === 'number') legacy.last_request_at = body.last_request_at;
	if (body.update_last_request_at === true) legacy.last_request_at = ctx.nowSeconds();
	for (const key of UTM) if (typeof body[key] === 'string') legacy[key] = body[key];
	return legacy;
}

export function renderLegacyUser(ctx: IntercomContext, c: ContactRecord) {
	const companies = ctx.memberships
		.companiesOf(c.id)
		.map((id) => ctx.companies.get(id))
		.filter((company) => company !== undefined)
		.map((company) => ({
			type: 'company',
			company_id: company.companyId,
			id: company.id,
			name: company.name,
		}));
	const utm: Record<string, unknown> = {};
	for (const key of UTM) utm[key] = c.legacy[key] ?? null;
	return {
		type: 'user',
		id: c.id,
		user_id: c.externalId,
		anonymous: false,
		email: c.email,
		phone: c.phone,
		name: c.name,
		pseudonym: null,
		avatar: { type: 'avatar', image_url: c.avatar },
		app_id: ctx.settings.workspaceId,
		companies: { type: 'company.list', companies },
		location_data: {},
		last_request_at: c.legacy.last_request_at ?? null,
		created_at: c.createdAt,
		remote_created_at: c.signedUpAt,
		signed_up_at: c.signedUpAt,
		updated_at: c.updatedAt,
		session_count: c.legacy.session_count ?? 0,
		social_profiles: { type: 'social_profile.list', social_profiles: [] },
		owner_id: c.ownerId,
		unsubscribed_from_emails: c.unsubscribedFromEmails,
		marked_email_as_spam: c.markedEmailAsSpam,
		has_hard_bounced: c.hasHardBounced,
		tags: { type: 'tag.list', tags: [] },
		segments: { type: 'segment.list', segments: [] },
		custom_attributes: { ...c.customAttributes },
		...utm,
	};
}
