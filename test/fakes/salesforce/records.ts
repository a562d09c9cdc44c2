/**
 * The org's records: one table per object, records in load order in a plain array, an id -> position
 * Map, and the recycle bin. Stored records are never modified: `update` and `delete` put a new object
 * in the record's slot (copy-on-write), so a job that froze references to the old objects keeps
 * seeing the old values while the store moves on. No other copy of a record is kept.
 */
import type { Clock } from '../common';
import type { DescribeRegistry, ObjectSchema } from './describe';
import { IdGenerator, toCaseSafeId } from './ids';
import type { FieldDescribe, RecordInput, SfRecord, SfValue } from './types';
import { restDateTimeOf } from './values';

export interface RecycleBinEntry {
	readonly id: string;
	readonly deletedAt: number;
}

export class ObjectTable {
	private readonly list: SfRecord[] = [];
	private readonly positions = new Map<string, number>();
	private readonly bin: RecycleBinEntry[] = [];

	constructor(readonly schema: ObjectSchema) {}

	get name(): string {
		return this.schema.name;
	}

	/** Every record, deleted ones included, in load order. Do not modify. */
	get rows(): readonly SfRecord[] {
		return this.list;
	}

	get size(): number {
		return this.list.length;
	}

	get recycleBin(): readonly RecycleBinEntry[] {
		return this.bin;
	}

	get(id: string | null | undefined): SfRecord | undefined {
		if (!id) return undefined;
		const at = this.positions.get(id.length === 15 ? toCaseSafeId(id) : id);
		return at === undefined ? undefined : this.list[at];
	}

	add(record: SfRecord): void {
		const id = record.Id;
		if (typeof id !== 'string' || (id.length !== 15 && id.length !== 18)) {
			throw new Error(`${this.name}: a record needs an Id of 15 or 18 characters, got ${String(id)}`);
		}
		const key = id.length === 15 ? toCaseSafeId(id) : id;
		if (this.positions.has(key)) throw new Error(`${this.name}: duplicate Id ${id}`);
		this.positions.set(key, this.list.length);
		this.list.push(record);
	}

	replace(id: string, next: SfRecord): void {
		const at = this.positions.get(id.length === 15 ? toCaseSafeId(id) : id);
		if (at === undefined) throw new Error(`${this.name}: no record ${id}`);
		this.list[at] = next;
	}

	recordDeletion(id: string, at: number): void {
		this.bin.push({ id, deletedAt: at });
	}
}

export interface WriteOptions {
	/** Timestamp of the change (ms); default the fake's clock. */
	at?: number;
	/** Who made it; default the fake's user. */
	userId?: string;
}

export class RecordStore {
	private readonly tables = new Map<string, ObjectTable>();
	private readonly ids = new IdGenerator();

	constructor(
		private readonly describes: DescribeRegistry,
		private readonly clock: Clock,
		private readonly defaultUserId: () => string,
	) {}

	/** The table of an object that has a describe (created on first use). */
	table(objectName: string): ObjectTable {
		const schema = this.describes.get(objectName);
		if (!schema) {
			throw new Error(`The fake has no describe for ${objectName}: add it with addCustomObject() first`);
		}
		let table = this.tables.get(schema.name);
		if (!table) {
			table = new ObjectTable(schema);
			this.tables.set(schema.name, table);
		}
		return table;
	}

	/** The table when the object exists and has records (no error otherwise). */
	existingTable(objectName: string): ObjectTable | undefined {
		const schema = this.describes.get(objectName);
		return schema ? this.tables.get(schema.name) : undefined;
	}

	/** The record with this id among `targets` (by key prefix when several). */
	lookup(targets: readonly string[], id: SfValue | undefined): SfRecord | null {
		if (typeof id !== 'string' || id === '') return null;
		if (targets.length === 1) return this.tables.get(targets[0])?.get(id) ?? null;
		const schema = this.describes.forId(id);
		return (schema && this.tables.get(schema.name)?.get(id)) ?? null;
	}

	/** The describe fields of an object ([] when it has no describe). */
	fieldsOf(objectName: string): readonly FieldDescribe[] {
		return this.describes.get(objectName)?.fields ?? [];
	}

	/** The object of an existing record, by id. */
	objectOf(id: string): string | undefined {
		return this.describes.forId(id)?.name;
	}

	/**
	 * Stores records as given, by reference (fast path for big seeded orgs). A record without an Id
	 * gets one. The fake owns the objects from now on: do not change them afterwards.
	 */
	load(objectName: string, records: Iterable<RecordInput>): number {
		const table = this.table(objectName);
		const prefix = table.schema.keyPrefix ?? '000';
		let n = 0;
		for (const record of records) {
			if (record.Id) table.add(record);
			else {
				const copy: Record<string, SfValue | undefined> = { Id: '', ...record };
				copy.Id = this.ids.next(prefix);
				table.add(copy);
			}
			n++;
		}
		return n;
	}

	/** Creates a record as the API would: Id, audit fields, IsDeleted and OwnerId defaults. */
	insert(objectName: string, input: RecordInput, options: WriteOptions = {}): SfRecord {
		const table = this.table(objectName);
		const schema = table.schema;
		const now = restDateTimeOf(options.at ?? this.clock.now());
		const user = options.userId ?? this.defaultUserId();
		const record: Record<string, SfValue | undefined> = {
			Id: this.ids.next(schema.keyPrefix ?? '000'),
		};
		const defaults: Record<string, SfValue> = {
			IsDeleted: false,
			OwnerId: user,
			CreatedDate: now,
			CreatedById: user,
			LastModifiedDate: now,
			LastModifiedById: user,
			SystemModstamp: now,
		};
		for (const [field, value] of Object.entries(defaults)) {
			if (schema.hasField(field)) record[field] = value;
		}
		Object.assign(record, input);
		table.add(record);
		return record;
	}

	/** Replaces the record with a changed copy; LastModifiedDate/SystemModstamp move unless given. */
	update(objectName: string, id: string, changes: RecordInput, options: WriteOptions = {}): SfRecord {
		const table = this.table(objectName);
		const current = table.get(id);
		if (!current) throw new Error(`${table.name}: no record ${id}`);
		if (current.IsDeleted === true) throw new Error(`${table.name}: ${id} is deleted (ENTITY_IS_DELETED)`);
		const next = { ...current, ...this.stamps(table, options), ...changes };
		table.replace(id, next);
		return next;
	}

	/** Soft delete: IsDeleted = true, a new SystemModstamp, and an entry in the recycle bin. */
	delete(objectName: string, id: string, options: WriteOptions = {}): SfRecord {
		const table = this.table(objectName);
		const current = table.get(id);
		if (!current) throw new Error(`${table.name}: no record ${id}`);
		if (!table.schema.hasField('IsDeleted')) throw new Error(`${table.name} records cannot be deleted`);
		if (current.IsDeleted === true) throw new Error(`${table.name}: ${id} is already deleted`);
		const at = options.at ?? this.clock.now();
		const next = { ...current, ...this.stamps(table, { ...options, at }), IsDeleted: true };
		table.replace(id, next);
		table.recordDeletion(current.Id as string, at);
		return next;
	}

	/** Restores a soft-deleted record from the recycle bin. */
	undelete(objectName: string, id: string, options: WriteOptions = {}): SfRecord {
		const table = this.table(objectName);
		const current = table.get(id);
		if (!current || current.IsDeleted !== true) throw new Error(`${table.name}: ${id} is not deleted`);
		const next = { ...current, ...this.stamps(table, options), IsDeleted: false };
		table.replace(id, next);
		return next;
	}

	private stamps(table: ObjectTable, options: WriteOptions): Record<string, SfValue> {
		const now = restDateTimeOf(options.at ?? this.clock.now());
		const out: Record<string, SfValue> = {};
		if (table.schema.hasField('LastModifiedDate')) out.LastModifiedDate = now;
		if (table.schema.hasField('SystemModstamp')) out.SystemModstamp = now;
		if (table.schema.hasField('LastModifiedById')) out.LastModifiedById = options.userId ?? this.defaultUserId();
		return out;
	}
}
