/** What every route module of the fake shares. */
import type { Clock, FakeServer, TokenAuth } from '../common';
import type { DescribeRegistry } from './describe';
import type { RecordStore } from './records';
import type { VersionPolicy } from './versions';

/** The user a session runs as. */
export interface OrgUser {
	readonly userId: string;
	readonly username: string;
	readonly email: string;
	readonly firstName: string;
	readonly lastName: string;
}

/** Session data kept with every token the fake issues. */
export interface SessionData {
	readonly userId: string;
	readonly username: string;
	readonly clientId: string;
	readonly [key: string]: unknown;
}

export interface FakeSalesforceContext {
	readonly clock: Clock;
	readonly server: FakeServer;
	readonly auth: TokenAuth;
	readonly describes: DescribeRegistry;
	readonly store: RecordStore;
	readonly versions: VersionPolicy;
	readonly orgId: string;
	/** The org's users the OAuth flows accept, by username (lower case). */
	user(username: string): OrgUser | undefined;
	readonly defaultUser: OrgUser;
}

/** The user of the request's session (the default user for static tokens). */
export function sessionUser(ctx: FakeSalesforceContext, data: Readonly<Record<string, unknown>> | undefined): OrgUser {
	const username = typeof data?.username === 'string' ? data.username : undefined;
	return (username && ctx.user(username)) || ctx.defaultUser;
}
