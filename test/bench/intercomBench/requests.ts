/**
 * What the fake Intercom's request log (cleared just before a run) says about that run: calls by
 * kind, 429s, 5xx, the span from the first request's arrival to the last one's answer, and the
 * pauses in between (page boundaries, n8n starting a node).
 */
import type { FakeIntercom } from '../../fakes/intercom';

/** A pause between two requests' arrivals at least this long is counted in `pauses`. */
const PAUSE_MS = 500;
const MAX_PAUSES_LISTED = 40;

export interface RequestFigures {
	/** Requests the fake served (429s and 5xx included). */
	apiCalls: number;
	/** By method, path (ids generalised) and answer status. */
	apiCallsBy: Record<string, number>;
	rateLimited429: number;
	serverErrors: number;
	/** 409 answers (a create that met an existing contact). */
	conflicts409: number;
	/** From the first request's arrival to the last one's answer, seconds. */
	apiSpanSec: number | null;
	/** The longest pause between two requests' arrivals, seconds. */
	longestGapSec: number | null;
	/** Pauses of PAUSE_MS or more between two requests' arrivals, and their total, seconds. */
	pauses: number;
	pausedSec: number;
	/** The first MAX_PAUSES_LISTED of those pauses: [seconds from the first request to the pause's start, its length]. */
	pauseList: Array<[number, number]>;
	/** The most requests that arrived in one of the fake's fixed 10-s windows. */
	busiestWindow: number;
	/** Log entries evicted past its cap: the counts above are then too low. */
	logDropped: number;
}

function kindOf(method: string, path: string, status: number | undefined): string {
	const generic = path
		.replace(/\/find_by_external_id\/[^/]+/, '/find_by_external_id/{external_id}')
		.replace(/\/(contacts|users|companies|notes|tickets)\/[0-9a-f]{24}(?=\/|$)/, '/$1/{id}')
		.replace(/\?.*$/, '');
	return `${method} ${generic} ${status ?? '–'}`;
}

export function requestFigures(fake: FakeIntercom): RequestFigures {
	const apiCallsBy: Record<string, number> = {};
	const perWindow = new Map<number, number>();
	let apiCalls = 0;
	let rateLimited429 = 0;
	let serverErrors = 0;
	let conflicts409 = 0;
	let first: number | undefined;
	let previous: number | undefined;
	let lastEnd: number | undefined;
	let longestGap: number | undefined;
	let pauses = 0;
	let pausedMs = 0;
	const pauseList: Array<[number, number]> = [];
	for (const entry of fake.server.log.entries()) {
		apiCalls++;
		const kind = kindOf(entry.method, entry.path, entry.status);
		apiCallsBy[kind] = (apiCallsBy[kind] ?? 0) + 1;
		if (entry.status === 429) rateLimited429++;
		if (entry.status === 409) conflicts409++;
		if (entry.status !== undefined && entry.status >= 500) serverErrors++;
		const window = Math.floor(entry.at / 10_000);
		perWindow.set(window, (perWindow.get(window) ?? 0) + 1);
		first ??= entry.at;
		if (previous !== undefined) {
			const gap = entry.at - previous;
			longestGap = Math.max(longestGap ?? 0, gap);
			if (gap >= PAUSE_MS) {
				pauses++;
				pausedMs += gap;
				if (pauseList.length < MAX_PAUSES_LISTED && first !== undefined)
					pauseList.push([(previous - first) / 1000, gap / 1000]);
			}
		}
		previous = Math.max(previous ?? entry.at, entry.at);
		const end = entry.at + (entry.durationMs ?? 0);
		lastEnd = Math.max(lastEnd ?? end, end);
	}
	return {
		apiCalls,
		apiCallsBy,
		rateLimited429,
		serverErrors,
		conflicts409,
		apiSpanSec: first === undefined || lastEnd === undefined ? null : (lastEnd - first) / 1000,
		longestGapSec: longestGap === undefined ? null : longestGap / 1000,
		pauses,
		pausedSec: pausedMs / 1000,
		pauseList,
		busiestWindow: Math.max(0, ...perWindow.values()),
		logDropped: fake.server.log.dropped,
	};
}

/**
 * The pauses at page boundaries: from the arrival of a page's last request to the next page's
 * first, seconds, one per boundary. Pages run one after another, so when every page makes the
 * same number of requests (`pageRequests`: no retries, a fixed number a record) the boundaries
 * are at its multiples in arrival order.
 */
export function pageGaps(fake: FakeIntercom, pageRequests: number): number[] {
	const gaps: number[] = [];
	let index = 0;
	let previous: number | undefined;
	for (const entry of fake.server.log.entries()) {
		if (index > 0 && index % pageRequests === 0 && previous !== undefined)
			gaps.push((entry.at - previous) / 1000);
		previous = entry.at;
		index++;
	}
	return gaps;
}
