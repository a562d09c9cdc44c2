import { applyMapping, suggestMapping, type MappingDocument } from '../../../nodes/shared/mapping';
import {
	loadDescribe,
	loadHubSpotProperties,
	loadIntercomAttributes,
} from '../../bench/mapping/schemas';

let leads: MappingDocument;
let deals: MappingDocument;
let intercomContacts: MappingDocument;

beforeAll(async () => {
	const properties = (await loadHubSpotProperties(['contacts', 'deals'])) as never as Record<
		string,
		never[]
	>;
	const lead = loadDescribe('Lead');
	leads = suggestMapping({
		source: { system: 'salesforce', object: 'Lead', describe: lead as never },
		target: { system: 'hubspot', object: 'contacts', properties: properties.contacts },
	});
	deals = suggestMapping({
		source: {
			system: 'salesforce',
			object: 'Opportunity',
			describe: loadDescribe('Opportunity') as never,
		},
		target: { system: 'hubspot', object: 'deals', properties: properties.deals },
	});
	intercomContacts = suggestMapping({
		source: { system: 'salesforce', object: 'Contact', describe: loadDescribe('Contact') as never },
		target: {
			system: 'intercom',
			object: 'contact',
			attributes: loadIntercomAttributes('contact') as never,
		},
	});
});

describe('applyMapping', () => {
	it('renames and converts a Lead into a HubSpot contact', () => {
		const { properties, errors } = applyMapping(leads, {
			Id: '00Q5g00000AbCdEAAV',
			FirstName: 'Ada',
			LastName: 'Lovelace',
			Email: 'ada@example.com',
			Status: 'Working - Contacted',
			NumberOfEmployees: 120,
			AnnualRevenue: 2500000,
			CreatedDate: '2024-01-02T03:04:05.000+0000',
			Phone: null,
			SystemModstamp: '2024-01-02T03:04:05.000Z',
		});
		expect(errors).toEqual([]);
		expect(properties).toEqual({
			salesforce_id: '00Q5g00000AbCdEAAV',
			firstname: 'Ada',
			lastname: 'Lovelace',
			email: 'ada@example.com',
			hs_lead_status: 'IN_PROGRESS',
			numemployees: '100-500',
			annualrevenue: '2500000',
			createdate: '2024-01-02T03:04:05.000Z',
			phone: null,
		});
	});

	it('reports a value that does not convert with its field and reason, and keeps the rest', () => {
		const { properties, errors } = applyMapping(deals, {
			Id: '0065g00000XyZ12AAB',
			Name: 'Renewal',
			StageName: 'Stalled',
			Amount: 'a lot',
			CloseDate: '2024-06-30',
		});
		expect(properties).toMatchObject({
			salesforce_id: '0065g00000XyZ12AAB',
			dealname: 'Renewal',
			closedate: '2024-06-30T00:00:00.000Z',
		});
		expect(errors).toEqual([
			expect.objectContaining({
				field: 'StageName',
				property: 'dealstage',
				message: expect.stringContaining('"Stalled" has no option'),
			}),
			expect.objectContaining({
				field: 'Amount',
				property: 'amount',
				message: expect.stringContaining('not a number'),
			}),
		]);
	});

	it('sets references apart as associations and resolves owners when given', () => {
		const { properties, associations, errors } = applyMapping(
			deals,
			{ Id: '006A', AccountId: '001A', ContactId: null, OwnerId: '005U1' },
			{ owners: { '005U1': 'ada@example.com' } },
		);
		expect(errors).toEqual([]);
		expect(properties.hubspot_owner_id).toBe('ada@example.com');
		expect(associations).toEqual([{ toObject: 'companies', key: '001A', field: 'AccountId' }]);
		expect(
			applyMapping(deals, { Id: '006B', OwnerId: '005NOPE' }, { owners: {} }).errors[0].message,
		).toMatch(/005NOPE/);
	});

	it('writes Intercom date-times as UNIX seconds and refuses text longer than Intercom keeps', () => {
		const { properties, errors } = applyMapping(intercomContacts, {
			Id: '003A',
			CreatedDate: '2024-01-02T00:00:00.000Z',
			Name: 'x'.repeat(300),
		});
		expect(properties).toMatchObject({ external_id: '003A', signed_up_at: 1704153600 });
		expect(errors).toEqual([
			expect.objectContaining({ field: 'Name', message: expect.stringContaining('at most 255') }),
		]);
	});

	it('writes a field with no home to the property proposed for it, unless told not to', () => {
		const row = leads.rows.find((r) => r.sourceField === 'LeadSource')!;
		expect(row).toMatchObject({ targetProperty: null, createAs: 'lead_source', transform: 'copy' });
		expect(leads.createProperties.find((p) => p.sourceField === 'LeadSource')).toMatchObject({
			name: 'lead_source',
			type: 'enumeration',
		});
		const record = { Id: '00QA', LeadSource: 'Web', Rating: null };
		expect(applyMapping(leads, record).properties).toEqual({
			salesforce_id: '00QA',
			lead_source: 'Web',
			rating: null,
		});
		expect(applyMapping(leads, record, { newProperties: false }).properties).toEqual({
			salesforce_id: '00QA',
		});
	});

	it('writes constant rows whatever the record holds', () => {
		const withConstant: MappingDocument = {
			...leads,
			rows: [
				...leads.rows,
				{
					sourceField: '(constant)',
					sourceLabel: 'Lifecycle stage',
					sourceType: 'constant',
					targetProperty: 'lifecyclestage',
					confidence: 1,
					transform: 'constant',
					constant: 'lead',
					reason: 'Every Salesforce lead is a HubSpot lead',
					origin: 'memory',
					review: false,
				},
			],
		};
		expect(applyMapping(withConstant, { Id: '00QB' }).properties).toEqual({
			salesforce_id: '00QB',
			lifecyclestage: 'lead',
		});
	});
});
