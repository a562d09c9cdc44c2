/**
 * User (key prefix 005). No describe fixture: the fields are the standard User API fields. User 0
 * is the "Integration User" that every other User was created by. Salesforce's User has no
 * IsDeleted and no OwnerId (users are deactivated, never deleted), so neither is generated here.
 */
import { occurrenceOf, overLongString, withSpaces } from '../awkward';
import { Stream, type OrgContext } from '../context';
import { recordId } from '../ids';
import { sfDateTime } from '../timeline';
import type { SfRecord } from '../types';
import { DEPARTMENTS, LOCALES, TIME_ZONES } from '../vocabulary';
import { address, awkwardPerson, between, fullName, jobTitle, maybe, phone, slug } from './common';

export const USER_EMAIL_DOMAIN = 'fakeorg.example';

/** Profiles and roles are not generated; users point at these fixed, well-formed ids. */
const PROFILE_IDS = [0, 1, 2, 3].map((k) => recordId('00e', k));
const ROLE_IDS = [0, 1, 2, 3, 4, 5].map((k) => recordId('00E', k));

export function userRecord(ctx: OrgContext, i: number): SfRecord {
	const r = ctx.rng('User', i, Stream.Fields);
	const kind = ctx.kindAt('User', i);
	const full = kind !== 'nullHeavy';
	const k = kind ? occurrenceOf(kind, i) : 0;
	const person = i === 0 ? { first: 'Integration', last: 'User', ascii: 'integration.user' } : awkwardPerson(ctx, 'User', i);
	let first: string | null = full ? person.first : null;
	let title = maybe(r, full, 0.85, () => jobTitle(r));
	let department = maybe(r, full, 0.7, () => r.pick(DEPARTMENTS));
	if (kind === 'leadingTrailingSpaces') {
		first = withSpaces(person.first, k);
		title = withSpaces(title ?? jobTitle(r), k + 1);
		department = withSpaces(department ?? r.pick(DEPARTMENTS), k + 2);
	}
	if (kind === 'overLongString') title = overLongString(title ?? jobTitle(r));
	const addr = address(r);
	const email = `${person.ascii}${i}@${USER_EMAIL_DOMAIN}`;
	const s = ctx.stamps('User', i);
	const locale = r.pick(LOCALES);
	const alias = slug(person.ascii).slice(0, 4) + String(i % 10000);
	return {
		Id: ctx.idOf('User', i),
		Username: email,
		LastName: person.last,
		FirstName: first,
		Name: fullName(first, person.last),
		CompanyName: maybe(r, full, 0.6, () => 'Fake Org Inc.'),
		Division: maybe(r, full, 0.2, () => r.pick(['Americas', 'EMEA', 'APAC'])),
		Department: department,
		Title: title,
		Street: maybe(r, full, 0.3, () => addr.street),
		City: maybe(r, full, 0.5, () => addr.city),
		State: full ? addr.state : null,
		PostalCode: maybe(r, full, 0.3, () => addr.postalCode),
		Country: maybe(r, full, 0.5, () => addr.country),
		Email: email,
		Phone: maybe(r, full, 0.6, () => phone(r)),
		MobilePhone: maybe(r, full, 0.4, () => phone(r)),
		Alias: alias.slice(0, 8),
		CommunityNickname: `${person.ascii}${i}`,
		IsActive: i === 0 || r.chance(0.85),
		TimeZoneSidKey: r.pick(TIME_ZONES),
		UserRoleId: i === 0 ? null : maybe(r, full, 0.7, () => r.pick(ROLE_IDS)),
		LocaleSidKey: locale,
		EmailEncodingKey: r.chance(0.9) ? 'UTF-8' : 'ISO-8859-1',
		ProfileId: i === 0 ? PROFILE_IDS[0] : r.pick(PROFILE_IDS),
		UserType: 'Standard',
		LanguageLocaleKey: locale === 'de_DE' || locale === 'fr_FR' || locale === 'ja_JP' ? locale.slice(0, 2) : 'en_US',
		EmployeeNumber: maybe(r, full, 0.5, () => String(10000 + i)),
		ManagerId: i === 0 || !full ? null : ctx.idOf('User', Math.floor((i - 1) / 5)),
		LastLoginDate: maybe(r, full, 0.8, () => sfDateTime(between(r, s.created, ctx.nowSeconds))),
		CreatedDate: sfDateTime(s.created),
		CreatedById: ctx.idOf('User', 0),
		LastModifiedDate: sfDateTime(s.lastModified),
		LastModifiedById: ctx.idOf('User', 0),
		SystemModstamp: sfDateTime(s.modstamp),
	};
}
