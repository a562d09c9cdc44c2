/**
 * Search lags writes (crm-apis.md 3.4: "new contacts can take minutes to appear"). A write
 * becomes searchable `lagMs` of clock time after it happened; until then search sees the
 * previous version (or nothing, for a new record). Only those previous versions are kept, and
 * they are swept once due, so a million writes with no search in between cost little.
 */
export interface Written {
	readonly id: string;
	/** Clock time (ms) of the last write. */
	readonly writtenAt: number;
}

export class SearchVisibility<T extends Written> {
	/** id → the version search still shows (null: none yet). */
	private readonly pending = new Map<string, T | null>();
	private sweepAt = 10_000;

	constructor(
		private readonly lagMs: () => number,
		private readonly current: (id: string) => T | undefined,
	) {}

	/** Call before a record changes; `previous` is undefined for a new record. */
	noteWrite(id: string, previous: T | undefined, now: number): void {
		if (this.lagMs() <= 0) return;
		this.pending.set(id, previous ? (this.view(previous, now) ?? null) : null);
		if (this.pending.size >= this.sweepAt) this.sweep(now);
	}

	/** What search shows for this record now: the record, an older version, or nothing. */
	view(record: T, now: number): T | undefined {
		const lag = this.lagMs();
		if (lag <= 0 || record.writtenAt + lag <= now) {
			if (this.pending.size > 0) this.pending.delete(record.id);
			return record;
		}
		return this.pending.get(record.id) ?? undefined;
	}

	/** Records whose search view is an older version (or nothing yet). */
	pendingIds(): IterableIterator<string> {
		return this.pending.keys();
	}

	forget(id: string): void {
		this.pending.delete(id);
	}

	private sweep(now: number): void {
		const lag = this.lagMs();
		for (const id of this.pending.keys()) {
			const record = this.current(id);
			if (!record || record.writtenAt + lag <= now) this.pending.delete(id);
		}
		this.sweepAt = Math.max(10_000, this.pending.size * 2);
	}
}
