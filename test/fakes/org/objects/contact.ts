/** Contact (003). Fields in the order of Contact.describe.json, compound address fields left out. */
import {
	BOUNDARY_DATES,
	CONVERTED_LEAD_CONTACT_SLOT,
	invalidEmail,
	LEAD_TWIN_CONTACT_SLOT,
	QUOTED_NAMES,
	QUOTED_STREETS,
	QUOTED_TEXTS,
	SLOT_MODULUS,
	UNICODE_CITIES,
	longText,
	occurrenceOf,
	overLongString,
	withSpaces,
} from '../awkward';
import { Stream, type OrgContext } from '../context';
import { danglingId } from '../ids';
import { contactAccount, contactReportsTo, danglingKey } from '../references';
import { sfDate, sfDateTime } from '../timeline';
import type { SfRecord } from '../types';
import { DEPARTMENTS, FREE_EMAIL_DOMAINS } from '../vocabulary';
import { SOURCES, accountDomain } from './account';
import { address, auditFields, awkwardPerson, basePerson, between, fullName, idOrNull, jobTitle, maybe, paragraph, phone } from './common';

export const SALUTATIONS = ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.'];
const CLEAN_STATUS = ['Pending', 'Matched', 'NotFound', 'Different', 'Inactive'];

/** Contacts other records copy (duplicate emails, Lead twins, converted Leads) always have a name and an email. */
function isCopySource(c: number): boolean {
	const slot = c % SLOT_MODULUS;
	return slot === 0 || slot === LEAD_TWIN_CONTACT_SLOT || slot === CONVERTED_LEAD_CONTACT_SLOT;
}

/** The address a Contact would have if nothing awkward happened to it: unique by construction. */
function ownEmail(ctx: OrgContext, c: number, ascii: string): string {
	const a = contactAccount(ctx, c);
	const domain = a !== null && ctx.unit('Contact', c, 7) < 0.85 ? accountDomain(ctx, a) : FREE_EMAIL_DOMAINS[Math.floor(ctx.unit('Contact', c, 8) * FREE_EMAIL_DOMAINS.length)];
	return `${ascii}${c}@${domain}`;
}

export function contactRecord(ctx: OrgContext, c: number): SfRecord {
	const r = ctx.rng('Contact', c, Stream.Fields);
	const kind = ctx.kindAt('Contact', c);
	const full = kind !== 'nullHeavy';
	const k = kind ? occurrenceOf(kind, c) : 0;
	const audit = auditFields(ctx, 'Contact', c);
	const s = ctx.stamps('Contact', c);
	const person = awkwardPerson(ctx, 'Contact', c);
	const source = isCopySource(c);

	let first: string | null = full && (source || r.chance(0.97)) ? person.first : null;
	let last = person.last;
	let title = maybe(r, full, 0.7, () => jobTitle(r));
	let email: string | null = full && (source || r.chance(0.9)) ? ownEmail(ctx, c, person.ascii) : null;
	let description = maybe(r, full, 0.25, () => paragraph(r));
	const mailing = address(r);
	const hasMailing = full && r.chance(0.6);
	let mailingStreet = hasMailing ? mailing.street : null;
	let mailingCity = hasMailing ? mailing.city : null;
	let birthdate = maybe(r, full, 0.1, () => sfDate(Date.UTC(r.between(1950, 2002), r.int(12), r.between(1, 28)) / 1000));
	let accountId = idOrNull(ctx, 'Account', contactAccount(ctx, c));

	switch (kind) {
		case 'unicode':
			mailingCity = UNICODE_CITIES[k % UNICODE_CITIES.length];
			break;
		case 'quotesCommasNewlines':
			title = QUOTED_NAMES[k % QUOTED_NAMES.length];
			mailingStreet = QUOTED_STREETS[k % QUOTED_STREETS.length];
			description = QUOTED_TEXTS[k % QUOTED_TEXTS.length];
			break;
		case 'leadingTrailingSpaces':
			first = withSpaces(person.first, k);
			last = withSpaces(person.last, k + 1);
			title = withSpaces(title ?? jobTitle(r), k + 2);
			break;
		case 'longText':
			description = longText(k);
			break;
		case 'overLongString':
			title = overLongString(title ?? jobTitle(r));
			break;
		case 'invalidEmail':
			email = invalidEmail(k);
			break;
		case 'duplicateEmail':
			email = ctx.record('Contact', c - 8).Email as string;
			break;
		case 'duplicateEmailDifferentCase':
			email = (ctx.record('Contact', c - 9).Email as string).toUpperCase();
			break;
		case 'danglingReference':
			accountId = danglingId('001', danglingKey('Contact', c));
			break;
		case 'boundaryDate':
			birthdate = BOUNDARY_DATES[k % BOUNDARY_DATES.length];
			break;
		default:
	}
	const bounced = email !== null && full && r.chance(0.02);
	const other = full && r.chance(0.03) ? address(r) : null;

	return {
		Id: ctx.idOf('Contact', c),
		IsDeleted: false,
		MasterRecordId: null,
		AccountId: accountId,
		LastName: last,
		FirstName: first,
		Salutation: maybe(r, full, 0.4, () => r.pick(SALUTATIONS)),
		Name: fullName(first, last),
		OtherStreet: other ? other.street : null,
		OtherCity: other ? other.city : null,
		OtherState: other ? other.state : null,
		OtherPostalCode: other ? other.postalCode : null,
		OtherCountry: other ? other.country : null,
		OtherLatitude: null,
		OtherLongitude: null,
		OtherGeocodeAccuracy: null,
		MailingStreet: mailingStreet,
		MailingCity: mailingCity,
		MailingState: hasMailing ? mailing.state : null,
		MailingPostalCode: hasMailing ? mailing.postalCode : null,
		MailingCountry: hasMailing ? mailing.country : null,
		MailingLatitude: hasMailing && r.chance(0.3) ? mailing.latitude : null,
		MailingLongitude: null,
		MailingGeocodeAccuracy: null,
		Phone: maybe(r, full, 0.75, () => phone(r)),
		Fax: maybe(r, full, 0.05, () => phone(r)),
		MobilePhone: maybe(r, full, 0.4, () => phone(r)),
		HomePhone: maybe(r, full, 0.05, () => phone(r)),
		OtherPhone: maybe(r, full, 0.03, () => phone(r)),
		AssistantPhone: maybe(r, full, 0.02, () => phone(r)),
		ReportsToId: idOrNull(ctx, 'Contact', full ? contactReportsTo(ctx, c) : null),
		Email: email,
		Title: title,
		Department: maybe(r, full, 0.4, () => r.pick(DEPARTMENTS)),
		AssistantName: maybe(r, full, 0.03, () => `${basePerson(ctx, 'Contact', (c + 1) % ctx.counts.Contact).first} Assistant`),
		LeadSource: maybe(r, full, 0.6, () => r.pick(SOURCES)),
		Birthdate: birthdate,
		Description: description,
		OwnerId: audit.OwnerId,
		CreatedDate: audit.CreatedDate,
		CreatedById: audit.CreatedById,
		LastModifiedDate: audit.LastModifiedDate,
		LastModifiedById: audit.LastModifiedById,
		SystemModstamp: audit.SystemModstamp,
		LastActivityDate: maybe(r, full, 0.4, () => sfDate(between(r, s.created, ctx.nowSeconds))),
		LastCURequestDate: null,
		LastCUUpdateDate: null,
		LastViewedDate: maybe(r, full, 0.3, () => sfDateTime(between(r, s.lastModified, ctx.nowSeconds))),
		LastReferencedDate: maybe(r, full, 0.3, () => sfDateTime(between(r, s.lastModified, ctx.nowSeconds))),
		EmailBouncedReason: bounced ? '550 5.1.1 The email account that you tried to reach does not exist' : null,
		EmailBouncedDate: bounced ? sfDateTime(between(r, s.created, ctx.nowSeconds)) : null,
		IsEmailBounced: bounced,
		PhotoUrl: null,
		Jigsaw: null,
		JigsawContactId: null,
		CleanStatus: maybe(r, full, 0.2, () => r.pick(CLEAN_STATUS)),
		IndividualId: null,
	};
}
