import type { IncomingHttpHeaders } from 'node:http';
import { systemClock, type Clock } from './clock';
import type { FaultKind } from './faults';
import { isFormContentType, isJsonContentType } from './request';
import {
	makeRedactor,
	redactDeep,
	redactHeaders,
	redactRecord,
	redactText,
	type Redactor,
} from './redact';
import type { FakeRequest, QueryRecord } from './types';

export interface RequestLogEntry {
	readonly seq: number;
	/** Clock time (ms epoch) when the request arrived. */
	readonly at: number;
	readonly method: string;
	readonly path: string;
	/** Credential-like parameters are redacted. */
	readonly query: QueryRecord;
	/** Credential-like headers (Authorization, Cookie, ...) redacted; absent when `storeHeaders` is off. */
	readonly headers?: Record<string, string | string[]>;
	/** Parsed JSON / form fields / text, redacted; absent when bodies are not stored or too large. */
	readonly requestBody?: unknown;
	readonly requestBytes: number;
	/** Absent while in flight and when no response was sent (drop, hang, client gone). */
	readonly status?: number;
	/** Wall-clock time from arrival to the response being handed to the socket. */
	readonly durationMs?: number;
	readonly fault?: FaultKind;
	readonly rateLimited?: boolean;
	/** What a throwing handler threw, or why the exchange ended without a response. */
	readonly error?: string;
}

export type MutableLogEntry = { -readonly [K in keyof RequestLogEntry]: RequestLogEntry[K] };

export interface LogFilter {
	method?: string;
	/** Exact path, or a RegExp tested against it. */
	path?: string | RegExp;
	status?: number;
	fault?: FaultKind;
	rateLimited?: boolean;
}

export interface RequestLogOptions {
	/** Oldest entries are dropped past this many (and counted in `dropped`). Default 200,000. */
	cap?: number;
	storeBodies?: boolean;
	storeHeaders?: boolean;
	/** Bodies larger than this are not stored (only their size). Default 1 MiB. */
	maxStoredBodyBytes?: number;
	clock?: Clock;
	/** Extra redaction of values wherever they appear, e.g. tokens the auth layer issued. */
	isSecretValue?: (value: string) => boolean;
}

/** Every request a fake served, bounded, with credentials never stored. */
export class RequestLog {
	private readonly cap: number;
	private readonly storeBodies: boolean;
	private readonly storeHeaders: boolean;
	private readonly maxStoredBodyBytes: number;
	private readonly clock: Clock;
	private readonly redactor: Redactor;
	// A ring buffer: once full, `start` is the oldest entry and new ones overwrite it.
	private ring: MutableLogEntry[] = [];
	private start = 0;
	private nextSeq = 1;
	private droppedCount = 0;

	constructor(options: RequestLogOptions = {}) {
		this.cap = options.cap ?? 200_000;
		if (!(this.cap >= 1)) throw new RangeError('RequestLog cap must be at least 1');
		this.storeBodies = options.storeBodies ?? true;
		this.storeHeaders = options.storeHeaders ?? true;
		this.maxStoredBodyBytes = options.maxStoredBodyBytes ?? 1024 * 1024;
		this.clock = options.clock ?? systemClock;
		this.redactor = makeRedactor(options.isSecretValue);
	}

	/** Records a request as it arrives; the server fills in the outcome on the returned entry. */
	open(init: {
		method: string;
		path: string;
		query: QueryRecord;
		headers: IncomingHttpHeaders;
	}): MutableLogEntry {
		const entry: MutableLogEntry = {
			seq: this.nextSeq++,
			at: this.clock.now(),
			method: init.method,
			path: init.path,
			query: redactRecord(init.query, this.redactor),
			requestBytes: 0,
		};
		if (this.storeHeaders) entry.headers = redactHeaders(init.headers, this.redactor);
		this.push(entry);
		return entry;
	}

	attachBody(entry: MutableLogEntry, request: FakeRequest): void {
		entry.requestBytes = request.rawBody.length;
		if (!this.storeBodies || request.rawBody.length === 0) return;
		if (request.rawBody.length > this.maxStoredBodyBytes) return;
		entry.requestBody = this.describeBody(request);
	}

	entries(filter?: LogFilter): RequestLogEntry[] {
		const result: RequestLogEntry[] = [];
		for (const entry of this.ordered()) if (matches(entry, filter)) result.push(entry);
		return result;
	}

	count(filter?: LogFilter): number {
		let total = 0;
		for (const entry of this.ordered()) if (matches(entry, filter)) total++;
		return total;
	}

	last(filter?: LogFilter): RequestLogEntry | undefined {
		for (let i = this.ring.length - 1; i >= 0; i--) {
			const entry = this.ring[(this.start + i) % this.ring.length];
			if (matches(entry, filter)) return entry;
		}
		return undefined;
	}

	/** Forgets all entries and the dropped count; sequence numbers keep increasing. */
	clear(): void {
		this.ring = [];
		this.start = 0;
		this.droppedCount = 0;
	}

	get size(): number {
		return this.ring.length;
	}

	/** Entries evicted because the cap was reached. */
	get dropped(): number {
		return this.droppedCount;
	}

	private push(entry: MutableLogEntry): void {
		if (this.ring.length < this.cap) {
			this.ring.push(entry);
			return;
		}
		this.ring[this.start] = entry;
		this.start = (this.start + 1) % this.cap;
		this.droppedCount++;
	}

	private *ordered(): Generator<MutableLogEntry> {
		for (let i = 0; i < this.ring.length; i++) yield this.ring[(this.start + i) % this.ring.length];
	}

	private describeBody(request: FakeRequest): unknown {
		const contentType = request.headers['content-type'];
		if (isFormContentType(contentType)) return redactRecord(request.form(), this.redactor);
		if (isJsonContentType(contentType) && request.body !== undefined) {
			return redactDeep(request.body, this.redactor);
		}
		return redactText(request.rawBody.toString('utf8'), this.redactor);
	}
}

function matches(entry: RequestLogEntry, filter: LogFilter | undefined): boolean {
	if (!filter) return true;
	if (filter.method !== undefined && entry.method !== filter.method.toUpperCase()) return false;
	if (filter.path !== undefined) {
		const ok =
			typeof filter.path === 'string' ? entry.path === filter.path : filter.path.test(entry.path);
		if (!ok) return false;
	}
	if (filter.status !== undefined && entry.status !== filter.status) return false;
	if (filter.fault !== undefined && entry.fault !== filter.fault) return false;
	if (filter.rateLimited !== undefined && Boolean(entry.rateLimited) !== filter.rateLimited) {
		return false;
	}
	return true;
}
