/** Case (500). Fields in the order of Case.describe.json. Contact* fields are copied from the Contact, as Salesforce derives them. */
import {
	EMOJI_TEXTS,
	invalidEmail,
	QUOTED_NAMES,
	QUOTED_TEXTS,
	UNICODE_PEOPLE,
	UNICODE_TEXTS,
	longText,
	occurrenceOf,
	overLongString,
	withSpaces,
} from '../awkward';
import { Stream, type OrgContext } from '../context';
import { danglingId } from '../ids';
import { caseAccount, caseContact, caseParent, danglingKey } from '../references';
import { sfDateTime } from '../timeline';
import type { SfRecord, SfValue } from '../types';
import { CASE_SUBJECTS, FREE_EMAIL_DOMAINS } from '../vocabulary';
import { auditFields, basePerson, between, companyName, fullName, idOrNull, maybe, paragraph, phone } from './common';

const STATUSES = ['New', 'Working', 'Escalated', 'Closed'];
const STATUS_WEIGHTS = [20, 25, 5, 50];
const TYPES = ['Mechanical', 'Electrical', 'Electronic', 'Structural', 'Other'];
const REASONS = ['Installation', 'Equipment Complexity', 'Performance', 'Breakdown', 'Equipment Design', 'Feedback', 'Other'];

export function caseRecord(ctx: OrgContext, i: number): SfRecord {
	const r = ctx.rng('Case', i, Stream.Fields);
	const kind = ctx.kindAt('Case', i);
	const full = kind !== 'nullHeavy';
	const k = kind ? occurrenceOf(kind, i) : 0;
	const audit = auditFields(ctx, 'Case', i);
	const s = ctx.stamps('Case', i);
	const contactIndex = caseContact(ctx, i);
	const contact = contactIndex === null ? null : ctx.record('Contact', contactIndex);
	const fromWeb = full && contactIndex === null && kind !== 'danglingReference';
	const person = basePerson(ctx, 'Case', i);

	let status = r.weighted(STATUSES, STATUS_WEIGHTS);
	let subject: string | null = maybe(r, full, 0.95, () => r.pick(CASE_SUBJECTS));
	let description = maybe(r, full, 0.6, () => paragraph(r));
	let comments = maybe(r, full, 0.1, () => paragraph(r, 1));
	let suppliedName = fromWeb ? fullName(person.first, person.last) : null;
	let suppliedEmail = fromWeb ? `${person.ascii.replace('.', '-')}${i}@${r.pick(FREE_EMAIL_DOMAINS)}` : null;
	let contactId = idOrNull(ctx, 'Contact', contactIndex);
	let closedDate = status === 'Closed' ? s.lastModified : null;

	switch (kind) {
		case 'unicode': {
			const p = UNICODE_PEOPLE[k % UNICODE_PEOPLE.length];
			subject = UNICODE_TEXTS[k % UNICODE_TEXTS.length];
			suppliedName = `${p.first} ${p.last}`;
			break;
		}
		case 'emoji':
			subject = EMOJI_TEXTS[k % EMOJI_TEXTS.length];
			description = EMOJI_TEXTS[(k + 1) % EMOJI_TEXTS.length];
			break;
		case 'quotesCommasNewlines':
			subject = QUOTED_NAMES[k % QUOTED_NAMES.length];
			description = QUOTED_TEXTS[k % QUOTED_TEXTS.length];
			comments = QUOTED_TEXTS[(k + 1) % QUOTED_TEXTS.length];
			break;
		case 'leadingTrailingSpaces':
			subject = withSpaces(subject ?? r.pick(CASE_SUBJECTS), k);
			suppliedName = withSpaces(suppliedName ?? fullName(person.first, person.last), k + 1);
			break;
		case 'longText':
			description = longText(k);
			break;
		case 'overLongString':
			subject = overLongString(subject ?? r.pick(CASE_SUBJECTS));
			break;
		case 'invalidEmail':
			suppliedName = suppliedName ?? fullName(person.first, person.last);
			suppliedEmail = invalidEmail(k);
			break;
		case 'danglingReference':
			contactId = danglingId('003', danglingKey('Case', i));
			break;
		case 'boundaryDate':
			status = 'Closed';
			closedDate = s.created; // closed the moment it was opened, on a month boundary
			break;
		default:
	}
	const fromContact = (field: string): SfValue => (contact ? contact[field] : null);

	return {
		Id: ctx.idOf('Case', i),
		IsDeleted: false,
		MasterRecordId: null,
		CaseNumber: String(1001 + i).padStart(8, '0'),
		ContactId: contactId,
		AccountId: idOrNull(ctx, 'Account', caseAccount(ctx, i)),
		AssetId: null,
		ParentId: idOrNull(ctx, 'Case', caseParent(ctx, i)),
		SuppliedName: suppliedName,
		SuppliedEmail: suppliedEmail,
		SuppliedPhone: fromWeb && r.chance(0.5) ? phone(r) : null,
		SuppliedCompany: fromWeb && r.chance(0.6) ? companyName(r) : null,
		Type: maybe(r, full, 0.7, () => r.pick(TYPES)),
		Status: status,
		Reason: maybe(r, full, 0.6, () => r.pick(REASONS)),
		Origin: full ? (fromWeb ? 'Web' : r.pick(['Phone', 'Email', 'Web'])) : null,
		Subject: subject,
		Priority: full ? r.weighted(['High', 'Medium', 'Low'], [2, 5, 3]) : null,
		Description: description,
		IsClosed: status === 'Closed',
		ClosedDate: closedDate === null ? null : sfDateTime(closedDate),
		IsEscalated: status === 'Escalated' || r.chance(0.03),
		OwnerId: audit.OwnerId,
		CreatedDate: audit.CreatedDate,
		CreatedById: audit.CreatedById,
		LastModifiedDate: audit.LastModifiedDate,
		LastModifiedById: audit.LastModifiedById,
		SystemModstamp: audit.SystemModstamp,
		ContactPhone: fromContact('Phone'),
		ContactMobile: fromContact('MobilePhone'),
		ContactEmail: fromContact('Email'),
		ContactFax: fromContact('Fax'),
		Comments: comments,
		LastViewedDate: maybe(r, full, 0.3, () => sfDateTime(between(r, s.lastModified, ctx.nowSeconds))),
		LastReferencedDate: maybe(r, full, 0.3, () => sfDateTime(between(r, s.lastModified, ctx.nowSeconds))),
	};
}
