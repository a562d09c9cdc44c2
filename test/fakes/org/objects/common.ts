/** Building blocks the object generators share: people, companies, addresses, phones, text, audit fields. */
import {
	EMOJI_PEOPLE,
	UNICODE_PEOPLE,
	occurrenceOf,
	type AwkwardPerson,
} from '../awkward';
import { Stream, type OrgContext } from '../context';
import { creatorIndex, modifierIndex, ownerIndex } from '../references';
import type { Rng } from '../random';
import { sfDateTime } from '../timeline';
import type { ObjectName, SfValue } from '../types';
import {
	BUZZ_ADJECTIVES,
	BUZZ_NOUNS,
	BUZZ_VERBS,
	CATCH_PHRASE_ADJECTIVES,
	CATCH_PHRASE_DESCRIPTORS,
	CATCH_PHRASE_NOUNS,
	CITIES,
	COMPANY_CORES,
	COMPANY_PREFIXES,
	COMPANY_SUFFIXES,
	FAKER_FIRST_NAMES,
	FAKER_LAST_NAMES,
	FAKER_STREET_NAMES,
	FIXTURE_FIRST_NAMES,
	FIXTURE_LAST_NAMES,
	FIXTURE_TITLES,
	JOB_AREAS,
	JOB_DESCRIPTORS,
	JOB_TYPES,
	PHONE_FORMATS,
} from '../vocabulary';

export interface Person {
	first: string;
	last: string;
	/** Lower-case ASCII `first.last`, for email addresses. */
	ascii: string;
}

/** Lower-case ASCII letters and digits only (O'Hara -> ohara). */
export function slug(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The person behind record `index` before any awkward value is applied. */
export function basePerson(ctx: OrgContext, object: ObjectName, index: number): Person {
	const r = ctx.rng(object, index, Stream.Identity);
	const first = r.chance(0.05) ? r.pick(FIXTURE_FIRST_NAMES) : r.pick(FAKER_FIRST_NAMES);
	const last = r.chance(0.05) ? r.pick(FIXTURE_LAST_NAMES) : r.pick(FAKER_LAST_NAMES);
	return { first, last, ascii: `${slug(first)}.${slug(last)}` };
}

/** The person with the unicode/emoji/leadingTrailingSpaces kinds applied (names only). */
export function awkwardPerson(ctx: OrgContext, object: ObjectName, index: number): Person {
	const kind = ctx.kindAt(object, index);
	if (kind === 'unicode') return fromList(UNICODE_PEOPLE, occurrenceOf(kind, index));
	if (kind === 'emoji') return fromList(EMOJI_PEOPLE, occurrenceOf(kind, index));
	return basePerson(ctx, object, index);
}

function fromList(list: readonly AwkwardPerson[], k: number): Person {
	const p = list[k % list.length];
	return { first: p.first, last: p.last, ascii: p.ascii };
}

export function fullName(first: string | null, last: string): string {
	return first ? `${first} ${last}` : last;
}

/** A company name in the style of the sample accounts ("Northern Trail Cycling", "Apex Labs LLC"). */
export function companyName(r: Rng): string {
	const style = r.int(3);
	const core = r.pick(COMPANY_CORES);
	const head = style === 0 ? r.pick(FAKER_LAST_NAMES) : r.pick(COMPANY_PREFIXES);
	const suffix = r.pick(COMPANY_SUFFIXES);
	return suffix ? `${head} ${core} ${suffix}` : `${head} ${core}`;
}

export function jobTitle(r: Rng): string {
	if (r.chance(0.2)) return r.pick(FIXTURE_TITLES);
	return `${r.pick(JOB_DESCRIPTORS)} ${r.pick(JOB_AREAS)} ${r.pick(JOB_TYPES)}`;
}

export function phone(r: Rng): string {
	const format = r.pick(PHONE_FORMATS);
	let out = '';
	let first = true;
	for (const ch of format) {
		if (ch === '#') {
			out += String(first ? 2 + r.int(8) : r.int(10));
			first = false;
		} else out += ch;
	}
	return out;
}

export interface Address {
	street: string;
	city: string;
	state: string | null;
	postalCode: string;
	country: string;
	latitude: number;
	longitude: number;
}

export function address(r: Rng): Address {
	const [city, state, postalCode, country, lat, lon] = r.pick(CITIES);
	const street = `${r.between(1, 9999)} ${r.pick(FAKER_STREET_NAMES)}${r.chance(0.15) ? ` Suite ${r.between(100, 999)}` : ''}`;
	// Geocodes are not always filled; when they are they carry up to 7 decimals.
	return {
		street,
		city,
		state: r.chance(0.1) ? null : state,
		postalCode,
		country,
		latitude: Math.round((lat + r.decimal(-0.05, 0.05, 7)) * 1e7) / 1e7,
		longitude: Math.round((lon + r.decimal(-0.05, 0.05, 7)) * 1e7) / 1e7,
	};
}

export function catchPhrase(r: Rng): string {
	return `${r.pick(CATCH_PHRASE_ADJECTIVES)} ${r.pick(CATCH_PHRASE_DESCRIPTORS)} ${r.pick(CATCH_PHRASE_NOUNS)}`;
}

/** A few plain sentences (no commas, quotes or line breaks: those come from awkward.ts only). */
export function paragraph(r: Rng, sentences = 1 + r.int(3)): string {
	const out: string[] = [];
	for (let s = 0; s < sentences; s++) {
		const verb = r.pick(BUZZ_VERBS);
		out.push(`${verb[0].toUpperCase()}${verb.slice(1)} ${r.pick(BUZZ_ADJECTIVES)} ${r.pick(BUZZ_NOUNS)} for the ${catchPhrase(r).toLowerCase()}.`);
	}
	return out.join(' ');
}

export function maybe<T>(r: Rng, full: boolean, p: number, value: () => T): T | null {
	return full && r.chance(p) ? value() : null;
}

/** An instant (epoch seconds) between two others. */
export function between(r: Rng, from: number, to: number): number {
	return from + Math.floor(r.float() * Math.max(0, to - from));
}

export interface AuditFields {
	OwnerId: string;
	CreatedDate: string;
	CreatedById: string;
	LastModifiedDate: string;
	LastModifiedById: string;
	SystemModstamp: string;
}

/** OwnerId and the audit fields (a record never modified was last modified by its creator). */
export function auditFields(ctx: OrgContext, object: ObjectName, index: number): AuditFields {
	const s = ctx.stamps(object, index);
	const creator = creatorIndex(ctx, object, index);
	const modifier = s.lastModified === s.created ? creator : modifierIndex(ctx, object, index);
	return {
		OwnerId: ctx.idOf('User', ownerIndex(ctx, object, index)),
		CreatedDate: sfDateTime(s.created),
		CreatedById: ctx.idOf('User', creator),
		LastModifiedDate: sfDateTime(s.lastModified),
		LastModifiedById: ctx.idOf('User', modifier),
		SystemModstamp: sfDateTime(s.modstamp),
	};
}

export function idOrNull(ctx: OrgContext, object: ObjectName, index: number | null): string | null {
	return index === null ? null : ctx.idOf(object, index);
}

/** A value that is null for nullHeavy records. */
export function opt<T extends SfValue>(full: boolean, value: T): T | null {
	return full ? value : null;
}
