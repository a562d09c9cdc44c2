/**
 * getUpdated / getDeleted over REST: `GET /sobjects/{Object}/updated?start=&end=` ->
 * `{ids, latestDateCovered}` and `/deleted?start=&end=` -> `{deletedRecords:[{id, deletedDate}],
 * earliestDateAvailable, latestDateCovered}`. Seconds of start and end are ignored (times are
 * rounded down to the minute), start must lie within the last 30 days, at most 600,000 ids come back.
 * "Updated" means SystemModstamp in [start, end) and not deleted; "deleted" reads the recycle bin.
 */
import type { FakeRequest, FakeResponse } from '../common';
import type { FakeSalesforceContext } from './context';
import { notFound, restError } from './errors';
import { parseDateTimeLiteral } from './soql/literals';
import { restDateTimeOf } from './values';
import { versioned } from './versions';

const MINUTE = 60_000;
const DAY = 86_400_000;
const MAX_IDS = 600_000;

function one(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}

interface Window {
	start: number;
	end: number;
}

/** Parses start/end; an error response when they are missing or wrong (wording UNCONFIRMED). */
function windowOf(req: FakeRequest, now: number): Window | FakeResponse {
	const startText = one(req.query.start);
	const endText = one(req.query.end);
	if (!startText || !endText) {
		return restError(400, 'MISSING_ARGUMENT', `Missing required parameter: ${startText ? 'end' : 'start'}`);
	}
	const parse = (text: string) => {
		const ms = parseDateTimeLiteral(text.replace(' ', '+'));
		return Number.isNaN(ms) ? Date.parse(text) : ms;
	};
	const start = Math.floor(parse(startText) / MINUTE) * MINUTE;
	const end = Math.floor(parse(endText) / MINUTE) * MINUTE;
	if (Number.isNaN(start) || Number.isNaN(end)) {
		return restError(400, 'INVALID_REPLICATION_DATE', `Invalid date: ${Number.isNaN(start) ? startText : endText}`);
	}
	if (end < start) return restError(400, 'INVALID_REPLICATION_DATE', 'endDate must chronologically follow the startDate');
	if (start < now - 30 * DAY) {
		return restError(400, 'INVALID_REPLICATION_DATE', 'startDate cannot be more than 30 days ago');
	}
	return { start, end };
}

export function registerReplicationRoutes(ctx: FakeSalesforceContext): void {
	const { server, versions, store, describes, clock } = ctx;
	const startedAt = clock.now();

	const handler = (kind: 'updated' | 'deleted') =>
		versioned(versions, (req) => {
			const schema = describes.get(req.params.object);
			if (!schema) return notFound();
			if (schema.describe.replicateable === false) {
				return restError(400, 'INVALID_TYPE', `sObject type '${schema.name}' is not replicateable`);
			}
			const now = clock.now();
			const window = windowOf(req, now);
			if ('status' in window) return window;
			const latestDateCovered = restDateTimeOf(Math.min(window.end, Math.floor(now / MINUTE) * MINUTE));
			const table = store.existingTable(schema.name);
			if (kind === 'updated') {
				const ids: string[] = [];
				for (const record of table?.rows ?? []) {
					if (record.IsDeleted === true || typeof record.SystemModstamp !== 'string') continue;
					const t = Date.parse(record.SystemModstamp);
					if (t >= window.start && t < window.end) ids.push(record.Id as string);
				}
				if (ids.length > MAX_IDS) {
					return restError(400, 'EXCEEDED_ID_LIMIT', 'record limit reached. cannot submit more than 600000 records into this call');
				}
				return { status: 200, body: { ids, latestDateCovered } };
			}
			const deletedRecords: Array<{ id: string; deletedDate: string }> = [];
			for (const entry of table?.recycleBin ?? []) {
				if (entry.deletedAt < window.start || entry.deletedAt >= window.end) continue;
				if (table?.get(entry.id)?.IsDeleted !== true) continue;
				deletedRecords.push({ id: entry.id, deletedDate: restDateTimeOf(entry.deletedAt) });
			}
			if (deletedRecords.length > MAX_IDS) {
				return restError(400, 'EXCEEDED_ID_LIMIT', 'record limit reached. cannot submit more than 600000 records into this call');
			}
			return {
				status: 200,
				body: {
					deletedRecords,
					earliestDateAvailable: restDateTimeOf(Math.floor(startedAt / MINUTE) * MINUTE),
					latestDateCovered,
				},
			};
		});

	for (const kind of ['updated', 'deleted'] as const) {
		server.route('GET', `/services/data/:version/sobjects/:object/${kind}`, handler(kind));
		server.route('GET', `/services/data/:version/sobjects/:object/${kind}/`, handler(kind));
	}
}
