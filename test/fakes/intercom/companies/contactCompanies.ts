/**
 * Contact ↔ company links: `POST /contacts/{contact_id}/companies` `{id}` (the Intercom company
 * id, not `company_id`), `DELETE /contacts/{contact_id}/companies/{company_id}` and
 * `GET /contacts/{contact_id}/companies`. Attaching twice is harmless; an unknown contact is 404
 * "User Not Found", an unknown company 404 `company_not_found`, the 1,001st company 400
 * `contact_company_limit_exceeded`. Both answer with the company, its `user_count` updated.
 */
import type { IntercomContext } from '../context';
import { companyNotFound, IntercomError, parameterNotFound, userNotFound } from '../errors';
import { addRoute, jsonObject, ok } from '../http';
import { MAX_COMPANIES_PER_CONTACT } from '../memberships';
import { offsetPage } from '../offsetPaging';
import { renderCompany } from './present';
import type { CompanyRecord } from './store';

export function registerContactCompanyRoutes(ctx: IntercomContext): void {
	const { server, memberships } = ctx;
	const contactOf = (id: string) => {
		const contact = ctx.contacts.get(id);
		if (!contact) throw userNotFound();
		return contact;
	};
	const companyOf = (id: unknown) => {
		const company = typeof id === 'string' ? ctx.companies.get(id) : undefined;
		if (!company) throw companyNotFound();
		return company;
	};

	addRoute(server, 'POST', '/contacts/:id/companies', (req) => {
		const contact = contactOf(req.params.id);
		const body = jsonObject(req);
		if (body.id === undefined || body.id === null || body.id === '') {
			throw parameterNotFound('company not specified');
		}
		const company = companyOf(String(body.id));
		if (
			!memberships.isAttached(contact.id, company.id) &&
			memberships.companyCount(contact.id) >= MAX_COMPANIES_PER_CONTACT
		) {
			throw new IntercomError(
				400,
				'contact_company_limit_exceeded',
				`Contact has reached the maximum of ${MAX_COMPANIES_PER_CONTACT} company associations`,
			);
		}
		memberships.attach(contact.id, company.id);
		return ok(renderCompany(ctx, company));
	});

	addRoute(server, 'DELETE', '/contacts/:id/companies/:companyId', (req) => {
		const contact = contactOf(req.params.id);
		const company = companyOf(req.params.companyId);
		memberships.detach(contact.id, company.id);
		return ok(renderCompany(ctx, company));
	});

	addRoute(server, 'GET', '/contacts/:id/companies', (req) => {
		const contact = contactOf(req.params.id);
		const companies = memberships
			.companiesOf(contact.id)
			.map((id) => ctx.companies.get(id))
			.filter((c): c is CompanyRecord => c !== undefined);
		const page = offsetPage(req, server.url, companies, 50);
		const rendered = page.items.map((c) => renderCompany(ctx, c));
		// The recorded example answers with `data`, the schema (and intercom-client's paginator)
		// with `companies`: both are sent.
		return ok({
			type: 'list',
			data: rendered,
			companies: rendered,
			total_count: page.total,
			pages: page.pages,
		});
	});
}
