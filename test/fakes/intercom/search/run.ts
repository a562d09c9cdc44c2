/**
 * Cursor paging shared by `POST /contacts/search`, `POST /tickets/search` and `GET /contacts`:
 * records in creation order, `per_page` (max 150), an opaque `starting_after`, `total_count`
 * and `pages: {type, page, per_page, total_pages, next?: {page, starting_after}}` where `next` is
 * absent on the last page. Search takes the cursor from the body (`pagination.starting_after`)
 * only; a query-string cursor is ignored, as on Intercom.
 */
import type { Page, PageOptions } from '../../common';
import { parameterInvalid } from '../errors';
import type { JsonObject } from '../http';
import { decodeCursor, encodeCursor } from './cursor';
import { compileQuery, type SearchSchema } from './query';

export const MAX_PER_PAGE = 150;

export interface PagedSource<T> {
	page(options: PageOptions<T>): Page<T>;
	values(): Iterable<T>;
}

export interface CursorPage<T> {
	items: T[];
	totalCount: number;
	pages: {
		type: 'pages';
		page: number;
		per_page: number;
		total_pages: number;
		next?: { page: number; starting_after: string };
	};
}

export function cursorPage<T>(
	source: PagedSource<T>,
	options: {
		perPage: number;
		startingAfter?: unknown;
		where: (item: T) => boolean;
		/** Known without a scan (e.g. all live contacts). */
		totalCount?: number;
	},
): CursorPage<T> {
	const cursor = decodeCursor(options.startingAfter);
	const page = cursor?.page ?? 1;
	const { perPage, where } = options;
	let totalCount = options.totalCount ?? 0;
	if (options.totalCount === undefined) {
		for (const item of source.values()) if (where(item)) totalCount++;
	}
	const result = source.page({ after: cursor?.after, limit: perPage, where });
	return {
		items: result.items,
		totalCount,
		pages: {
			type: 'pages',
			page,
			per_page: perPage,
			total_pages: Math.ceil(totalCount / perPage),
			...(result.next !== undefined && {
				next: { page: page + 1, starting_after: encodeCursor(result.next, page + 1) },
			}),
		},
	};
}

/** A search body: `{query, pagination?: {per_page?, starting_after?}}`. */
export function runSearch<T>(
	body: JsonObject,
	source: PagedSource<T>,
	schema: SearchSchema<T>,
	options: { defaultPerPage: number; view: (item: T) => T | undefined },
): CursorPage<T> {
	const matches = compileQuery(body.query, schema);
	const pagination = (body.pagination ?? {}) as Record<string, unknown>;
	if (typeof pagination !== 'object') throw parameterInvalid('pagination must be an object');
	const perPage = perPageFrom(pagination.per_page, options.defaultPerPage);
	const { view } = options;
	const page = cursorPage(source, {
		perPage,
		startingAfter: pagination.starting_after,
		where: (item) => {
			const visible = view(item);
			return visible !== undefined && matches(visible);
		},
	});
	return { ...page, items: page.items.map((item) => view(item) as T) };
}

export function perPageFrom(raw: unknown, fallback: number): number {
	if (raw === undefined || raw === null) return fallback;
	const value = typeof raw === 'string' ? Number(raw) : raw;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
		throw parameterInvalid('per_page must be a positive integer', 'per_page');
	}
	return Math.min(value, MAX_PER_PAGE);
}
