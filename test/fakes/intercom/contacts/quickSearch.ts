/**
 * A shortcut for the most common search, one `=` filter on `id`, `external_id` or `email` (a
 * de-duplication lookup), so that it does not scan a million contacts. The candidates are the
 * contacts holding the value now plus those whose search view is still an older version; the
 * full predicate then runs on their views, so the answer is the one the scan would give. Used
 * only when the result fits on the first page.
 */
import type { IntercomContext } from '../context';
import { compileQuery, type SearchSchema } from '../search/query';
import { perPageFrom, type CursorPage } from '../search/run';
import type { JsonObject } from '../http';
import type { ContactRecord } from './store';

const INDEXED = new Set(['id', 'external_id', 'email']);

/** `{field, value}` when the body is one `=` filter on an indexed field, without a cursor. */
function indexedLookup(body: JsonObject): { field: string; value: string } | undefined {
	const query = body.query as Record<string, unknown> | null | undefined;
	const pagination = body.pagination as Record<string, unknown> | null | undefined;
	if (!query || typeof query !== 'object' || query.operator !== '=') return undefined;
	if (typeof query.field !== 'string' || !INDEXED.has(query.field)) return undefined;
	if (typeof query.value !== 'string') return undefined;
	if (pagination && (pagination.starting_after ?? '') !== '') return undefined;
	return { field: query.field, value: query.value };
}

export function quickContactSearch(
	ctx: IntercomContext,
	body: JsonObject,
	schema: SearchSchema<ContactRecord>,
	view: (c: ContactRecord) => ContactRecord | undefined,
): CursorPage<ContactRecord> | undefined {
	const lookup = indexedLookup(body);
	if (!lookup) return undefined;
	const { contacts } = ctx;
	const current =
		lookup.field === 'id'
			? [contacts.get(lookup.value)]
			: lookup.field === 'external_id'
				? [contacts.byExternalId(lookup.value)]
				: contacts.allByEmail(lookup.value);
	const candidates = new Set<string>();
	for (const c of current) if (c) candidates.add(c.id);
	for (const id of contacts.visibility.pendingIds()) candidates.add(id);
	const matches = compileQuery(body.query, schema);
	const items: ContactRecord[] = [];
	for (const id of candidates) {
		const record = contacts.get(id);
		const visible = record && view(record);
		if (visible && matches(visible)) items.push(visible);
	}
	items.sort((a, b) => (a.id < b.id ? -1 : 1)); // object ids sort in creation order
	const perPage = perPageFrom(
		(body.pagination as Record<string, unknown> | undefined)?.per_page,
		50,
	);
	if (items.length > perPage) return undefined;
	return {
		items,
		totalCount: items.length,
		pages: { type: 'pages', page: 1, per_page: perPage, total_pages: items.length > 0 ? 1 : 0 },
	};
}
