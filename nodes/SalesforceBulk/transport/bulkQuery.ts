import type { Connection } from 'jsforce';
import { QueryJobV2, type QueryJobInfoV2 } from 'jsforce/lib/api/bulk2';
import HttpApi from 'jsforce/lib/http-api';
import { sleep } from 'n8n-workflow';
import { recordApiUsage } from './limits';

export type QueryOperation = 'query' | 'queryAll';

/** Bulk API 2.0 answers errors with a JSON array of {errorCode, message}. */
class BulkResultsApi extends HttpApi<never> {
	hasErrorInResponseBody(body: unknown): boolean {
		return (
			Array.isArray(body) &&
			typeof body[0] === 'object' &&
			body[0] !== null &&
			'errorCode' in body[0]
		);
	}

	isSessionExpired(response: { statusCode: number; body: string }): boolean {
		return response.statusCode === 401 && response.body.includes('INVALID_SESSION_ID');
	}

	parseError(body: Array<{ errorCode: string; message: string }>) {
		return { errorCode: body[0].errorCode, message: body[0].message };
	}

	/** Result sets are parsed one at a time by the caller, so the CSV text is kept as it came. */
	async parseResponseBody(response: { body: string; statusCode: number }): Promise<unknown> {
		if (response.statusCode >= 400) {
			try {
				return JSON.parse(response.body);
			} catch {
				return response.body;
			}
		}
		return response.body;
	}
}

export class QueryJobFailedError extends Error {
	constructor(readonly job: QueryJobInfoV2 & { errorMessage?: string }) {
		super(
			`Salesforce query job ${job.id} ended ${job.state}${job.errorMessage ? `: ${job.errorMessage}` : ''}`,
		);
	}
}

export class QueryJobTimeoutError extends Error {
	constructor(
		readonly job: QueryJobInfoV2,
		readonly waitedSeconds: number,
	) {
		super(`Salesforce query job ${job.id} was still ${job.state} after ${waitedSeconds} s`);
	}
}

function queryJob(connection: Connection, options: ConstructorParameters<typeof QueryJobV2>[1]) {
	return new QueryJobV2(connection as never, options);
}

const POLLING = { pollInterval: 1000, pollTimeout: 60_000 };

export async function createQueryJob(
	connection: Connection,
	operation: QueryOperation,
	soql: string,
): Promise<QueryJobInfoV2> {
	return await queryJob(connection, {
		bodyParams: { operation, query: soql },
		pollingOptions: POLLING,
	}).open();
}

export async function queryJobInfo(connection: Connection, jobId: string): Promise<QueryJobInfoV2> {
	return await queryJob(connection, { id: jobId, pollingOptions: POLLING }).check();
}

/**
 * Polls until the job completes, starting at half a second and backing off to five, as long as
 * `timeoutSeconds` allows. A Failed or Aborted job, or the time running out, is an error that
 * names the job.
 */
export async function waitForQueryJob(
	connection: Connection,
	jobId: string,
	timeoutSeconds: number,
): Promise<QueryJobInfoV2> {
	const started = Date.now();
	let interval = 500;
	for (;;) {
		const info = await queryJobInfo(connection, jobId);
		if (info.state === 'JobComplete') return info;
		if (info.state === 'Failed' || info.state === 'Aborted') throw new QueryJobFailedError(info);
		const waited = (Date.now() - started) / 1000;
		if (waited + interval / 1000 > timeoutSeconds) {
			throw new QueryJobTimeoutError(info, Math.round(waited));
		}
		await sleep(interval);
		interval = Math.min(interval * 1.5, 5000);
	}
}

export interface ResultSet {
	csv: string;
	/** The next set's locator, or null after the last set. */
	nextLocator: string | null;
	numberOfRecords: number;
}

/** One result set of a completed job, fetched on its own (never the whole job in one stream). */
export async function fetchResultSet(
	connection: Connection,
	jobId: string,
	options: { locator?: string | null; maxRecords?: number; apiVersion?: string },
): Promise<ResultSet> {
	const query = new URLSearchParams();
	if (options.locator) query.set('locator', options.locator);
	if (options.maxRecords) query.set('maxRecords', String(options.maxRecords));
	const url = `${connection.instanceUrl}/services/data/v${options.apiVersion ?? connection.version}/jobs/query/${encodeURIComponent(jobId)}/results${query.size ? `?${query}` : ''}`;
	const api = new BulkResultsApi(connection as never, { responseType: 'text/csv' });
	let headers: Record<string, string | undefined> = {};
	api.on('response', (response: { headers: Record<string, string | undefined> }) => {
		headers = response.headers;
		recordApiUsage(connection, headers);
	});
	const csv = (await api.request({
		method: 'GET',
		url,
		headers: { Accept: 'text/csv' },
	})) as string;
	const locator = headers['sforce-locator'];
	return {
		csv,
		nextLocator: !locator || locator === 'null' ? null : locator,
		numberOfRecords: Number(headers['sforce-numberofrecords'] ?? 0),
	};
}
