/**
 * Contacts (users and leads), keyed by their 24-hex Intercom id, on the common InMemoryStore
 * with two unique indexes: `external_id` (every contact) and email (case-insensitive, users
 * only: Intercom lets several leads, and a lead and a user, share an email; the merge endpoint
 * exists for that). Archived contacts keep their index entries, which is how a create can answer
 * "An archived contact matching those details already exists". Records are replaced, never
 * edited in place. Beside them: the leads' emails and the count of live contacts, so that
 * lookups and list totals stay cheap with a million contacts.
 */
import { InMemoryStore, type Page, type PageOptions } from '../../common';
import { SearchVisibility } from '../search/visibility';

export type ContactRole = 'user' | 'lead';

export interface ContactRecord {
	readonly id: string;
	readonly role: ContactRole;
	readonly externalId: string | null;
	readonly email: string | null;
	readonly phone: string | null;
	readonly name: string | null;
	readonly avatar: string | null;
	readonly ownerId: number | null;
	readonly unsubscribedFromEmails: boolean;
	readonly hasHardBounced: boolean;
	readonly markedEmailAsSpam: boolean;
	/** Unix seconds. */
	readonly createdAt: number;
	readonly updatedAt: number;
	readonly signedUpAt: number | null;
	readonly lastSeenAt: number | null;
	/** Written by the legacy `/users` endpoint (`last_request_at`, `session_count`, `utm_*`). */
	readonly legacy: Readonly<Record<string, unknown>>;
	readonly customAttributes: Readonly<Record<string, unknown>>;
	readonly archived: boolean;
	/** Clock ms of the last write, for search visibility. */
	readonly writtenAt: number;
}

type Index = 'externalId' | 'email';

export class ContactStore {
	private readonly items = new InMemoryStore<ContactRecord, Index>({
		idOf: (c) => c.id,
		indexes: {
			externalId: { key: (c) => c.externalId },
			email: { key: (c) => (c.role === 'user' ? c.email : null), caseInsensitive: true },
		},
	});
	/** Lower-cased email → ids of the leads holding it, in creation order (users are indexed above). */
	private readonly leadEmails = new Map<string, string[]>();
	private archivedCount = 0;
	readonly visibility: SearchVisibility<ContactRecord>;

	constructor(searchLagMs: () => number) {
		this.visibility = new SearchVisibility(searchLagMs, (id) => this.items.get(id));
	}

	get size(): number {
		return this.items.size;
	}

	/** Contacts not archived. */
	get liveCount(): number {
		return this.items.size - this.archivedCount;
	}

	get(id: string): ContactRecord | undefined {
		return this.items.get(id);
	}

	byExternalId(externalId: string): ContactRecord | undefined {
		return this.items.getBy('externalId', externalId);
	}

	/** The user with this email (case-insensitive). */
	userByEmail(email: string): ContactRecord | undefined {
		return this.items.getBy('email', email);
	}

	/** The user with this email, else the first lead with it. */
	anyByEmail(email: string): ContactRecord | undefined {
		return this.userByEmail(email) ?? this.allByEmail(email)[0];
	}

	/** Every contact with this email: the user first, then leads in creation order. */
	allByEmail(email: string): ContactRecord[] {
		const user = this.userByEmail(email);
		const leads = (this.leadEmails.get(email.toLowerCase()) ?? []).map(
			(id) => this.items.get(id) as ContactRecord,
		);
		return user ? [user, ...leads] : leads;
	}

	/**
	 * Another contact already holding this record's external_id or (user) email: what a 409
	 * names. Checked before writing so that a refused request changes nothing.
	 */
	conflictFor(candidate: ContactRecord): ContactRecord | undefined {
		if (candidate.externalId) {
			const owner = this.byExternalId(candidate.externalId);
			if (owner && owner.id !== candidate.id) return owner;
		}
		if (candidate.role === 'user' && candidate.email) {
			const owner = this.userByEmail(candidate.email);
			if (owner && owner.id !== candidate.id) return owner;
		}
		return undefined;
	}

	insert(record: ContactRecord, now: number): ContactRecord {
		this.items.insert(record);
		this.track(record, 1);
		this.visibility.noteWrite(record.id, undefined, now);
		return record;
	}

	replace(next: ContactRecord, now: number): ContactRecord {
		const previous = this.items.get(next.id);
		this.visibility.noteWrite(next.id, previous, now);
		this.items.update(next.id, () => next);
		if (previous) this.track(previous, -1);
		this.track(next, 1);
		return next;
	}

	delete(id: string): boolean {
		const record = this.items.get(id);
		if (!record) return false;
		this.visibility.forget(id);
		this.track(record, -1);
		return this.items.delete(id);
	}

	/** Keeps the lead email map and the archived count in step with a record coming (1) or going (-1). */
	private track(record: ContactRecord, change: 1 | -1): void {
		if (record.archived) this.archivedCount += change;
		if (record.role !== 'lead' || !record.email) return;
		const key = record.email.toLowerCase();
		const ids = this.leadEmails.get(key) ?? [];
		if (change === 1) {
			ids.push(record.id);
			ids.sort(); // object ids sort in creation order
			this.leadEmails.set(key, ids);
		} else {
			const rest = ids.filter((id) => id !== record.id);
			if (rest.length > 0) this.leadEmails.set(key, rest);
			else this.leadEmails.delete(key);
		}
	}

	values(): IterableIterator<ContactRecord> {
		return this.items.values();
	}

	page(options: PageOptions<ContactRecord>): Page<ContactRecord> {
		return this.items.page(options);
	}
}
