/** Note (002): the classic note of the Notes & Attachments list. No describe fixture: the standard Note fields. */
import {
	EMOJI_TEXTS,
	MARKUP_TEXTS,
	MARKUP_TITLES,
	QUOTED_NAMES,
	QUOTED_TEXTS,
	UNICODE_TEXTS,
	longText,
	occurrenceOf,
	overLongString,
	withSpaces,
} from '../awkward';
import { Stream, type OrgContext } from '../context';
import { danglingId } from '../ids';
import type { Rng } from '../random';
import { danglingKey, noteParent } from '../references';
import type { SfRecord } from '../types';
import { FAKER_FIRST_NAMES, NOTE_SENTENCES, NOTE_TITLES } from '../vocabulary';
import { auditFields, maybe } from './common';

function title(r: Rng): string {
	return r.chance(0.75) ? r.pick(NOTE_TITLES) : `Call with ${r.pick(FAKER_FIRST_NAMES)}`;
}

/** One to four different sentences on one line (line breaks, quotes and markup come from awkward.ts only). */
function body(r: Rng): string {
	const first = r.int(NOTE_SENTENCES.length);
	// A step coprime with the list's length (12) never repeats a sentence.
	const step = r.pick([1, 5, 7, 11]);
	const sentences: string[] = [];
	for (let s = 0, count = 1 + r.int(4); s < count; s++) sentences.push(NOTE_SENTENCES[(first + s * step) % NOTE_SENTENCES.length]);
	return sentences.join(' ');
}

export function noteRecord(ctx: OrgContext, i: number): SfRecord {
	const r = ctx.rng('Note', i, Stream.Fields);
	const kind = ctx.kindAt('Note', i);
	const k = kind ? occurrenceOf(kind, i) : 0;
	const audit = auditFields(ctx, 'Note', i);
	const parent = noteParent(ctx, i);

	let noteTitle: string = title(r);
	// A title-only note is common (about one in eight); nullHeavy notes have no body at all.
	let noteBody = maybe(r, kind !== 'nullHeavy', 0.88, () => body(r));
	const isPrivate = r.chance(0.08);

	switch (kind) {
		case 'unicode':
			noteTitle = UNICODE_TEXTS[k % UNICODE_TEXTS.length];
			noteBody = UNICODE_TEXTS[(k + 1) % UNICODE_TEXTS.length];
			break;
		case 'emoji':
			noteTitle = EMOJI_TEXTS[k % EMOJI_TEXTS.length];
			break;
		case 'quotesCommasNewlines':
			noteTitle = QUOTED_NAMES[k % QUOTED_NAMES.length];
			noteBody = QUOTED_TEXTS[k % QUOTED_TEXTS.length];
			break;
		case 'leadingTrailingSpaces':
			noteTitle = withSpaces(noteTitle, k);
			break;
		case 'longText':
			noteBody = longText(k);
			break;
		case 'overLongString':
			noteTitle = overLongString(noteTitle);
			break;
		case 'markup':
			noteTitle = MARKUP_TITLES[k % MARKUP_TITLES.length];
			noteBody = MARKUP_TEXTS[k % MARKUP_TEXTS.length];
			break;
		default:
	}

	return {
		Id: ctx.idOf('Note', i),
		IsDeleted: false,
		ParentId: parent ? ctx.idOf(parent.object, parent.index) : danglingId('001', danglingKey('Note', i)),
		Title: noteTitle,
		IsPrivate: isPrivate,
		Body: noteBody,
		OwnerId: audit.OwnerId,
		CreatedDate: audit.CreatedDate,
		CreatedById: audit.CreatedById,
		LastModifiedDate: audit.LastModifiedDate,
		LastModifiedById: audit.LastModifiedById,
		SystemModstamp: audit.SystemModstamp,
	};
}
