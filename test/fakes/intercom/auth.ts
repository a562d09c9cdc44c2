/**
 * Access tokens: static bearer tokens (Intercom apps get one access token each), accepted as
 * `Authorization: Bearer <token>`. A missing, unknown, revoked or expired token is 401
 * `unauthorized` "Access Token Invalid", without rate-limit headers.
 */
import { randomUUID } from 'node:crypto';
import { TokenAuth, type Clock } from '../common';
import { unauthorized } from './errors';

export function createTokenAuth(clock: Clock): TokenAuth {
	return new TokenAuth({ clock, unauthorizedResponse: (_failure, req) => unauthorized(req) });
}

/** Shaped like Intercom's access tokens: base64 of `tok:<uuid>:1:0`. */
export function generateAccessToken(): string {
	return Buffer.from(`tok:${randomUUID()}:1:0`, 'utf8').toString('base64');
}
