/**
 * Where the awkward data goes, and what it looks like.
 *
 * Positions are arithmetic, so they are known without generating anything: record i of an object
 * carries kind K when i >= offset(K) and (i - offset(K)) % period(K) === 0. Every period is a
 * multiple of SLOT_MODULUS and every offset is a different slot (0..19), so a record carries at most
 * one kind, and records in slot 0, 10 and 15 never carry one (they are the clean originals that
 * duplicates and Lead twins copy). Each kind appears for the first time within the first 20 records.
 * The k-th occurrence, k = (i - offset) / period, picks the variant: variants cycle with k.
 */
import type { AnomalyKind, ObjectName, OrgCounts } from './types';

export const SLOT_MODULUS = 20;

export interface Placement {
	offset: number;
	period: number;
}

export const PLACEMENTS: Readonly<Record<AnomalyKind, Placement>> = {
	unicode: { offset: 1, period: 20 }, // 5%
	emoji: { offset: 2, period: 100 }, // 1%
	quotesCommasNewlines: { offset: 3, period: 40 }, // 2.5%
	leadingTrailingSpaces: { offset: 4, period: 100 }, // 1%
	longText: { offset: 5, period: 1000 }, // 0.1%
	overLongString: { offset: 6, period: 1000 }, // 0.1%
	invalidEmail: { offset: 7, period: 100 }, // 1%
	duplicateEmail: { offset: 8, period: 100 }, // 1%, copies record i - 8
	duplicateEmailDifferentCase: { offset: 9, period: 100 }, // 1%, copies record i - 9
	leadContactSamePerson: { offset: 10, period: 100 }, // 1% of Leads
	danglingReference: { offset: 11, period: 200 }, // 0.5%
	nullHeavy: { offset: 12, period: 20 }, // 5%
	boundaryDate: { offset: 13, period: 40 }, // 2.5%
	numberEdge: { offset: 14, period: 100 }, // 1%
	convertedLead: { offset: 16, period: 20 }, // 5% of Leads
	markup: { offset: 17, period: 40 }, // 2.5%
};

/** Contact slots the Lead kinds copy from (never awkward themselves). */
export const LEAD_TWIN_CONTACT_SLOT = 10;
export const CONVERTED_LEAD_CONTACT_SLOT = 15;

interface KindSpec {
	fields: readonly string[];
	description: string;
}

const NAME = ['FirstName', 'LastName', 'Name'];
const ALL_OPTIONAL = 'every optional (nillable) field is null';
const MONTH_EDGE = 'CreatedDate on a month boundary (00:00:00 on the 1st, 23:59:59 on the last day) or 1999-12-31T23:59:59';

/** Which kinds each object carries, in which fields. */
export const OBJECT_KINDS: Readonly<Record<ObjectName, Partial<Record<AnomalyKind, KindSpec>>>> = {
	User: {
		unicode: { fields: NAME, description: 'accented, CJK, Cyrillic, Arabic, Greek, Devanagari, decomposed (NFD) names' },
		emoji: { fields: NAME, description: 'emoji in the name (ZWJ sequences, skin tones, flags)' },
		leadingTrailingSpaces: { fields: ['FirstName', 'Title', 'Department'], description: 'leading/trailing spaces, tab or NBSP' },
		overLongString: { fields: ['Title'], description: 'Title longer than 255 characters' },
		nullHeavy: { fields: ['*'], description: ALL_OPTIONAL },
		boundaryDate: { fields: ['CreatedDate'], description: MONTH_EDGE },
	},
	Account: {
		unicode: { fields: ['Name', 'BillingCity'], description: 'non-ASCII company and city names' },
		emoji: { fields: ['Name', 'Description'], description: 'emoji in the company name, e.g. "🚀 Rocket Co"' },
		quotesCommasNewlines: { fields: ['Name', 'BillingStreet', 'Description'], description: 'double quotes and commas in Name; CRLF/LF, quotes, commas, backslashes in BillingStreet and Description' },
		leadingTrailingSpaces: { fields: ['Name', 'AccountNumber'], description: 'leading/trailing spaces, tab or NBSP' },
		longText: { fields: ['Description'], description: 'Description of 40,000+ characters' },
		overLongString: { fields: ['Name'], description: 'Name longer than 255 characters' },
		danglingReference: { fields: ['ParentId'], description: 'ParentId of an Account that does not exist' },
		nullHeavy: { fields: ['*'], description: ALL_OPTIONAL },
		boundaryDate: { fields: ['CreatedDate'], description: MONTH_EDGE },
		numberEdge: { fields: ['AnnualRevenue', 'NumberOfEmployees', 'BillingLatitude', 'BillingLongitude'], description: 'zero, huge (1e15, 2147483647) and extreme coordinates' },
	},
	Contact: {
		unicode: { fields: [...NAME, 'MailingCity'], description: 'e.g. Zoë Ångström, 李 雷, Jürgen Groß, İlkay Gündoğan' },
		emoji: { fields: NAME, description: 'emoji in the name' },
		quotesCommasNewlines: { fields: ['Title', 'MailingStreet', 'Description'], description: 'quotes and commas in Title; CRLF/LF, quotes, commas in MailingStreet and Description' },
		leadingTrailingSpaces: { fields: ['FirstName', 'LastName', 'Title'], description: 'leading/trailing spaces, tab or NBSP' },
		longText: { fields: ['Description'], description: 'Description of 40,000+ characters' },
		overLongString: { fields: ['Title'], description: 'Title longer than 255 characters' },
		invalidEmail: { fields: ['Email'], description: 'john@@example, no-at-sign.com, a@b, ...' },
		duplicateEmail: { fields: ['Email'], description: 'same Email as Contact i-8 (a different person)' },
		duplicateEmailDifferentCase: { fields: ['Email'], description: 'Email of Contact i-9 in upper case' },
		danglingReference: { fields: ['AccountId'], description: 'AccountId of an Account that does not exist' },
		nullHeavy: { fields: ['*'], description: ALL_OPTIONAL + ' (a private Contact with only LastName)' },
		boundaryDate: { fields: ['CreatedDate', 'Birthdate'], description: MONTH_EDGE + '; Birthdate on 29 Feb, a month end or far past (1900, 1969)' },
	},
	Lead: {
		unicode: { fields: [...NAME, 'Company'], description: 'non-ASCII person and company names' },
		emoji: { fields: [...NAME, 'Company'], description: 'emoji in names' },
		quotesCommasNewlines: { fields: ['Company', 'Street', 'Description'], description: 'quotes and commas in Company; CRLF/LF in Street and Description' },
		leadingTrailingSpaces: { fields: ['FirstName', 'LastName', 'Company', 'Title'], description: 'leading/trailing spaces, tab or NBSP' },
		longText: { fields: ['Description'], description: 'Description of 40,000+ characters' },
		overLongString: { fields: ['Title'], description: 'Title longer than 255 characters' },
		invalidEmail: { fields: ['Email'], description: 'john@@example, no-at-sign.com, a@b, ...' },
		duplicateEmail: { fields: [...NAME, 'Email'], description: 'the same person filled the form twice: name and Email of Lead i-8' },
		leadContactSamePerson: { fields: [...NAME, 'Email', 'Company'], description: 'an unconverted Lead with the FirstName, LastName and Email of an existing Contact (slot 10) and its Account name as Company' },
		nullHeavy: { fields: ['*'], description: ALL_OPTIONAL },
		boundaryDate: { fields: ['CreatedDate', 'LastActivityDate'], description: MONTH_EDGE + '; LastActivityDate on 29 Feb, a month end or far past' },
		numberEdge: { fields: ['AnnualRevenue', 'NumberOfEmployees', 'Latitude', 'Longitude'], description: 'zero, huge and extreme values' },
		convertedLead: { fields: ['IsConverted', 'Status', 'ConvertedDate', 'ConvertedAccountId', 'ConvertedContactId', 'ConvertedOpportunityId', ...NAME, 'Email'], description: 'a converted Lead: same person as its ConvertedContactId (Contact slot 15); migrations usually skip these' },
	},
	Opportunity: {
		unicode: { fields: ['Name'], description: 'non-ASCII deal names' },
		emoji: { fields: ['Name'], description: 'emoji in the deal name' },
		quotesCommasNewlines: { fields: ['Name', 'NextStep', 'Description'], description: 'quotes and commas in Name and NextStep; CRLF/LF in Description' },
		leadingTrailingSpaces: { fields: ['Name', 'NextStep'], description: 'leading/trailing spaces, tab or NBSP' },
		longText: { fields: ['Description'], description: 'Description of 40,000+ characters' },
		overLongString: { fields: ['Name', 'NextStep'], description: 'Name and NextStep longer than 255 characters' },
		danglingReference: { fields: ['AccountId'], description: 'AccountId of an Account that does not exist' },
		nullHeavy: { fields: ['*'], description: ALL_OPTIONAL },
		boundaryDate: { fields: ['CreatedDate', 'CloseDate'], description: MONTH_EDGE + '; CloseDate on 29 Feb, a month end or far past' },
		numberEdge: { fields: ['Amount', 'ExpectedRevenue', 'TotalOpportunityQuantity'], description: 'Amount 0, 0.01, 999999999999.99, -1250.5, 1234567.89' },
	},
	OpportunityContactRole: {
		danglingReference: { fields: ['ContactId'], description: 'ContactId of a Contact that does not exist' },
		nullHeavy: { fields: ['Role'], description: 'Role is null' },
	},
	Case: {
		unicode: { fields: ['Subject', 'SuppliedName'], description: 'non-ASCII subjects and names' },
		emoji: { fields: ['Subject', 'Description'], description: 'emoji in the subject' },
		quotesCommasNewlines: { fields: ['Subject', 'Description', 'Comments'], description: 'quotes and commas in Subject; CRLF/LF in Description and Comments' },
		leadingTrailingSpaces: { fields: ['Subject', 'SuppliedName'], description: 'leading/trailing spaces, tab or NBSP' },
		longText: { fields: ['Description'], description: 'Description of 40,000+ characters' },
		overLongString: { fields: ['Subject'], description: 'Subject longer than 255 characters' },
		invalidEmail: { fields: ['SuppliedEmail'], description: 'an invalid web-to-case email' },
		danglingReference: { fields: ['ContactId'], description: 'ContactId of a Contact that does not exist' },
		nullHeavy: { fields: ['*'], description: ALL_OPTIONAL },
		boundaryDate: { fields: ['CreatedDate', 'ClosedDate'], description: MONTH_EDGE },
	},
	Task: {
		unicode: { fields: ['Subject', 'Description'], description: 'non-ASCII subject and text' },
		emoji: { fields: ['Subject'], description: 'emoji in the subject' },
		quotesCommasNewlines: { fields: ['Subject', 'Description'], description: 'quotes and commas in Subject; CRLF/LF in Description' },
		leadingTrailingSpaces: { fields: ['Subject'], description: 'leading/trailing spaces, tab or NBSP' },
		longText: { fields: ['Description'], description: 'Description of 40,000+ characters' },
		overLongString: { fields: ['Subject'], description: 'Subject longer than 255 characters' },
		danglingReference: { fields: ['WhoId'], description: 'WhoId of a Contact that does not exist' },
		nullHeavy: { fields: ['*'], description: ALL_OPTIONAL },
		boundaryDate: { fields: ['CreatedDate', 'ActivityDate'], description: MONTH_EDGE + '; ActivityDate on 29 Feb, a month end or far past' },
	},
	Event: {
		unicode: { fields: ['Subject', 'Location'], description: 'non-ASCII subject and location' },
		emoji: { fields: ['Subject'], description: 'emoji in the subject' },
		quotesCommasNewlines: { fields: ['Location', 'Description'], description: 'quotes and commas in Location; CRLF/LF in Description' },
		longText: { fields: ['Description'], description: 'Description of 40,000+ characters' },
		danglingReference: { fields: ['WhatId'], description: 'WhatId of an Opportunity that does not exist' },
		nullHeavy: { fields: ['*'], description: ALL_OPTIONAL },
		boundaryDate: { fields: ['CreatedDate', 'ActivityDateTime', 'ActivityDate', 'StartDateTime', 'EndDateTime', 'EndDate'], description: MONTH_EDGE + '; the event starts 23:30 on 29 Feb / a month end and ends the next day' },
	},
	Note: {
		unicode: { fields: ['Title', 'Body'], description: 'non-ASCII title and text' },
		emoji: { fields: ['Title'], description: 'emoji in the title' },
		quotesCommasNewlines: { fields: ['Title', 'Body'], description: 'quotes and commas in Title; CRLF/LF, blank lines, tabs in Body' },
		leadingTrailingSpaces: { fields: ['Title'], description: 'leading/trailing spaces, tab or NBSP' },
		longText: { fields: ['Body'], description: 'Body of 40,000+ characters' },
		overLongString: { fields: ['Title'], description: 'Title of 300+ characters (the describe allows 80)' },
		danglingReference: { fields: ['ParentId'], description: 'ParentId of an Account that does not exist' },
		nullHeavy: { fields: ['*'], description: ALL_OPTIONAL + ' (a note with a title and no body)' },
		boundaryDate: { fields: ['CreatedDate'], description: MONTH_EDGE },
		markup: { fields: ['Title', 'Body'], description: 'text that looks like HTML: tags, a script, entities, a < b & c' },
	},
};

/** The kind (or none) for each slot, per object. */
const SLOT_TABLE: Record<ObjectName, (AnomalyKind | undefined)[]> = (() => {
	const table = {} as Record<ObjectName, (AnomalyKind | undefined)[]>;
	for (const object of Object.keys(OBJECT_KINDS) as ObjectName[]) {
		const slots: (AnomalyKind | undefined)[] = new Array(SLOT_MODULUS).fill(undefined);
		for (const kind of Object.keys(OBJECT_KINDS[object]) as AnomalyKind[]) {
			slots[PLACEMENTS[kind].offset % SLOT_MODULUS] = kind;
		}
		table[object] = slots;
	}
	return table;
})();

/** Can the kind occur at all with these counts (Lead twins need the Contact they copy)? */
export function kindAvailable(object: ObjectName, kind: AnomalyKind, counts: OrgCounts): boolean {
	if (object === 'Lead' && kind === 'leadContactSamePerson') return counts.Contact > LEAD_TWIN_CONTACT_SLOT;
	if (object === 'Lead' && kind === 'convertedLead') return counts.Contact > CONVERTED_LEAD_CONTACT_SLOT;
	return true;
}

/** The kind of record `index`, or null. `enabled` filters the kinds the org was asked for. */
export function kindAt(
	object: ObjectName,
	index: number,
	counts: OrgCounts,
	enabled: ReadonlySet<AnomalyKind>,
): AnomalyKind | null {
	const kind = SLOT_TABLE[object][index % SLOT_MODULUS];
	if (kind === undefined || !enabled.has(kind)) return null;
	const { offset, period } = PLACEMENTS[kind];
	if (index < offset || (index - offset) % period !== 0) return null;
	return kindAvailable(object, kind, counts) ? kind : null;
}

/** k for the k-th record (0-based) carrying `kind`; meaningful only where kindAt returned it. */
export function occurrenceOf(kind: AnomalyKind, index: number): number {
	const { offset, period } = PLACEMENTS[kind];
	return (index - offset) / period;
}

/** How many of `count` records carry the kind (ignoring availability). */
export function occurrenceCount(kind: AnomalyKind, count: number): number {
	const { offset, period } = PLACEMENTS[kind];
	return count > offset ? Math.floor((count - 1 - offset) / period) + 1 : 0;
}

// ---------------------------------------------------------------- the awkward values themselves

export interface AwkwardPerson {
	first: string;
	last: string;
	/** ASCII spelling for the email address. */
	ascii: string;
}

export const UNICODE_PEOPLE: readonly AwkwardPerson[] = [
	{ first: 'Zoë', last: 'Ångström', ascii: 'zoe.angstrom' },
	{ first: '雷', last: '李', ascii: 'lei.li' },
	{ first: 'Jürgen', last: 'Groß', ascii: 'juergen.gross' },
	{ first: 'İlkay', last: 'Gündoğan', ascii: 'ilkay.gundogan' },
	{ first: 'Дмитрий', last: 'Иванов', ascii: 'dmitry.ivanov' },
	{ first: 'محمد', last: 'الأحمد', ascii: 'mohammed.alahmad' },
	{ first: 'Αθηνά', last: 'Παπαδοπούλου', ascii: 'athina.papadopoulou' },
	{ first: 'प्रिया', last: 'शर्मा', ascii: 'priya.sharma' },
	{ first: '太郎', last: '山田', ascii: 'taro.yamada' },
	{ first: '민준', last: '김', ascii: 'minjun.kim' },
	{ first: 'Zoe\u0308', last: 'Ange\u0301lique', ascii: 'zoe.angelique' }, // decomposed (NFD)
	{ first: 'Bảo Châu', last: 'Ngô', ascii: 'baochau.ngo' },
	{ first: 'François', last: 'Lefèvre-Søndergård', ascii: 'francois.lefevre' },
	{ first: 'Łukasz', last: 'Wróbel', ascii: 'lukasz.wrobel' },
];

export const EMOJI_PEOPLE: readonly AwkwardPerson[] = [
	{ first: 'Sam 🚀', last: 'Taylor', ascii: 'sam.taylor' },
	{ first: 'Amy', last: 'Wu 🎉', ascii: 'amy.wu' },
	{ first: '👨‍👩‍👧', last: 'Family', ascii: 'the.family' },
	{ first: 'Chris', last: 'Lee 👍🏽', ascii: 'chris.lee' },
	{ first: 'Ana 🇧🇷', last: 'Silva', ascii: 'ana.silva' },
	{ first: '𝓐𝓷𝓷𝓪', last: 'Smith ✨', ascii: 'anna.smith' },
];

export const UNICODE_COMPANIES: readonly string[] = [
	'Zürich Versicherungs-Gesellschaft', '北京科技有限公司', 'Société Générale Ingénierie',
	'Ångström Labs', 'ООО Ромашка', 'São Paulo Alimentos', 'Ηλιος Ενέργεια', 'مجموعة الخليج',
	'株式会社サンプル', 'Čokoládovna Žďár',
];

export const UNICODE_CITIES: readonly string[] = ['Zürich', 'São Paulo', 'Montréal', '北京', 'Kraków', 'Москва', 'Düsseldorf'];

export const EMOJI_COMPANIES: readonly string[] = [
	'🚀 Rocket Co', 'Café ☕ Corner', 'Pixel 👾 Labs', '🌈 Rainbow Foods', 'Stars ⭐⭐⭐ Hotel',
	'Family 👨‍👩‍👧‍👦 Bakery',
];

export const UNICODE_TEXTS: readonly string[] = [
	'Réclamation : colis endommagé', '发票金额错误', 'Заказ не доставлен', 'طلب استرداد المبلغ',
	'配送の遅延について', 'Überprüfung der Rechnung', 'Ελαττωματικό προϊόν',
];

export const EMOJI_TEXTS: readonly string[] = [
	'🚀 Launch follow-up 🎉', 'Customer is 😡 about the delay', 'Renewal ✅ signed 👍🏽',
	'🔥 Urgent: outage 🔥', 'Thanks 🙏 for the demo 👨‍💻',
];

/** Single-line values with double quotes and commas (names, subjects, titles). */
export const QUOTED_NAMES: readonly string[] = [
	'Smith, Jones & "Partners" Ltd.', '"Acme", Inc.', 'O\'Brien, Sons and Daughters', 'The "Best" Co, LLC',
	'"', 'a,b,c', '=HYPERLINK("http://example.com","click"), Inc.', 'Backslash \\ "Quote\\" Co',
];

/** Multi-line values with CRLF, LF, quotes, commas, tabs and backslashes. */
export const QUOTED_TEXTS: readonly string[] = [
	'Customer said "we need it by Q3, latest".\r\nFollow-up: call back, then email.\nSecond line with "quotes", and a trailing comma,',
	'Line one\nLine two\nLine three, with a comma and a tab\there',
	'"Starts with a quote" and ends with one "\r\n',
	'C:\\Users\\sales\\notes.txt, then "double ""doubled"" quotes"\r\n\r\nBlank line above.',
	',leading comma\n"only a quote line"\n',
];

export const QUOTED_STREETS: readonly string[] = [
	'"Building A", Suite 400\r\n1200 Main Street',
	'Apt 5, Floor 2\n77 King\'s Road',
	'c/o "The Warehouse"\nUnit 3, 15 Harbour Way\nDock 7',
	'PO Box 12, Station "B"',
];

/** Plain text that an HTML target would misread unless escaped (note titles, then bodies). */
export const MARKUP_TITLES: readonly string[] = [
	'<b>Pricing</b> & terms', 'Q&A: <draft>', 'Renewal <= 30 days & > $10k', '&lt;not an entity&gt;',
];

export const MARKUP_TEXTS: readonly string[] = [
	'<script>alert("x")</script> pasted from the web form',
	'Discount if seats > 50 && term >= 2 years; list < 1,000',
	'<p>Copied from an email</p><br><div class="sig">Regards</div>',
	'Use &amp; and &nbsp; as written: AT&T, R&D, M&A',
	'Link: https://example.com/q?a=1&b=<2>\nNext line <i>italic?</i>',
];

export const INVALID_EMAILS: readonly string[] = [
	'john@@example', 'no-at-sign.com', 'a@b', 'jane doe@example.com', 'trailing.dot@example.com.',
	'@example.com', 'user@', 'two@at@example.com', 'name@exa_mple.com', 'mailto:someone@example.com',
];

/** The k-th invalid email: the list first, then the same shapes made unique with k. */
export function invalidEmail(k: number): string {
	const shape = INVALID_EMAILS[k % INVALID_EMAILS.length];
	return k < INVALID_EMAILS.length ? shape : `${k}${shape}`;
}

export function withSpaces(value: string, k: number): string {
	switch (k % 5) {
		case 0:
			return `  ${value}`;
		case 1:
			return `${value}  `;
		case 2:
			return ` ${value} `;
		case 3:
			return `\u00a0${value}\u00a0`;
		default:
			return `${value}\t`;
	}
}

const LONG_PARAGRAPH =
	'Meeting notes from the quarterly review. The customer asked about pricing tiers and renewal terms. ' +
	'Action items were assigned to the account team and the solution engineer. ';
const LONG_PARAGRAPH_UNICODE = 'Résumé des échanges: le client souhaite une démo. 会议纪要。 Итоги встречи. 🚀 ';
const longTexts: string[] = [];

/** A Description of 40,000+ characters (variant 1 also holds multi-byte characters and newlines). */
export function longText(k: number): string {
	const variant = k % 2;
	if (longTexts[variant] === undefined) {
		const unit = variant === 0 ? LONG_PARAGRAPH : LONG_PARAGRAPH_UNICODE + '\n';
		const target = variant === 0 ? 40_001 : 45_000;
		longTexts[variant] = unit.repeat(Math.ceil(target / unit.length)).slice(0, target);
	}
	return longTexts[variant];
}

/** A string of 300+ characters built from `base`. */
export function overLongString(base: string): string {
	const unit = `${base} and Head of Global Strategic Partnerships for Europe the Middle East and Africa / `;
	return unit.repeat(Math.ceil(300 / unit.length)).slice(0, 300 + (base.length % 7));
}

/** Dates that break naive date handling: leap day, month/year ends, pre-epoch, far past. */
export const BOUNDARY_DATES: readonly string[] = ['2024-02-29', '2023-12-31', '1969-12-31', '2024-01-31', '1900-01-01', '2000-02-29', '2024-04-30'];

/** A CreatedDate (epoch seconds) moved earlier, onto a month boundary or far into the past. */
export function boundaryCreated(created: number, k: number): number {
	const d = new Date(created * 1000);
	const monthStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 1000;
	switch (k % 3) {
		case 0:
			return monthStart; // 00:00:00 on the 1st
		case 1:
			return monthStart - 1; // 23:59:59 on the last day of the previous month
		default:
			return Date.UTC(1999, 11, 31, 23, 59, 59) / 1000;
	}
}
