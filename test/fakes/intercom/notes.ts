/**
 * Notes on contacts: `POST /contacts/{id}/notes` `{body, admin_id?}`, `GET /contacts/{id}/notes`
 * (newest first, `page` / `per_page`, an empty page past the end as intercom-client's paginator
 * expects) and `GET /notes/{id}`. Plain-text bodies come back wrapped in `<p>…</p>`; HTML is kept.
 * An unknown contact is 404 "User Not Found", an unknown `admin_id` 404 "Resource Not Found".
 */
import { renderAdmin } from './admins';
import type { IntercomContext } from './context';
import { parameterNotFound, resourceNotFound, userNotFound } from './errors';
import { addRoute, jsonObject, ok } from './http';
import { offsetPage } from './offsetPaging';

export interface NoteRecord {
	readonly id: string;
	readonly contactId: string;
	readonly authorId: string;
	/** HTML, as returned. */
	readonly body: string;
	/** Unix seconds. */
	readonly createdAt: number;
}

export class NoteStore {
	private readonly notes = new Map<string, NoteRecord>();
	private readonly byContact = new Map<string, string[]>();

	get size(): number {
		return this.notes.size;
	}

	get(id: string): NoteRecord | undefined {
		return this.notes.get(id);
	}

	add(note: NoteRecord): NoteRecord {
		this.notes.set(note.id, note);
		const ids = this.byContact.get(note.contactId) ?? [];
		ids.push(note.id);
		this.byContact.set(note.contactId, ids);
		return note;
	}

	/** Newest first. */
	forContact(contactId: string): NoteRecord[] {
		return (this.byContact.get(contactId) ?? [])
			.map((id) => this.notes.get(id) as NoteRecord)
			.reverse();
	}

	all(): NoteRecord[] {
		return [...this.notes.values()];
	}

	/** Moves a merged lead's notes to the user it was merged into. */
	reassign(fromContactId: string, toContactId: string): void {
		for (const id of this.byContact.get(fromContactId) ?? []) {
			const note = this.notes.get(id) as NoteRecord;
			this.add({ ...note, contactId: toContactId });
		}
		this.byContact.delete(fromContactId);
	}

	removeContact(contactId: string): void {
		for (const id of this.byContact.get(contactId) ?? []) this.notes.delete(id);
		this.byContact.delete(contactId);
	}
}

/** Plain text becomes one escaped paragraph; a body that already looks like HTML is kept. */
export function noteHtml(text: string): string {
	if (/^\s*</.test(text)) return text;
	const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	return `<p>${escaped}</p>`;
}

export function renderNote(ctx: IntercomContext, note: NoteRecord) {
	const author = ctx.admins.get(note.authorId);
	return {
		type: 'note',
		id: note.id,
		created_at: note.createdAt,
		contact: { type: 'contact', id: note.contactId },
		author: author
			? {
					type: 'admin',
					id: author.id,
					name: author.name,
					email: author.email,
					away_mode_enabled: author.awayModeEnabled,
					away_mode_reassign: author.awayModeReassign,
				}
			: renderAdmin(ctx.admins.me()),
		body: note.body,
	};
}

export function registerNoteRoutes(ctx: IntercomContext): void {
	const { server } = ctx;
	addRoute(server, 'POST', '/contacts/:id/notes', (req) => {
		const contact = ctx.contacts.get(req.params.id);
		if (!contact) throw userNotFound();
		const body = jsonObject(req);
		if (typeof body.body !== 'string' || body.body === '') {
			throw parameterNotFound('body is a required parameter');
		}
		let authorId = ctx.admins.me().id;
		if (body.admin_id !== undefined && body.admin_id !== null) {
			const admin = ctx.admins.get(String(body.admin_id));
			if (!admin) throw resourceNotFound();
			authorId = admin.id;
		}
		const note = ctx.notes.add({
			id: String(ctx.ids.next('note')),
			contactId: contact.id,
			authorId,
			body: noteHtml(body.body),
			createdAt: ctx.nowSeconds(),
		});
		return ok(renderNote(ctx, note));
	});
	addRoute(server, 'GET', '/contacts/:id/notes', (req) => {
		if (!ctx.contacts.get(req.params.id)) throw userNotFound();
		const page = offsetPage(req, ctx.server.url, ctx.notes.forContact(req.params.id), 50);
		return ok({
			type: 'list',
			data: page.items.map((n) => renderNote(ctx, n)),
			total_count: page.total,
			pages: page.pages,
		});
	});
	addRoute(server, 'GET', '/notes/:id', (req) => {
		const note = ctx.notes.get(req.params.id);
		if (!note) throw resourceNotFound();
		return ok(renderNote(ctx, note));
	});
}
