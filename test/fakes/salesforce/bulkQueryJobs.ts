/**
 * Bulk API 2.0 query jobs under `/services/data/vXX.X/jobs/query`: create (SOQL checked at once),
 * job info, list, abort (PATCH), delete, results (CSV result sets chained by `Sforce-Locator`, the
 * literal `null` on the last) and `resultPages` (v58.0+).
 *
 * A job moves UploadComplete -> InProgress -> JobComplete over `pollsToComplete` reads of its job
 * info (or after `completeAfterMs`). When it completes, its query runs and the result is frozen
 * (see soql/execute.ts): the matching records and their parents as of that moment, whatever changes
 * later. Result sets are cut from that snapshot on request and streamed as CSV, one chunk at a time.
 * `failNextJob` makes a job end Failed (or Aborted) instead.
 */
import { performance } from 'node:perf_hooks';
import { pipeline, Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { FakeRequest, FakeResponse } from '../common';
import type { FakeSalesforceContext } from './context';
import { COLUMN_DELIMITERS, csvResultSet, LINE_ENDINGS, type ColumnDelimiter, type LineEnding } from './csv';
import { bulkError, bulkMessages, NOT_FOUND_MESSAGE, SoqlError } from './errors';
import { IdGenerator } from './ids';
import type { DailyCounter } from './limits';
import { executePlan, type Snapshot } from './soql/execute';
import { planQuery, type QueryPlan } from './soql/plan';
import { csvProjection } from './soql/project';
import { restDateTimeOf } from './values';
import { versioned } from './versions';

export type JobState = 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';

export interface BulkQueryOptions {
	/** Job-info reads until JobComplete (the n-th read shows it). Default 2. */
	pollsToComplete: number;
	/** Complete this long after creation (clock time) instead of counting reads. */
	completeAfterMs?: number;
	/** Records per result set when the client sends no maxRecords. Default 10,000. */
	resultSetSize: number;
	dailyJobs: DailyCounter;
	/** CSV details Salesforce does not document (see README): header quoting, final line ending. */
	csv: { quoteHeader: boolean; finalLineEnding: boolean };
}

export interface JobFailure {
	/** Which job: a RegExp or substring of its SOQL, or a predicate; default the next job created. */
	match?: RegExp | string | ((soql: string) => boolean);
	/** Default Failed. */
	state?: 'Failed' | 'Aborted';
	/** Failed jobs: default `Retried more than fifteen times` (with retries 15); null = no errorMessage key. */
	errorMessage?: string | null;
	retries?: number;
	/** How many jobs it applies to (default 1). */
	times?: number;
}

interface QueryJob {
	readonly id: string;
	readonly operation: 'query' | 'queryAll';
	readonly object: string;
	readonly createdById: string;
	readonly createdDate: number;
	systemModstamp: number;
	state: JobState;
	readonly apiVersion: string;
	readonly lineEnding: LineEnding;
	readonly columnDelimiter: ColumnDelimiter;
	readonly plan: QueryPlan;
	reads: number;
	failure?: { state: 'Failed' | 'Aborted'; errorMessage?: string; retries: number };
	snapshot?: Snapshot;
	numberRecordsProcessed: number;
	retries: number;
	totalProcessingTime: number;
	errorMessage?: string;
}

const TERMINAL: ReadonlySet<JobState> = new Set(['JobComplete', 'Failed', 'Aborted']);
const LIST_PAGE = 1000;

/** `10000` -> `MTAwMDA` (base64 without padding, as Salesforce's v49+ locators look). */
export function encodeLocator(offset: number): string {
	return Buffer.from(String(offset)).toString('base64').replace(/=+$/, '');
}

export function decodeLocator(locator: string): number | undefined {
	if (!/^[A-Za-z0-9+/]+$/.test(locator)) return undefined;
	const text = Buffer.from(locator, 'base64').toString('utf8');
	return /^\d+$/.test(text) ? Number(text) : undefined;
}

function one(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}

/** JSON with `apiVersion` written as Salesforce does (`58.0`, not `58`). */
function jobJson(status: number, body: Record<string, unknown>): FakeResponse {
	const marker = '"__apiVersion__"';
	const text = JSON.stringify({ ...body, apiVersion: '__apiVersion__' }).replace(marker, String(body.apiVersion));
	return { status, headers: { 'Content-Type': 'application/json;charset=UTF-8' }, body: text };
}

function wantsGzip(req: FakeRequest): boolean {
	return /(^|,)\s*gzip\s*(;\s*q=(?!0(\.0*)?\s*(,|$))[\d.]+)?\s*(,|$)/i.test(req.header('accept-encoding') ?? '');
}

export class BulkQueryJobs {
	private readonly jobs = new Map<string, QueryJob>();
	private readonly ids = new IdGenerator();
	private failures: Array<JobFailure & { remaining: number }> = [];

	constructor(
		private readonly ctx: FakeSalesforceContext,
		private readonly options: BulkQueryOptions,
	) {}

	register(): void {
		const { server, versions } = this.ctx;
		const base = '/services/data/:version/jobs/query';
		server.route('POST', base, versioned(versions, (req, v) => this.create(req, v)));
		server.route('GET', base, versioned(versions, (req, v) => this.list(req, v)));
		server.route('GET', `${base}/:jobId`, versioned(versions, (req) => this.info(req)));
		server.route('PATCH', `${base}/:jobId`, versioned(versions, (req) => this.abort(req)));
		server.route('DELETE', `${base}/:jobId`, versioned(versions, (req) => this.remove(req)));
		server.route('GET', `${base}/:jobId/results`, versioned(versions, (req, v) => this.results(req, v)));
		server.route('GET', `${base}/:jobId/resultPages`, versioned(versions, (req, v) => this.resultPages(req, v)));
	}

	failNextJob(failure: JobFailure = {}): void {
		this.failures.push({ ...failure, remaining: failure.times ?? 1 });
	}

	/** Every job's info, as `GET /jobs/query/{id}` shows it (without counting as a poll). */
	all(): Array<Record<string, unknown>> {
		return [...this.jobs.values()].map((job) => {
			this.advance(job, false);
			return this.fullInfo(job);
		});
	}

	private notFound(): FakeResponse {
		return bulkError(404, 'NOT_FOUND', NOT_FOUND_MESSAGE);
	}

	private create(req: FakeRequest, version: string): FakeResponse {
		let body: unknown = req.body;
		if (typeof body === 'string') {
			try {
				body = JSON.parse(body);
			} catch (error) {
				return bulkError(400, 'JSON_PARSER_ERROR', (error as Error).message);
			}
		}
		const input = (body ?? {}) as Record<string, unknown>;
		const operation = input.operation;
		if (operation !== 'query' && operation !== 'queryAll') {
			return bulkError(400, 'INVALIDJOB', `Invalid operation: ${String(operation ?? '')}. A query job's operation is query or queryAll.`);
		}
		if (typeof input.query !== 'string' || input.query.trim() === '') {
			return bulkError(400, 'INVALIDJOB', 'A query job needs a query.');
		}
		if (input.contentType !== undefined && input.contentType !== 'CSV') {
			return bulkError(400, 'INVALIDJOB', `Invalid contentType: ${String(input.contentType)}. Only CSV is supported.`);
		}
		const columnDelimiter = (input.columnDelimiter ?? 'COMMA') as ColumnDelimiter;
		if (!(columnDelimiter in COLUMN_DELIMITERS)) {
			return bulkError(400, 'INVALIDJOB', `Invalid columnDelimiter: ${String(input.columnDelimiter)}`);
		}
		const lineEnding = (input.lineEnding ?? 'LF') as LineEnding;
		if (!(lineEnding in LINE_ENDINGS)) {
			return bulkError(400, 'INVALIDJOB', `Invalid lineEnding: ${String(input.lineEnding)}`);
		}
		let plan: QueryPlan;
		try {
			plan = planQuery(input.query, 'bulk', this.ctx.describes);
		} catch (error) {
			if (error instanceof SoqlError) return error.toBulk();
			throw error;
		}
		if (!this.options.dailyJobs.take()) {
			return bulkError(400, 'LIMIT_EXCEEDED', bulkMessages.dailyJobs(this.options.dailyJobs.max));
		}
		const now = this.ctx.clock.now();
		const userId = typeof req.auth?.data.userId === 'string' ? req.auth.data.userId : this.ctx.defaultUser.userId;
		const job: QueryJob = {
			id: this.ids.next('750'),
			operation,
			object: plan.object.name,
			createdById: userId,
			createdDate: now,
			systemModstamp: now,
			state: 'UploadComplete',
			apiVersion: version,
			lineEnding,
			columnDelimiter,
			plan,
			reads: 0,
			failure: this.takeFailure(input.query),
			numberRecordsProcessed: 0,
			retries: 0,
			totalProcessingTime: 0,
		};
		this.jobs.set(job.id, job);
		if (this.options.completeAfterMs !== undefined) {
			void this.ctx.clock.sleep(this.options.completeAfterMs).then(() => this.advance(job, false));
		}
		return jobJson(200, this.createInfo(job));
	}

	private takeFailure(soql: string): QueryJob['failure'] {
		const index = this.failures.findIndex((f) => {
			if (f.match === undefined) return true;
			if (typeof f.match === 'string') return soql.toLowerCase().includes(f.match.toLowerCase());
			if (f.match instanceof RegExp) return f.match.test(soql);
			return f.match(soql);
		});
		if (index < 0) return undefined;
		const failure = this.failures[index];
		if (--failure.remaining <= 0) this.failures.splice(index, 1);
		const state = failure.state ?? 'Failed';
		if (state === 'Aborted') return { state, retries: failure.retries ?? 0 };
		const errorMessage = failure.errorMessage === undefined ? bulkMessages.retriesExhausted : (failure.errorMessage ?? undefined);
		return { state, errorMessage, retries: failure.retries ?? (failure.errorMessage === undefined ? 15 : 0) };
	}

	/** Moves the job along; `read` counts a job-info poll. */
	private advance(job: QueryJob, read: boolean): void {
		if (TERMINAL.has(job.state)) return;
		if (read) job.reads++;
		const now = this.ctx.clock.now();
		const { pollsToComplete, completeAfterMs } = this.options;
		const complete = completeAfterMs !== undefined ? now - job.createdDate >= completeAfterMs : job.reads >= pollsToComplete;
		if (!complete) {
			const started =
				completeAfterMs !== undefined
					? now - job.createdDate >= completeAfterMs / 2
					: job.reads >= 1 && !(job.reads === 1 && pollsToComplete > 2);
			if (started && job.state === 'UploadComplete') {
				job.state = 'InProgress';
				job.systemModstamp = now;
			}
			return;
		}
		job.systemModstamp = now;
		if (job.failure) {
			job.state = job.failure.state;
			job.errorMessage = job.failure.errorMessage;
			job.retries = job.failure.retries;
			return;
		}
		const started = performance.now();
		job.snapshot = executePlan(job.plan, this.ctx.store, {
			includeDeleted: job.operation === 'queryAll',
			now,
		});
		job.state = 'JobComplete';
		job.numberRecordsProcessed = job.snapshot.rows.length;
		job.totalProcessingTime = Math.max(1, Math.round(performance.now() - started));
	}

	private createInfo(job: QueryJob): Record<string, unknown> {
		return {
			id: job.id,
			operation: job.operation,
			object: job.object,
			createdById: job.createdById,
			createdDate: restDateTimeOf(job.createdDate),
			systemModstamp: restDateTimeOf(job.systemModstamp),
			state: job.state,
			concurrencyMode: 'Parallel',
			contentType: 'CSV',
			apiVersion: job.apiVersion,
			lineEnding: job.lineEnding,
			columnDelimiter: job.columnDelimiter,
		};
	}

	private listInfo(job: QueryJob): Record<string, unknown> {
		const { lineEnding, columnDelimiter, ...head } = this.createInfo(job);
		return { ...head, jobType: 'V2Query', lineEnding, columnDelimiter };
	}

	private fullInfo(job: QueryJob): Record<string, unknown> {
		return {
			...this.listInfo(job),
			numberRecordsProcessed: job.numberRecordsProcessed,
			retries: job.retries,
			totalProcessingTime: job.totalProcessingTime,
			isPkChunkingSupported: true,
			...(job.errorMessage !== undefined && { errorMessage: job.errorMessage }),
		};
	}

	private info(req: FakeRequest): FakeResponse {
		const job = this.jobs.get(req.params.jobId);
		if (!job) return this.notFound();
		this.advance(job, true);
		return jobJson(200, this.fullInfo(job));
	}

	private list(req: FakeRequest, version: string): FakeResponse {
		const jobType = one(req.query.jobType);
		if (jobType !== undefined && jobType !== 'V2Query') {
			return { status: 200, body: { done: true, records: [], nextRecordsUrl: null } };
		}
		const start = decodeLocator(one(req.query.queryLocator) ?? '') ?? 0;
		const jobs = [...this.jobs.values()];
		const page = jobs.slice(start, start + LIST_PAGE).map((job) => {
			this.advance(job, false);
			return this.listInfo(job);
		});
		const done = start + LIST_PAGE >= jobs.length;
		const body = {
			done,
			records: page,
			nextRecordsUrl: done ? null : `/services/data/v${version}/jobs/query?queryLocator=${encodeLocator(start + LIST_PAGE)}`,
		};
		const text = JSON.stringify(body).replace(/"apiVersion":"(\d+\.\d)"/g, '"apiVersion":$1');
		return { status: 200, headers: { 'Content-Type': 'application/json;charset=UTF-8' }, body: text };
	}

	private abort(req: FakeRequest): FakeResponse {
		const job = this.jobs.get(req.params.jobId);
		if (!job) return this.notFound();
		const body = (typeof req.body === 'string' ? safeJson(req.body) : req.body) as { state?: unknown } | undefined;
		if (body?.state !== 'Aborted') {
			return bulkError(400, 'INVALIDJOBSTATE', `Invalid state for a query job: ${String(body?.state)}. Only Aborted can be set.`);
		}
		this.advance(job, false);
		if (TERMINAL.has(job.state)) {
			const what = job.state === 'JobComplete' ? 'Completed' : job.state;
			return bulkError(400, 'INVALIDJOBSTATE', `Aborting already ${what} Job not allowed`);
		}
		job.state = 'Aborted';
		job.systemModstamp = this.ctx.clock.now();
		return jobJson(200, this.createInfo(job));
	}

	private remove(req: FakeRequest): FakeResponse {
		const job = this.jobs.get(req.params.jobId);
		if (!job) return this.notFound();
		this.advance(job, false);
		if (job.state === 'InProgress') {
			return bulkError(400, 'INVALIDJOBSTATE', 'Deleting a job in state InProgress is not allowed');
		}
		this.jobs.delete(job.id);
		return { status: 204 };
	}

	/** The job when its results may be read, or the refusal (404, 409 on another version, 412). */
	private completedJob(req: FakeRequest, version: string): QueryJob | FakeResponse {
		const job = this.jobs.get(req.params.jobId);
		if (!job) return this.notFound();
		if (version !== job.apiVersion) {
			return bulkError(409, 'API_VERSION_MISMATCH', bulkMessages.versionMismatch(version, job.apiVersion));
		}
		this.advance(job, false);
		if (job.state !== 'JobComplete' || !job.snapshot) {
			const status = job.state.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
			return bulkError(412, 'JOB_NOT_COMPLETE', bulkMessages.jobNotComplete(status));
		}
		return job;
	}

	/** Parses `locator` and `maxRecords`; a 400 when either is wrong. */
	private window(req: FakeRequest, job: QueryJob): { from: number; size: number } | FakeResponse {
		const locator = one(req.query.locator);
		const total = job.snapshot?.rows.length ?? 0;
		let from = 0;
		if (locator !== undefined && locator !== '') {
			const decoded = decodeLocator(locator);
			if (decoded === undefined || decoded > total) {
				return bulkError(400, 'INVALIDLOCATOR', `Invalid locator: ${locator}`);
			}
			from = decoded;
		}
		const maxText = one(req.query.maxRecords);
		let size = this.options.resultSetSize;
		if (maxText !== undefined) {
			if (!/^\d+$/.test(maxText) || Number(maxText) < 1) {
				return bulkError(400, 'INVALIDREQUEST', `maxRecords must be a positive integer: ${maxText}`);
			}
			size = Number(maxText);
		}
		return { from, size };
	}

	private results(req: FakeRequest, version: string): FakeResponse {
		const job = this.completedJob(req, version);
		if ('status' in job) return job;
		const window = this.window(req, job);
		if ('status' in window) return window;
		const snapshot = job.snapshot as Snapshot;
		const total = snapshot.rows.length;
		const to = Math.min(total, window.from + window.size);
		const projection = csvProjection(job.plan, snapshot, this.ctx.store);
		const chunks = csvResultSet({
			header: projection.header,
			from: window.from,
			to,
			cells: projection.cells,
			delimiter: COLUMN_DELIMITERS[job.columnDelimiter],
			lineEnding: LINE_ENDINGS[job.lineEnding],
			quoteHeader: this.options.csv.quoteHeader,
			finalLineEnding: this.options.csv.finalLineEnding,
		});
		const headers: Record<string, string> = {
			'Content-Type': 'text/csv',
			'Sforce-NumberOfRecords': String(to - window.from),
			'Sforce-Locator': to < total ? encodeLocator(to) : 'null',
		};
		let body: Readable = Readable.from(chunks);
		if (wantsGzip(req)) {
			headers['Content-Encoding'] = 'gzip';
			const gzip = createGzip();
			pipeline(body, gzip, () => undefined);
			body = gzip;
		}
		return { status: 200, headers, body };
	}

	private resultPages(req: FakeRequest, version: string): FakeResponse {
		if (Number(version) < 58) return bulkError(404, 'NOT_FOUND', NOT_FOUND_MESSAGE);
		const job = this.completedJob(req, version);
		if ('status' in job) return job;
		const window = this.window(req, job);
		if ('status' in window) return window;
		const total = job.snapshot?.rows.length ?? 0;
		const base = `/services/data/v${version}/jobs/query/${job.id}`;
		const resultPages = [];
		let from = window.from;
		for (let i = 0; i < 5 && (from < total || (total === 0 && i === 0)); i++) {
			const locator = from > 0 ? `locator=${encodeLocator(from)}&` : '';
			resultPages.push({ resultUrl: `${base}/results?${locator}maxRecords=${window.size}` });
			from += window.size;
		}
		const done = from >= total;
		return {
			status: 200,
			body: {
				resultPages,
				nextRecordsUrl: done ? null : `${base}/resultPages?locator=${encodeLocator(from)}&maxRecords=${window.size}`,
				done,
			},
		};
	}
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}
