/**
 * Page-number paging (`?page=&per_page=`) of the older list endpoints: companies, a contact's
 * companies and notes, a company's contacts, legacy users. `pages.next` is the URL of the next
 * page, or null on the last one; a page past the end is empty (intercom-client's paginators
 * for these endpoints stop at the first empty page).
 */
import type { FakeRequest } from '../common';
import { publicBaseUrl, queryPositiveInt } from './http';

export interface OffsetPage<T> {
	items: T[];
	total: number;
	pages: {
		type: 'pages';
		next: string | null;
		page: number;
		per_page: number;
		total_pages: number;
	};
}

export function offsetPage<T>(
	req: FakeRequest,
	fakeUrl: string,
	all: readonly T[],
	defaultPerPage: number,
	maxPerPage = 150,
): OffsetPage<T> {
	const page = queryPositiveInt(req, 'page', 1);
	const perPage = queryPositiveInt(req, 'per_page', defaultPerPage, maxPerPage);
	const totalPages = Math.ceil(all.length / perPage);
	let next: string | null = null;
	if (page < totalPages) {
		const url = new URL(req.path, publicBaseUrl(req, fakeUrl));
		for (const [key, value] of Object.entries(req.query)) {
			for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, v);
		}
		url.searchParams.set('per_page', String(perPage));
		url.searchParams.set('page', String(page + 1));
		next = url.toString();
	}
	return {
		items: all.slice((page - 1) * perPage, page * perPage),
		total: all.length,
		pages: { type: 'pages', next, page, per_page: perPage, total_pages: totalPages },
	};
}
