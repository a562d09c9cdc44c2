import type { IDataObject } from 'n8n-workflow';

/** Salesforce retries an unacknowledged message for up to 24 hours. */
export const DEFAULT_WINDOW_MS = 24 * 60 * 60 * 1000;
/** At most this many notification ids are remembered; the oldest go first. */
export const DEFAULT_MAX_ENTRIES = 100_000;

/** Where the seen ids live in the node's static data: notification id → first seen, epoch seconds. */
const STATIC_KEY = 'seenNotifications';

export interface RedeliveryOptions {
	windowMs?: number;
	maxEntries?: number;
	now?: number;
}

export interface RedeliveryOutcome {
	/** The notification ids seen for the first time, in the order given. */
	fresh: string[];
	/** The ids already seen within the window (redeliveries), in the order given. */
	repeated: string[];
}

/**
 * Ids this process has seen, per workflow and node. n8n loads the static data afresh from the
 * database for every webhook call and writes it back whole afterwards, so concurrent deliveries
 * each start from the same copy and the last write wins; this in-memory copy is merged in on every
 * call so that, within one n8n process, no id is forgotten that way and two concurrent deliveries
 * of one notification emit it once. The static data keeps the ids across restarts.
 */
const seenInProcess = new Map<string, Map<string, number>>();

/** For tests: forget what this process has seen. */
export function forgetSeenInProcess(): void {
	seenInProcess.clear();
}

function storedIds(staticData: IDataObject): Record<string, number> {
	const stored = staticData[STATIC_KEY];
	return stored && typeof stored === 'object' && !Array.isArray(stored)
		? (stored as Record<string, number>)
		: {};
}

/**
 * Records the notification ids of one delivery and tells the fresh ones from the redeliveries.
 * Synchronous from reading to writing, so that concurrent webhook calls in one process cannot
 * interleave between the check and the record.
 */
export function recordDeliveries(
	staticData: IDataObject,
	scope: string,
	notificationIds: string[],
	options: RedeliveryOptions = {},
): RedeliveryOutcome {
	const windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
	const maxEntries = Math.max(1, options.maxEntries ?? DEFAULT_MAX_ENTRIES);
	const nowSeconds = Math.floor((options.now ?? Date.now()) / 1000);
	const oldestKept = nowSeconds - Math.ceil(windowMs / 1000);

	let memory = seenInProcess.get(scope);
	if (!memory) {
		memory = new Map();
		seenInProcess.set(scope, memory);
	}
	const stored = storedIds(staticData);
	let changed = false;

	// The union of what the database and this process know, first-seen time kept, expired dropped.
	const merged = new Map<string, number>();
	const add = (id: string, seenAt: number) => {
		if (typeof seenAt !== 'number' || seenAt < oldestKept) return;
		const known = merged.get(id);
		if (known === undefined || seenAt < known) merged.set(id, seenAt);
	};
	for (const [id, seenAt] of Object.entries(stored)) add(id, seenAt);
	const storedCount = Object.keys(stored).length;
	if (merged.size !== storedCount) changed = true; // some expired
	for (const [id, seenAt] of memory) {
		if (!(id in stored)) changed = true;
		add(id, seenAt);
	}

	const fresh: string[] = [];
	const repeated: string[] = [];
	for (const id of notificationIds) {
		if (merged.has(id)) {
			repeated.push(id);
		} else {
			merged.set(id, nowSeconds);
			fresh.push(id);
			changed = true;
		}
	}

	let entries = [...merged];
	if (entries.length > maxEntries) {
		entries.sort((a, b) => a[1] - b[1]);
		entries = entries.slice(entries.length - maxEntries);
		changed = true;
	}

	seenInProcess.set(scope, new Map(entries));
	if (changed) staticData[STATIC_KEY] = Object.fromEntries(entries);
	return { fresh, repeated };
}
