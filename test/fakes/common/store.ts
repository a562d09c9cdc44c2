export interface UniqueIndex<T> {
	/** The indexed value; null, undefined and '' are not indexed. */
	key: (item: T) => string | number | null | undefined;
	/** Compare lower-cased values (emails). */
	caseInsensitive?: boolean;
}

export interface InMemoryStoreOptions<T, I extends string> {
	idOf: (item: T) => string;
	indexes?: Record<I, UniqueIndex<T>>;
}

export interface PageOptions<T> {
	/** The `next` cursor of the previous page; omitted for the first page. */
	after?: string;
	limit: number;
	where?: (item: T) => boolean;
}

export interface Page<T> {
	items: T[];
	/** Cursor for the following page; absent on the last one. */
	next?: string;
}

export class UniqueConstraintError extends Error {
	constructor(
		/** `id`, or the name of the unique index. */
		readonly index: string,
		readonly value: string,
		readonly existingId: string,
	) {
		super(`Duplicate ${index} "${value}" (already used by ${existingId})`);
	}
}

interface StoredRecord<T, I> {
	item: T;
	seq: number;
	/** The normalised index values the item holds (kept so removal survives in-place edits). */
	keys: Array<[I, string]>;
}

/**
 * A generic collection keyed by id, kept in insertion order, with unique secondary indexes and
 * cursor paging. Items are stored by reference: change them with `update()`, never in place,
 * or the indexes go stale.
 */
export class InMemoryStore<T extends object, I extends string = string> {
	private readonly records = new Map<string, StoredRecord<T, I>>();
	private readonly indexes: Array<[I, UniqueIndex<T>]>;
	private readonly indexMaps = new Map<I, Map<string, string>>();
	// Insertion order for paging: sequence numbers (ascending) and ids, with deleted slots as
	// undefined until compacted. Cursors are sequence numbers, so they survive compaction.
	private seqs: number[] = [];
	private ids: (string | undefined)[] = [];
	private nextSeq = 1;
	private holes = 0;

	constructor(private readonly options: InMemoryStoreOptions<T, I>) {
		this.indexes = Object.entries(options.indexes ?? {}) as Array<[I, UniqueIndex<T>]>;
		for (const [name] of this.indexes) this.indexMaps.set(name, new Map());
	}

	get size(): number {
		return this.records.size;
	}

	has(id: string): boolean {
		return this.records.has(id);
	}

	get(id: string): T | undefined {
		return this.records.get(id)?.item;
	}

	getBy(index: I, value: string | number): T | undefined {
		const id = this.indexMap(index).get(this.normalise(index, value));
		return id === undefined ? undefined : this.get(id);
	}

	/** Throws UniqueConstraintError when the id or an indexed value is taken. */
	insert(item: T): T {
		const id = this.options.idOf(item);
		if (this.records.has(id)) throw new UniqueConstraintError('id', id, id);
		const keys = this.indexKeysOf(item, id);
		this.records.set(id, { item, seq: this.nextSeq, keys });
		this.seqs.push(this.nextSeq++);
		this.ids.push(id);
		this.setIndexKeys(keys, id);
		return item;
	}

	/** Replaces the item with the same id (keeping its position), or inserts it. */
	upsert(item: T): { item: T; created: boolean } {
		const id = this.options.idOf(item);
		const existing = this.records.get(id);
		if (!existing) return { item: this.insert(item), created: true };
		return { item: this.replace(existing, item), created: false };
	}

	/** A shallow merge or an updater function; undefined when there is no such id. */
	update(id: string, change: Partial<T> | ((current: T) => T)): T | undefined {
		const current = this.records.get(id);
		if (!current) return undefined;
		const next =
			typeof change === 'function' ? change(current.item) : { ...current.item, ...change };
		if (this.options.idOf(next) !== id) throw new Error(`update() cannot change the id of ${id}`);
		return this.replace(current, next);
	}

	delete(id: string): boolean {
		const record = this.records.get(id);
		if (!record) return false;
		this.removeIndexKeys(record.keys, id);
		this.records.delete(id);
		this.ids[lowerBound(this.seqs, record.seq)] = undefined;
		this.holes++;
		this.compactIfSparse();
		return true;
	}

	clear(): void {
		this.records.clear();
		for (const map of this.indexMaps.values()) map.clear();
		this.seqs = [];
		this.ids = [];
		this.holes = 0;
	}

	/** In insertion order. */
	*values(): IterableIterator<T> {
		for (const record of this.records.values()) yield record.item;
	}

	page(options: PageOptions<T>): Page<T> {
		const { limit, where } = options;
		if (!(Number.isInteger(limit) && limit >= 1)) {
			throw new RangeError(`Invalid page limit ${limit}`);
		}
		let position = 0;
		if (options.after !== undefined) {
			if (!/^\d+$/.test(options.after)) throw new RangeError(`Invalid cursor "${options.after}"`);
			position = lowerBound(this.seqs, Number(options.after));
		}
		const items: T[] = [];
		for (; position < this.ids.length; position++) {
			const item = this.itemAt(position, where);
			if (item === undefined) continue;
			if (items.length === limit) return { items, next: String(this.seqs[position]) };
			items.push(item);
		}
		return { items };
	}

	private itemAt(position: number, where?: (item: T) => boolean): T | undefined {
		const id = this.ids[position];
		if (id === undefined) return undefined;
		const item = this.records.get(id)?.item;
		return item !== undefined && (!where || where(item)) ? item : undefined;
	}

	private replace(record: StoredRecord<T, I>, item: T): T {
		const id = this.options.idOf(item);
		const keys = this.indexKeysOf(item, id);
		this.removeIndexKeys(record.keys, id);
		record.item = item;
		record.keys = keys;
		this.setIndexKeys(keys, id);
		return item;
	}

	/** The item's normalised index values, after checking none belongs to another id. */
	private indexKeysOf(item: T, id: string): Array<[I, string]> {
		const keys: Array<[I, string]> = [];
		for (const [name, index] of this.indexes) {
			const raw = index.key(item);
			if (raw === null || raw === undefined || raw === '') continue;
			const key = this.normalise(name, raw);
			const owner = this.indexMap(name).get(key);
			if (owner !== undefined && owner !== id) {
				throw new UniqueConstraintError(name, String(raw), owner);
			}
			keys.push([name, key]);
		}
		return keys;
	}

	private setIndexKeys(keys: Array<[I, string]>, id: string): void {
		for (const [name, key] of keys) this.indexMap(name).set(key, id);
	}

	private removeIndexKeys(keys: Array<[I, string]>, id: string): void {
		for (const [name, key] of keys) {
			const map = this.indexMap(name);
			if (map.get(key) === id) map.delete(key);
		}
	}

	private normalise(index: I, value: string | number): string {
		const text = String(value);
		return this.options.indexes?.[index]?.caseInsensitive ? text.toLowerCase() : text;
	}

	private indexMap(index: I): Map<string, string> {
		const map = this.indexMaps.get(index);
		if (!map) throw new Error(`No unique index named ${index}`);
		return map;
	}

	private compactIfSparse(): void {
		if (this.holes < 1024 || this.holes * 2 < this.ids.length) return;
		const seqs: number[] = [];
		const ids: string[] = [];
		this.ids.forEach((id, i) => {
			if (id === undefined) return;
			seqs.push(this.seqs[i]);
			ids.push(id);
		});
		this.seqs = seqs;
		this.ids = ids;
		this.holes = 0;
	}
}

/** First position whose value is >= target, in an ascending array. */
function lowerBound(sorted: number[], target: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (sorted[mid] < target) low = mid + 1;
		else high = mid;
	}
	return low;
}
