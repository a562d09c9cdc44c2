/**
 * What the fake HubSpot saw of one built-in run: the generated contacts it holds, and the requests
 * it served (from its RequestLog, cleared just before the run).
 */
import type { FakeHubSpot } from '../../fakes/hubspot';
import { builtinContact, builtinContactIndex } from './contacts';

export interface LandedFigures {
	/** Distinct generated emails (1..records) present in the fake. */
	landed: number;
	/** Records holding a generated email beyond the first per email (the fake's unique index says 0). */
	duplicated: number;
	/** Landed contacts whose firstname, lastname or company differ from what was generated. */
	mismatched: number;
}

export function landedContacts(
	fake: FakeHubSpot,
	records: number,
	seed: number,
	prefix: string,
): LandedFigures {
	const seen = new Set<number>();
	let matching = 0;
	let mismatched = 0;
	for (const record of fake.objects('contacts').all()) {
		const index = builtinContactIndex(String(record.properties.email ?? ''), prefix);
		if (index === undefined || index < 1 || index > records) continue;
		matching++;
		if (seen.has(index)) continue;
		seen.add(index);
		const expected = builtinContact(index, seed, prefix);
		const p = record.properties;
		if (
			p.firstname !== expected.firstname ||
			p.lastname !== expected.lastname ||
			p.company !== expected.company
		)
			mismatched++;
	}
	return { landed: seen.size, duplicated: matching - seen.size, mismatched };
}

export interface RequestFigures {
	/** Requests the fake served (429s included). */
	apiCalls: number;
	/** By method and path, email and vid generalised. */
	apiCallsBy: Record<string, number>;
	rateLimited429: number;
	/** From the first request to the last one's arrival, seconds (n8n's start-up left out). */
	apiSpanSec: number | null;
	/** Log entries evicted because its cap was reached: the counts above are then too low. */
	logDropped: number;
}

export function requestFigures(fake: FakeHubSpot): RequestFigures {
	const log = fake.server.log;
	const apiCallsBy: Record<string, number> = {};
	let first: number | undefined;
	let last: number | undefined;
	for (const entry of log.entries()) {
		const kind = `${entry.method} ${entry.path
			.replace(/\/email\/[^/]+/, '/email/{email}')
			.replace(/\/vid\/[^/]+/, '/vid/{vid}')}`;
		apiCallsBy[kind] = (apiCallsBy[kind] ?? 0) + 1;
		first ??= entry.at;
		last = entry.at;
	}
	return {
		apiCalls: log.count(),
		apiCallsBy,
		rateLimited429: log.count({ status: 429 }),
		apiSpanSec: first === undefined || last === undefined ? null : (last - first) / 1000,
		logDropped: log.dropped,
	};
}
