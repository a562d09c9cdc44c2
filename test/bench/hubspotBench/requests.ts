/**
 * What the fake HubSpot's request log (cleared just before a run) says about that run: calls,
 * write requests, 429s, 5xx, and how long the writes took from the first to the last.
 */
import type { FakeHubSpot } from '../../fakes/hubspot';

/** Our node's writes. */
export const BATCH_UPSERT_PATH = /^\/crm\/v3\/objects\/[^/]+\/batch\/upsert$/;
/** The built-in node's writes (legacy v1, one contact a request). */
export const LEGACY_UPSERT_PATH = /^\/contacts\/v1\/contact\/createOrUpdate\/email\//;

export interface RequestFigures {
	/** Requests the fake served (429s and 5xx included). */
	apiCalls: number;
	/** By method and path, object types kept, emails and ids generalised. */
	apiCallsBy: Record<string, number>;
	/** Write requests (`upsertPath`), whatever their answer. */
	upsertRequests: number;
	rateLimited429: number;
	serverErrors: number;
	/** From the first write's arrival to the last write's answer, seconds. */
	upsertSpanSec: number | null;
	/** From the first request's arrival to the last request's answer, seconds. */
	apiSpanSec: number | null;
	/** The longest pause between two writes' arrivals, seconds (a page boundary, say). */
	longestUpsertGapSec: number | null;
	/** Log entries evicted past its cap: the counts above are then too low. */
	logDropped: number;
}

function kindOf(method: string, path: string): string {
	return `${method} ${path
		.replace(/\/email\/[^/]+/, '/email/{email}')
		.replace(/\/vid\/[^/]+/, '/vid/{vid}')
		.replace(/\/(objects\/[^/]+)\/\d+$/, '/$1/{id}')}`;
}

export function requestFigures(fake: FakeHubSpot, upsertPath: RegExp): RequestFigures {
	const apiCallsBy: Record<string, number> = {};
	let apiCalls = 0;
	let upsertRequests = 0;
	let rateLimited429 = 0;
	let serverErrors = 0;
	let first: number | undefined;
	let lastEnd: number | undefined;
	let firstUpsert: number | undefined;
	let lastUpsert: number | undefined;
	let lastUpsertEnd: number | undefined;
	let longestGap: number | undefined;
	for (const entry of fake.server.log.entries()) {
		apiCalls++;
		const kind = kindOf(entry.method, entry.path);
		apiCallsBy[kind] = (apiCallsBy[kind] ?? 0) + 1;
		if (entry.status === 429) rateLimited429++;
		if (entry.status !== undefined && entry.status >= 500) serverErrors++;
		const end = entry.at + (entry.durationMs ?? 0);
		first ??= entry.at;
		lastEnd = Math.max(lastEnd ?? end, end);
		if (!upsertPath.test(entry.path)) continue;
		upsertRequests++;
		firstUpsert ??= entry.at;
		if (lastUpsert !== undefined) longestGap = Math.max(longestGap ?? 0, entry.at - lastUpsert);
		lastUpsert = entry.at;
		lastUpsertEnd = Math.max(lastUpsertEnd ?? end, end);
	}
	const seconds = (from: number | undefined, to: number | undefined) =>
		from === undefined || to === undefined ? null : (to - from) / 1000;
	return {
		apiCalls,
		apiCallsBy,
		upsertRequests,
		rateLimited429,
		serverErrors,
		upsertSpanSec: seconds(firstUpsert, lastUpsertEnd),
		apiSpanSec: seconds(first, lastEnd),
		longestUpsertGapSec: longestGap === undefined ? null : longestGap / 1000,
		logDropped: fake.server.log.dropped,
	};
}

/** Where the time goes at our page boundaries (one properties read opens each page's upserts). */
export interface PageBoundaryFigures {
	/** Page runs after the first that read the properties. */
	boundaries: number;
	/** Mean time from the previous page's last write being answered to this page's properties read, s. */
	betweenPagesSec: number | null;
	/** Mean time from the properties read to the page's first write (the node preparing its items), s. */
	preparingSec: number | null;
}

const PROPERTIES_READ = /^\/crm\/v3\/properties\/[^/]+$/;

export function pageBoundaryFigures(fake: FakeHubSpot): PageBoundaryFigures {
	let lastWriteEnd: number | undefined;
	let propertiesRead: number | undefined;
	let between = 0;
	let preparing = 0;
	let boundaries = 0;
	for (const entry of fake.server.log.entries()) {
		if (entry.method === 'GET' && PROPERTIES_READ.test(entry.path)) {
			propertiesRead = entry.at;
			if (lastWriteEnd !== undefined) {
				boundaries++;
				between += entry.at - lastWriteEnd;
			}
		} else if (BATCH_UPSERT_PATH.test(entry.path)) {
			if (propertiesRead !== undefined && lastWriteEnd !== undefined)
				preparing += entry.at - propertiesRead;
			propertiesRead = undefined;
			lastWriteEnd = entry.at + (entry.durationMs ?? 0);
		}
	}
	const mean = (total: number) => (boundaries > 0 ? total / boundaries / 1000 : null);
	return { boundaries, betweenPagesSec: mean(between), preparingSec: mean(preparing) };
}
