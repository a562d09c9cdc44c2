import { createHash, timingSafeEqual } from 'node:crypto';

/** Salesforce ids are case-sensitive; the 18-character form adds a checksum to the 15-character one. */
export function isOrganizationIdFormat(id: string): boolean {
	return /^00D[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/.test(id);
}

/** Compares two organization ids on their first 15 characters (case-sensitive). */
export function sameOrganization(expected: string, received: string): boolean {
	const a = expected.trim();
	const b = received.trim();
	if (a.length < 15 || b.length < 15) return false;
	return a.slice(0, 15) === b.slice(0, 15);
}

/**
 * Compares a received secret with the configured one in constant time: both are hashed first, so
 * neither the content nor the length of the secret leaks through timing.
 */
export function secretMatches(expected: string, received: string | undefined): boolean {
	if (received === undefined) return false;
	const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
	return timingSafeEqual(digest(expected), digest(received));
}

/** The secret a delivery carries: the `secret` query parameter, else the X-Salesforce-Secret header. */
export function receivedSecret(
	query: Record<string, unknown>,
	headers: Record<string, string | string[] | undefined>,
): string | undefined {
	const fromQuery = query.secret;
	if (typeof fromQuery === 'string') return fromQuery;
	if (Array.isArray(fromQuery) && typeof fromQuery[0] === 'string') return fromQuery[0];
	const fromHeader = headers['x-salesforce-secret'];
	if (typeof fromHeader === 'string') return fromHeader;
	if (Array.isArray(fromHeader)) return fromHeader[0];
	return undefined;
}
