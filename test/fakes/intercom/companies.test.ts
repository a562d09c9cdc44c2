import { ManualClock } from '../common';
import { startFakeIntercom, type FakeIntercom } from './index';
import { api, firstError } from './testSupport';

const START = Date.UTC(2025, 4, 1, 8);

type CompanyList = {
	type: string;
	data: Array<{ company_id: string; user_count: number }>;
	total_count: number;
	pages: { type: string; next: string | null; page: number; per_page: number; total_pages: number };
};

describe('fake Intercom companies', () => {
	let fake: FakeIntercom;
	let clock: ManualClock;

	beforeEach(async () => {
		clock = new ManualClock(START);
		fake = await startFakeIntercom({ clock });
	});
	afterEach(() => fake.stop());

	const upsert = (body: unknown) => api(fake, 'POST', '/companies', body);
	const contact = async (externalId: string) =>
		String((await api(fake, 'POST', '/contacts', { external_id: externalId })).body.id);

	it('creates or updates by company_id, truncating monthly_spend, with the documented shape', async () => {
		const created = await upsert({
			company_id: 'company_remote_id',
			name: 'my company',
			remote_created_at: 1_374_138_000,
			monthly_spend: 155.98,
		});
		expect(created.body).toEqual({
			type: 'company',
			company_id: 'company_remote_id',
			id: expect.stringMatching(/^[0-9a-f]{24}$/),
			app_id: 'fk8ws2xq',
			name: 'my company',
			remote_created_at: 1_374_138_000,
			created_at: START / 1000,
			updated_at: START / 1000,
			monthly_spend: 155,
			session_count: 0,
			user_count: 0,
			tags: { type: 'tag.list', tags: [] },
			segments: { type: 'segment.list', segments: [] },
			plan: {},
			custom_attributes: {},
		});
		clock.advance(2000);
		const updated = await upsert({
			company_id: 'company_remote_id',
			size: '100',
			website: 'https://example.com',
		});
		expect(updated.body).toMatchObject({
			id: created.body.id,
			name: 'my company',
			size: 100,
			updated_at: START / 1000 + 2,
		});
		expect(fake.companies.count()).toBe(1);
	});

	it('answers bad input with 400 bad_request', async () => {
		const unknown = await upsert({ test: 'invalid' });
		expect(unknown.status).toBe(400);
		expect(unknown.body).toMatchObject({
			type: 'error.list',
			errors: [{ code: 'bad_request', message: "bad 'test' parameter" }],
		});
		expect(firstError((await upsert({ company_id: 'x', size: 'big' })).body).message).toBe(
			"bad 'size' parameter",
		);
		expect(
			firstError((await upsert({ company_id: 'x', monthly_spend: 2 ** 31 })).body).message,
		).toBe("bad 'monthly_spend' parameter");
		expect((await upsert({ name: 'No id' })).status).toBe(400);
		expect(fake.companies.count()).toBe(0);
	});

	it('finds by company_id (404 company_not_found when absent), by id, updates by id but never changes company_id', async () => {
		const { body } = await upsert({ company_id: 'C-1', name: 'One' });
		const id = String(body.id);
		expect((await api(fake, 'GET', '/companies?company_id=C-1')).body.id).toBe(id);
		const missing = await api(fake, 'GET', '/companies?company_id=nope');
		expect(missing.status).toBe(404);
		expect(firstError(missing.body)).toEqual({
			code: 'company_not_found',
			message: 'Company Not Found',
		});
		expect((await api(fake, 'GET', `/companies/${id}`)).body.company_id).toBe('C-1');
		expect((await api(fake, 'PUT', `/companies/${id}`, { name: 'Uno' })).body.name).toBe('Uno');
		expect((await api(fake, 'PUT', `/companies/${id}`, { company_id: 'C-2' })).status).toBe(400);
		expect((await api(fake, 'GET', '/companies/000000000000000000000000')).status).toBe(404);
	});

	it('attaches and detaches contacts, idempotently, keeping user_count in step', async () => {
		const { body } = await upsert({ company_id: 'C-1' });
		const companyId = String(body.id);
		const a = await contact('A');
		const b = await contact('B');
		expect(
			(await api(fake, 'POST', `/contacts/${a}/companies`, { id: companyId })).body.user_count,
		).toBe(1);
		expect(
			(await api(fake, 'POST', `/contacts/${a}/companies`, { id: companyId })).body.user_count,
		).toBe(1);
		expect(
			(await api(fake, 'POST', `/contacts/${b}/companies`, { id: companyId })).body.user_count,
		).toBe(2);
		expect(fake.contacts.get(a)?.companies).toMatchObject({
			total_count: 1,
			data: [{ id: companyId, type: 'company', url: `/companies/${companyId}` }],
		});

		const listed = await api<{ data: unknown[]; companies: unknown[]; total_count: number }>(
			fake,
			'GET',
			`/contacts/${a}/companies`,
		);
		expect(listed.body.total_count).toBe(1);
		expect(listed.body.companies).toEqual(listed.body.data);
		const members = await api<{ data: Array<{ external_id: string }> }>(
			fake,
			'GET',
			`/companies/${companyId}/contacts`,
		);
		expect(members.body.data.map((c) => c.external_id)).toEqual(['A', 'B']);

		expect(
			(await api(fake, 'DELETE', `/contacts/${a}/companies/${companyId}`)).body.user_count,
		).toBe(1);
		expect(fake.companies.get(companyId)?.user_count).toBe(1);

		const noCompany = await api(fake, 'POST', `/contacts/${a}/companies`, { id: 'nope' });
		expect(noCompany.status).toBe(404);
		expect(firstError(noCompany.body).code).toBe('company_not_found');
		const noContact = await api(fake, 'POST', '/contacts/000000000000000000000000/companies', {
			id: companyId,
		});
		expect(firstError(noContact.body)).toEqual({ code: 'not_found', message: 'User Not Found' });
		const noBody = await api(fake, 'POST', `/contacts/${a}/companies`, {});
		expect(firstError(noBody.body)).toEqual({
			code: 'parameter_not_found',
			message: 'company not specified',
		});
	});

	it('lists only companies with contacts, newest first, with page paging', async () => {
		const someone = await contact('P');
		for (let i = 1; i <= 4; i++) {
			const { body } = await upsert({ company_id: `C-${i}` });
			if (i !== 2) await api(fake, 'POST', `/contacts/${someone}/companies`, { id: body.id });
		}
		const first = await api<CompanyList>(fake, 'GET', '/companies?per_page=2');
		expect(first.body.data.map((c) => c.company_id)).toEqual(['C-4', 'C-3']);
		expect(first.body).toMatchObject({
			type: 'list',
			total_count: 3,
			pages: { type: 'pages', page: 1, per_page: 2, total_pages: 2 },
		});
		expect(first.body.pages.next).toBe(`${fake.url}/companies?per_page=2&page=2`);
		const second = await api<CompanyList>(fake, 'POST', '/companies/list?per_page=2&page=2');
		expect(second.body.data.map((c) => c.company_id)).toEqual(['C-1']);
		expect(second.body.pages.next).toBeNull();
		const past = await api<CompanyList>(fake, 'POST', '/companies/list?per_page=2&page=3');
		expect(past.body.data).toEqual([]);
		const asc = await api<CompanyList>(fake, 'POST', '/companies/list?order=asc');
		expect(asc.body.data.map((c) => c.company_id)).toEqual(['C-1', 'C-3', 'C-4']);
	});

	it('scrolls through every company with contacts, then stops', async () => {
		const someone = await contact('S');
		for (let i = 0; i < 20; i++) {
			const { body } = await upsert({ company_id: `S-${i}` });
			await api(fake, 'POST', `/contacts/${someone}/companies`, { id: body.id });
		}
		const seen: string[] = [];
		let param: string | null | undefined;
		do {
			const page = await api<{ data: Array<{ company_id: string }>; scroll_param: string | null }>(
				fake,
				'GET',
				`/companies/scroll${param ? `?scroll_param=${param}` : ''}`,
			);
			seen.push(...page.body.data.map((c) => c.company_id));
			param = page.body.scroll_param;
		} while (param);
		expect(seen).toHaveLength(20);
	});

	it('deletes a company and detaches its contacts', async () => {
		const { body } = await upsert({ company_id: 'D-1' });
		const person = await contact('D');
		await api(fake, 'POST', `/contacts/${person}/companies`, { id: body.id });
		expect((await api(fake, 'DELETE', `/companies/${String(body.id)}`)).body).toEqual({
			id: body.id,
			object: 'company',
			deleted: true,
		});
		expect(fake.contacts.get(person)?.companies.total_count).toBe(0);
		expect((await api(fake, 'GET', '/companies?company_id=D-1')).status).toBe(404);
		const again = await api(fake, 'DELETE', `/companies/${String(body.id)}`);
		expect(again.status).toBe(404);
		expect(firstError(again.body)).toEqual({
			code: 'company_not_found',
			message: 'Company Not Found',
		});
		// The company_id is free again: upserting it creates a new company.
		const recreated = await upsert({ company_id: 'D-1' });
		expect(recreated.body.id).not.toBe(body.id);
		expect(fake.companies.count()).toBe(1);
	});
});
