/**
 * The companies API: `POST /companies` (create or update), `GET /companies?company_id=|name=`
 * (one company, 404 `company_not_found`) or without them (the list), `GET|PUT|DELETE
 * /companies/{id}`, `POST /companies/list`, `GET /companies/scroll`, `GET /companies/{id}/contacts`
 * and `/segments`. As descriptions/2.11 says, the lists leave out companies without contacts.
 */
import { randomUUID } from 'node:crypto';
import type { FakeRequest } from '../../common';
import { renderContact } from '../contacts/present';
import type { ContactRecord } from '../contacts/store';
import type { IntercomContext } from '../context';
import { companyNotFound, IntercomError } from '../errors';
import { addRoute, jsonObject, ok, queryString } from '../http';
import { offsetPage } from '../offsetPaging';
import { renderCompany } from './present';
import type { CompanyRecord } from './store';
import { createOrUpdateCompany, updateCompany } from './write';

const SCROLL_PAGE = 15;
const SCROLL_TTL_MS = 60_000;

interface Scroll {
	position: number;
	expiresAt: number;
}

export function registerCompanyRoutes(ctx: IntercomContext): void {
	const { server, companies } = ctx;
	const render = (c: CompanyRecord) => renderCompany(ctx, c);
	const required = (id: string) => {
		const company = companies.get(id);
		if (!company) throw companyNotFound();
		return company;
	};
	/** Companies with at least one contact, newest first (`order=asc` reverses). */
	const listed = (order: string | undefined) => {
		const withContacts = companies.values().filter((c) => ctx.memberships.contactCount(c.id) > 0);
		return order === 'asc' ? withContacts : withContacts.reverse();
	};
	const listResponse = (req: FakeRequest, all: CompanyRecord[]) => {
		const page = offsetPage(req, server.url, all, 15, 60);
		return ok({
			type: 'list',
			data: page.items.map(render),
			pages: page.pages,
			total_count: page.total,
		});
	};
	const scrolls = new Map<string, Scroll>();

	addRoute(server, 'POST', '/companies', (req) =>
		ok(render(createOrUpdateCompany(ctx, jsonObject(req)).company)),
	);

	addRoute(server, 'GET', '/companies', (req) => {
		const companyId = queryString(req, 'company_id');
		const name = queryString(req, 'name');
		if (companyId !== undefined) {
			const company = companies.byCompanyId(companyId);
			if (!company) throw companyNotFound();
			return ok(render(company));
		}
		if (name !== undefined) {
			const company = companies.values().find((c) => c.name === name);
			if (!company) throw companyNotFound();
			return ok(render(company));
		}
		const tagged =
			queryString(req, 'tag_id') !== undefined || queryString(req, 'segment_id') !== undefined;
		return listResponse(req, tagged ? [] : listed(queryString(req, 'order')));
	});

	addRoute(server, 'POST', '/companies/list', (req) =>
		listResponse(req, listed(queryString(req, 'order'))),
	);

	addRoute(server, 'GET', '/companies/scroll', (req) => {
		const now = ctx.clock.now();
		const param = queryString(req, 'scroll_param');
		let scroll: Scroll = { position: 0, expiresAt: now + SCROLL_TTL_MS };
		if (param) {
			const found = scrolls.get(param);
			if (!found || found.expiresAt <= now) {
				throw new IntercomError(404, 'scroll_parameter_not_found', 'scroll parameter not found');
			}
			scrolls.delete(param);
			scroll = found;
		}
		const all = listed('asc');
		const data = all.slice(scroll.position, scroll.position + SCROLL_PAGE);
		let next: string | null = null;
		if (data.length > 0) {
			next = randomUUID();
			scrolls.set(next, {
				position: scroll.position + data.length,
				expiresAt: now + SCROLL_TTL_MS,
			});
		}
		return ok({
			type: 'list',
			data: data.map(render),
			pages: null,
			total_count: null,
			scroll_param: next,
		});
	});

	addRoute(server, 'GET', '/companies/:id', (req) => ok(render(required(req.params.id))));

	addRoute(server, 'PUT', '/companies/:id', (req) =>
		ok(render(updateCompany(ctx, required(req.params.id), jsonObject(req)))),
	);

	addRoute(server, 'DELETE', '/companies/:id', (req) => {
		const company = required(req.params.id);
		ctx.memberships.removeCompany(company.id);
		companies.delete(company.id);
		return ok({ id: company.id, object: 'company', deleted: true });
	});

	addRoute(server, 'GET', '/companies/:id/contacts', (req) => {
		const company = required(req.params.id);
		const contacts = ctx.memberships
			.contactsOf(company.id)
			.map((id) => ctx.contacts.get(id))
			.filter((c): c is ContactRecord => c !== undefined);
		const page = offsetPage(req, server.url, contacts, 50);
		return ok({
			type: 'list',
			data: page.items.map((c) => renderContact(ctx, c)),
			total_count: page.total,
			pages: page.pages,
		});
	});

	addRoute(server, 'GET', '/companies/:id/segments', (req) => {
		required(req.params.id);
		return ok({ type: 'list', data: [] });
	});
}
