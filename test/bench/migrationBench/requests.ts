/**
 * The requests the fakes served during one run (their logs are cleared just before it): HubSpot's
 * through bench:hubspot's `requestFigures`, plus the requests that count against the ten-secondly
 * limit; Salesforce's by kind (as bench:extract counts them).
 */
import type { FakeHubSpot } from '../../fakes/hubspot';
import type { FakeSalesforce } from '../../fakes/salesforce';
import { BATCH_UPSERT_PATH, requestFigures, type RequestFigures } from '../hubspotBench/requests';

/** Requests HubSpot leaves out of the ten-secondly window: search (own per-second limit), OAuth. */
const OUTSIDE_WINDOW = /\/search$|^\/oauth\//;

export interface HubSpotRequests extends RequestFigures {
	/** Requests that used the ten-secondly budget: answered, not 429, not search or OAuth. */
	windowRequests: number;
	/** The longest time with no HubSpot request in flight, seconds (n8n working on its own). */
	longestPauseSec: number | null;
}

export function hubSpotRequests(
	hubspot: FakeHubSpot,
	writePath = BATCH_UPSERT_PATH,
): HubSpotRequests {
	let windowRequests = 0;
	let lastEnd: number | undefined;
	let longestPause: number | null = null;
	for (const entry of hubspot.server.log.entries()) {
		if (entry.status !== 429 && !OUTSIDE_WINDOW.test(entry.path)) windowRequests++;
		if (lastEnd !== undefined) longestPause = Math.max(longestPause ?? 0, entry.at - lastEnd);
		lastEnd = Math.max(lastEnd ?? 0, entry.at + (entry.durationMs ?? 0));
	}
	return {
		...requestFigures(hubspot, writePath),
		windowRequests,
		longestPauseSec: longestPause === null ? null : Math.max(0, longestPause) / 1000,
	};
}

const TOKEN_PATH = '/services/oauth2/token';

export interface SalesforceRequests {
	/** API requests, the OAuth token endpoint apart. */
	apiCalls: number;
	tokenCalls: number;
	apiCallsBy: Record<string, number>;
	/** Bulk API 2.0 query jobs created. */
	bulkJobs: number;
}

export function salesforceRequests(salesforce: FakeSalesforce): SalesforceRequests {
	const log = salesforce.server.log;
	const apiCallsBy: Record<string, number> = {};
	let tokenCalls = 0;
	let bulkJobs = 0;
	for (const entry of log.entries()) {
		if (entry.path === TOKEN_PATH) {
			tokenCalls++;
			continue;
		}
		const kind = `${entry.method} ${entry.path
			.replace(/\/v\d+\.\d+/, '/vXX.X')
			.replace(/\/jobs\/query\/[^/]+/, '/jobs/query/{id}')
			.replace(/\/(query|queryAll)\/(?!\{id\})[^/]+$/, '/$1/{cursor}')
			.replace(/\/sobjects\/(\w+)\/(?!describe)[^/]+$/, '/sobjects/$1/{id}')}`;
		apiCallsBy[kind] = (apiCallsBy[kind] ?? 0) + 1;
		if (entry.method === 'POST' && /\/jobs\/query$/.test(entry.path)) bulkJobs++;
	}
	return { apiCalls: log.count() - tokenCalls, tokenCalls, apiCallsBy, bulkJobs };
}
