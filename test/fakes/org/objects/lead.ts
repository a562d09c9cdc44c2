/** Lead (00Q). Fields in the order of Lead.describe.json, compound address field left out. */
import {
	BOUNDARY_DATES,
	EMOJI_COMPANIES,
	invalidEmail,
	QUOTED_NAMES,
	QUOTED_STREETS,
	QUOTED_TEXTS,
	SLOT_MODULUS,
	UNICODE_COMPANIES,
	longText,
	occurrenceOf,
	overLongString,
	withSpaces,
} from '../awkward';
import { Stream, type OrgContext } from '../context';
import { contactAccount, firstOpportunityOf, leadContact } from '../references';
import { sfDate, sfDateTime } from '../timeline';
import type { SfRecord } from '../types';
import { FREE_EMAIL_DOMAINS, TOP_LEVEL_DOMAINS } from '../vocabulary';
import { INDUSTRIES, RATINGS, SOURCES, accountName } from './account';
import { address, auditFields, awkwardPerson, between, companyName, fullName, idOrNull, jobTitle, maybe, paragraph, phone, slug } from './common';
import { SALUTATIONS } from './contact';

const OPEN_STATUSES = ['Open - Not Contacted', 'Working - Contacted', 'Closed - Not Converted'];
const OPEN_STATUS_WEIGHTS = [40, 35, 25];
const GEOCODE_ACCURACY = ['Address', 'Street', 'Zip', 'City'];

/** The company a Lead typed in (3% left the web-to-lead default "[not provided]"). */
export function leadCompany(ctx: OrgContext, l: number): string {
	const r = ctx.rng('Lead', l, Stream.Company);
	return r.chance(0.03) ? '[not provided]' : companyName(r);
}

export function leadRecord(ctx: OrgContext, l: number): SfRecord {
	const r = ctx.rng('Lead', l, Stream.Fields);
	const kind = ctx.kindAt('Lead', l);
	const full = kind !== 'nullHeavy';
	const k = kind ? occurrenceOf(kind, l) : 0;
	const audit = auditFields(ctx, 'Lead', l);
	const s = ctx.stamps('Lead', l);
	const person = awkwardPerson(ctx, 'Lead', l);
	const source = l % SLOT_MODULUS === 0; // copied by duplicateEmail Leads

	let first: string | null = full && (source || r.chance(0.95)) ? person.first : null;
	let last = person.last;
	let company = leadCompany(ctx, l);
	const companySlug = slug(company) || 'company';
	const domain = r.chance(0.3) ? r.pick(FREE_EMAIL_DOMAINS) : `${companySlug}.${r.pick(TOP_LEVEL_DOMAINS)}`;
	let email: string | null = full && (source || r.chance(0.85)) ? `${person.ascii.replace('.', '_')}${l}@${domain}` : null;
	let title = maybe(r, full, 0.6, () => jobTitle(r));
	let description = maybe(r, full, 0.2, () => paragraph(r));
	const addr = address(r);
	const hasAddress = full && r.chance(0.5);
	let street = hasAddress ? addr.street : null;
	const geocoded = hasAddress && r.chance(0.4);
	let latitude: number | null = geocoded ? addr.latitude : null;
	let longitude: number | null = geocoded ? addr.longitude : null;
	let annualRevenue = maybe(r, full, 0.25, () => r.between(1, 2000) * 5000);
	let employees = maybe(r, full, 0.35, () => r.between(1, 5000));
	let lastActivity = maybe(r, full, 0.3, () => sfDate(between(r, s.created, ctx.nowSeconds)));
	let status = r.weighted(OPEN_STATUSES, OPEN_STATUS_WEIGHTS);
	let converted: { date: string; account: string | null; contact: string; opportunity: string | null } | null = null;

	switch (kind) {
		case 'unicode':
			company = UNICODE_COMPANIES[k % UNICODE_COMPANIES.length];
			break;
		case 'emoji':
			company = EMOJI_COMPANIES[k % EMOJI_COMPANIES.length];
			break;
		case 'quotesCommasNewlines':
			company = QUOTED_NAMES[k % QUOTED_NAMES.length];
			street = QUOTED_STREETS[k % QUOTED_STREETS.length];
			description = QUOTED_TEXTS[k % QUOTED_TEXTS.length];
			break;
		case 'leadingTrailingSpaces':
			first = withSpaces(person.first, k);
			last = withSpaces(person.last, k + 1);
			company = withSpaces(company, k + 2);
			title = withSpaces(title ?? jobTitle(r), k + 3);
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
		case 'duplicateEmail': {
			const original = ctx.record('Lead', l - 8);
			[first, last, email, company] = [original.FirstName as string, original.LastName as string, original.Email as string, original.Company as string];
			break;
		}
		case 'leadContactSamePerson':
		case 'convertedLead': {
			const c = leadContact(ctx, l) as number;
			const contact = ctx.record('Contact', c);
			const a = contactAccount(ctx, c);
			[first, last, email] = [contact.FirstName as string | null, contact.LastName as string, contact.Email as string];
			if (a !== null) company = accountName(ctx, a);
			if (kind === 'leadContactSamePerson') {
				status = r.chance(0.5) ? 'Open - Not Contacted' : 'Working - Contacted';
			} else {
				status = 'Closed - Converted';
				const opportunity = r.chance(0.6) ? firstOpportunityOf(ctx, a) : null;
				converted = {
					date: sfDate(s.lastModified),
					account: idOrNull(ctx, 'Account', a),
					contact: ctx.idOf('Contact', c),
					opportunity: idOrNull(ctx, 'Opportunity', opportunity),
				};
			}
			break;
		}
		case 'boundaryDate':
			lastActivity = BOUNDARY_DATES[k % BOUNDARY_DATES.length];
			break;
		case 'numberEdge':
			[annualRevenue, employees, latitude, longitude] = [
				[0, 0, latitude, longitude],
				[999_999_999_999_999, 2_147_483_647, latitude, longitude],
				[annualRevenue, employees, 90, 180],
				[annualRevenue, employees, -33.868820123456, 151.209295987654],
			][k % 4];
			break;
		default:
	}
	const bounced = email !== null && full && r.chance(0.01);

	return {
		Id: ctx.idOf('Lead', l),
		IsDeleted: false,
		MasterRecordId: null,
		LastName: last,
		FirstName: first,
		Salutation: maybe(r, full, 0.3, () => r.pick([...SALUTATIONS, 'Mx.'])),
		Name: fullName(first, last),
		Title: title,
		Company: company,
		Street: street,
		City: hasAddress ? addr.city : null,
		State: hasAddress ? addr.state : null,
		PostalCode: hasAddress ? addr.postalCode : null,
		Country: hasAddress ? addr.country : null,
		Latitude: latitude,
		Longitude: longitude,
		GeocodeAccuracy: latitude !== null ? r.pick(GEOCODE_ACCURACY) : null,
		Phone: maybe(r, full, 0.7, () => phone(r)),
		MobilePhone: maybe(r, full, 0.3, () => phone(r)),
		Fax: maybe(r, full, 0.03, () => phone(r)),
		Email: email,
		Website: maybe(r, full, 0.3, () => `www.${domain}`),
		PhotoUrl: null,
		Description: description,
		LeadSource: maybe(r, full, 0.8, () => r.pick(SOURCES)),
		Status: status,
		Industry: maybe(r, full, 0.5, () => r.pick(INDUSTRIES)),
		Rating: maybe(r, full, 0.3, () => r.pick(RATINGS)),
		AnnualRevenue: annualRevenue,
		NumberOfEmployees: employees,
		OwnerId: audit.OwnerId,
		IsConverted: converted !== null,
		ConvertedDate: converted?.date ?? null,
		ConvertedAccountId: converted?.account ?? null,
		ConvertedContactId: converted?.contact ?? null,
		ConvertedOpportunityId: converted?.opportunity ?? null,
		IsUnreadByOwner: r.chance(0.1),
		CreatedDate: audit.CreatedDate,
		CreatedById: audit.CreatedById,
		LastModifiedDate: audit.LastModifiedDate,
		LastModifiedById: audit.LastModifiedById,
		SystemModstamp: audit.SystemModstamp,
		LastActivityDate: lastActivity,
		LastViewedDate: maybe(r, full, 0.2, () => sfDateTime(between(r, s.lastModified, ctx.nowSeconds))),
		LastReferencedDate: maybe(r, full, 0.2, () => sfDateTime(between(r, s.lastModified, ctx.nowSeconds))),
		Jigsaw: null,
		JigsawContactId: null,
		CleanStatus: maybe(r, full, 0.1, () => r.pick(['Pending', 'Matched', 'NotFound'])),
		CompanyDunsNumber: maybe(r, full, 0.02, () => String(r.between(100000000, 999999999))),
		DandbCompanyId: null,
		EmailBouncedReason: bounced ? '550 5.1.1 User unknown' : null,
		EmailBouncedDate: bounced ? sfDateTime(between(r, s.created, ctx.nowSeconds)) : null,
		IndividualId: null,
	};
}
