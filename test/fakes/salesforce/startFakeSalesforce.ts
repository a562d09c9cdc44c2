/**
 * The facade: `const sf = await startFakeSalesforce({...})` starts a fake org on 127.0.0.1 and
 * returns its URL, the FakeServer (log, faults) and the methods tests use to fill and change it.
 */
import type { KeyObject } from 'node:crypto';
import {
	FakeServer,
	systemClock,
	TokenAuth,
	type Clock,
	type FakeRequest,
	type RateLimiter,
	type RequestLogOptions,
} from '../common';
import { BulkQueryJobs, type JobFailure } from './bulkQueryJobs';
import type { FakeSalesforceContext, OrgUser } from './context';
import { DescribeRegistry, type CustomFieldInput, type CustomObjectInput } from './describe';
import { identityError, invalidSession, notFound, restError } from './errors';
import { makeId } from './ids';
import { apiRateLimiter, DailyCounter } from './limits';
import { OAuthService, type TokenResponse } from './oauth';
import { RecordStore, type WriteOptions } from './records';
import { registerReplicationRoutes } from './replication';
import { RestQueryService } from './restQuery';
import { registerSObjectRoutes } from './sobjectsRoutes';
import type { FieldDescribe, RecordInput, SfRecord, SObjectDescribe } from './types';

export interface FakeSalesforceOptions {
	/** Shared by tokens, limits, job timing and record timestamps. Default the system clock. */
	clock?: Clock;
	/** The newest API version the org lists (`GET /services/data`). Default `64.0`. */
	apiVersion?: string;
	/** Oldest version answered. Default `50.0`. */
	minApiVersion?: string;
	/** Newest version answered; default any version from minApiVersion up. */
	maxApiVersion?: string;
	/** The connected app. Defaults `fake-client-id` / `fake-client-secret`. */
	clientId?: string;
	clientSecret?: string;
	/** The org's user (JWT `sub`, password grant, client-credentials run-as user). Default `integration.user@fakeorg.example`. */
	username?: string;
	/** Defaults: the Id of a loaded User with that Username, else a fixed fake id. */
	userId?: string;
	userEmail?: string;
	firstName?: string;
	lastName?: string;
	/** More users the OAuth flows accept. */
	additionalUsers?: Array<Partial<OrgUser> & { username: string }>;
	/** 18-character org id; default a fixed fake one. */
	orgId?: string;
	/** Verifies JWT bearer assertions' RS256 signatures when given. */
	jwtPublicKey?: string | KeyObject;
	/** Extra `aud` values accepted besides login/test.salesforce.com and the fake's URL. */
	jwtAudiences?: string[];
	/** Allowed redirect URIs of the authorization code flow (empty = any). */
	redirectUris?: string[];
	/** Password for the username-password grant (off when unset). */
	password?: string;
	/** Run-as user of the client credentials flow (username); default the main user. */
	clientCredentialsUser?: string;
	/** Access token lifetime. Default 2 hours (Salesforce's default session timeout). */
	tokenTtlMs?: number;
	/** `scope` in token responses. Default `api refresh_token id`. */
	scope?: string;
	/** API requests per rolling 24 hours. Default 100,000. */
	dailyApiLimit?: number;
	/** Bulk API 2.0 query jobs per rolling 24 hours. Default 10,000. */
	dailyBulkQueryJobs?: number;
	/** Records per result set without maxRecords. Default 10,000. */
	resultSetSize?: number;
	/** Job-info polls until a job completes. Default 2. */
	pollsToComplete?: number;
	/** Complete jobs this long (clock time) after creation instead of counting polls. */
	completeAfterMs?: number;
	/**
	 * Undocumented CSV details: quote the header row (default true) and end each result set with a
	 * line ending (default true). Turning both off reproduces jsforce's CSV_INVALID_CLOSING_QUOTE.
	 */
	csvQuoteHeader?: boolean;
	csvFinalLineEnding?: boolean;
	/** REST query page size. Default 2,000. */
	restBatchSize?: number;
	/** Open REST query cursors per user. Default 10. */
	maxOpenCursors?: number;
	/** Describe fixtures folder; default ../shared/fixtures/salesforce/describe beside the repo. */
	describeDir?: string;
	port?: number;
	seed?: number;
	log?: Omit<RequestLogOptions, 'clock'>;
}

export interface FakeSalesforce {
	/** `http://127.0.0.1:<port>`: instance URL, login URL and My Domain at once. */
	readonly url: string;
	readonly server: FakeServer;
	readonly auth: TokenAuth;
	readonly rateLimiter: RateLimiter;
	readonly clock: Clock;
	readonly orgId: string;
	readonly user: OrgUser;
	readonly clientId: string;
	readonly clientSecret: string;
	/** Stores records as given (by reference; the fake owns them afterwards). Returns how many. */
	load(objectName: string, records: Iterable<RecordInput>): number;
	/** Creates records as the API would (Id, audit fields, IsDeleted); returns the stored record(s). */
	insert(objectName: string, record: RecordInput, options?: WriteOptions): SfRecord;
	insert(objectName: string, records: RecordInput[], options?: WriteOptions): SfRecord[];
	/** Copy-on-write update; LastModifiedDate/SystemModstamp move to the clock's now unless given. */
	update(objectName: string, id: string, changes: RecordInput, options?: WriteOptions): SfRecord;
	/** Soft delete: IsDeleted = true, into the recycle bin (queryAll and getDeleted see it). */
	delete(objectName: string, id: string, options?: WriteOptions): SfRecord;
	undelete(objectName: string, id: string, options?: WriteOptions): SfRecord;
	/** The current version of a record. */
	get(objectName: string, id: string): SfRecord | undefined;
	/** Records of an object (deleted ones too unless `live`). */
	count(objectName: string, options?: { live?: boolean }): number;
	addCustomField(objectName: string, field: CustomFieldInput): FieldDescribe;
	addCustomObject(describe: CustomObjectInput): SObjectDescribe;
	/** Makes the next job (or the next one whose SOQL matches) end Failed or Aborted. */
	failNextJob(failure?: JobFailure): void;
	/** Every Bulk query job's info. */
	jobs(): Array<Record<string, unknown>>;
	/** A session as the token endpoint returns it (with a refresh token unless told not to). */
	issueToken(options?: { username?: string; refreshToken?: boolean; ttlMs?: number }): TokenResponse;
	/** Expires every access token (refresh tokens stay valid). */
	expireTokens(): void;
	stop(): Promise<void>;
}

const DEFAULT_USERNAME = 'integration.user@fakeorg.example';

export async function startFakeSalesforce(options: FakeSalesforceOptions = {}): Promise<FakeSalesforce> {
	const clock = options.clock ?? systemClock;
	const apiVersion = options.apiVersion ?? '64.0';
	const orgId = options.orgId ?? makeId('00D', 1);
	const clientId = options.clientId ?? 'fake-client-id';
	const clientSecret = options.clientSecret ?? 'fake-client-secret';

	const auth = new TokenAuth({
		clock,
		schemes: ['Bearer', 'OAuth'],
		tokenPrefix: `${orgId.slice(0, 15)}!`,
		unauthorizedResponse: (failure, req) =>
			isIdentityPath(req) ? identityError(failure.reason === 'missing' ? 'Missing_OAuth_Token' : 'Bad_OAuth_Token') : invalidSession(),
	});
	const rateLimiter = apiRateLimiter(options.dailyApiLimit ?? 100_000, clock);
	const server = new FakeServer({
		name: 'salesforce',
		clock,
		auth,
		rateLimiter,
		seed: options.seed,
		port: options.port,
		log: options.log,
		notFound: (req, { allowedMethods }) =>
			allowedMethods.length > 0
				? restError(405, 'METHOD_NOT_ALLOWED', `HTTP Method '${req.method}' not allowed. Allowed are ${allowedMethods.join(',')}`)
				: notFound(),
		internalError: (_req, error) =>
			restError(
				500,
				'UNKNOWN_EXCEPTION',
				`An unexpected error occurred. Please include this ErrorId if you contact support: 1873646257-12345 (${String((error as Error)?.message ?? error)})`,
			),
		invalidJson: (_req, error) => restError(400, 'JSON_PARSER_ERROR', `Unexpected character: ${error.message}`),
	});

	const describes = new DescribeRegistry({ describeDir: options.describeDir, apiVersion });
	const username = options.username ?? DEFAULT_USERNAME;
	// The users' ids are read lazily: a User record loaded later with the same Username lends its Id.
	const userIdCache = new Map<string, { size: number; id?: string }>();
	const loadedUserId = (name: string): string | undefined => {
		const table = store.existingTable('User');
		const cached = userIdCache.get(name);
		if (cached && (cached.id !== undefined || cached.size === (table?.size ?? 0))) return cached.id;
		const wanted = name.toLowerCase();
		const found = table?.rows.find((u) => typeof u.Username === 'string' && u.Username.toLowerCase() === wanted);
		userIdCache.set(name, { size: table?.size ?? 0, id: found?.Id as string | undefined });
		return found?.Id as string | undefined;
	};
	const makeUser = (input: Partial<OrgUser> & { username: string }, fallbackCounter: number): OrgUser => {
		const fixedId = input.userId;
		const [local] = input.username.split('@');
		const [first, ...rest] = local.split(/[._]/);
		return {
			get userId() {
				return fixedId ?? loadedUserId(input.username) ?? makeId('005', fallbackCounter);
			},
			username: input.username,
			email: input.email ?? input.username,
			firstName: input.firstName ?? capitalize(first ?? ''),
			lastName: input.lastName ?? (capitalize(rest.join(' ')) || 'User'),
		};
	};
	const defaultUser = makeUser(
		{ username, userId: options.userId, email: options.userEmail, firstName: options.firstName, lastName: options.lastName },
		1,
	);
	const store = new RecordStore(describes, clock, () => defaultUser.userId);
	const users = new Map<string, OrgUser>([[username.toLowerCase(), defaultUser]]);
	(options.additionalUsers ?? []).forEach((u, i) => users.set(u.username.toLowerCase(), makeUser(u, i + 2)));

	const ctx: FakeSalesforceContext = {
		clock,
		server,
		auth,
		describes,
		store,
		versions: { latest: apiVersion, min: options.minApiVersion ?? '50.0', max: options.maxApiVersion },
		orgId,
		user: (name) => users.get(name.toLowerCase()),
		defaultUser,
	};

	const oauth = new OAuthService(ctx, {
		clientId,
		clientSecret,
		redirectUris: options.redirectUris ?? [],
		jwtPublicKey: options.jwtPublicKey,
		jwtAudiences: options.jwtAudiences ?? [],
		tokenTtlMs: options.tokenTtlMs ?? 2 * 60 * 60 * 1000,
		password: options.password,
		clientCredentialsUser: options.clientCredentialsUser,
		scope: options.scope ?? 'api refresh_token id',
	});
	const bulkQueryJobs = new DailyCounter(options.dailyBulkQueryJobs ?? 10_000, clock);
	const jobs = new BulkQueryJobs(ctx, {
		pollsToComplete: options.pollsToComplete ?? 2,
		completeAfterMs: options.completeAfterMs,
		resultSetSize: options.resultSetSize ?? 10_000,
		dailyJobs: bulkQueryJobs,
		csv: { quoteHeader: options.csvQuoteHeader ?? true, finalLineEnding: options.csvFinalLineEnding ?? true },
	});
	const restQuery = new RestQueryService(ctx, {
		batchSize: options.restBatchSize ?? 2000,
		maxOpenCursors: options.maxOpenCursors ?? 10,
		cursorIdleMs: 15 * 60_000,
	});

	oauth.register();
	jobs.register();
	restQuery.register();
	registerReplicationRoutes(ctx);
	registerSObjectRoutes(ctx, {
		rateLimiter,
		bulkQueryJobs,
		store,
		objectNames: () => describes.all().map((s) => s.name),
	});

	const url = await server.start();

	function insert(objectName: string, input: RecordInput | RecordInput[], writeOptions?: WriteOptions): SfRecord | SfRecord[] {
		return Array.isArray(input)
			? input.map((r) => store.insert(objectName, r, writeOptions))
			: store.insert(objectName, input, writeOptions);
	}

	return {
		url,
		server,
		auth,
		rateLimiter,
		clock,
		orgId,
		user: defaultUser,
		clientId,
		clientSecret,
		load: (objectName, records) => store.load(objectName, records),
		insert: insert as FakeSalesforce['insert'],
		update: (objectName, id, changes, o) => store.update(objectName, id, changes, o),
		delete: (objectName, id, o) => store.delete(objectName, id, o),
		undelete: (objectName, id, o) => store.undelete(objectName, id, o),
		get: (objectName, id) => store.existingTable(objectName)?.get(id),
		count: (objectName, o) => {
			const rows = store.existingTable(objectName)?.rows ?? [];
			return o?.live ? rows.filter((r) => r.IsDeleted !== true).length : rows.length;
		},
		addCustomField: (objectName, field) => describes.addCustomField(objectName, field),
		addCustomObject: (describe) => describes.addCustomObject(describe),
		failNextJob: (failure) => jobs.failNextJob(failure),
		jobs: () => jobs.all(),
		issueToken: (o = {}) => {
			const user = o.username ? ctx.user(o.username) : defaultUser;
			if (!user) throw new Error(`Unknown user ${o.username}`);
			return oauth.issue(user, { refreshToken: o.refreshToken, ttlMs: o.ttlMs });
		},
		expireTokens: () => auth.expireAll(),
		stop: () => server.stop(),
	};
}

function isIdentityPath(req: FakeRequest): boolean {
	return req.path.startsWith('/services/oauth2/userinfo') || req.path.startsWith('/id/');
}

function capitalize(text: string): string {
	return text.replace(/\b\w/g, (c) => c.toUpperCase());
}

