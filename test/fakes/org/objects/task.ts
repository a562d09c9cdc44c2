/** Task (00T). No describe fixture: the fields are the standard Task API fields. */
import {
	BOUNDARY_DATES,
	EMOJI_TEXTS,
	QUOTED_NAMES,
	QUOTED_TEXTS,
	UNICODE_TEXTS,
	longText,
	occurrenceOf,
	overLongString,
	withSpaces,
} from '../awkward';
import { Stream, type OrgContext } from '../context';
import { DAY, sfDate, sfDateTime } from '../timeline';
import type { SfRecord } from '../types';
import { TASK_FREE_SUBJECTS, TASK_SUBJECTS } from '../vocabulary';
import { activityIds } from './activity';
import { auditFields, between, maybe, paragraph } from './common';

export const TASK_STATUSES = ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred'];
const STATUS_WEIGHTS = [20, 15, 55, 5, 5];
export const TASK_SUBTYPES = ['Task', 'Call', 'Email'];

export function taskRecord(ctx: OrgContext, i: number): SfRecord {
	const r = ctx.rng('Task', i, Stream.Fields);
	const kind = ctx.kindAt('Task', i);
	const full = kind !== 'nullHeavy';
	const k = kind ? occurrenceOf(kind, i) : 0;
	const audit = auditFields(ctx, 'Task', i);
	const s = ctx.stamps('Task', i);
	const ids = activityIds(ctx, 'Task', i);

	const subtype = r.weighted(TASK_SUBTYPES, [50, 30, 20]);
	const status = subtype === 'Task' ? r.weighted(TASK_STATUSES, STATUS_WEIGHTS) : 'Completed';
	const closed = status === 'Completed';
	let subject: string | null;
	if (subtype === 'Call') subject = r.chance(0.7) ? 'Call' : 'Call back about the case';
	else if (subtype === 'Email') subject = `Email: ${r.pick(TASK_FREE_SUBJECTS)}`;
	else subject = r.chance(0.5) ? r.pick(TASK_SUBJECTS) : r.pick(TASK_FREE_SUBJECTS);
	let description = maybe(r, full, 0.4, () => paragraph(r));
	let activityDate = maybe(r, full, 0.85, () => sfDate(s.created + r.between(-5, 30) * DAY));
	const priority = r.weighted(['Normal', 'High', 'Low'], [70, 15, 15]);
	const reminder = !closed && full && r.chance(0.1);

	switch (kind) {
		case 'unicode':
			subject = UNICODE_TEXTS[k % UNICODE_TEXTS.length];
			description = UNICODE_TEXTS[(k + 1) % UNICODE_TEXTS.length];
			break;
		case 'emoji':
			subject = EMOJI_TEXTS[k % EMOJI_TEXTS.length];
			break;
		case 'quotesCommasNewlines':
			subject = QUOTED_NAMES[k % QUOTED_NAMES.length];
			description = QUOTED_TEXTS[k % QUOTED_TEXTS.length];
			break;
		case 'leadingTrailingSpaces':
			subject = withSpaces(subject, k);
			break;
		case 'longText':
			description = longText(k);
			break;
		case 'overLongString':
			subject = overLongString(subject);
			break;
		case 'nullHeavy':
			subject = null;
			break;
		case 'boundaryDate':
			activityDate = BOUNDARY_DATES[k % BOUNDARY_DATES.length];
			break;
		default:
	}

	return {
		Id: ctx.idOf('Task', i),
		WhoId: ids.WhoId,
		WhatId: ids.WhatId,
		Subject: subject,
		ActivityDate: activityDate,
		Status: status,
		Priority: priority,
		IsHighPriority: priority === 'High',
		OwnerId: audit.OwnerId,
		Description: description,
		IsDeleted: false,
		AccountId: ids.AccountId,
		IsClosed: closed,
		CreatedDate: audit.CreatedDate,
		CreatedById: audit.CreatedById,
		LastModifiedDate: audit.LastModifiedDate,
		LastModifiedById: audit.LastModifiedById,
		SystemModstamp: audit.SystemModstamp,
		IsArchived: false,
		CallDurationInSeconds: subtype === 'Call' ? r.between(15, 3600) : null,
		CallType: subtype === 'Call' ? r.pick(['Inbound', 'Outbound', 'Internal']) : null,
		CallDisposition: subtype === 'Call' && full ? r.pick(['Connected', 'Left voicemail', 'No answer']) : null,
		CallObject: null,
		ReminderDateTime: reminder ? sfDateTime(between(r, s.created, ctx.nowSeconds)) : null,
		IsReminderSet: reminder,
		RecurrenceActivityId: null,
		IsRecurrence: false,
		TaskSubtype: subtype,
		CompletedDateTime: closed ? sfDateTime(s.lastModified) : null,
	};
}
