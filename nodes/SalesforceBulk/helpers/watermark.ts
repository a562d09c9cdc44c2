import type { IDataObject } from 'n8n-workflow';

/**
 * Incremental extraction state, kept in the workflow's static data.
 *
 * A run reads every record whose watermark field (SystemModstamp by default) is at or after the
 * committed watermark minus an overlap window, so records committed late by Salesforce, and records
 * sharing the watermark's exact timestamp, are never missed. Records already delivered with the
 * same timestamp (remembered for the overlap window) are skipped, so none is delivered twice.
 *
 * A run only proposes a new watermark ("pending", per query job); the Commit Watermark operation,
 * placed after the records were written, makes it the committed one. A run that fails before the
 * commit is simply read again next time.
 */
export interface CommittedWatermark {
	/** Newest watermark-field value delivered, ISO 8601. */
	at: string;
	/** Id → watermark value of records delivered within the overlap window before `at`. */
	seen: Record<string, string>;
	committedAt: string;
}

export interface PendingWatermark {
	key: string;
	at: string | null;
	seen: Record<string, string>;
	overlapSeconds: number;
	/** False when reading from a "since" override or starting over: then nothing is skipped. */
	skipDelivered: boolean;
	complete: boolean;
	startedAt: string;
}

export interface WatermarkState {
	committed: Record<string, CommittedWatermark>;
	pending: Record<string, PendingWatermark>;
}

const STATE_KEY = 'salesforceBulkWatermarks';

/** The watermark state inside a workflow's (global) static data, created on first use. */
export function watermarkState(staticData: IDataObject): WatermarkState {
	const existing = staticData[STATE_KEY] as WatermarkState | undefined;
	if (existing?.committed && existing.pending) return existing;
	const state: WatermarkState = { committed: {}, pending: {} };
	staticData[STATE_KEY] = state as unknown as IDataObject;
	return state;
}

export function watermarkKey(object: string, field: string): string {
	return `${object}.${field}`;
}

/** Where a run starts reading: the override, or the committed watermark less the overlap. */
export function readFrom(
	committed: CommittedWatermark | undefined,
	overlapSeconds: number,
	since?: string,
): string | undefined {
	if (since) return new Date(since).toISOString();
	if (!committed) return undefined;
	return new Date(Date.parse(committed.at) - overlapSeconds * 1000).toISOString();
}

export function alreadyDelivered(
	committed: CommittedWatermark | undefined,
	id: string,
	at: string,
): boolean {
	const seen = committed?.seen[id];
	return seen !== undefined && Date.parse(seen) === Date.parse(at);
}

/** Folds a page of delivered records into the job's pending watermark. */
export function advancePending(
	pending: PendingWatermark,
	delivered: Array<{ id: string; at: string }>,
): void {
	for (const { at } of delivered) {
		if (!pending.at || Date.parse(at) > Date.parse(pending.at)) pending.at = at;
	}
	if (!pending.at) return;
	const floor = Date.parse(pending.at) - pending.overlapSeconds * 1000;
	for (const { id, at } of delivered) if (Date.parse(at) >= floor) pending.seen[id] = at;
	for (const [id, at] of Object.entries(pending.seen))
		if (Date.parse(at) < floor) delete pending.seen[id];
}

/**
 * Commits the pending watermark of the newest extraction of a key, once that extraction has read
 * its last page, carrying over the previous `seen` entries still inside the window. Returns what
 * was committed, or undefined when the newest extraction is not finished (or there is none).
 */
export function commitWatermark(
	state: WatermarkState,
	key: string,
	now = new Date(),
): CommittedWatermark | undefined {
	const ofKey = Object.entries(state.pending)
		.filter(([, pending]) => pending.key === key)
		.sort(([, a], [, b]) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
	const [newest] = ofKey;
	if (!newest?.[1].complete) return undefined;
	const [, pending] = newest;
	const previous = state.committed[key];
	const at =
		pending.at && (!previous || Date.parse(pending.at) > Date.parse(previous.at))
			? pending.at
			: previous?.at;
	if (at) {
		const floor = Date.parse(at) - pending.overlapSeconds * 1000;
		const seen: Record<string, string> = {};
		for (const source of [previous?.seen ?? {}, pending.seen]) {
			for (const [id, value] of Object.entries(source))
				if (Date.parse(value) >= floor) seen[id] = value;
		}
		state.committed[key] = { at, seen, committedAt: now.toISOString() };
	}
	for (const [jobId] of ofKey) delete state.pending[jobId];
	return state.committed[key];
}
