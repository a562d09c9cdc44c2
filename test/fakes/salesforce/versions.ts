/**
 * API versions in paths (`/services/data/v59.0/...`). Any version from `min` (default 50.0) up is
 * answered, up to `max` when one is set; others get 404 NOT_FOUND, like a version the org does not
 * have. `GET /services/data` lists min..latest with Salesforce's release names.
 */
import type { FakeRequest, FakeResponse, Handler } from '../common';
import { notFound } from './errors';

export interface VersionPolicy {
	/** The newest version the org lists, e.g. `64.0`. */
	latest: string;
	/** Oldest answered, e.g. `50.0`. */
	min: string;
	/** Newest answered; unset = any version from `min` up. */
	max?: string;
}

/** `v59.0` -> `59.0`; undefined when malformed. */
export function parseVersion(segment: string | undefined): string | undefined {
	const m = /^v(\d{2,3})\.(\d)$/.exec(segment ?? '');
	return m ? `${m[1]}.${m[2]}` : undefined;
}

export function isAnswered(policy: VersionPolicy, version: string): boolean {
	const v = Number(version);
	return v >= Number(policy.min) && (policy.max === undefined || v <= Number(policy.max));
}

/** `59.0` -> `Winter '24` (three releases a year; 50.0 was Winter '21). */
export function releaseName(version: string): string {
	const k = Math.floor(Number(version)) - 50;
	const season = ['Winter', 'Spring', 'Summer'][((k % 3) + 3) % 3];
	return `${season} '${String(21 + Math.floor(k / 3)).padStart(2, '0')}`;
}

export function versionList(policy: VersionPolicy): Array<{ label: string; url: string; version: string }> {
	const out = [];
	for (let v = Math.floor(Number(policy.min)); v <= Math.floor(Number(policy.latest)); v++) {
		const version = `${v}.0`;
		out.push({ label: releaseName(version), url: `/services/data/v${version}`, version });
	}
	return out;
}

export type VersionedHandler = (req: FakeRequest, version: string) => FakeResponse | Promise<FakeResponse>;

/** Wraps a handler of a `/services/data/:version/...` route: unknown versions get 404. */
export function versioned(policy: VersionPolicy, handler: VersionedHandler): Handler {
	return (req) => {
		const version = parseVersion(req.params.version);
		if (!version || !isAnswered(policy, version)) return notFound();
		return handler(req, version);
	};
}
