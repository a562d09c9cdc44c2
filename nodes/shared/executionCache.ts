/**
 * Look-ups made once per execution (a portal's properties, owners, pipelines) and shared by every
 * item and batch of that execution. Entries are dropped a few minutes after they were made, so a
 * long-running n8n process does not keep them, and a later execution sees changes.
 */

const TTL_MS = 10 * 60_000;

interface Entry {
	madeAt: number;
	value: Promise<unknown>;
}

const entries = new Map<string, Entry>();

function sweep(now: number): void {
	for (const [key, entry] of entries) if (now - entry.madeAt > TTL_MS) entries.delete(key);
}

/** `load()`'s result for `key` within execution `executionId`, loaded on first use. */
export async function oncePerExecution<T>(
	executionId: string,
	key: string,
	load: () => Promise<T>,
): Promise<T> {
	const now = Date.now();
	sweep(now);
	const cacheKey = `${executionId}\0${key}`;
	let entry = entries.get(cacheKey);
	if (!entry) {
		const value = load();
		entry = { madeAt: now, value };
		entries.set(cacheKey, entry);
		// A failed look-up is not kept: the next item tries again.
		value.catch(() => entries.delete(cacheKey));
	}
	return (await entry.value) as T;
}

/** Forgets `key` in every execution (after the node changed what it describes). */
export function forget(key: string): void {
	for (const cacheKey of entries.keys())
		if (cacheKey.endsWith(`\0${key}`)) entries.delete(cacheKey);
}

/** Stores a value a write just learned (an id it created), so later look-ups need no request. */
export function remember<T>(executionId: string, key: string, value: T): void {
	entries.set(`${executionId}\0${key}`, { madeAt: Date.now(), value: Promise.resolve(value) });
}
