/**
 * The records of one object type. A record is a small frozen-by-convention plain object: id,
 * string properties (only the ones set; hs_object_id and the created / modified dates are
 * computed from the record), timestamps and the archived flag. Writes replace the object; nothing
 * is copied on read. Built on the common InMemoryStore (id, insertion order, cursor paging);
 * the unique-value indexes live here because properties with `hasUniqueValue` can be created at
 * any time and InMemoryStore's indexes are fixed at construction.
 *
 * Search visibility: a write becomes searchable `searchLagMs` after it happened. Until then the
 * search sees the previous version (or nothing, for a new record); only those previous versions
 * are kept, in `pending`, and swept once they are due.
 */
import { InMemoryStore } from '../../common';
import type { ObjectTypeDef } from '../objectTypes';

export interface HsRecord {
	readonly id: string;
	/** Only the values set, as strings; never hs_object_id / createdate / lastmodifieddate. */
	readonly properties: Readonly<Record<string, string>>;
	readonly createdAt: number;
	readonly updatedAt: number;
	readonly archived: boolean;
	readonly archivedAt: number | undefined;
}

export class ObjectStore {
	private readonly items = new InMemoryStore<HsRecord>({ idOf: (r) => r.id });
	/** property → normalised value → id, for live records. */
	private readonly unique = new Map<string, Map<string, string>>();
	/** id → the version the search index still shows (null: none yet). */
	private readonly pending = new Map<string, HsRecord | null>();
	private sweepAt = 10_000;

	constructor(
		readonly type: ObjectTypeDef,
		private readonly searchLagMs: () => number,
	) {
		// Contacts are keyed by email even though the property itself is not `hasUniqueValue`.
		if (type.objectTypeId === '0-1') this.indexUnique('email');
	}

	get size(): number {
		return this.items.size;
	}

	get(id: string): HsRecord | undefined {
		return this.items.get(id);
	}

	/** Live and archived records in creation order. */
	values(): IterableIterator<HsRecord> {
		return this.items.values();
	}

	isUnique(name: string): boolean {
		return this.unique.has(name);
	}

	uniqueNames(): string[] {
		return [...this.unique.keys()];
	}

	/** Starts indexing a property whose values are unique (existing live values included). */
	indexUnique(name: string): void {
		if (this.unique.has(name)) return;
		const index = new Map<string, string>();
		for (const record of this.items.values()) {
			const value = record.properties[name];
			if (!record.archived && value) index.set(this.normalise(name, value), record.id);
		}
		this.unique.set(name, index);
	}

	/** Emails compare case-insensitively; other unique values exactly. */
	normalise(name: string, value: string): string {
		return name === 'email' && this.type.objectTypeId === '0-1' ? value.toLowerCase() : value;
	}

	/** The live record holding a unique value. */
	ownerOf(name: string, value: string): string | undefined {
		return this.unique.get(name)?.get(this.normalise(name, value));
	}

	getByUnique(name: string, value: string): HsRecord | undefined {
		const id = this.ownerOf(name, value);
		return id === undefined ? undefined : this.items.get(id);
	}

	/** The caller has checked unique values. */
	insert(record: HsRecord): HsRecord {
		this.items.insert(record);
		if (!record.archived) this.indexValues(record);
		return record;
	}

	/** Puts a new version of a record in place (same id, same position). */
	replace(previous: HsRecord, next: HsRecord, now: number): HsRecord {
		this.noteSearchChange(previous, now);
		this.unindexValues(previous);
		this.items.update(previous.id, () => next);
		if (!next.archived) this.indexValues(next);
		return next;
	}

	archive(id: string, now: number): HsRecord | undefined {
		const current = this.items.get(id);
		if (!current || current.archived) return current;
		return this.replace(current, { ...current, archived: true, archivedAt: now }, now);
	}

	/** Forgets a record entirely (GDPR delete, or a test resetting state). */
	purge(id: string): boolean {
		const current = this.items.get(id);
		if (!current) return false;
		this.unindexValues(current);
		this.pending.delete(id);
		return this.items.delete(id);
	}

	page(
		after: string | undefined,
		limit: number,
		archived: boolean,
	): { items: HsRecord[]; next?: string } {
		return this.items.page({ after, limit, where: (r) => r.archived === archived });
	}

	/** What the search index shows for this record now: the record, an older version, or nothing. */
	searchView(record: HsRecord, now: number): HsRecord | undefined {
		const lag = this.searchLagMs();
		if (lag <= 0 || record.updatedAt + lag <= now) {
			if (this.pending.size > 0) this.pending.delete(record.id);
			return record;
		}
		return this.pending.get(record.id) ?? undefined;
	}

	private noteSearchChange(previous: HsRecord, now: number): void {
		if (this.searchLagMs() <= 0) return;
		const visible = this.searchView(previous, now);
		if (visible) this.pending.set(previous.id, visible);
		if (this.pending.size >= this.sweepAt) this.sweep(now);
	}

	private sweep(now: number): void {
		const lag = this.searchLagMs();
		for (const id of this.pending.keys()) {
			const current = this.items.get(id);
			if (!current || current.updatedAt + lag <= now) this.pending.delete(id);
		}
		this.sweepAt = Math.max(10_000, this.pending.size * 2);
	}

	private indexValues(record: HsRecord): void {
		for (const [name, index] of this.unique) {
			const value = record.properties[name];
			if (value) index.set(this.normalise(name, value), record.id);
		}
	}

	private unindexValues(record: HsRecord): void {
		for (const [name, index] of this.unique) {
			const value = record.properties[name];
			if (!value) continue;
			const key = this.normalise(name, value);
			if (index.get(key) === record.id) index.delete(key);
		}
	}
}
