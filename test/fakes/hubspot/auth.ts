/**
 * Authentication: private-app tokens (static bearer tokens a test configures) and OAuth 2.0
 * (`POST /oauth/v1/token` with the authorization_code and refresh_token grants, access tokens
 * that expire, `GET /oauth/authorize` for browser-style flows), token introspection
 * (`GET /oauth/v1/access-tokens/{token}`, `…/refresh-tokens/{token}`,
 * `POST /oauth/v2/private-apps/get/access-token-info`) and HubSpot's 401 bodies:
 * INVALID_AUTHENTICATION "Authentication credentials not found…" for a missing or unknown token,
 * EXPIRED_AUTHENTICATION "The OAuth token used to make this call expired N unit(s) ago." with
 * `context["expire time"]` for an expired one.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
	TokenAuth,
	type Clock,
	type FakeRequest,
	type FakeServer,
	type IssuedToken,
} from '../common';
import { errorResponse, oauthError, unauthorizedBody } from './errors';
import { addRoute, json, queryString } from './http';

export interface PrivateAppTokenOptions {
	/** Tokens of the same app share one rate-limit bucket. Default: a new app per token. */
	appId?: number;
	/** When given, endpoints answer 403 MISSING_SCOPES for scopes not in the list. */
	scopes?: string[];
}

export interface OAuthAppOptions {
	clientId: string;
	clientSecret: string;
	appId?: number;
	/** Allowed redirect URIs (empty: any). */
	redirectUris?: string[];
	/** Access token lifetime; HubSpot's is 30 minutes. */
	accessTokenTtlMs?: number;
	/** Scopes granted to issued tokens; when given they are enforced. */
	scopes?: string[];
}

export interface OAuthTokenResponse {
	token_type: 'bearer';
	refresh_token: string;
	access_token: string;
	expires_in: number;
}

/** What the rate limiter keys on: the app (and whether it is a private or an OAuth app). */
export interface AppIdentity {
	kind: 'private' | 'oauth';
	appId: number;
}

interface RefreshToken {
	token: string;
	scopes: string[];
	enforceScopes: boolean;
}

interface AuthorizationCode {
	redirectUri?: string;
	scopes: string[];
	enforceScopes: boolean;
	expiresAt: number;
}

const AUTH_CODE_TTL_MS = 10 * 60_000;

/** Scopes of tokens issued without an explicit list (not enforced). */
export const DEFAULT_SCOPES = [
	'oauth',
	'crm.objects.contacts.read',
	'crm.objects.contacts.write',
	'crm.objects.companies.read',
	'crm.objects.companies.write',
	'crm.objects.deals.read',
	'crm.objects.deals.write',
	'crm.objects.custom.read',
	'crm.objects.custom.write',
	'crm.objects.owners.read',
	'crm.schemas.contacts.read',
	'crm.schemas.contacts.write',
	'crm.schemas.companies.read',
	'crm.schemas.companies.write',
	'crm.schemas.deals.read',
	'crm.schemas.deals.write',
	'crm.schemas.custom.read',
	'crm.schemas.custom.write',
	'tickets',
];

export class HubSpotAuth {
	readonly tokens: TokenAuth;
	readonly oauthApp?: Required<Omit<OAuthAppOptions, 'scopes'>> & { scopes?: string[] };
	private readonly refreshTokens = new Map<string, RefreshToken>();
	private readonly codes = new Map<string, AuthorizationCode>();
	private nextAppId = 1_000_001;

	constructor(
		private readonly clock: Clock,
		private readonly portalId: number,
		private readonly user: { id: number; email: string },
		oauth?: OAuthAppOptions,
	) {
		this.tokens = new TokenAuth({
			clock,
			unauthorizedResponse: (failure) =>
				failure.reason === 'expired'
					? unauthorizedBody('expired', failure.token?.expiresAt ?? clock.now(), clock.now())
					: unauthorizedBody('missing'),
		});
		if (oauth) {
			this.oauthApp = {
				clientId: oauth.clientId,
				clientSecret: oauth.clientSecret,
				appId: oauth.appId ?? this.nextAppId++,
				redirectUris: oauth.redirectUris ?? [],
				accessTokenTtlMs: oauth.accessTokenTtlMs ?? 30 * 60_000,
				scopes: oauth.scopes,
			};
		}
	}

	/** Registers a private-app token (generated as `pat-na1-<uuid>` when not given). */
	addPrivateAppToken(token?: string, options: PrivateAppTokenOptions = {}): string {
		const value = token ?? `pat-na1-${randomUUID()}`;
		return this.tokens.addStatic(value, {
			scope: options.scopes ?? DEFAULT_SCOPES,
			data: {
				kind: 'private',
				appId: options.appId ?? this.nextAppId++,
				enforceScopes: options.scopes !== undefined,
				hubId: this.portalId,
				userId: this.user.id,
			},
		});
	}

	/** An OAuth session as `POST /oauth/v1/token` returns it. */
	issueOAuthToken(
		options: { scopes?: string[]; ttlMs?: number; refreshToken?: string } = {},
	): OAuthTokenResponse {
		const app = this.requireOAuth();
		const scopes = options.scopes ?? app.scopes ?? DEFAULT_SCOPES;
		const enforceScopes = options.scopes !== undefined || app.scopes !== undefined;
		const ttlMs = options.ttlMs ?? app.accessTokenTtlMs;
		const refreshToken = options.refreshToken ?? `na1-${randomUUID().slice(0, 4)}-${randomUUID()}`;
		this.refreshTokens.set(refreshToken, { token: refreshToken, scopes, enforceScopes });
		const accessToken = this.tokens.issue({
			token: `CO${randomBytes(36).toString('base64url')}`,
			ttlMs,
			scope: scopes,
			data: {
				kind: 'oauth',
				appId: app.appId,
				enforceScopes,
				hubId: this.portalId,
				userId: this.user.id,
			},
		});
		return {
			token_type: 'bearer',
			refresh_token: refreshToken,
			access_token: accessToken,
			expires_in: Math.round(ttlMs / 1000),
		};
	}

	/** A code for the authorization_code grant (what HubSpot's consent screen redirects with). */
	issueAuthorizationCode(options: { redirectUri?: string; scopes?: string[] } = {}): string {
		const code = randomUUID();
		this.codes.set(code, {
			redirectUri: options.redirectUri,
			scopes: options.scopes ?? this.oauthApp?.scopes ?? DEFAULT_SCOPES,
			enforceScopes: options.scopes !== undefined || this.oauthApp?.scopes !== undefined,
			expiresAt: this.clock.now() + AUTH_CODE_TTL_MS,
		});
		return code;
	}

	/** Access tokens (OAuth and private-app) stop working; refresh tokens stay valid. */
	expireAll(): void {
		this.tokens.expireAll();
	}

	/** The app a request's bearer token belongs to (also for requests not yet authenticated). */
	appOf(req: FakeRequest): AppIdentity | undefined {
		const token = req.auth ?? this.lookupBearer(req);
		if (!token) return undefined;
		return {
			kind: token.data.kind === 'oauth' ? 'oauth' : 'private',
			appId: Number(token.data.appId),
		};
	}

	register(server: FakeServer): void {
		const open = { skipAuth: true, skipRateLimit: true };
		addRoute(server, 'POST', '/oauth/v1/token', (req) => this.token(req), open);
		addRoute(server, 'GET', '/oauth/authorize', (req) => this.authorize(req), open);
		addRoute(
			server,
			'GET',
			'/oauth/v1/access-tokens/:token',
			(req) => {
				const token = this.tokens.lookup(req.params.token);
				const now = this.clock.now();
				if (
					!token ||
					token.data.kind !== 'oauth' ||
					(token.expiresAt !== undefined && token.expiresAt <= now)
				) {
					return errorResponse(404, 'OBJECT_NOT_FOUND', 'Token not found');
				}
				return json(200, {
					token: token.token,
					user: this.user.email,
					hub_domain: `portal-${this.portalId}.hubspot.example`,
					scopes: token.scopes,
					scope_to_scope_group_pks: [],
					trial_scopes: [],
					trial_scope_to_scope_group_pks: [],
					hub_id: this.portalId,
					app_id: token.data.appId,
					expires_in: Math.max(0, Math.floor(((token.expiresAt ?? now) - now) / 1000)),
					user_id: this.user.id,
					token_type: 'access',
				});
			},
			open,
		);
		addRoute(
			server,
			'GET',
			'/oauth/v1/refresh-tokens/:token',
			(req) => {
				const refresh = this.refreshTokens.get(req.params.token);
				if (!refresh) return errorResponse(404, 'OBJECT_NOT_FOUND', 'Token not found');
				return json(200, {
					token: refresh.token,
					user: this.user.email,
					hub_domain: `portal-${this.portalId}.hubspot.example`,
					scopes: refresh.scopes,
					hub_id: this.portalId,
					client_id: this.oauthApp?.clientId,
					user_id: this.user.id,
					token_type: 'refresh',
				});
			},
			open,
		);
		addRoute(
			server,
			'DELETE',
			'/oauth/v1/refresh-tokens/:token',
			(req) => {
				this.refreshTokens.delete(req.params.token);
				return { status: 204 };
			},
			open,
		);
		addRoute(
			server,
			'POST',
			'/oauth/v2/private-apps/get/access-token-info',
			(req) => {
				const tokenKey = (req.body as { tokenKey?: unknown } | undefined)?.tokenKey;
				const token = typeof tokenKey === 'string' ? this.tokens.lookup(tokenKey) : undefined;
				if (!token || token.data.kind !== 'private')
					return errorResponse(404, 'OBJECT_NOT_FOUND', 'Token not found');
				return json(200, {
					userId: this.user.id,
					hubId: this.portalId,
					appId: token.data.appId,
					scopes: token.scopes,
				});
			},
			open,
		);
	}

	private token(req: FakeRequest) {
		const form = req.form();
		const field = (name: string) => {
			const value = form[name];
			return Array.isArray(value) ? value[0] : value;
		};
		const app = this.oauthApp;
		if (!app || field('client_id') !== app.clientId)
			return oauthError('BAD_CLIENT_ID', 'missing or unknown client id');
		if (field('client_secret') !== app.clientSecret)
			return oauthError('BAD_CLIENT_SECRET', 'missing or invalid client secret');
		switch (field('grant_type')) {
			case 'refresh_token': {
				const refresh = this.refreshTokens.get(field('refresh_token') ?? '');
				if (!refresh) return oauthError('BAD_REFRESH_TOKEN', 'missing or unknown refresh token');
				// HubSpot keeps the refresh token: the response repeats it.
				return json(
					200,
					this.issueOAuthToken({
						scopes: refresh.enforceScopes ? refresh.scopes : undefined,
						refreshToken: refresh.token,
					}),
				);
			}
			case 'authorization_code': {
				const code = this.codes.get(field('code') ?? '');
				if (!code) return oauthError('BAD_AUTH_CODE', 'missing or unknown auth code');
				this.codes.delete(field('code') ?? '');
				if (code.expiresAt <= this.clock.now())
					return oauthError('EXPIRED_AUTH_CODE', 'auth code is expired');
				if (code.redirectUri !== undefined && field('redirect_uri') !== code.redirectUri) {
					return oauthError(
						'BAD_REDIRECT_URI',
						'redirect_uri does not match initial authorization request',
					);
				}
				return json(
					200,
					this.issueOAuthToken({ scopes: code.enforceScopes ? code.scopes : undefined }),
				);
			}
			default:
				return oauthError(
					'BAD_GRANT_TYPE',
					'grant_type must be authorization_code or refresh_token',
				);
		}
	}

	private authorize(req: FakeRequest) {
		const app = this.oauthApp;
		const redirectUri = queryString(req, 'redirect_uri');
		if (!app || queryString(req, 'client_id') !== app.clientId) {
			return oauthError('BAD_CLIENT_ID', 'missing or unknown client id');
		}
		if (!redirectUri || (app.redirectUris.length > 0 && !app.redirectUris.includes(redirectUri))) {
			return oauthError('BAD_REDIRECT_URI', 'redirect_uri is not allowed for this app');
		}
		const scope = queryString(req, 'scope');
		const code = this.issueAuthorizationCode({
			redirectUri,
			scopes: scope ? scope.split(/[\s+]+/).filter(Boolean) : undefined,
		});
		const target = new URL(redirectUri);
		target.searchParams.set('code', code);
		const state = queryString(req, 'state');
		if (state !== undefined) target.searchParams.set('state', state);
		return { status: 302, headers: { Location: target.toString() }, body: '' };
	}

	private requireOAuth() {
		if (!this.oauthApp)
			throw new Error('HubSpot fake: pass `oauth: {clientId, clientSecret}` to issue OAuth tokens');
		return this.oauthApp;
	}

	private lookupBearer(req: FakeRequest): IssuedToken | undefined {
		const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(req.header('authorization') ?? '');
		return match ? this.tokens.lookup(match[1]) : undefined;
	}
}
