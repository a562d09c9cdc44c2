/** Event (00U). Fields in the order of Event.describe.json (recurrence fields are null: no series are generated). */
import {
	BOUNDARY_DATES,
	EMOJI_TEXTS,
	QUOTED_NAMES,
	QUOTED_TEXTS,
	UNICODE_CITIES,
	UNICODE_TEXTS,
	longText,
	occurrenceOf,
} from '../awkward';
import { Stream, type OrgContext } from '../context';
import { DAY, dateToEpoch, sfDate, sfDateTime } from '../timeline';
import type { SfRecord } from '../types';
import { EVENT_FREE_SUBJECTS, EVENT_LOCATIONS } from '../vocabulary';
import { activityIds } from './activity';
import { auditFields, maybe, paragraph } from './common';

export const EVENT_SUBJECTS = ['Call', 'Email', 'Meeting', 'Send Letter/Quote', 'Other'];

export function eventRecord(ctx: OrgContext, i: number): SfRecord {
	const r = ctx.rng('Event', i, Stream.Fields);
	const kind = ctx.kindAt('Event', i);
	const full = kind !== 'nullHeavy';
	const k = kind ? occurrenceOf(kind, i) : 0;
	const audit = auditFields(ctx, 'Event', i);
	const s = ctx.stamps('Event', i);
	const ids = activityIds(ctx, 'Event', i);

	let allDay = r.chance(0.15);
	let start = Math.floor((s.created + r.between(-10, 60) * DAY) / 900) * 900; // on a quarter hour
	let minutes = allDay ? DAY / 60 : r.pick([15, 30, 30, 45, 60, 60, 90, 120]);
	if (allDay) start = dateToEpoch(sfDate(start));
	let subject: string | null = r.chance(0.6) ? r.pick(EVENT_SUBJECTS) : r.pick(EVENT_FREE_SUBJECTS);
	let location = maybe(r, full, 0.6, () => r.pick(EVENT_LOCATIONS));
	let description = maybe(r, full, 0.3, () => paragraph(r));

	switch (kind) {
		case 'unicode':
			subject = UNICODE_TEXTS[k % UNICODE_TEXTS.length];
			location = UNICODE_CITIES[k % UNICODE_CITIES.length];
			break;
		case 'emoji':
			subject = EMOJI_TEXTS[k % EMOJI_TEXTS.length];
			break;
		case 'quotesCommasNewlines':
			location = QUOTED_NAMES[k % QUOTED_NAMES.length];
			description = QUOTED_TEXTS[k % QUOTED_TEXTS.length];
			break;
		case 'longText':
			description = longText(k);
			break;
		case 'nullHeavy':
			subject = null;
			break;
		case 'boundaryDate':
			// 23:30 on a leap day / month end, lasting an hour: the event ends on the next day.
			allDay = false;
			start = dateToEpoch(BOUNDARY_DATES[k % BOUNDARY_DATES.length]) + 23.5 * 3600;
			minutes = 60;
			break;
		default:
	}
	const end = start + minutes * 60;
	const reminder = full && r.chance(0.3);

	return {
		Id: ctx.idOf('Event', i),
		WhoId: ids.WhoId,
		WhatId: ids.WhatId,
		Subject: subject,
		Location: location,
		IsAllDayEvent: allDay,
		ActivityDateTime: sfDateTime(start),
		ActivityDate: sfDate(start),
		DurationInMinutes: minutes,
		StartDateTime: sfDateTime(start),
		EndDateTime: sfDateTime(end),
		EndDate: sfDate(allDay ? end - DAY : end),
		Description: description,
		AccountId: ids.AccountId,
		OwnerId: audit.OwnerId,
		IsPrivate: r.chance(0.05),
		ShowAs: r.weighted(['Busy', 'OutOfOffice', 'Free'], [85, 5, 10]),
		IsDeleted: false,
		IsChild: false,
		IsGroupEvent: false,
		GroupEventType: '0',
		CreatedDate: audit.CreatedDate,
		CreatedById: audit.CreatedById,
		LastModifiedDate: audit.LastModifiedDate,
		LastModifiedById: audit.LastModifiedById,
		SystemModstamp: audit.SystemModstamp,
		IsArchived: false,
		RecurrenceActivityId: null,
		IsRecurrence: false,
		RecurrenceStartDateTime: null,
		RecurrenceEndDateOnly: null,
		RecurrenceTimeZoneSidKey: null,
		RecurrenceType: null,
		RecurrenceInterval: null,
		RecurrenceDayOfWeekMask: null,
		RecurrenceDayOfMonth: null,
		RecurrenceInstance: null,
		RecurrenceMonthOfYear: null,
		ReminderDateTime: reminder ? sfDateTime(start - 15 * 60) : null,
		IsReminderSet: reminder,
		EventSubtype: 'Event',
		IsRecurrence2Exclusion: false,
		Recurrence2PatternText: null,
		Recurrence2PatternVersion: null,
		IsRecurrence2: false,
		IsRecurrence2Exception: false,
		Recurrence2PatternStartDate: null,
		Recurrence2PatternTimeZone: null,
	};
}
