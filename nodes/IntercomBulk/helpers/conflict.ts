import { errorCodeOf, errorListOf } from '../transport/errors';
import { statusOf } from '../transport/ratePolicy';

export interface Conflict {
	/** The Intercom id of the contact that already holds the email or external_id. */
	id: string;
	archived: boolean;
}

/**
 * A 409 on create names the contact that already matches:
 * "A contact matching those details already exists with id=…" (or "An archived contact …").
 */
export function conflictOf(error: unknown): Conflict | undefined {
	if (statusOf(error) !== 409 && errorCodeOf(error) !== 'conflict') return undefined;
	const message = errorListOf(error)?.errors?.[0]?.message ?? '';
	const match = /id=([A-Za-z0-9]+)/.exec(message);
	if (!match) return undefined;
	return { id: match[1], archived: /archived/i.test(message) };
}
