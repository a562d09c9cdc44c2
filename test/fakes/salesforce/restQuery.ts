/**
 * The REST query API (what n8n's built-in Salesforce node and jsforce's `query()` use):
 * `GET /query?q=` and `/queryAll?q=` answer `{totalSize, done, nextRecordsUrl?, records}` with up to
 * 2,000 records (the `Sforce-Query-Options: batchSize=N` header asks for 200..2,000); the rest is
 * read from `nextRecordsUrl` (`/query/01g...-2000`). A query cursor is a snapshot of the result,
 * taken when the query ran; a user keeps at most 10 open cursors (the oldest is dropped) and a cursor
 * expires after 15 minutes unused. `SELECT COUNT() ...` answers totalSize only.
 */
import { randomInt } from 'node:crypto';
import type { FakeRequest, FakeResponse } from '../common';
import type { FakeSalesforceContext } from './context';
import { restError, SoqlError, soqlMessages } from './errors';
import { makeId } from './ids';
import { executePlan, type Snapshot } from './soql/execute';
import { planQuery, type QueryPlan } from './soql/plan';
import { aggregateRecord, jsonRecord } from './soql/project';
import { versioned } from './versions';

export interface RestQueryOptions {
	/** Records per page when the client does not ask (default 2,000). */
	batchSize: number;
	/** Open cursors kept per user (default 10). */
	maxOpenCursors: number;
	/** Idle time after which a cursor is gone (default 15 minutes). */
	cursorIdleMs: number;
}

interface Cursor {
	readonly id: string;
	readonly plan: QueryPlan;
	readonly snapshot: Snapshot;
	readonly queryAll: boolean;
	readonly userId: string;
	lastUsed: number;
}

function one(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}

function requestedBatchSize(req: FakeRequest, fallback: number): number {
	const match = /batchSize\s*=\s*(\d+)/i.exec(req.header('sforce-query-options') ?? '');
	if (!match) return fallback;
	return Math.min(2000, Math.max(200, Number(match[1])));
}

export class RestQueryService {
	private readonly cursors = new Map<string, Cursor>();
	private cursorCounter = randomInt(1, 1_000_000);

	constructor(
		private readonly ctx: FakeSalesforceContext,
		private readonly options: RestQueryOptions,
	) {}

	register(): void {
		const { server, versions } = this.ctx;
		for (const queryAll of [false, true]) {
			const resource = queryAll ? 'queryAll' : 'query';
			server.route(
				'GET',
				`/services/data/:version/${resource}`,
				versioned(versions, (req, version) => this.start(req, version, queryAll)),
			);
			server.route(
				'GET',
				`/services/data/:version/${resource}/:locator`,
				versioned(versions, (req, version) => this.more(req, version)),
			);
		}
	}

	/** Open cursors (for tests). */
	get openCursors(): number {
		return this.cursors.size;
	}

	private start(req: FakeRequest, version: string, queryAll: boolean): FakeResponse {
		const soql = one(req.query.q);
		if (!soql || !soql.trim()) return restError(400, 'MALFORMED_QUERY', soqlMessages.noQueryString());
		let plan: QueryPlan;
		try {
			plan = planQuery(soql, 'rest', this.ctx.describes);
		} catch (error) {
			if (error instanceof SoqlError) return error.toRest();
			throw error;
		}
		const snapshot = executePlan(plan, this.ctx.store, { includeDeleted: queryAll, now: this.ctx.clock.now() });
		if (plan.countOnly) {
			const total = plan.limit === undefined ? snapshot.matched : Math.min(plan.limit, snapshot.matched);
			return { status: 200, body: { totalSize: total, done: true, records: [] } };
		}
		if (plan.aggregate) {
			return { status: 200, body: { totalSize: 1, done: true, records: [aggregateRecord(plan, snapshot, this.ctx.store)] } };
		}
		const userId = typeof req.auth?.data.userId === 'string' ? req.auth.data.userId : this.ctx.defaultUser.userId;
		const cursor: Cursor = {
			id: makeId('01g', this.cursorCounter++),
			plan,
			snapshot,
			queryAll,
			userId,
			lastUsed: this.ctx.clock.now(),
		};
		return this.page(cursor, 0, requestedBatchSize(req, this.options.batchSize), version);
	}

	private more(req: FakeRequest, version: string): FakeResponse {
		const match = /^(01g[0-9A-Za-z]{12,15})-(\d+)$/.exec(req.params.locator ?? '');
		const cursor = match ? this.cursors.get(match[1]) : undefined;
		const now = this.ctx.clock.now();
		if (!match || !cursor || now - cursor.lastUsed > this.options.cursorIdleMs) {
			if (cursor) this.cursors.delete(cursor.id);
			return restError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
		}
		const offset = Number(match[2]);
		if (offset > cursor.snapshot.rows.length) return restError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
		cursor.lastUsed = now;
		return this.page(cursor, offset, requestedBatchSize(req, this.options.batchSize), version);
	}

	private page(cursor: Cursor, offset: number, size: number, version: string): FakeResponse {
		const total = cursor.snapshot.rows.length;
		const end = Math.min(total, offset + size);
		const records = [];
		for (let i = offset; i < end; i++) records.push(jsonRecord(cursor.plan, cursor.snapshot, i, this.ctx.store, version));
		const done = end >= total;
		if (done) this.cursors.delete(cursor.id);
		else this.keep(cursor);
		const resource = cursor.queryAll ? 'queryAll' : 'query';
		return {
			status: 200,
			body: {
				totalSize: total,
				done,
				...(!done && { nextRecordsUrl: `/services/data/v${version}/${resource}/${cursor.id}-${end}` }),
				records,
			},
		};
	}

	/** Keeps the cursor, dropping the user's oldest beyond the limit (Salesforce releases the oldest). */
	private keep(cursor: Cursor): void {
		this.cursors.delete(cursor.id);
		this.cursors.set(cursor.id, cursor);
		const mine = [...this.cursors.values()].filter((c) => c.userId === cursor.userId);
		for (let i = 0; i < mine.length - this.options.maxOpenCursors; i++) this.cursors.delete(mine[i].id);
	}
}
