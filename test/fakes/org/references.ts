/**
 * Which record points at which, computed from indexes alone (O(1), nothing stored).
 *
 * Parent/child links use contiguous blocks: child i of n belongs to parent floor(i * m / n) of m,
 * so the children of parent p are the index range [ceil(p * n / m), ceil((p + 1) * n / m)). With the
 * default proportions an Account has ~3 Contacts and ~1 Opportunity; 60% of Opportunities have 1-3 contact roles.
 * Every function returns the index of a record that exists, or null.
 */
import {
	CONVERTED_LEAD_CONTACT_SLOT,
	LEAD_TWIN_CONTACT_SLOT,
	occurrenceOf,
	SLOT_MODULUS,
} from './awkward';
import type { OrgContext } from './context';
import { NOTE_PARENTS } from './counts';
import { OBJECT_NAMES } from './types';
import type { AnomalyKind, ObjectName } from './types';

export function blockParent(child: number, childCount: number, parentCount: number): number | null {
	if (parentCount <= 0 || childCount <= 0) return null;
	return Math.floor((child * parentCount) / childCount);
}

/** [first, end) of the children of `parent`. */
export function blockChildren(parent: number, childCount: number, parentCount: number): [number, number] {
	if (parentCount <= 0) return [0, 0];
	const first = Math.min(childCount, Math.ceil((parent * childCount) / parentCount));
	const end = Math.min(childCount, Math.ceil(((parent + 1) * childCount) / parentCount));
	return [first, end];
}

// Salts of the one-off decisions (ctx.unit), so that no two decisions share a random number.
const SALT = {
	owner: 11,
	creator: 12,
	modifier: 13,
	privateContact: 21,
	reportsTo: 22,
	parentAccount: 31,
	parentAccountPick: 32,
	primaryContact: 33,
	oppNoAccount: 41,
	ocrContact: 51,
	caseContactRoll: 61,
	caseContactPick: 62,
	caseAccountPick: 63,
	caseParent: 64,
	whoRoll: 71,
	whoPick: 72,
	whatRoll: 73,
	whatPick: 74,
	noteParentRoll: 81,
	noteParentPick: 82,
} as const;

/** The User who owns record i (skewed: low-numbered users own more, as top sellers do). */
export function ownerIndex(ctx: OrgContext, object: ObjectName, index: number): number {
	const users = ctx.counts.User;
	return Math.min(users - 1, Math.floor(ctx.unit(object, index, SALT.owner) ** 1.5 * users));
}

export function creatorIndex(ctx: OrgContext, object: ObjectName, index: number): number {
	if (ctx.unit(object, index, SALT.creator) < 0.7) return ownerIndex(ctx, object, index);
	return Math.floor(ctx.unit(object, index, SALT.creator + 100) * ctx.counts.User);
}

export function modifierIndex(ctx: OrgContext, object: ObjectName, index: number): number {
	return Math.floor(ctx.unit(object, index, SALT.modifier) * ctx.counts.User);
}

function pick(ctx: OrgContext, object: ObjectName, index: number, salt: number, count: number): number | null {
	return count > 0 ? Math.floor(ctx.unit(object, index, salt) * count) : null;
}

// ------------------------------------------------------------------------------------ Account

/** Parent account (10% of accounts, always an earlier one); null for dangling/nullHeavy records. */
export function accountParent(ctx: OrgContext, a: number): number | null {
	const kind = ctx.kindAt('Account', a);
	if (a === 0 || kind === 'danglingReference' || kind === 'nullHeavy') return null;
	if (ctx.unit('Account', a, SALT.parentAccount) >= 0.1) return null;
	return Math.floor(ctx.unit('Account', a, SALT.parentAccountPick) * a);
}

export function accountContacts(ctx: OrgContext, a: number): [number, number] {
	return blockChildren(a, ctx.counts.Contact, ctx.counts.Account);
}

export function accountOpportunities(ctx: OrgContext, a: number): [number, number] {
	return blockChildren(a, ctx.counts.Opportunity, ctx.counts.Account);
}

/** Primary_Contact__c: the account's first contact, for 40% of accounts that have contacts. */
export function accountPrimaryContact(ctx: OrgContext, a: number): number | null {
	if (ctx.kindAt('Account', a) === 'nullHeavy') return null;
	const [first, end] = accountContacts(ctx, a);
	return first < end && ctx.unit('Account', a, SALT.primaryContact) < 0.4 ? first : null;
}

// ------------------------------------------------------------------------------------ Contact

/** The account a Contact really belongs to; null for private (3%), dangling and nullHeavy Contacts. */
export function contactAccount(ctx: OrgContext, c: number): number | null {
	const kind = ctx.kindAt('Contact', c);
	if (kind === 'danglingReference' || kind === 'nullHeavy') return null;
	if (ctx.unit('Contact', c, SALT.privateContact) < 0.03) return null;
	return blockParent(c, ctx.counts.Contact, ctx.counts.Account);
}

/** ReportsToId: the first contact of the same account, for 15% of the others. */
export function contactReportsTo(ctx: OrgContext, c: number): number | null {
	const a = contactAccount(ctx, c);
	if (a === null) return null;
	const [first] = accountContacts(ctx, a);
	return first < c && ctx.unit('Contact', c, SALT.reportsTo) < 0.15 ? first : null;
}

// ------------------------------------------------------------------------------------ Lead

function contactInSlot(ctx: OrgContext, slot: number, k: number): number | null {
	const contacts = ctx.counts.Contact;
	if (contacts <= slot) return null;
	const inSlot = Math.floor((contacts - 1 - slot) / SLOT_MODULUS) + 1;
	return slot + SLOT_MODULUS * (k % inSlot);
}

/** The Contact whose person a leadContactSamePerson / convertedLead Lead copies. */
export function leadContact(ctx: OrgContext, lead: number): number | null {
	const kind = ctx.kindAt('Lead', lead);
	if (kind === 'leadContactSamePerson') return contactInSlot(ctx, LEAD_TWIN_CONTACT_SLOT, occurrenceOf(kind, lead));
	if (kind === 'convertedLead') return contactInSlot(ctx, CONVERTED_LEAD_CONTACT_SLOT, occurrenceOf(kind, lead));
	return null;
}

// ------------------------------------------------------------------------------------ Opportunity

/** The account of an Opportunity; null for 2% without one and for dangling/nullHeavy records. */
export function opportunityAccount(ctx: OrgContext, o: number): number | null {
	const kind = ctx.kindAt('Opportunity', o);
	if (kind === 'danglingReference' || kind === 'nullHeavy') return null;
	if (ctx.unit('Opportunity', o, SALT.oppNoAccount) < 0.02) return null;
	return blockParent(o, ctx.counts.Opportunity, ctx.counts.Account);
}

export function firstOpportunityOf(ctx: OrgContext, a: number | null): number | null {
	if (a === null) return null;
	const [first, end] = accountOpportunities(ctx, a);
	return first < end ? first : null;
}

// ------------------------------------------------------------------------------------ OpportunityContactRole

/** 60% of Opportunities have contact roles (one to three); they are spread evenly over all of them. */
function opportunitiesWithRoles(ctx: OrgContext): number {
	return Math.ceil(ctx.counts.Opportunity * 0.6);
}

/** The block (0 .. opportunitiesWithRoles-1) a role belongs to. */
function roleBlock(ctx: OrgContext, r: number): number {
	return blockParent(r, ctx.counts.OpportunityContactRole, opportunitiesWithRoles(ctx)) as number;
}

export function roleOpportunity(ctx: OrgContext, r: number): number {
	return Math.floor((roleBlock(ctx, r) * ctx.counts.Opportunity) / opportunitiesWithRoles(ctx));
}

/** The first role of each opportunity is its primary one. */
export function roleIsPrimary(ctx: OrgContext, r: number): boolean {
	const [first] = blockChildren(roleBlock(ctx, r), ctx.counts.OpportunityContactRole, opportunitiesWithRoles(ctx));
	return first === r;
}

/** A contact of the opportunity's account when it has any, else any contact; null when dangling. */
export function roleContact(ctx: OrgContext, r: number): number | null {
	if (ctx.kindAt('OpportunityContactRole', r) === 'danglingReference') return null;
	const a = opportunityAccount(ctx, roleOpportunity(ctx, r));
	const u = ctx.unit('OpportunityContactRole', r, SALT.ocrContact);
	if (a !== null) {
		const [first, end] = accountContacts(ctx, a);
		if (first < end) return first + Math.floor(u * (end - first));
	}
	return Math.floor(u * ctx.counts.Contact);
}

// ------------------------------------------------------------------------------------ Case

/** The Contact of a Case (85%; the rest came from web-to-case); null for dangling/nullHeavy. */
export function caseContact(ctx: OrgContext, k: number): number | null {
	const kind = ctx.kindAt('Case', k);
	if (kind === 'danglingReference' || kind === 'nullHeavy') return null;
	if (ctx.unit('Case', k, SALT.caseContactRoll) >= 0.85) return null;
	return pick(ctx, 'Case', k, SALT.caseContactPick, ctx.counts.Contact);
}

/** The contact's account, or for contact-less cases an account half of the time. */
export function caseAccount(ctx: OrgContext, k: number): number | null {
	const kind = ctx.kindAt('Case', k);
	if (kind === 'danglingReference' || kind === 'nullHeavy') return null;
	const c = caseContact(ctx, k);
	if (c !== null) return contactAccount(ctx, c);
	if (ctx.unit('Case', k, SALT.caseAccountPick) < 0.5) return null;
	return pick(ctx, 'Case', k, SALT.caseAccountPick + 100, ctx.counts.Account);
}

/** ParentId: an earlier case, for 5%. */
export function caseParent(ctx: OrgContext, k: number): number | null {
	if (k === 0 || ctx.kindAt('Case', k) === 'nullHeavy' || ctx.unit('Case', k, SALT.caseParent) >= 0.05) return null;
	return Math.floor(ctx.unit('Case', k, SALT.caseParent + 100) * k);
}

// ------------------------------------------------------------------------------------ Task / Event

export interface ActivityLinks {
	who: { object: 'Contact' | 'Lead'; index: number } | null;
	what: { object: 'Account' | 'Opportunity' | 'Case'; index: number } | null;
	/** The derived, read-only AccountId. */
	account: number | null;
}

/**
 * WhoId: a Contact (55%), a Lead (25%) or nobody. WhatId (never with a Lead, as in Salesforce): an
 * Opportunity (40%), Account (30%), Case (15%) or nothing; with a Contact, the Account is the
 * contact's and the Opportunity one of that account when it has one.
 */
export function activityLinks(ctx: OrgContext, object: 'Task' | 'Event', i: number): ActivityLinks {
	const kind: AnomalyKind | null = ctx.kindAt(object, i);
	const { counts } = ctx;
	if (kind === 'nullHeavy') return { who: null, what: null, account: null };
	const danglingWho = kind === 'danglingReference' && object === 'Task';
	const danglingWhat = kind === 'danglingReference' && object === 'Event';
	const whoRoll = ctx.unit(object, i, SALT.whoRoll);
	let who: ActivityLinks['who'] = null;
	if (!danglingWho) {
		if (whoRoll < 0.55 && counts.Contact > 0) who = { object: 'Contact', index: pick(ctx, object, i, SALT.whoPick, counts.Contact) as number };
		else if (whoRoll < 0.8 && counts.Lead > 0 && !danglingWhat) who = { object: 'Lead', index: pick(ctx, object, i, SALT.whoPick, counts.Lead) as number };
	}
	const contactAcc = who?.object === 'Contact' ? contactAccount(ctx, who.index) : null;
	let what: ActivityLinks['what'] = null;
	if (who?.object !== 'Lead' && !danglingWho && !danglingWhat) {
		const whatRoll = ctx.unit(object, i, SALT.whatRoll);
		const whatPick = (count: number) => pick(ctx, object, i, SALT.whatPick, count);
		if (whatRoll < 0.4) {
			const o = firstOpportunityOf(ctx, contactAcc) ?? whatPick(counts.Opportunity);
			if (o !== null) what = { object: 'Opportunity', index: o };
		} else if (whatRoll < 0.7) {
			const a = contactAcc ?? whatPick(counts.Account);
			if (a !== null) what = { object: 'Account', index: a };
		} else if (whatRoll < 0.85) {
			const k = whatPick(counts.Case);
			if (k !== null) what = { object: 'Case', index: k };
		}
	}
	let account: number | null = null;
	if (what?.object === 'Account') account = what.index;
	else if (what?.object === 'Opportunity') account = opportunityAccount(ctx, what.index);
	else if (what?.object === 'Case') account = caseAccount(ctx, what.index);
	else account = contactAcc;
	return { who, what, account };
}

// ------------------------------------------------------------------------------------ Note

export type NoteParentObject = (typeof NOTE_PARENTS)[number];

/** How often a note hangs on each parent object, in NOTE_PARENTS order. */
const NOTE_PARENT_WEIGHTS: Readonly<Record<NoteParentObject, number>> = {
	Account: 0.3,
	Contact: 0.25,
	Opportunity: 0.2,
	Lead: 0.15,
	Case: 0.1,
};

/**
 * ParentId of a Note: an Account (30%), Contact (25%), Opportunity (20%), Lead (15%; converted
 * ones included) or Case (10%), among the objects that have records; null for a danglingReference.
 */
export function noteParent(ctx: OrgContext, n: number): { object: NoteParentObject; index: number } | null {
	if (ctx.kindAt('Note', n) === 'danglingReference') return null;
	const present = NOTE_PARENTS.filter((object) => ctx.counts[object] > 0);
	if (present.length === 0) return null;
	const total = present.reduce((sum, object) => sum + NOTE_PARENT_WEIGHTS[object], 0);
	let roll = ctx.unit('Note', n, SALT.noteParentRoll) * total;
	const object = present.find((candidate) => (roll -= NOTE_PARENT_WEIGHTS[candidate]) < 0) ?? present[present.length - 1];
	return { object, index: pick(ctx, 'Note', n, SALT.noteParentPick, ctx.counts[object]) as number };
}

/** Makes the missing id of a danglingReference record unique across objects: danglingId(prefix, key). */
export function danglingKey(object: ObjectName, index: number): number {
	return occurrenceOf('danglingReference', index) * 16 + OBJECT_NAMES.indexOf(object);
}
