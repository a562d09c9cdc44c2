/**
 * One request id per request, shared by the `X-Request-Id` header and the `request_id` of an
 * `error.list` body, as Intercom's responses pair them.
 */
import { randomUUID } from 'node:crypto';
import type { FakeRequest } from '../common';

const ids = new WeakMap<FakeRequest, string>();

export function requestIdOf(req: FakeRequest | undefined): string {
	if (!req) return randomUUID();
	let id = ids.get(req);
	if (!id) ids.set(req, (id = randomUUID()));
	return id;
}
