import { applyMapping, suggestMapping, type MappingDocument } from '../../../nodes/shared/mapping';
import {
	loadDescribe,
	loadHubSpotProperties,
	loadIntercomAttributes,
} from '../../bench/mapping/schemas';
import { noteDescribe } from '../../fakes/salesforce/standardDescribes';

let leads: MappingDocument;
let deals: MappingDocument;
let intercomContacts: MappingDocument;
let notes: MappingDocument;

beforeAll(async () => {
	const properties = (await loadHubSpotProperties([
		'contacts',
		'deals',
		'notes',
	])) as never as Record<string, never[]>;
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
	notes = suggestMapping({
		source: { system: 'salesforce', object: 'Note', describe: noteDescribe('64.0') as never },
		target: { system: 'hubspot', object: 'notes', properties: properties.notes },
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

	it('writes a note as HTML: the title in bold first, markup shown as typed, every line break kept', () => {
		const { properties, errors } = applyMapping(
			notes,
			{
				Id: '0025J0000Gx0001AAA',
				ParentId: '0015J0000Gx0001AAA',
				Title: 'Q&A <draft>',
				IsPrivate: true,
				Body: 'Line one\r\nLine <b>two</b> & "three"\n\nAfter a blank line\rlast',
				OwnerId: '005U1',
				CreatedDate: '2024-02-29T23:59:59.000Z',
				IsDeleted: false,
				SystemModstamp: '2024-03-01T00:00:00.000Z',
			},
			{ owners: { '005U1': 'ada@example.com' } },
		);
		expect(errors).toEqual([]);
		expect(properties).toEqual({
			salesforce_id: '0025J0000Gx0001AAA',
			hs_note_body:
				'<p><strong>Q&amp;A &lt;draft&gt;</strong></p>' +
				'<p>Line one<br>Line &lt;b&gt;two&lt;/b&gt; &amp; "three"<br><br>After a blank line<br>last</p>',
			hs_timestamp: '2024-02-29T23:59:59.000Z',
			hubspot_owner_id: 'ada@example.com',
			is_private: true,
		});
	});

	it('writes a note without a body as its title alone, and refuses HTML longer than HubSpot keeps', () => {
		const base = { Id: '002A', Title: 'Call notes', CreatedDate: '2024-01-01T00:00:00.000Z' };
		expect(applyMapping(notes, { ...base, Body: null }).properties.hs_note_body).toBe(
			'<p><strong>Call notes</strong></p>',
		);
		expect(
			applyMapping(notes, { ...base, Title: null, Body: null }).properties.hs_note_body,
		).toBeNull();
		// 30,000 characters fit Salesforce's 32,000; escaped, they no longer fit HubSpot's 65,536.
		const { properties, errors } = applyMapping(notes, { ...base, Body: '<>'.repeat(15_000) });
		expect(properties.hs_note_body).toBeUndefined();
		expect(errors.map((error) => [error.field, error.property, error.message])).toEqual([
			['Body', 'hs_note_body', '120041 characters as HTML; hs_note_body keeps at most 65536'],
		]);
	});

	it("associates a note with its parent's record, chosen by the parent's key prefix", () => {
		const parentOf = (ParentId: string) =>
			applyMapping(notes, { Id: '002B', Title: 't', ParentId }, { newProperties: false })
				.associations;
		expect(parentOf('0015J0000Gx0001AAA')).toEqual([
			{ toObject: 'companies', key: '0015J0000Gx0001AAA', field: 'ParentId' },
		]);
		expect(parentOf('00Q5J0000Gx0001AAA')[0].toObject).toBe('contacts');
		expect(parentOf('0035J0000Gx0001AAA')[0].toObject).toBe('contacts');
		expect(parentOf('0065J0000Gx0001AAA')[0].toObject).toBe('deals');
		expect(parentOf('5005J0000Gx0001AAA')[0].toObject).toBe('tickets');
		// A parent of an object the mapping knows no target for (a Contract) is not associated.
		expect(parentOf('8005J0000Gx0001AAA')).toEqual([]);
	});
});
