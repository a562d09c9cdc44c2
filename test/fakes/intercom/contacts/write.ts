/**
 * One contact write, checked completely before anything is stored (a refused request changes
 * nothing): field types, role, owner, custom attributes (400s), then unique external_id / email
 * (409 naming the existing contact). Used by `POST /contacts`, `PUT /contacts/{id}`, the legacy
 * `POST /users`, ticket creation by email and seeds.
 */
import {
	applyCustomChanges,
	checkCustomAttributes,
	EMPTY_VALUES,
} from '../dataAttributes/customValues';
import type { IntercomContext } from '../context';
import { contactConflict, parameterInvalid } from '../errors';
import { read, rejectUnknownKeys, type JsonObject } from '../http';
import type { ContactRecord, ContactRole } from './store';

const WRITABLE = new Set([
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
	'custom_attributes',
]);

const EMAIL = /^[^\s@]+@[^\s@]+$/;

const typeError = (type: string) => (key: string) =>
	parameterInvalid(`${key} must be ${type}`, key);

/** The changes a body asks for, validated; undefined = not given. */
interface ContactChanges {
	role?: ContactRole;
	externalId?: string | null;
	email?: string | null;
	phone?: string | null;
	name?: string | null;
	avatar?: string | null;
	signedUpAt?: number | null;
	lastSeenAt?: number | null;
	ownerId?: number | null;
	unsubscribedFromEmails?: boolean;
	custom: Record<string, unknown>;
}

export function readContactChanges(
	ctx: IntercomContext,
	body: JsonObject,
	options: { allowed?: ReadonlySet<string> } = {},
): ContactChanges {
	rejectUnknownKeys(body, options.allowed ?? WRITABLE);
	const string = typeError('a string');
	const integer = typeError('an integer (Unix seconds)');
	const changes: ContactChanges = { custom: {} };
	const role = body.role;
	if (role !== undefined && role !== null) {
		if (role !== 'user' && role !== 'lead')
			throw parameterInvalid('role must be either user or lead', 'role');
		changes.role = role;
	}
	const externalId = body.external_id;
	if (externalId !== undefined) {
		if (externalId !== null && typeof externalId !== 'string' && typeof externalId !== 'number') {
			throw string('external_id');
		}
		changes.externalId = externalId === null || externalId === '' ? null : String(externalId);
	}
	const email = read.string(body, 'email', string);
	if (email !== undefined) {
		if (email && !EMAIL.test(email)) throw parameterInvalid(`Email '${email}' is invalid`, 'email');
		changes.email = email || null;
	}
	for (const [key, field] of [
		['phone', 'phone'],
		['name', 'name'],
		['avatar', 'avatar'],
	] as const) {
		const value = read.string(body, key, string);
		if (value !== undefined) changes[field] = value;
	}
	for (const [key, field] of [
		['signed_up_at', 'signedUpAt'],
		['last_seen_at', 'lastSeenAt'],
	] as const) {
		const value = read.integer(body, key, integer);
		if (value !== undefined) changes[field] = value;
	}
	const ownerId = body.owner_id;
	if (ownerId !== undefined && ownerId !== null) {
		const owner = ctx.admins.get(String(ownerId));
		if (!owner)
			throw parameterInvalid(
				`owner_id ${String(ownerId)} is not a teammate of this workspace`,
				'owner_id',
			);
		changes.ownerId = Number(owner.id);
	} else if (ownerId === null) {
		changes.ownerId = null;
	}
	const unsubscribed = read.boolean(body, 'unsubscribed_from_emails', typeError('a boolean'));
	if (unsubscribed !== undefined && unsubscribed !== null)
		changes.unsubscribedFromEmails = unsubscribed;
	changes.custom = checkCustomAttributes(ctx.dataAttributes, 'contact', body.custom_attributes);
	return changes;
}

/** A new contact from `POST /contacts` (role defaults to `user`). Throws 400 / 409. */
export function planContactCreate(
	ctx: IntercomContext,
	body: JsonObject,
	options: { allowed?: ReadonlySet<string>; legacy?: Record<string, unknown> } = {},
): ContactRecord {
	const changes = readContactChanges(ctx, body, options);
	if (!changes.email && !changes.externalId && !changes.role) {
		throw parameterInvalid('A contact needs at least one of email, external_id or role');
	}
	const now = ctx.nowSeconds();
	const record: ContactRecord = {
		id: ctx.ids.objectId(),
		role: changes.role ?? 'user',
		externalId: changes.externalId ?? null,
		email: changes.email ?? null,
		phone: changes.phone ?? null,
		name: changes.name ?? null,
		avatar: changes.avatar ?? null,
		ownerId: changes.ownerId ?? null,
		unsubscribedFromEmails: changes.unsubscribedFromEmails ?? false,
		hasHardBounced: false,
		markedEmailAsSpam: false,
		createdAt: now,
		updatedAt: now,
		signedUpAt: changes.signedUpAt ?? null,
		lastSeenAt: changes.lastSeenAt ?? null,
		legacy: options.legacy ?? EMPTY_VALUES,
		customAttributes: applyCustomChanges(EMPTY_VALUES, changes.custom),
		archived: false,
		writtenAt: ctx.clock.now(),
	};
	checkUnique(ctx, record);
	return record;
}

/**
 * The contact after `PUT /contacts/{id}`; the same record when nothing changes. A lead may
 * become a user, not the other way round. Throws 400 / 409.
 */
export function planContactUpdate(
	ctx: IntercomContext,
	current: ContactRecord,
	body: JsonObject,
	options: { allowed?: ReadonlySet<string>; legacy?: Record<string, unknown> } = {},
): ContactRecord {
	const changes = readContactChanges(ctx, body, options);
	if (changes.role === 'lead' && current.role === 'user') {
		throw parameterInvalid('A user cannot be converted into a lead', 'role');
	}
	const next: ContactRecord = {
		...current,
		...(changes.role !== undefined && { role: changes.role }),
		...(changes.externalId !== undefined && { externalId: changes.externalId }),
		...(changes.email !== undefined && { email: changes.email }),
		...(changes.phone !== undefined && { phone: changes.phone }),
		...(changes.name !== undefined && { name: changes.name }),
		...(changes.avatar !== undefined && { avatar: changes.avatar }),
		...(changes.ownerId !== undefined && { ownerId: changes.ownerId }),
		...(changes.signedUpAt !== undefined && { signedUpAt: changes.signedUpAt }),
		...(changes.lastSeenAt !== undefined && { lastSeenAt: changes.lastSeenAt }),
		...(changes.unsubscribedFromEmails !== undefined && {
			unsubscribedFromEmails: changes.unsubscribedFromEmails,
		}),
		legacy: options.legacy ? { ...current.legacy, ...options.legacy } : current.legacy,
		customAttributes: applyCustomChanges(current.customAttributes, changes.custom),
	};
	if (sameContent(current, next)) return current;
	checkUnique(ctx, next);
	return { ...next, updatedAt: ctx.nowSeconds(), writtenAt: ctx.clock.now() };
}

function checkUnique(ctx: IntercomContext, record: ContactRecord): void {
	const owner = ctx.contacts.conflictFor(record);
	if (owner) throw contactConflict(owner.id, owner.archived);
}

function sameContent(a: ContactRecord, b: ContactRecord): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}
