/** Helpers shared by this folder's tests: authenticated fetch, job polling, a strict CSV reader. */
import { Connection } from 'jsforce';
import type { FakeSalesforce } from './startFakeSalesforce';

export const V = '60.0';

export function bearer(sf: FakeSalesforce): Record<string, string> {
	return { Authorization: `Bearer ${sf.issueToken({ refreshToken: false }).access_token}` };
}

export function connect(sf: FakeSalesforce, version = V): Connection {
	return new Connection({ instanceUrl: sf.url, accessToken: sf.issueToken({ refreshToken: false }).access_token, version });
}

export async function api(
	sf: FakeSalesforce,
	path: string,
	init: RequestInit & { token?: Record<string, string> } = {},
): Promise<Response> {
	const { token, headers, ...rest } = init;
	return await fetch(`${sf.url}${path}`, {
		...rest,
		headers: { ...(token ?? bearer(sf)), ...(headers as Record<string, string> | undefined) },
	});
}

export async function createJob(
	sf: FakeSalesforce,
	body: Record<string, unknown>,
	version = V,
	token = bearer(sf),
): Promise<{ status: number; body: Record<string, unknown> & Array<Record<string, unknown>> }> {
	const res = await api(sf, `/services/data/v${version}/jobs/query`, {
		method: 'POST',
		token,
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
		body: JSON.stringify(body),
	});
	return { status: res.status, body: (await res.json()) as never };
}

/** Polls job info until a terminal state; returns every state seen. */
export async function pollJob(sf: FakeSalesforce, id: string, version = V, token = bearer(sf)): Promise<string[]> {
	const states: string[] = [];
	for (let i = 0; i < 50; i++) {
		const info = (await (await api(sf, `/services/data/v${version}/jobs/query/${id}`, { token })).json()) as { state: string };
		states.push(info.state);
		if (['JobComplete', 'Failed', 'Aborted'].includes(info.state)) return states;
	}
	throw new Error(`job ${id} never finished: ${states.join(',')}`);
}

export interface ResultSetResponse {
	status: number;
	locator: string | null;
	count: number;
	text: string;
	headers: Headers;
}

export async function resultSet(
	sf: FakeSalesforce,
	id: string,
	query: Record<string, string | number> = {},
	version = V,
	token = bearer(sf),
): Promise<ResultSetResponse> {
	const qs = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString();
	const res = await api(sf, `/services/data/v${version}/jobs/query/${id}/results${qs ? `?${qs}` : ''}`, { token });
	return {
		status: res.status,
		locator: res.headers.get('sforce-locator'),
		count: Number(res.headers.get('sforce-numberofrecords')),
		text: await res.text(),
		headers: res.headers,
	};
}

/** Every set of a job, following the locator chain. */
export async function allSets(
	sf: FakeSalesforce,
	id: string,
	query: Record<string, string | number> = {},
	version = V,
): Promise<ResultSetResponse[]> {
	const token = bearer(sf);
	const sets: ResultSetResponse[] = [];
	let locator: string | undefined;
	for (;;) {
		const set = await resultSet(sf, id, locator ? { ...query, locator } : query, version, token);
		sets.push(set);
		if (set.status !== 200 || set.locator === 'null') return sets;
		locator = set.locator ?? undefined;
	}
}

/**
 * A strict RFC 4180 reader: `null` for an empty unquoted cell, '' for `""`. Throws on a stray quote.
 */
export function readCsv(text: string, delimiter = ',', lineEnding = '\n'): Array<Array<string | null>> {
	const rows: Array<Array<string | null>> = [];
	let row: Array<string | null> = [];
	let i = 0;
	const atLineEnd = () => text.startsWith(lineEnding, i);
	while (i < text.length) {
		let cell: string | null = null;
		if (text[i] === '"') {
			cell = '';
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('unterminated quoted cell');
				if (text[i] === '"') {
					if (text[i + 1] === '"') {
						cell += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				cell += text[i++];
			}
		} else {
			let raw = '';
			while (i < text.length && text[i] !== delimiter && !atLineEnd()) {
				if (text[i] === '"') throw new Error(`stray quote at ${i}`);
				raw += text[i++];
			}
			cell = raw === '' ? null : raw;
		}
		row.push(cell);
		if (text[i] === delimiter) {
			i++;
			continue;
		}
		if (atLineEnd() || i >= text.length) {
			rows.push(row);
			row = [];
			i += atLineEnd() ? lineEnding.length : 0;
			continue;
		}
		throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
	}
	return rows;
}
