/**
 * The facade: `const hs = await startFakeHubSpot({...})` starts a fake HubSpot portal on
 * 127.0.0.1 and returns its URL (give it to @hubspot/api-client as `basePath`), the FakeServer
 * (log, faults) and the methods tests use to set it up and inspect it.
 */
import { randomUUID } from 'node:crypto';
import {
	FakeServer,
	SeededRandom,
	systemClock,
	type Clock,
	type RateLimiter,
	type RateLimitState,
	type RequestLogOptions,
} from '../common';
import { registerAccountRoutes } from './account';
import { AssociationDefinitions } from './associations/definitions';
import { registerAssociationRoutes } from './associations/routes';
import { AssociationStore, type AssociationEdge } from './associations/store';
import {
	HubSpotAuth,
	type OAuthAppOptions,
	type OAuthTokenResponse,
	type PrivateAppTokenOptions,
} from './auth';
import type { HubSpotContext, HubSpotSettings } from './context';
import { errorResponse, HubSpotError } from './errors';
import { registerLegacyContactRoutes } from './legacyContacts';
import { registerBatchRoutes } from './objects/batch';
import { ObjectStore, type HsRecord } from './objects/records';
import { registerSearchRoute } from './objects/search';
import { registerSingleRoutes } from './objects/single';
import { WritePlanner } from './objects/write';
import { ObjectTypeRegistry, type ObjectTypeDef } from './objectTypes';
import { OwnerStore, type Owner, type OwnerInput } from './owners';
import { PipelineStore, type Pipeline, type PipelineInput } from './pipelines';
import type { PropertyDefinition } from './properties/definition';
import { PropertyRegistry, type PropertyCreate } from './properties/registry';
import { registerPropertyRoutes } from './properties/routes';
import { HubSpotRateLimiter, searchRateLimiter } from './rateLimits';
import { createSchema, registerSchemaRoutes, renderSchema, type SchemaInput } from './schemas';

export interface FakeHubSpotSeed {
	owners?: OwnerInput[];
	/** By object type (`deals`, `tickets`, `0-3`, a custom object): replaces the default pipelines. */
	pipelines?: Record<string, PipelineInput[]>;
	customObjects?: SchemaInput[];
	/** Extra properties by object type. */
	properties?: Record<string, PropertyCreate[]>;
	/** Records by object type, validated as the API would validate them. */
	records?: Record<string, Array<Record<string, unknown>>>;
}

export interface FakeHubSpotOptions {
	/** Shared by tokens, rate limits, timestamps and search lag. Default the system clock. */
	clock?: Clock;
	/** Default 24681357. */
	portalId?: number;
	/** Private apps, requests per rolling 10 s. Default 190 (Professional/Enterprise); 100 for Free/Starter. */
	tenSecondlyLimit?: number;
	/** Private apps, requests per day (resets at midnight UTC). Default 1,000,000. */
	dailyLimit?: number;
	/** OAuth apps, requests per rolling 10 s (no daily limit). Default 100. */
	oauthTenSecondlyLimit?: number;
	/** CRM search requests per second per token. Default 4. */
	searchPerSecond?: number;
	/** Clock time before a write shows in search. Default 2,000 ms. */
	searchLagMs?: number;
	/** Refused (429) requests use up budget too. Default false. */
	countRateLimited?: boolean;
	/** Add `Retry-After` to 429s (HubSpot documents none). Default false. */
	retryAfterHeader?: boolean;
	/** Private-app tokens to accept. Default: one generated token (`hs.token`). */
	privateAppTokens?: Array<string | ({ token: string } & PrivateAppTokenOptions)>;
	/** Turns on the OAuth endpoints for this app. */
	oauth?: OAuthAppOptions;
	/** 207 with per-record errors (default), or one 400 for the whole batch. */
	batchErrors?: HubSpotSettings['batchErrors'];
	/** Default 100. */
	maxBatchInputs?: number;
	/** Default 100. */
	maxAssociationBatchInputs?: number;
	/** Default true. */
	associationIdsAsNumbers?: boolean;
	/** Default false. */
	shuffleBatchResults?: boolean;
	/** Default false: batch update by contact email fails as on HubSpot. */
	allowBatchUpdateByEmail?: boolean;
	/** Id of the first record created. Default 1001. */
	firstObjectId?: number;
	seed?: FakeHubSpotSeed;
	/** Seed of probabilistic faults and shuffled results. Default 1. */
	randomSeed?: number;
	port?: number;
	log?: Omit<RequestLogOptions, 'clock'>;
}

/** Read access to one type's records, plus fast loading for big fixtures. */
export interface FakeObjects {
	readonly type: ObjectTypeDef;
	/** Live records (archived ones too with `{archived: true}`). */
	count(options?: { archived?: boolean }): number;
	get(id: string): HsRecord | undefined;
	/** The live record with this value: through the unique index when there is one, else a scan. */
	find(property: string, value: string): HsRecord | undefined;
	findAll(property: string, value: string): HsRecord[];
	/** Live records in creation order. */
	all(): HsRecord[];
	/** Creates a record as `POST /crm/v3/objects/{type}` would (validated); throws HubSpotError. */
	insert(properties: Record<string, unknown>): HsRecord;
	/**
	 * Stores records without validation (the property objects are kept by reference, not copied):
	 * for million-record fixtures. Returns how many were stored.
	 */
	load(records: Iterable<Record<string, string>>, options?: { createdAt?: number }): number;
	archive(id: string): void;
}

export interface FakeHubSpot {
	/** `http://127.0.0.1:<port>`: the `basePath` for @hubspot/api-client. */
	readonly url: string;
	readonly server: FakeServer;
	readonly clock: Clock;
	readonly portalId: number;
	/** The first private-app token. */
	readonly token: string;
	readonly auth: HubSpotAuth;
	readonly rateLimiter: HubSpotRateLimiter;
	readonly searchRateLimiter: RateLimiter;
	readonly context: HubSpotContext;
	/** Adds a private-app token (generated when omitted). */
	addToken(token?: string, options?: PrivateAppTokenOptions): string;
	issueOAuthToken(options?: { scopes?: string[]; ttlMs?: number }): OAuthTokenResponse;
	issueAuthorizationCode(options?: { redirectUri?: string; scopes?: string[] }): string;
	/** Every access token (private-app and OAuth) answers 401 EXPIRED_AUTHENTICATION from now on. */
	expireTokens(): void;
	objects(type: string): FakeObjects;
	properties(type: string): {
		get(name: string): PropertyDefinition | undefined;
		list(): PropertyDefinition[];
	};
	/** Associations from one type to another (of one record when `id` is given). */
	associations(from: string, to: string, id?: string): AssociationEdge[];
	addCustomObject(schema: SchemaInput): ReturnType<typeof renderSchema>;
	addProperty(type: string, property: PropertyCreate): PropertyDefinition;
	setOwners(owners: OwnerInput[]): Owner[];
	setPipelines(type: string, pipelines: PipelineInput[]): Pipeline[];
	setSearchLag(ms: number): void;
	/** The rate-limit bucket of a token's app. */
	rateLimitState(token?: string): RateLimitState;
	stop(): Promise<void>;
}

export async function startFakeHubSpot(options: FakeHubSpotOptions = {}): Promise<FakeHubSpot> {
	const clock = options.clock ?? systemClock;
	const portalId = options.portalId ?? 24_681_357;
	const settings: HubSpotSettings = {
		portalId,
		maxBatchInputs: options.maxBatchInputs ?? 100,
		maxAssociationBatchInputs: options.maxAssociationBatchInputs ?? 100,
		batchErrors: options.batchErrors ?? 'multiStatus',
		searchLagMs: options.searchLagMs ?? 2000,
		associationIdsAsNumbers: options.associationIdsAsNumbers ?? true,
		shuffleBatchResults: options.shuffleBatchResults ?? false,
		maxStringLength: 65_536,
		allowBatchUpdateByEmail: options.allowBatchUpdateByEmail ?? false,
	};

	const auth = new HubSpotAuth(
		clock,
		portalId,
		{ id: 9_000_001, email: 'ada.admin@fakeportal.example' },
		options.oauth,
	);
	const rateSettings = {
		clock,
		tenSecondly: options.tenSecondlyLimit ?? 190,
		daily: options.dailyLimit ?? 1_000_000,
		oauthTenSecondly: options.oauthTenSecondlyLimit ?? 100,
		searchPerSecond: options.searchPerSecond ?? 4,
		countLimited: options.countRateLimited ?? false,
		retryAfter: options.retryAfterHeader ?? false,
	};
	const rateLimiter = new HubSpotRateLimiter(rateSettings, auth);
	const searchLimiter = searchRateLimiter(rateSettings);

	const server = new FakeServer({
		name: 'hubspot',
		clock,
		auth: auth.tokens,
		rateLimiter,
		seed: options.randomSeed,
		port: options.port,
		log: options.log,
		defaultHeaders: () => ({ 'X-HubSpot-Correlation-Id': randomUUID() }),
		notFound: (req, { allowedMethods }) =>
			allowedMethods.length > 0
				? errorResponse(
						405,
						'VALIDATION_ERROR',
						`HTTP method ${req.method} is not supported by this resource`,
					)
				: errorResponse(404, 'OBJECT_NOT_FOUND', 'resource not found'),
		internalError: (_req, error) =>
			errorResponse(
				500,
				'INTERNAL_ERROR',
				`internal error: ${String((error as Error)?.message ?? error)}`,
			),
		invalidJson: (_req, error) =>
			errorResponse(
				400,
				'VALIDATION_ERROR',
				`Invalid input JSON on line 1, column 1: ${error.message}`,
			),
		payloadTooLarge: (_req, limit) =>
			errorResponse(413, 'VALIDATION_ERROR', `Request body exceeds ${limit} bytes`),
	});

	const types = new ObjectTypeRegistry(portalId, 7_000_000);
	const pipelines = new PipelineStore(() => clock.now());
	const owners = new OwnerStore(() => clock.now());
	const associations = new AssociationStore(new AssociationDefinitions());
	const stores = new Map<string, ObjectStore>();
	const store = (type: ObjectTypeDef): ObjectStore => {
		let found = stores.get(type.objectTypeId);
		if (!found)
			stores.set(type.objectTypeId, (found = new ObjectStore(type, () => settings.searchLagMs)));
		return found;
	};
	const properties = new PropertyRegistry(
		pipelines,
		() => clock.now(),
		(type, name) => store(type).indexUnique(name),
	);
	let nextObjectId = options.firstObjectId ?? 1001;

	const ctx: HubSpotContext = {
		clock,
		server,
		random: new SeededRandom(options.randomSeed ?? 1),
		settings,
		auth,
		types,
		pipelines,
		associations,
		owners,
		properties,
		portalId,
		maxStringLength: settings.maxStringLength,
		store,
		nextId: () => String(nextObjectId++),
	};
	for (const type of types.all()) properties.initType(type);

	const tokens = (options.privateAppTokens ?? [{ token: `pat-na1-${randomUUID()}` }]).map(
		(entry) =>
			typeof entry === 'string'
				? auth.addPrivateAppToken(entry)
				: auth.addPrivateAppToken(entry.token, entry),
	);

	auth.register(server);
	registerAccountRoutes(ctx, rateLimiter);
	registerSchemaRoutes(ctx);
	registerPropertyRoutes(ctx);
	registerBatchRoutes(ctx);
	registerSearchRoute(ctx, searchLimiter);
	registerSingleRoutes(ctx);
	registerAssociationRoutes(ctx);
	owners.register(server);
	pipelines.register(server, types);
	registerLegacyContactRoutes(ctx);

	const objects = (typeName: string): FakeObjects => {
		const type = types.resolve(typeName);
		const records = store(type);
		const live = () => [...records.values()].filter((r) => !r.archived);
		const findAll = (property: string, value: string) =>
			live().filter(
				(r) =>
					r.properties[property] !== undefined &&
					records.normalise(property, r.properties[property]) ===
						records.normalise(property, value),
			);
		return {
			type,
			count: (o) => {
				let n = 0;
				for (const r of records.values()) if (o?.archived ? r.archived : !r.archived) n++;
				return n;
			},
			get: (id) => records.get(id),
			find: (property, value) =>
				records.isUnique(property)
					? records.getByUnique(property, value)
					: findAll(property, value)[0],
			findAll,
			all: live,
			insert: (input) => {
				const planner = new WritePlanner(ctx, type);
				const plan = planner.plan(undefined, input);
				if (!plan.ok) throw plan.error;
				return planner.apply(plan).record;
			},
			load: (inputs, o) => {
				let n = 0;
				const at = o?.createdAt ?? clock.now();
				for (const input of inputs) {
					records.insert({
						id: ctx.nextId(),
						properties: input,
						createdAt: at,
						updatedAt: at,
						archived: false,
						archivedAt: undefined,
					});
					n++;
				}
				return n;
			},
			archive: (id) => void records.archive(id, clock.now()),
		};
	};

	const seed = options.seed ?? {};
	if (seed.owners) owners.set(seed.owners);
	for (const schema of seed.customObjects ?? []) createSchema(ctx, schema);
	for (const [typeName, list] of Object.entries(seed.pipelines ?? {}))
		pipelines.set(types.resolve(typeName).objectTypeId, list);
	for (const [typeName, list] of Object.entries(seed.properties ?? {})) {
		for (const property of list) properties.create(types.resolve(typeName), property);
	}
	for (const [typeName, list] of Object.entries(seed.records ?? {})) {
		const view = objects(typeName);
		for (const record of list) view.insert(record);
	}

	const url = await server.start();

	return {
		url,
		server,
		clock,
		portalId,
		token: tokens[0],
		auth,
		rateLimiter,
		searchRateLimiter: searchLimiter,
		context: ctx,
		addToken: (token, o) => auth.addPrivateAppToken(token, o),
		issueOAuthToken: (o) => auth.issueOAuthToken(o),
		issueAuthorizationCode: (o) => auth.issueAuthorizationCode(o),
		expireTokens: () => auth.expireAll(),
		objects,
		properties: (typeName) => {
			const type = types.resolve(typeName);
			return {
				get: (name) =>
					properties.get(type, name) &&
					properties.render(type, properties.get(type, name) as PropertyDefinition),
				list: () => properties.list(type).map((d) => properties.render(type, d)),
			};
		},
		associations: (from, to, id) => {
			const fromType = types.resolve(from).objectTypeId;
			const toType = types.resolve(to).objectTypeId;
			return id === undefined
				? associations.all(fromType, toType)
				: associations.list(fromType, id, toType);
		},
		addCustomObject: (schema) => renderSchema(ctx, createSchema(ctx, schema)),
		addProperty: (typeName, property) => properties.create(types.resolve(typeName), property),
		setOwners: (list) => owners.set(list),
		setPipelines: (typeName, list) => pipelines.set(types.resolve(typeName).objectTypeId, list),
		setSearchLag: (ms) => {
			settings.searchLagMs = ms;
		},
		rateLimitState: (token) => {
			const issued = auth.tokens.lookup(token ?? tokens[0]);
			if (!issued) throw new HubSpotError(401, 'INVALID_AUTHENTICATION', 'unknown token');
			return rateLimiter.state(
				`${issued.data.kind === 'oauth' ? 'oauth' : 'private'}:${String(issued.data.appId)}`,
			);
		},
		stop: () => server.stop(),
	};
}
