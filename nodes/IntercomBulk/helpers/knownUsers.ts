import type { FoundContact } from './lookups';
import type { IntercomApi } from '../transport/client';
import type { RecentWrites } from './recentWrites';

/** How long a written user is remembered: longer than Intercom's search takes to show it. */
const REMEMBER_MS = 30 * 60_000;

/** Bounds the memory whatever the org's size (about 100 bytes an entry). */
const MAX_REMEMBERED = 200_000;

interface Remembered {
	contact: FoundContact;
	at: number;
}

const byWorkspace = new Map<string, Map<string, Remembered>>();

function usersOf(api: IntercomApi): Map<string, Remembered> {
	let users = byWorkspace.get(api.workspaceKey);
	if (!users) {
		users = new Map();
		byWorkspace.set(api.workspaceKey, users);
	}
	return users;
}

/** Notes a user this process just wrote, so a lead with the same email finds it at once. */
export function rememberUser(api: IntercomApi, contact: FoundContact, recent?: RecentWrites): void {
	if (!contact.email || contact.role === 'lead') return;
	recent?.set(
		contact.email.toLowerCase(),
		JSON.stringify({ id: contact.id, external_id: contact.external_id }),
	);
	const users = usersOf(api);
	const email = contact.email.toLowerCase();
	users.delete(email);
	users.set(email, { contact, at: Date.now() });
	if (users.size > MAX_REMEMBERED) users.delete(users.keys().next().value as string);
}

/**
 * The user with this email, if there is one. Intercom lets a lead share a user's email, so a
 * Salesforce lead for a person who is already a user would become a second contact; the node
 * looks for the user first. Search shows a new contact only after a while, so users written
 * recently are remembered: by this n8n process, and in the workflow's record of recent writes.
 */
export async function userWithEmail(
	api: IntercomApi,
	email: string,
	recent?: RecentWrites,
): Promise<FoundContact | undefined> {
	const remembered = usersOf(api).get(email.toLowerCase());
	if (remembered && Date.now() - remembered.at < REMEMBER_MS) return remembered.contact;
	const written = recent?.get(email.toLowerCase());
	if (written) return { ...(JSON.parse(written) as FoundContact), role: 'user' };
	const found = (await api.call((client) =>
		client.contacts.search({
			query: {
				operator: 'AND',
				value: [
					{ field: 'email', operator: '=', value: email },
					{ field: 'role', operator: '=', value: 'user' },
				],
			},
			pagination: { per_page: 1 },
		} as never),
	)) as { data?: FoundContact[] };
	return found.data?.[0];
}
