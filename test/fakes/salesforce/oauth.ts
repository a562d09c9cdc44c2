/**
 * OAuth 2.0 as Salesforce serves it at `{login or My Domain}/services/oauth2/*`:
 * - `POST /token` (form-encoded, client credentials in the body or HTTP Basic) for the
 *   authorization_code, refresh_token, JWT bearer, client_credentials and password grants; errors
 *   are 400 `{error, error_description}` with Salesforce's descriptions;
 * - `GET /authorize` (auto-approves and redirects with a code), `POST /revoke`;
 * - the identity service: `GET|POST /userinfo` and `GET /id/{orgId}/{userId}`. It refuses a bad or
 *   expired token with 403 and the plain text `Bad_OAuth_Token` (not the REST API's 401).
 * `instance_url` is the fake's own URL; `id` points at the fake's identity URL.
 */
import { createHmac, createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto';
import type { FakeRequest, FakeResponse, TokenAuth } from '../common';
import type { FakeSalesforceContext, OrgUser, SessionData } from './context';
import { identityError, oauthError } from './errors';

export interface OAuthOptions {
	clientId: string;
	clientSecret: string;
	/** Accepted redirect URIs of the authorization code flow; empty = any. */
	redirectUris: string[];
	/** Verifies RS256 signatures of JWT bearer assertions when given (PEM or KeyObject). */
	jwtPublicKey?: string | KeyObject;
	/** Accepted `aud` values besides login/test.salesforce.com and the fake's own URL. */
	jwtAudiences: string[];
	/** Access token lifetime. */
	tokenTtlMs: number;
	/** Password of the password grant (username-password flow); unset = flow disabled. */
	password?: string;
	/** The client credentials flow's run-as user; unset = the default user. */
	clientCredentialsUser?: string;
	/** `scope` in token responses. */
	scope: string;
}

export interface TokenResponse {
	access_token: string;
	refresh_token?: string;
	signature?: string;
	scope: string;
	instance_url: string;
	id: string;
	token_type: 'Bearer';
	issued_at?: string;
}

interface Grant {
	user: OrgUser;
	clientId: string;
}

interface AuthorizationCode extends Grant {
	redirectUri: string;
	expiresAt: number;
}

const CODE_TTL_MS = 15 * 60_000;
const STANDARD_AUDIENCES = ['https://login.salesforce.com', 'https://test.salesforce.com'];

function base64url(text: string): Buffer {
	return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

function one(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}

export class OAuthService {
	private readonly refreshTokens = new Map<string, Grant>();
	private readonly codes = new Map<string, AuthorizationCode>();
	private readonly publicKey?: KeyObject;

	constructor(
		private readonly ctx: FakeSalesforceContext,
		private readonly options: OAuthOptions,
	) {
		if (options.jwtPublicKey) {
			this.publicKey =
				typeof options.jwtPublicKey === 'string' ? createPublicKey(options.jwtPublicKey) : options.jwtPublicKey;
		}
	}

	private get auth(): TokenAuth {
		return this.ctx.auth;
	}

	register(): void {
		const server = this.ctx.server;
		const open = { skipAuth: true, skipRateLimit: true };
		server.route('POST', '/services/oauth2/token', (req) => this.token(req), open);
		server.route('GET', '/services/oauth2/authorize', (req) => this.authorize(req), open);
		server.route('POST', '/services/oauth2/revoke', (req) => this.revoke(req), open);
		server.route('GET', '/services/oauth2/userinfo', (req) => this.userinfo(req), open);
		server.route('POST', '/services/oauth2/userinfo', (req) => this.userinfo(req), open);
		server.route('GET', '/id/:orgId/:userId', (req) => this.identity(req), open);
	}

	/** A session for `user` as a token endpoint would return it (with a refresh token unless told not to). */
	issue(user: OrgUser, options: { refreshToken?: boolean; ttlMs?: number; clientId?: string } = {}): TokenResponse {
		const clientId = options.clientId ?? this.options.clientId;
		const issuedAt = String(this.ctx.clock.now());
		const accessToken = this.accessToken(user, clientId, options.ttlMs);
		let refreshToken: string | undefined;
		if (options.refreshToken !== false) {
			refreshToken = `5Aep861${randomBytes(30).toString('base64url')}`;
			this.refreshTokens.set(refreshToken, { user, clientId });
		}
		const id = this.identityUrl(user);
		return {
			access_token: accessToken,
			...(refreshToken && { refresh_token: refreshToken }),
			signature: this.signature(id, issuedAt),
			scope: this.options.scope,
			instance_url: this.ctx.server.url,
			id,
			token_type: 'Bearer',
			issued_at: issuedAt,
		};
	}

	/** Forgets refresh tokens (as when a user's grants are revoked). */
	revokeRefreshTokens(): void {
		this.refreshTokens.clear();
	}

	private accessToken(user: OrgUser, clientId: string, ttlMs = this.options.tokenTtlMs): string {
		const data: SessionData = { userId: user.userId, username: user.username, clientId };
		return this.auth.issue({ ttlMs, scope: this.options.scope, data: { ...data } });
	}

	private identityUrl(user: OrgUser): string {
		return `${this.ctx.server.url}/id/${this.ctx.orgId}/${user.userId}`;
	}

	private signature(id: string, issuedAt: string): string {
		return createHmac('sha256', this.options.clientSecret).update(id + issuedAt).digest('base64');
	}

	private session(user: OrgUser, clientId: string, withIssuedAt = true): TokenResponse {
		const issuedAt = String(this.ctx.clock.now());
		const id = this.identityUrl(user);
		return {
			access_token: this.accessToken(user, clientId),
			...(withIssuedAt && { signature: this.signature(id, issuedAt) }),
			scope: this.options.scope,
			instance_url: this.ctx.server.url,
			id,
			token_type: 'Bearer',
			...(withIssuedAt && { issued_at: issuedAt }),
		};
	}

	private clientOf(req: FakeRequest, form: Record<string, string | undefined>): { id?: string; secret?: string } {
		const basic = /^Basic\s+(\S+)$/i.exec(req.header('authorization') ?? '');
		if (basic) {
			const [id, secret] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
			return { id: decodeURIComponent(id ?? ''), secret: decodeURIComponent(secret ?? '') };
		}
		return { id: form.client_id, secret: form.client_secret };
	}

	private token(req: FakeRequest): FakeResponse {
		const raw = req.form();
		const form = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, one(v)]));
		const client = this.clientOf(req, form);
		switch (form.grant_type) {
			case 'authorization_code':
				return this.authorizationCodeGrant(form, client);
			case 'refresh_token':
				return this.refreshTokenGrant(form, client);
			case 'urn:ietf:params:oauth:grant-type:jwt-bearer':
				return this.jwtGrant(form);
			case 'client_credentials':
				return this.clientCredentialsGrant(client);
			case 'password':
				return this.passwordGrant(form, client);
			default:
				return oauthError('unsupported_grant_type', 'grant type not supported');
		}
	}

	private checkClient(client: { id?: string; secret?: string }, secretRequired: boolean): FakeResponse | undefined {
		if (client.id !== this.options.clientId) return oauthError('invalid_client_id', 'client identifier invalid');
		if ((secretRequired || client.secret !== undefined) && client.secret !== this.options.clientSecret) {
			return oauthError('invalid_client', 'invalid client credentials');
		}
		return undefined;
	}

	private authorizationCodeGrant(form: Record<string, string | undefined>, client: { id?: string; secret?: string }): FakeResponse {
		const refused = this.checkClient(client, true);
		if (refused) return refused;
		const code = form.code ? this.codes.get(form.code) : undefined;
		if (!code || code.clientId !== client.id) return oauthError('invalid_grant', 'invalid authorization code');
		this.codes.delete(form.code as string);
		if (this.ctx.clock.now() >= code.expiresAt) return oauthError('invalid_grant', 'expired authorization code');
		if (form.redirect_uri !== code.redirectUri) {
			return oauthError('redirect_uri_mismatch', 'redirect_uri must match configuration');
		}
		return { status: 200, body: this.issue(code.user, { clientId: code.clientId }) };
	}

	private refreshTokenGrant(form: Record<string, string | undefined>, client: { id?: string; secret?: string }): FakeResponse {
		const refused = this.checkClient(client, false);
		if (refused) return refused;
		const grant = form.refresh_token ? this.refreshTokens.get(form.refresh_token) : undefined;
		if (!grant || grant.clientId !== client.id) return oauthError('invalid_grant', 'expired access/refresh token');
		return { status: 200, body: this.session(grant.user, grant.clientId) };
	}

	private clientCredentialsGrant(client: { id?: string; secret?: string }): FakeResponse {
		const refused = this.checkClient(client, true);
		if (refused) return refused;
		const runAs = this.options.clientCredentialsUser;
		const user = runAs === undefined ? this.ctx.defaultUser : this.ctx.user(runAs);
		if (!user) return oauthError('invalid_grant', 'no client credentials user enabled');
		return { status: 200, body: this.session(user, this.options.clientId) };
	}

	private passwordGrant(form: Record<string, string | undefined>, client: { id?: string; secret?: string }): FakeResponse {
		const refused = this.checkClient(client, true);
		if (refused) return refused;
		const user = form.username ? this.ctx.user(form.username) : undefined;
		if (!user || this.options.password === undefined || form.password !== this.options.password) {
			return oauthError('invalid_grant', 'authentication failure');
		}
		return { status: 200, body: this.session(user, this.options.clientId) };
	}

	/** Checks the assertion: RS256, iss = client id, sub = a user, aud, exp; signature when a key is set. */
	private jwtGrant(form: Record<string, string | undefined>): FakeResponse {
		const invalid = () => oauthError('invalid_grant', 'invalid assertion');
		const parts = (form.assertion ?? '').split('.');
		if (parts.length !== 3) return invalid();
		let header: { alg?: string };
		let claims: { iss?: string; sub?: string; aud?: string | string[]; exp?: number };
		try {
			header = JSON.parse(base64url(parts[0]).toString('utf8'));
			claims = JSON.parse(base64url(parts[1]).toString('utf8'));
		} catch {
			return invalid();
		}
		if (header.alg !== 'RS256') return invalid();
		if (this.publicKey) {
			const ok = verify('RSA-SHA256', Buffer.from(`${parts[0]}.${parts[1]}`), this.publicKey, base64url(parts[2]));
			if (!ok) return invalid();
		}
		if (claims.iss !== this.options.clientId) return oauthError('invalid_client_id', 'client identifier invalid');
		const audiences = [...STANDARD_AUDIENCES, this.ctx.server.url, ...this.options.jwtAudiences].map((a) => a.replace(/\/+$/, ''));
		const aud = (Array.isArray(claims.aud) ? claims.aud : [claims.aud]).map((a) => String(a ?? '').replace(/\/+$/, ''));
		if (!aud.some((a) => audiences.includes(a))) return oauthError('invalid_grant', 'audience is invalid');
		if (typeof claims.exp !== 'number' || claims.exp * 1000 <= this.ctx.clock.now()) {
			return oauthError('invalid_grant', 'expired authorization code');
		}
		const user = claims.sub ? this.ctx.user(claims.sub) : undefined;
		if (!user) return oauthError('invalid_grant', "user hasn't approved this consumer");
		return { status: 200, body: this.session(user, this.options.clientId, false) };
	}

	private authorize(req: FakeRequest): FakeResponse {
		const clientId = one(req.query.client_id);
		const redirectUri = one(req.query.redirect_uri) ?? '';
		if (clientId !== this.options.clientId) {
			return { status: 400, body: 'error=invalid_client_id&error_description=client%20identifier%20invalid' };
		}
		if (!URL.canParse(redirectUri) || (this.options.redirectUris.length > 0 && !this.options.redirectUris.includes(redirectUri))) {
			return { status: 400, body: 'error=redirect_uri_mismatch&error_description=redirect_uri%20must%20match%20configuration' };
		}
		const code = `aPrx${randomBytes(24).toString('base64url')}`;
		this.codes.set(code, {
			user: this.ctx.defaultUser,
			clientId,
			redirectUri,
			expiresAt: this.ctx.clock.now() + CODE_TTL_MS,
		});
		const target = new URL(redirectUri);
		target.searchParams.set('code', code);
		const state = one(req.query.state);
		if (state !== undefined) target.searchParams.set('state', state);
		return { status: 302, headers: { Location: target.toString() } };
	}

	private revoke(req: FakeRequest): FakeResponse {
		const token = one(req.form().token) ?? one(req.query.token);
		if (token && this.refreshTokens.delete(token)) return { status: 200 };
		if (token && this.auth.knows(token)) {
			this.auth.revoke(token);
			return { status: 200 };
		}
		return oauthError('unsupported_token_type', 'this token type is not supported');
	}

	/** The identity service's own auth check: 403 + one word, never the REST 401. */
	private identityUser(req: FakeRequest): OrgUser | FakeResponse {
		const match = /^\s*(?:Bearer|OAuth)\s+(\S+)\s*$/i.exec(req.header('authorization') ?? '');
		const token = match?.[1] ?? one(req.query.oauth_token);
		if (!token) return identityError('Missing_OAuth_Token');
		const session = this.auth.lookup(token);
		if (!session || (session.expiresAt !== undefined && this.ctx.clock.now() >= session.expiresAt)) {
			return identityError('Bad_OAuth_Token');
		}
		const username = session.data.username;
		return (typeof username === 'string' && this.ctx.user(username)) || this.ctx.defaultUser;
	}

	private userinfo(req: FakeRequest): FakeResponse {
		const user = this.identityUser(req);
		if ('status' in user) return user;
		const base = this.ctx.server.url;
		return {
			status: 200,
			body: {
				sub: this.identityUrl(user),
				user_id: user.userId,
				organization_id: this.ctx.orgId,
				preferred_username: user.username,
				nickname: user.username.split('@')[0],
				name: `${user.firstName} ${user.lastName}`.trim(),
				email: user.email,
				email_verified: true,
				given_name: user.firstName,
				family_name: user.lastName,
				zoneinfo: 'America/Los_Angeles',
				photos: {
					picture: `${base}/profilephoto/005/F`,
					thumbnail: `${base}/profilephoto/005/T`,
				},
				profile: `${base}/${user.userId}`,
				picture: `${base}/profilephoto/005/F`,
				address: {},
				is_salesforce_integration_user: false,
				urls: this.urls(user),
				active: true,
				user_type: 'STANDARD',
				language: 'en_US',
				locale: 'en_US',
				utcOffset: -28800000,
				updated_at: '2025-01-01T00:00:00Z',
				is_app_installed: true,
			},
		};
	}

	private identity(req: FakeRequest): FakeResponse {
		const user = this.identityUser(req);
		if ('status' in user) return user;
		if (req.params.orgId !== this.ctx.orgId) return identityError('Bad_OAuth_Token');
		const target = [this.ctx.defaultUser, user].find((u) => u.userId === req.params.userId);
		if (!target) return { status: 404, headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body: 'Bad_Id' };
		return {
			status: 200,
			body: {
				id: this.identityUrl(target),
				asserted_user: target.userId === user.userId,
				user_id: target.userId,
				organization_id: this.ctx.orgId,
				username: target.username,
				nick_name: target.username.split('@')[0],
				display_name: `${target.firstName} ${target.lastName}`.trim(),
				email: target.email,
				email_verified: true,
				first_name: target.firstName,
				last_name: target.lastName,
				timezone: 'America/Los_Angeles',
				active: true,
				user_type: 'STANDARD',
				language: 'en_US',
				locale: 'en_US',
				utcOffset: -28800000,
				last_modification_date: '2025-01-01T00:00:00.000+0000',
				is_app_installed: true,
				urls: this.urls(target),
			},
		};
	}

	private urls(user: OrgUser): Record<string, string> {
		const base = this.ctx.server.url;
		const org = this.ctx.orgId;
		return {
			enterprise: `${base}/services/Soap/c/{version}/${org}`,
			metadata: `${base}/services/Soap/m/{version}/${org}`,
			partner: `${base}/services/Soap/u/{version}/${org}`,
			rest: `${base}/services/data/v{version}/`,
			sobjects: `${base}/services/data/v{version}/sobjects/`,
			search: `${base}/services/data/v{version}/search/`,
			query: `${base}/services/data/v{version}/query/`,
			recent: `${base}/services/data/v{version}/recent/`,
			tooling_soap: `${base}/services/Soap/T/{version}/${org}`,
			tooling_rest: `${base}/services/data/v{version}/tooling/`,
			profile: `${base}/${user.userId}`,
			feeds: `${base}/services/data/v{version}/chatter/feeds`,
			groups: `${base}/services/data/v{version}/chatter/groups`,
			users: `${base}/services/data/v{version}/chatter/users`,
			feed_items: `${base}/services/data/v{version}/chatter/feed-items`,
			feed_elements: `${base}/services/data/v{version}/chatter/feed-elements`,
			custom_domain: base,
		};
	}
}
