import { randomBytes } from 'node:crypto';
import { systemClock, type Clock } from './clock';
import type { FakeRequest, FakeResponse } from './types';

export interface IssuedToken {
	readonly token: string;
	readonly scopes: readonly string[];
	/** Whatever the service fake wants to remember about the session (user, instance URL, app...). */
	readonly data: Readonly<Record<string, unknown>>;
	readonly issuedAt: number;
	/** Undefined: never expires on its own. */
	readonly expiresAt?: number;
	/** Configured by a test (private-app token, access token) rather than issued by a token endpoint. */
	readonly static: boolean;
}

export type AuthFailureReason = 'missing' | 'invalid' | 'expired';

export interface AuthFailure {
	reason: AuthFailureReason;
	/** The known token when the reason is `expired` (for "expired N minutes ago" messages). */
	token?: IssuedToken;
}

export type AuthResult = { ok: true; token: IssuedToken } | { ok: false; failure: AuthFailure };

export interface TokenAuthOptions {
	clock?: Clock;
	/** Accepted `Authorization` schemes, case-insensitive. Default `['Bearer']` (Salesforce also takes `OAuth`). */
	schemes?: string[];
	/** Reads the credential from somewhere else (a query parameter, a custom header); replaces `schemes`. */
	extract?: (req: FakeRequest) => string | undefined;
	/** The service's exact 401 (or 403) for each failure. */
	unauthorizedResponse?: (failure: AuthFailure, req: FakeRequest) => FakeResponse;
	/** Prefix for generated tokens, e.g. `00D000000000001!` or `pat-na1-`. */
	tokenPrefix?: string;
}

export interface IssueOptions {
	/** Lifetime; omitted = never expires. */
	ttlMs?: number;
	scope?: string | readonly string[];
	data?: Record<string, unknown>;
	/** Use this exact token value instead of a generated one. */
	token?: string;
}

/** Bearer-token sessions for a fake: issue, validate, expire. */
export class TokenAuth {
	private readonly tokens = new Map<string, IssuedToken>();
	private readonly clock: Clock;
	private readonly schemes: string[];

	constructor(private readonly options: TokenAuthOptions = {}) {
		this.clock = options.clock ?? systemClock;
		this.schemes = (options.schemes ?? ['Bearer']).map((s) => s.toLowerCase());
	}

	/** Issues a session token, as an OAuth token endpoint would. Returns the token value. */
	issue(options: IssueOptions = {}): string {
		return this.store(options, false).token;
	}

	/** Registers a token a test configures up front (never expires unless `expire()`d). */
	addStatic(token: string, options: Omit<IssueOptions, 'token' | 'ttlMs'> = {}): string {
		return this.store({ ...options, token }, true).token;
	}

	lookup(token: string): IssuedToken | undefined {
		return this.tokens.get(token);
	}

	/** True for any token this layer issued or was given, live or expired. */
	knows(value: string): boolean {
		return this.tokens.has(value);
	}

	expire(token: string): void {
		const known = this.tokens.get(token);
		if (known) this.tokens.set(token, { ...known, expiresAt: this.clock.now() });
	}

	/** Every session expires now, as after a password reset or org-wide session timeout. */
	expireAll(): void {
		for (const token of this.tokens.keys()) this.expire(token);
	}

	/** Forgets a token: it is then `invalid` rather than `expired`. */
	revoke(token: string): void {
		this.tokens.delete(token);
	}

	authenticate(req: FakeRequest): AuthResult {
		const presented = this.options.extract
			? this.options.extract(req)
			: this.fromAuthorizationHeader(req);
		if (presented === undefined) return { ok: false, failure: { reason: 'missing' } };
		const token = this.tokens.get(presented);
		if (!token) return { ok: false, failure: { reason: 'invalid' } };
		if (token.expiresAt !== undefined && this.clock.now() >= token.expiresAt) {
			return { ok: false, failure: { reason: 'expired', token } };
		}
		return { ok: true, token };
	}

	unauthorized(failure: AuthFailure, req: FakeRequest): FakeResponse {
		if (this.options.unauthorizedResponse) return this.options.unauthorizedResponse(failure, req);
		return {
			status: 401,
			headers: { 'WWW-Authenticate': 'Bearer' },
			body: { error: 'unauthorized', reason: failure.reason },
		};
	}

	/** Undefined when there is no credential at all; '' (never a valid token) when it is malformed. */
	private fromAuthorizationHeader(req: FakeRequest): string | undefined {
		const header = req.header('authorization');
		if (header === undefined || header.trim() === '') return undefined;
		const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(header);
		if (!match || !this.schemes.includes(match[1].toLowerCase())) return '';
		return match[2];
	}

	private store(options: IssueOptions, isStatic: boolean): IssuedToken {
		const now = this.clock.now();
		const token: IssuedToken = {
			token:
				options.token ??
				`${this.options.tokenPrefix ?? ''}${randomBytes(24).toString('base64url')}`,
			scopes:
				typeof options.scope === 'string'
					? options.scope.split(/\s+/).filter(Boolean)
					: [...(options.scope ?? [])],
			data: { ...options.data },
			issuedAt: now,
			expiresAt: options.ttlMs === undefined ? undefined : now + options.ttlMs,
			static: isStatic,
		};
		this.tokens.set(token.token, token);
		return token;
	}
}
