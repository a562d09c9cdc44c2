import { attempt } from './attempt';
import { RateBudgetExhaustedError } from './rateControl';

/**
 * Batches for APIs that take many records a request: keyed inputs de-duplicated within a batch
 * (HubSpot rejects a batch where two inputs resolve to one record), and a bounded worker pool.
 */

export interface Keyed<T> {
	key: string;
	value: T;
	/** Indexes of the input items this entry stands for (more than one once merged). */
	itemIndexes: number[];
}

export type DuplicateKeys = 'merge' | 'report';

export interface DeduplicatedBatch<T> {
	entries: Array<Keyed<T>>;
	/** Later entries whose key an earlier one already had, when duplicates are reported. */
	duplicates: Array<Keyed<T>>;
}

/**
 * One entry per key, in first-seen order. `merge` folds a later entry into the earlier one (later
 * values win) and keeps both item indexes; `report` keeps the first and returns the others.
 * Keys are compared as `normalise` makes them (HubSpot compares emails case-insensitively).
 */
export function deduplicateByKey<T>(
	entries: Array<Keyed<T>>,
	mode: DuplicateKeys,
	merge: (earlier: T, later: T) => T,
	normalise: (key: string) => string = (key) => key,
): DeduplicatedBatch<T> {
	const byKey = new Map<string, Keyed<T>>();
	const duplicates: Array<Keyed<T>> = [];
	for (const entry of entries) {
		const key = normalise(entry.key);
		const earlier = byKey.get(key);
		if (!earlier) {
			byKey.set(key, { ...entry, itemIndexes: [...entry.itemIndexes] });
		} else if (mode === 'merge') {
			earlier.value = merge(earlier.value, entry.value);
			earlier.itemIndexes.push(...entry.itemIndexes);
		} else {
			duplicates.push(entry);
		}
	}
	return { entries: [...byKey.values()], duplicates };
}

/** Runs `work` on every input with at most `concurrency` at once; results in input order. */
export async function mapConcurrently<T, R>(
	inputs: readonly T[],
	concurrency: number,
	work: (input: T, index: number) => Promise<R>,
): Promise<R[]> {
	const results = new Array<R>(inputs.length);
	let next = 0;
	let failed = false;
	let firstFailure: { error: unknown } | undefined;
	const laneCount = Math.max(1, Math.min(concurrency, inputs.length));
	const lanes = Array.from({ length: laneCount }, async () => {
		while (next < inputs.length && !failed) {
			const index = next++;
			const outcome = await attempt(async () => await work(inputs[index], index));
			if (!outcome.ok) {
				// The other lanes finish what they hold but take nothing new.
				failed = true;
				firstFailure ??= { error: outcome.error };
				return;
			}
			results[index] = outcome.value;
		}
	});
	// Every lane ends before the first failure is passed on, so no work is still running after.
	await Promise.all(lanes);
	if (firstFailure) throw firstFailure.error;
	return results;
}

export interface SentBatches<B> {
	/** Batches never sent because a long budget (a daily limit) ran out; empty otherwise. */
	unsent: B[];
	exhausted?: RateBudgetExhaustedError;
}

/**
 * Sends every batch, `concurrency` at once. When a daily budget runs out, the batches in flight
 * finish, no new one starts, and the ones never sent are handed back with the error.
 */
export async function sendBatches<B>(
	batches: B[],
	concurrency: number,
	send: (batch: B) => Promise<void>,
): Promise<SentBatches<B>> {
	const settled = new Set<number>();
	const sent = await attempt(
		async () =>
			await mapConcurrently(batches, concurrency, async (batch, index) => {
				await send(batch);
				settled.add(index);
			}),
	);
	if (sent.ok) return { unsent: [] };
	if (!(sent.error instanceof RateBudgetExhaustedError)) throw sent.error;
	return { unsent: batches.filter((_, index) => !settled.has(index)), exhausted: sent.error };
}
