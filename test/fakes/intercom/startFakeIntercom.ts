/**
 * `startFakeIntercom()`: an Intercom workspace (REST API 2.11) over real HTTP on 127.0.0.1, for
 * intercom-client 7.0.3 (`new IntercomClient({token, baseUrl: fake.url})`), raw `fetch`, our
 * nodes and n8n's built-in Intercom node. See README.md.
 */
import {
	FakeServer,
	SeededRandom,
	systemClock,
	type Clock,
	type RateLimitState,
	type RequestLogOptions,
} from '../common';
import {
	DEFAULT_ADMINS,
	AdminStore,
	registerAdminRoutes,
	renderAdmin,
	type AdminInput,
} from './admins';
import { createTokenAuth, generateAccessToken } from './auth';
import { registerContactCompanyRoutes } from './companies/contactCompanies';
import { renderCompany, type RenderedCompany } from './companies/present';
import { registerCompanyRoutes } from './companies/routes';
import { CompanyStore } from './companies/store';
import { createOrUpdateCompany } from './companies/write';
import { renderContact, type RenderedContact } from './contacts/present';
import { registerContactRoutes } from './contacts/routes';
import { ContactStore, type ContactRecord } from './contacts/store';
import { planContactCreate } from './contacts/write';
import type { IntercomContext, IntercomSettings } from './context';
import {
	DataAttributeRegistry,
	renderDataAttribute,
	type DataAttributeInput,
	type DataModel,
} from './dataAttributes/registry';
import { registerDataAttributeRoutes } from './dataAttributes/routes';
import { errorResponse } from './errors';
import { IdFactory } from './ids';
import { registerLegacyUserRoutes } from './legacyUsers';
import { Memberships } from './memberships';
import { NoteStore, registerNoteRoutes, renderNote } from './notes';
import { IntercomRateLimiter } from './rateLimits';
import { requestIdOf } from './requestIds';
import { renderTicket, type RenderedTicket } from './tickets/present';
import { registerTicketRoutes } from './tickets/routes';
import { TicketStore } from './tickets/store';
import {
	registerTicketTypeRoutes,
	renderTicketType,
	TicketTypeStore,
	type TicketTypeInput,
} from './tickets/ticketTypes';
import { toSeconds } from './time';

export interface FakeIntercomSeed {
	/** Replaces the two default admins; the first one is the tokens' admin (`/me`). */
	admins?: AdminInput[];
	dataAttributes?: DataAttributeInput[];
	ticketTypes?: TicketTypeInput[];
	/** `POST /companies` bodies. */
	companies?: Array<Record<string, unknown>>;
	/**
	 * `POST /contacts` bodies, checked the same way, plus `companies: [company_id, ...]` to attach.
	 * Seeded contacts are searchable at once.
	 */
	contacts?: Array<Record<string, unknown>>;
}

export interface FakeIntercomOptions {
	/** Tokens, rate windows, timestamps, search lag. Default: the system clock. */
	clock?: Clock;
	/** Per app (access token), requests per minute; enforced per 10 s (10,000 → 1,667). Default 10,000. */
	perMinute?: number;
	/** All tokens together, requests per minute. Default 25,000. */
	workspacePerMinute?: number;
	/** Clock time before a created or updated contact / ticket shows in search. Default 60,000 ms. */
	searchLagMs?: number;
	/** Accepted access tokens. Default: one generated token (`fake.token`). */
	tokens?: string[];
	/** `US` (default), `EU` or `AU`: reported by `/me`, nothing else changes. */
	region?: string;
	/** Default `fk8ws2xq`. */
	workspaceId?: string;
	seed?: FakeIntercomSeed;
	/** Seeds probabilistic faults and generated ids. Default 1. */
	randomSeed?: number;
	port?: number;
	log?: Omit<RequestLogOptions, 'clock'>;
	maxBodyBytes?: number;
}

export type FakeContactView = RenderedContact & { archived: boolean };

export interface FakeIntercom {
	/** `http://127.0.0.1:<port>`: the `baseUrl` for intercom-client. */
	readonly url: string;
	/** The first access token. */
	readonly token: string;
	readonly server: FakeServer;
	readonly clock: Clock;
	readonly workspaceId: string;
	readonly rateLimiter: IntercomRateLimiter;
	/** Everything, for white-box tests. */
	readonly context: IntercomContext;
	/** Contacts as `GET /contacts/{id}` shows them, plus whether they are archived. */
	readonly contacts: {
		/** Contacts in the store, archived ones included unless filtered. */
		count(filter?: { role?: 'user' | 'lead'; archived?: boolean }): number;
		get(id: string): FakeContactView | undefined;
		byExternalId(externalId: string): FakeContactView | undefined;
		/** The user with this email, else a lead with it (case-insensitive). */
		byEmail(email: string): FakeContactView | undefined;
		all(): FakeContactView[];
	};
	readonly companies: {
		count(): number;
		get(id: string): RenderedCompany | undefined;
		byCompanyId(companyId: string): RenderedCompany | undefined;
		all(): RenderedCompany[];
	};
	readonly tickets: {
		count(): number;
		get(id: string): RenderedTicket | undefined;
		all(): RenderedTicket[];
	};
	readonly notes: {
		count(): number;
		/** Newest first. */
		forContact(contactId: string): Array<ReturnType<typeof renderNote>>;
	};
	readonly dataAttributes: {
		list(
			model?: DataModel,
			options?: { includeArchived?: boolean },
		): Array<ReturnType<typeof renderDataAttribute>>;
		/** The live custom attribute with this name. */
		get(model: DataModel, name: string): ReturnType<typeof renderDataAttribute> | undefined;
	};
	readonly admins: {
		all(): Array<ReturnType<typeof renderAdmin>>;
		me(): ReturnType<typeof renderAdmin>;
	};
	/** Same checks as `POST /data_attributes`; throws IntercomError. */
	addDataAttribute(input: DataAttributeInput): ReturnType<typeof renderDataAttribute>;
	/** A ticket type with its attributes, as `POST /ticket_types` + `POST /ticket_types/{id}/attributes`. */
	addTicketType(input: TicketTypeInput): ReturnType<typeof renderTicketType>;
	/** Another accepted access token (its own app bucket); generated when omitted. */
	addToken(token?: string): string;
	/** Every token answers 401 from now on. */
	expireTokens(): void;
	revokeToken(token: string): void;
	setSearchLag(ms: number): void;
	/** The app bucket of a token (default: the first) and the workspace bucket. */
	rateLimitState(token?: string): { app: RateLimitState; workspace: RateLimitState };
	stop(): Promise<void>;
}

export async function startFakeIntercom(options: FakeIntercomOptions = {}): Promise<FakeIntercom> {
	const clock = options.clock ?? systemClock;
	const seed = options.seed ?? {};
	const settings: IntercomSettings = {
		searchLagMs: options.searchLagMs ?? 60_000,
		workspaceId: options.workspaceId ?? 'fk8ws2xq',
		region: options.region ?? 'US',
		appName: 'Fake Intercom',
		appCreatedAt: toSeconds(clock.now()),
	};
	const auth = createTokenAuth(clock);
	const rateLimiter = new IntercomRateLimiter({
		clock,
		perMinute: options.perMinute ?? 10_000,
		workspacePerMinute: options.workspacePerMinute ?? 25_000,
	});
	const server = new FakeServer({
		name: 'intercom',
		clock,
		auth,
		rateLimiter,
		seed: options.randomSeed,
		port: options.port,
		log: options.log,
		maxBodyBytes: options.maxBodyBytes,
		defaultHeaders: (req) => ({
			'Content-Type': 'application/json; charset=utf-8',
			'X-Request-Id': requestIdOf(req),
		}),
		notFound: (req) => errorResponse(404, 'not_found', 'Resource Not Found', req),
		internalError: (req) => errorResponse(500, 'server_error', 'Server Error', req),
		invalidJson: (req, error) =>
			errorResponse(
				400,
				'bad_request',
				`There was a problem in the JSON you submitted: ${error.message}`,
				req,
			),
		payloadTooLarge: (req, limit) =>
			errorResponse(413, 'request_too_large', `The request body exceeds ${limit} bytes`, req),
	});

	const ids = new IdFactory(clock, new SeededRandom(options.randomSeed ?? 1));
	const nowSeconds = () => toSeconds(clock.now());
	const admins = new AdminStore(seed.admins ?? DEFAULT_ADMINS);
	const ctx: IntercomContext = {
		clock,
		server,
		settings,
		ids,
		admins,
		dataAttributes: new DataAttributeRegistry(ids, nowSeconds, () => admins.me().id),
		contacts: new ContactStore(() => settings.searchLagMs),
		companies: new CompanyStore(),
		memberships: new Memberships(),
		notes: new NoteStore(),
		ticketTypes: new TicketTypeStore(() => ctx),
		tickets: new TicketStore(() => settings.searchLagMs),
		nowSeconds,
	};

	registerAdminRoutes(ctx);
	registerDataAttributeRoutes(ctx);
	// Contacts first: `/contacts/find_by_external_id/:externalId` must win over `/contacts/:id/…`.
	registerContactRoutes(ctx);
	registerContactCompanyRoutes(ctx);
	registerNoteRoutes(ctx);
	registerCompanyRoutes(ctx);
	registerTicketTypeRoutes(ctx);
	registerTicketRoutes(ctx);
	registerLegacyUserRoutes(ctx);

	const tokens = (options.tokens ?? [generateAccessToken()]).map((t) => auth.addStatic(t));

	const addTicketType = (input: TicketTypeInput) => {
		const { attributes = [], ...type } = input;
		const created = ctx.ticketTypes.create({ ...type });
		for (const attribute of attributes) ctx.ticketTypes.addAttribute(created.id, attribute);
		return renderTicketType(ctx, ctx.ticketTypes.get(created.id) ?? created);
	};
	for (const attribute of seed.dataAttributes ?? []) ctx.dataAttributes.create({ ...attribute });
	for (const type of seed.ticketTypes ?? []) addTicketType(type);
	for (const company of seed.companies ?? []) createOrUpdateCompany(ctx, company);
	for (const input of seed.contacts ?? []) seedContact(ctx, input);

	const url = await server.start();
	const view = (c: ContactRecord): FakeContactView => ({
		...renderContact(ctx, c),
		archived: c.archived,
	});
	const contactView = (c: ContactRecord | undefined) => (c ? view(c) : undefined);

	return {
		url,
		token: tokens[0],
		server,
		clock,
		workspaceId: settings.workspaceId,
		rateLimiter,
		context: ctx,
		contacts: {
			count: (filter) => {
				let n = 0;
				for (const c of ctx.contacts.values()) {
					if (filter?.role !== undefined && c.role !== filter.role) continue;
					if (filter?.archived !== undefined && c.archived !== filter.archived) continue;
					n++;
				}
				return n;
			},
			get: (id) => contactView(ctx.contacts.get(id)),
			byExternalId: (externalId) => contactView(ctx.contacts.byExternalId(externalId)),
			byEmail: (email) => contactView(ctx.contacts.anyByEmail(email)),
			all: () => [...ctx.contacts.values()].map(view),
		},
		companies: {
			count: () => ctx.companies.size,
			get: (id) => {
				const c = ctx.companies.get(id);
				return c && renderCompany(ctx, c);
			},
			byCompanyId: (companyId) => {
				const c = ctx.companies.byCompanyId(companyId);
				return c && renderCompany(ctx, c);
			},
			all: () => ctx.companies.values().map((c) => renderCompany(ctx, c)),
		},
		tickets: {
			count: () => ctx.tickets.size,
			get: (id) => {
				const t = ctx.tickets.get(id);
				return t && renderTicket(ctx, t);
			},
			all: () => [...ctx.tickets.values()].map((t) => renderTicket(ctx, t)),
		},
		notes: {
			count: () => ctx.notes.size,
			forContact: (contactId) => ctx.notes.forContact(contactId).map((n) => renderNote(ctx, n)),
		},
		dataAttributes: {
			list: (model, o) =>
				ctx.dataAttributes.list(model, o?.includeArchived).map(renderDataAttribute),
			get: (model, name) => {
				const attr = ctx.dataAttributes.liveCustom(model, name);
				return attr && renderDataAttribute(attr);
			},
		},
		admins: {
			all: () => admins.all().map((a) => renderAdmin(a)),
			me: () => renderAdmin(admins.me()),
		},
		addDataAttribute: (input) => renderDataAttribute(ctx.dataAttributes.create({ ...input })),
		addTicketType,
		addToken: (token) => auth.addStatic(token ?? generateAccessToken()),
		expireTokens: () => auth.expireAll(),
		revokeToken: (token) => auth.revoke(token),
		setSearchLag: (ms) => {
			settings.searchLagMs = ms;
		},
		rateLimitState: (token) => ({
			app: rateLimiter.state(token ?? tokens[0]),
			workspace: rateLimiter.workspaceState(),
		}),
		stop: () => server.stop(),
	};
}

/** A seeded contact is stored as if written long ago: searchable at once. */
function seedContact(ctx: IntercomContext, input: Record<string, unknown>): void {
	const { companies, ...body } = input;
	const record = { ...planContactCreate(ctx, body), writtenAt: Number.NEGATIVE_INFINITY };
	ctx.contacts.insert(record, ctx.clock.now());
	ctx.contacts.visibility.forget(record.id);
	for (const companyId of (companies as string[] | undefined) ?? []) {
		const company = ctx.companies.byCompanyId(String(companyId));
		if (!company)
			throw new Error(`Intercom fake seed: no company with company_id ${String(companyId)}`);
		ctx.memberships.attach(record.id, company.id);
	}
}
