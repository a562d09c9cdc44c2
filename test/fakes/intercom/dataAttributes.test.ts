import { ManualClock } from '../common';
import { IntercomError, startFakeIntercom, type FakeIntercom } from './index';
import { api, firstError } from './testSupport';

type AttributeList = { type: string; data: Array<Record<string, unknown>> };

describe('fake Intercom data attributes and custom attribute checks', () => {
	let fake: FakeIntercom;

	beforeEach(async () => {
		fake = await startFakeIntercom({ clock: new ManualClock() });
	});
	afterEach(() => fake.stop());

	const createAttribute = (body: unknown) => api(fake, 'POST', '/data_attributes', body);

	it('lists the built-in attributes of each model, then custom ones', async () => {
		const company = await api<AttributeList>(fake, 'GET', '/data_attributes?model=company');
		expect(company.body.type).toBe('list');
		expect(company.body.data[0]).toEqual({
			type: 'data_attribute',
			name: 'name',
			full_name: 'name',
			label: 'Company name',
			description: 'The name of a company',
			data_type: 'string',
			api_writable: true,
			ui_writable: false,
			messenger_writable: true,
			custom: false,
			archived: false,
			model: 'company',
		});
		expect(company.body.data.map((a) => a.full_name)).toContain('plan.name');
		const contact = await api<AttributeList>(fake, 'GET', '/data_attributes?model=contact');
		expect(contact.body.data.every((a) => a.model === 'contact')).toBe(true);
		expect(contact.body.data.map((a) => a.name)).toEqual(
			expect.arrayContaining(['email', 'external_id', 'phone']),
		);
		const all = await api<AttributeList>(fake, 'GET', '/data_attributes');
		expect(all.body.data.length).toBe(company.body.data.length + contact.body.data.length);
	});

	it('creates a custom attribute with the documented shape', async () => {
		const res = await createAttribute({
			name: 'Mithril Shirt',
			model: 'company',
			data_type: 'string',
			description: 'Armour',
		});
		expect(res.status).toBe(200);
		expect(res.body).toEqual({
			id: expect.any(Number),
			type: 'data_attribute',
			name: 'Mithril Shirt',
			full_name: 'custom_attributes.Mithril Shirt',
			label: 'Mithril Shirt',
			description: 'Armour',
			data_type: 'string',
			api_writable: true,
			ui_writable: false,
			messenger_writable: false,
			custom: true,
			archived: false,
			admin_id: '991267390',
			created_at: expect.any(Number),
			updated_at: expect.any(Number),
			model: 'company',
		});
		const listed = await api<AttributeList>(fake, 'GET', '/data_attributes?model=company');
		expect(listed.body.data.at(-1)?.name).toBe('Mithril Shirt');
	});

	it('refuses bad creates with the exact 400 messages', async () => {
		await createAttribute({ name: 'The One Ring', model: 'company', data_type: 'string' });
		const cases: Array<[unknown, string]> = [
			[
				{ name: 'The One Ring', model: 'contact', data_type: 'integer' },
				"You already have 'The One Ring' in your company data. To save this as new people data, use a different name.",
			],
			[
				{ name: 'The One Ring', model: 'company', data_type: 'string' },
				"You already have 'The One Ring' in your company data. To save this as new company data, use a different name.",
			],
			[
				{ name: '!nv@l!d n@me', model: 'company', data_type: 'string' },
				'Your name for this attribute must only contain alphanumeric characters, currency symbols, and hyphens',
			],
			[
				{ name: 'The Second Ring', model: 'company', data_type: 'mithril' },
				"Data Type isn't an option",
			],
			[
				{ name: 'Ring', model: 'conversation', data_type: 'string' },
				'The Data Attribute model field must be either contact or company',
			],
			[
				{ name: 'Ring', model: 'contact', data_type: 'string', options: { value: '1-10' } },
				"Options isn't an array",
			],
		];
		for (const [body, message] of cases) {
			const res = await createAttribute(body);
			expect(res.status).toBe(400);
			expect(firstError(res.body)).toEqual({ code: 'parameter_invalid', message });
		}
		expect(() =>
			fake.addDataAttribute({ name: 'The One Ring', model: 'contact', data_type: 'string' }),
		).toThrow(IntercomError);
	});

	it('updates description and options, archives, and answers 404 for an unknown id', async () => {
		const { body } = await createAttribute({
			name: 'size_band',
			model: 'company',
			data_type: 'string',
			options: ['1-10'],
		});
		const updated = await api(fake, 'PUT', `/data_attributes/${String(body.id)}`, {
			description: 'Just a plain old ring',
			options: [{ value: '1-10' }, { value: '11-20' }],
		});
		expect(updated.body).toMatchObject({
			description: 'Just a plain old ring',
			options: ['1-10', '11-20'],
		});
		await api(fake, 'PUT', `/data_attributes/${String(body.id)}`, { archived: true });
		const live = await api<AttributeList>(fake, 'GET', '/data_attributes?model=company');
		expect(live.body.data.some((a) => a.name === 'size_band')).toBe(false);
		const withArchived = await api<AttributeList>(
			fake,
			'GET',
			'/data_attributes?model=company&include_archived=true',
		);
		expect(withArchived.body.data.find((a) => a.name === 'size_band')?.archived).toBe(true);
		const missing = await api(fake, 'PUT', '/data_attributes/9999', { description: 'x' });
		expect(missing.status).toBe(404);
		expect(firstError(missing.body)).toEqual({
			code: 'field_not_found',
			message: "We couldn't find that data attribute to update",
		});
	});

	it('type-checks custom attribute values on contacts and companies, writing nothing when refused', async () => {
		fake.addDataAttribute({ name: 'sf_rating', model: 'contact', data_type: 'integer' });
		fake.addDataAttribute({ name: 'sf_score', model: 'contact', data_type: 'float' });
		fake.addDataAttribute({ name: 'sf_vip', model: 'contact', data_type: 'boolean' });
		fake.addDataAttribute({ name: 'sf_since', model: 'contact', data_type: 'date' });
		fake.addDataAttribute({
			name: 'band',
			model: 'company',
			data_type: 'string',
			options: ['small', 'large'],
		});

		const good = await api(fake, 'POST', '/contacts', {
			external_id: 'ok',
			custom_attributes: { sf_rating: 3, sf_score: 2.5, sf_vip: true, sf_since: 1_700_000_000 },
		});
		expect(good.status).toBe(200);
		const bad: Array<[Record<string, unknown>, string]> = [
			[{ sf_rating: 2.5 }, "User attribute 'sf_rating' must be of type integer, got float"],
			[{ sf_rating: '3' }, "User attribute 'sf_rating' must be of type integer, got string"],
			[{ sf_vip: 'yes' }, "User attribute 'sf_vip' must be of type boolean, got string"],
			[
				{ sf_since: '2024-01-01' },
				"User attribute 'sf_since' must be of type date (Unix timestamp in seconds), got string",
			],
			[{ sf_missing: 1 }, "User attribute 'sf_missing' does not exist"],
		];
		for (const [custom, message] of bad) {
			const res = await api(fake, 'POST', '/contacts', {
				external_id: 'bad',
				custom_attributes: custom,
			});
			expect(res.status).toBe(400);
			expect(firstError(res.body)).toEqual({ code: 'parameter_invalid', message });
		}
		expect(fake.contacts.byExternalId('bad')).toBeUndefined();

		const companyBad = await api(fake, 'POST', '/companies', {
			company_id: 'C1',
			custom_attributes: { band: 'medium' },
		});
		expect(firstError(companyBad.body)).toEqual({
			code: 'parameter_invalid',
			message: "Company attribute 'band' must be one of: small, large",
		});
		const companyUnknown = await api(fake, 'POST', '/companies', {
			company_id: 'C1',
			custom_attributes: { sf_rating: 1 },
		});
		expect(firstError(companyUnknown.body).message).toBe(
			"Company attribute 'sf_rating' does not exist",
		);
		expect(fake.companies.count()).toBe(0);
	});
});
