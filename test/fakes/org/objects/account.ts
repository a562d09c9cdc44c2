/** Account (001). Fields in the order of Account.describe.json, compound address fields left out. */
import {
	EMOJI_COMPANIES,
	EMOJI_TEXTS,
	QUOTED_NAMES,
	QUOTED_STREETS,
	QUOTED_TEXTS,
	UNICODE_CITIES,
	UNICODE_COMPANIES,
	longText,
	occurrenceOf,
	overLongString,
	withSpaces,
} from '../awkward';
import { Stream, type OrgContext } from '../context';
import { danglingId } from '../ids';
import { accountParent, accountPrimaryContact, danglingKey } from '../references';
import { sfDate, sfDateTime } from '../timeline';
import type { SfRecord } from '../types';
import { FIXTURE_ACCOUNTS, TOP_LEVEL_DOMAINS } from '../vocabulary';
import { address, auditFields, between, companyName, idOrNull, maybe, paragraph, phone, slug } from './common';

const TYPES = ['Prospect', 'Customer - Direct', 'Customer - Channel', 'Channel Partner / Reseller', 'Installation Partner', 'Technology Partner', 'Other'];
const TYPE_WEIGHTS = [30, 35, 10, 8, 4, 5, 8];
export const INDUSTRIES = [
	'Agriculture', 'Apparel', 'Banking', 'Biotechnology', 'Chemicals', 'Communications', 'Construction', 'Consulting',
	'Education', 'Electronics', 'Energy', 'Engineering', 'Entertainment', 'Environmental', 'Finance', 'Food & Beverage',
	'Government', 'Healthcare', 'Hospitality', 'Insurance', 'Machinery', 'Manufacturing', 'Media', 'Not For Profit',
	'Recreation', 'Retail', 'Shipping', 'Technology', 'Telecommunications', 'Transportation', 'Utilities', 'Other',
];
const GEOCODE_ACCURACY = ['Address', 'NearAddress', 'Block', 'Street', 'ExtendedZip', 'Zip', 'Neighborhood', 'City', 'County', 'State', 'Unknown'];
export const SOURCES = ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'];
export const RATINGS = ['Hot', 'Warm', 'Cold'];
const SIC = [['7372', 'Prepackaged Software'], ['5045', 'Computers and Peripherals'], ['8742', 'Management Consulting'], ['6211', 'Security Brokers']];
const NAICS = [['541511', 'Custom Computer Programming Services'], ['423430', 'Computer Equipment Merchant Wholesalers'], ['541611', 'Management Consulting Services']];

/** The account's name before awkward values: the sample-data accounts first, then generated names. */
export function accountBaseName(ctx: OrgContext, a: number): string {
	if (a < FIXTURE_ACCOUNTS.length) return FIXTURE_ACCOUNTS[a].name;
	return companyName(ctx.rng('Account', a, Stream.Identity));
}

/** The account's Name as generated (awkward values included): Leads copy it as Company. */
export function accountName(ctx: OrgContext, a: number): string {
	const kind = ctx.kindAt('Account', a);
	const base = accountBaseName(ctx, a);
	if (kind === null) return base;
	const k = occurrenceOf(kind, a);
	switch (kind) {
		case 'unicode':
			return UNICODE_COMPANIES[k % UNICODE_COMPANIES.length];
		case 'emoji':
			return EMOJI_COMPANIES[k % EMOJI_COMPANIES.length];
		case 'quotesCommasNewlines':
			return QUOTED_NAMES[k % QUOTED_NAMES.length];
		case 'leadingTrailingSpaces':
			return withSpaces(base, k);
		case 'overLongString':
			return overLongString(base);
		default:
			return base;
	}
}

/** The account's web domain: unique per account, made from its base name. */
export function accountDomain(ctx: OrgContext, a: number): string {
	const r = ctx.rng('Account', a, Stream.Identity);
	r.uint32();
	const words = accountBaseName(ctx, a).split(' ');
	const stem = slug(words.length > 2 ? words.slice(0, 2).join('') : words.join('')) || 'company';
	return `${stem}-${a.toString(36)}.${r.pick(TOP_LEVEL_DOMAINS)}`;
}

export function accountRecord(ctx: OrgContext, a: number): SfRecord {
	const r = ctx.rng('Account', a, Stream.Fields);
	const kind = ctx.kindAt('Account', a);
	const full = kind !== 'nullHeavy';
	const k = kind ? occurrenceOf(kind, a) : 0;
	const fixture = a < FIXTURE_ACCOUNTS.length ? FIXTURE_ACCOUNTS[a] : null;
	const audit = auditFields(ctx, 'Account', a);
	const s = ctx.stamps('Account', a);

	const billing = address(r);
	if (fixture?.street) Object.assign(billing, { street: fixture.street, city: fixture.city, state: fixture.state, postalCode: fixture.postalCode, country: fixture.country });
	const hasBilling = full && (fixture?.street !== undefined || r.chance(0.8));
	const geocoded = hasBilling && r.chance(0.6);
	const shipping = r.chance(0.5) ? billing : address(r);
	const hasShipping = full && r.chance(0.4);
	let billingStreet: string | null = hasBilling ? billing.street : null;
	let billingCity: string | null = hasBilling ? billing.city : null;
	let billingLat: number | null = geocoded ? billing.latitude : null;
	let billingLon: number | null = geocoded ? billing.longitude : null;

	let description = maybe(r, full, 0.3, () => paragraph(r));
	let accountNumber = maybe(r, full, 0.3, () => `CD${r.between(100000, 999999)}`);
	let annualRevenue = maybe(r, full, 0.4, () => r.between(1, 5000) * 10000);
	let employees = maybe(r, full, 0.5, () => r.weighted([r.between(1, 50), r.between(51, 1000), r.between(1001, 250000)], [5, 4, 1]));
	let parentId = idOrNull(ctx, 'Account', accountParent(ctx, a));

	switch (kind) {
		case 'unicode':
			billingCity = UNICODE_CITIES[k % UNICODE_CITIES.length];
			break;
		case 'emoji':
			description = EMOJI_TEXTS[k % EMOJI_TEXTS.length];
			break;
		case 'quotesCommasNewlines':
			billingStreet = QUOTED_STREETS[k % QUOTED_STREETS.length];
			description = QUOTED_TEXTS[k % QUOTED_TEXTS.length];
			break;
		case 'leadingTrailingSpaces':
			accountNumber = withSpaces(accountNumber ?? `CD${r.between(100000, 999999)}`, k + 1);
			break;
		case 'longText':
			description = longText(k);
			break;
		case 'danglingReference':
			parentId = danglingId('001', danglingKey('Account', a));
			break;
		case 'numberEdge':
			[annualRevenue, employees, billingLat, billingLon] = [
				[0, 0, billing.latitude, billing.longitude],
				[1_000_000_000_000_000, 2_147_483_647, billing.latitude, billing.longitude],
				[annualRevenue ?? 1, employees ?? 1, -90, -180],
				[annualRevenue ?? 1, employees ?? 1, 0, 0],
			][k % 4];
			break;
		default:
	}
	const sic = r.pick(SIC);
	const naics = r.pick(NAICS);
	const hasSic = full && r.chance(0.1);
	const hasNaics = full && r.chance(0.05);
	const lastActivity = maybe(r, full, 0.5, () => sfDate(between(r, s.created, ctx.nowSeconds)));

	return {
		Id: ctx.idOf('Account', a),
		IsDeleted: false,
		MasterRecordId: null,
		Name: accountName(ctx, a),
		Type: fixture && full ? fixture.type : maybe(r, full, 0.8, () => r.weighted(TYPES, TYPE_WEIGHTS)),
		RecordTypeId: null,
		ParentId: parentId,
		Primary_Contact__c: idOrNull(ctx, 'Contact', accountPrimaryContact(ctx, a)),
		BillingStreet: billingStreet,
		BillingCity: billingCity,
		BillingState: hasBilling ? billing.state : null,
		BillingPostalCode: hasBilling ? billing.postalCode : null,
		BillingCountry: hasBilling ? billing.country : null,
		BillingLatitude: billingLat,
		BillingLongitude: billingLon,
		BillingGeocodeAccuracy: billingLat !== null ? r.pick(GEOCODE_ACCURACY) : null,
		ShippingStreet: hasShipping ? shipping.street : null,
		ShippingCity: hasShipping ? shipping.city : null,
		ShippingState: hasShipping ? shipping.state : null,
		ShippingPostalCode: hasShipping ? shipping.postalCode : null,
		ShippingCountry: hasShipping ? shipping.country : null,
		ShippingLatitude: null,
		ShippingLongitude: null,
		ShippingGeocodeAccuracy: null,
		Phone: (full ? fixture?.phone : null) ?? maybe(r, full, 0.85, () => phone(r)),
		Fax: maybe(r, full, 0.1, () => phone(r)),
		AccountNumber: accountNumber,
		Website: maybe(r, full, 0.7, () => r.pick(['https://www.', 'http://www.', 'www.', '', 'https://']) + accountDomain(ctx, a)),
		PhotoUrl: null,
		Sic: hasSic ? sic[0] : null,
		Industry: maybe(r, full, 0.75, () => r.pick(INDUSTRIES)),
		AnnualRevenue: annualRevenue,
		NumberOfEmployees: employees,
		Ownership: maybe(r, full, 0.3, () => r.pick(['Public', 'Private', 'Subsidiary', 'Other'])),
		TickerSymbol: maybe(r, full, 0.05, () => slug(accountBaseName(ctx, a)).slice(0, 4).toUpperCase()),
		Description: description,
		ns__Description__c: maybe(r, full, 0.05, () => paragraph(r, 1)),
		History__c: maybe(r, full, 0.01, () => `Migrated from legacy CRM on ${sfDate(s.created)}.`),
		Rating: maybe(r, full, 0.35, () => r.pick(RATINGS)),
		Site: maybe(r, full, 0.1, () => r.pick(['Headquarters', 'Branch', 'Remote', 'Warehouse'])),
		OwnerId: audit.OwnerId,
		ns__LinkedAccount__c: ctx.idOf('Account', accountParent(ctx, a) ?? a),
		CreatedDate: audit.CreatedDate,
		CreatedById: audit.CreatedById,
		LastModifiedDate: audit.LastModifiedDate,
		LastModifiedById: audit.LastModifiedById,
		SystemModstamp: audit.SystemModstamp,
		LastActivityDate: lastActivity,
		LastViewedDate: maybe(r, full, 0.3, () => sfDateTime(between(r, s.lastModified, ctx.nowSeconds))),
		LastReferencedDate: maybe(r, full, 0.3, () => sfDateTime(between(r, s.lastModified, ctx.nowSeconds))),
		IsPartner: r.chance(0.05),
		IsCustomerPortal: r.chance(0.03),
		ChannelProgramName: null,
		ChannelProgramLevelName: null,
		Jigsaw: null,
		JigsawCompanyId: null,
		CleanStatus: maybe(r, full, 0.3, () => r.pick(['Pending', 'Matched', 'NotFound', 'Different'])),
		AccountSource: maybe(r, full, 0.5, () => r.pick(SOURCES)),
		DunsNumber: maybe(r, full, 0.05, () => String(r.between(100000000, 999999999))),
		Tradestyle: maybe(r, full, 0.03, () => accountBaseName(ctx, a).split(' ')[0]),
		NaicsCode: hasNaics ? naics[0] : null,
		NaicsDesc: hasNaics ? naics[1] : null,
		YearStarted: maybe(r, full, 0.15, () => String(r.between(1890, 2023))),
		SicDesc: hasSic ? sic[1] : null,
		DandbCompanyId: null,
		OperatingHoursId: null,
	};
}
