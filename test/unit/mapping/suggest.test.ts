import {
	suggestMapping,
	type HubSpotProperty,
	type MappingDocument,
	type MappingInput,
	type SalesforceField,
} from '../../../nodes/shared/mapping';
import {
	loadDescribe,
	loadHubSpotProperties,
	loadIntercomAttributes,
} from '../../bench/mapping/schemas';
import { noteDescribe } from '../../fakes/salesforce/standardDescribes';

let hubspot: Record<string, HubSpotProperty[]>;

beforeAll(async () => {
	hubspot = (await loadHubSpotProperties([
		'contacts',
		'companies',
		'deals',
		'tickets',
		'notes',
	])) as unknown as Record<string, HubSpotProperty[]>;
});

function toHubSpot(
	object: string,
	targetObject: string,
	extraFields: SalesforceField[] = [],
	memory?: MappingInput['memory'],
): MappingDocument {
	const describe = loadDescribe(object);
	return suggestMapping({
		source: {
			system: 'salesforce',
			object,
			describe: { ...describe, fields: [...describe.fields, ...extraFields] } as never,
		},
		target: { system: 'hubspot', object: targetObject, properties: hubspot[targetObject] },
		memory,
	});
}

const rowOf = (document: MappingDocument, field: string) =>
	document.rows.find((row) => row.sourceField === field)!;

describe('suggestMapping: Salesforce to HubSpot on real describes', () => {
	it('maps the standard Contact fields to HubSpot contact properties, with a reason and a confidence', () => {
		const document = toHubSpot('Contact', 'contacts');
		expect(document.rows).toHaveLength(loadDescribe('Contact').fields.length);
		const targets = Object.fromEntries(
			document.rows.map((row) => [row.sourceField, row.targetProperty]),
		);
		expect(targets).toMatchObject({
			Id: 'salesforce_id',
			FirstName: 'firstname',
			LastName: 'lastname',
			Email: 'email',
			Phone: 'phone',
			MobilePhone: 'mobilephone',
			Title: 'jobtitle',
			MailingCity: 'city',
			MailingPostalCode: 'zip',
			OwnerId: 'hubspot_owner_id',
		});
		expect(rowOf(document, 'Email')).toMatchObject({
			transform: 'copy',
			origin: 'knowledge',
			review: false,
		});
		expect(rowOf(document, 'Email').confidence).toBeGreaterThan(0.9);
		expect(rowOf(document, 'Email').reason).toMatch(/Email/);
		// The other address is not squeezed into the one street property.
		expect(rowOf(document, 'OtherStreet').targetProperty).toBeNull();
		expect(document.createProperties.map((p) => p.name)).toContain('other_street');
	});

	it('leaves system fields alone and turns references into associations', () => {
		const document = toHubSpot('Contact', 'contacts');
		for (const field of [
			'SystemModstamp',
			'IsDeleted',
			'MailingAddress',
			'MailingLatitude',
			'LastModifiedById',
		])
			expect(rowOf(document, field)).toMatchObject({ targetProperty: null, transform: 'none' });
		expect(rowOf(document, 'AccountId')).toMatchObject({
			transform: 'association',
			associateWith: 'companies',
		});
		expect(document.createProperties.map((p) => p.sourceField)).not.toContain('SystemModstamp');
	});

	it('maps picklist values to HubSpot options, flags the ones with no option, and maps deal stages', () => {
		const deals = toHubSpot('Opportunity', 'deals');
		expect(rowOf(deals, 'StageName').valueMap).toMatchObject({
			'Closed Won': 'closedwon',
			'Closed Lost': 'closedlost',
			Prospecting: 'appointmentscheduled',
		});
		const companies = toHubSpot('Account', 'companies');
		const industry = rowOf(companies, 'Industry');
		expect(industry.valueMap).toMatchObject({ Banking: 'BANKING', Apparel: 'APPAREL_FASHION' });
		expect(industry.review).toBe(true);
		expect(industry.unmatchedValues!.length).toBeGreaterThan(0);
		expect(companies.review).toContain('Industry');
	});

	it('turns a number into HubSpot ranges, and proposes typed properties for custom and managed-package fields', () => {
		const leads = toHubSpot('Lead', 'contacts', [
			{
				name: 'Budget__c',
				label: 'Budget',
				type: 'currency',
				custom: true,
				createable: true,
				updateable: true,
			},
			{
				name: 'acme__Tier__c',
				label: 'Tier',
				type: 'picklist',
				custom: true,
				createable: true,
				updateable: true,
				picklistValues: [
					{ value: 'Gold', label: 'Gold', active: true },
					{ value: 'Silver', label: 'Silver', active: true },
				],
			},
			{
				name: 'Interests__c',
				label: 'Interests',
				type: 'multipicklist',
				custom: true,
				createable: true,
				updateable: true,
				picklistValues: [{ value: 'A', active: true }],
			},
		]);
		expect(rowOf(leads, 'NumberOfEmployees')).toMatchObject({
			targetProperty: 'numemployees',
			transform: 'range',
		});
		expect(rowOf(leads, 'NumberOfEmployees').ranges).toContain('1000+');
		const created = Object.fromEntries(leads.createProperties.map((p) => [p.sourceField, p]));
		expect(created['Budget__c']).toMatchObject({
			name: 'budget',
			type: 'number',
			fieldType: 'number',
		});
		expect(created['acme__Tier__c']).toMatchObject({
			name: 'acme_tier',
			type: 'enumeration',
			fieldType: 'select',
			options: [
				{ label: 'Gold', value: 'Gold' },
				{ label: 'Silver', value: 'Silver' },
			],
		});
		expect(created['Interests__c']).toMatchObject({ type: 'enumeration', fieldType: 'checkbox' });
	});

	it('finds a custom field a home by name and type, and never maps across types', () => {
		const document = toHubSpot('Account', 'companies', [
			{
				name: 'Linked_In_Page__c',
				label: 'LinkedIn Company Page',
				type: 'url',
				custom: true,
				createable: true,
				updateable: true,
			},
			{
				name: 'Is_Public__c',
				label: 'Publicly traded',
				type: 'string',
				custom: true,
				createable: true,
				updateable: true,
			},
		]);
		expect(rowOf(document, 'Linked_In_Page__c')).toMatchObject({
			targetProperty: 'linkedin_company_page',
			origin: 'similarity',
		});
		// "is_public" is a checkbox: a text field never goes there.
		expect(rowOf(document, 'Is_Public__c').targetProperty).not.toBe('is_public');
	});

	it('reports required target properties no field fills', () => {
		const document = suggestMapping({
			source: {
				system: 'salesforce',
				object: 'Case',
				describe: { name: 'Case', fields: [{ name: 'Id', type: 'id' }] },
			},
			target: { system: 'hubspot', object: 'tickets', properties: hubspot.tickets },
		});
		expect(document.unmappedRequired).toEqual(['subject', 'hs_pipeline_stage']);
	});

	it('prefers what a person approved before', () => {
		const document = toHubSpot(
			'Contact',
			'contacts',
			[],
			[
				{ sourceField: 'Description', targetProperty: 'message' },
				{ sourceField: 'Fax', targetProperty: null },
			],
		);
		expect(rowOf(document, 'Description')).toMatchObject({
			targetProperty: 'message',
			confidence: 1,
			origin: 'memory',
		});
		expect(rowOf(document, 'Fax')).toMatchObject({ targetProperty: null, origin: 'memory' });
		expect(document.createProperties.map((p) => p.sourceField)).not.toContain('Description');
	});

	it('maps a classic Note to a HubSpot note: one HTML body with the title first, its date, owner and parent', () => {
		const notes = suggestMapping({
			source: { system: 'salesforce', object: 'Note', describe: noteDescribe('64.0') as never },
			target: { system: 'hubspot', object: 'notes', properties: hubspot.notes },
		});
		expect(rowOf(notes, 'Id')).toMatchObject({ targetProperty: 'salesforce_id', transform: 'key' });
		expect(rowOf(notes, 'Body')).toMatchObject({
			targetProperty: 'hs_note_body',
			transform: 'html',
			heading: 'Title',
			origin: 'knowledge',
			maxLength: 65_536,
			review: false,
		});
		// The title has no property of its own, and none is created for it.
		expect(rowOf(notes, 'Title')).toMatchObject({ targetProperty: null, origin: 'knowledge' });
		expect(rowOf(notes, 'Title').reason).toMatch(/first line of hs_note_body/);
		expect(rowOf(notes, 'CreatedDate')).toMatchObject({
			targetProperty: 'hs_timestamp',
			transform: 'datetime',
		});
		expect(rowOf(notes, 'OwnerId')).toMatchObject({
			targetProperty: 'hubspot_owner_id',
			transform: 'owner',
		});
		expect(rowOf(notes, 'ParentId')).toMatchObject({
			transform: 'association',
			associateByPrefix: {
				'001': 'companies',
				'003': 'contacts',
				'00Q': 'contacts',
				'006': 'deals',
				'500': 'tickets',
			},
		});
		expect(rowOf(notes, 'ParentId').associateWith).toBeUndefined();
		// HubSpot notes are never private: the flag is kept on a property of its own.
		expect(rowOf(notes, 'IsPrivate')).toMatchObject({
			createAs: 'is_private',
			transform: 'boolean',
		});
		expect(notes.createProperties.map((p) => p.name).sort()).toEqual([
			'is_private',
			'salesforce_id',
		]);
		expect(notes.unmappedRequired).toEqual([]);
		expect(notes.review).toEqual([]);

		// An approved body keeps its heading.
		const approved = suggestMapping({
			source: { system: 'salesforce', object: 'Note', describe: noteDescribe('64.0') as never },
			target: { system: 'hubspot', object: 'notes', properties: hubspot.notes },
			memory: [
				{
					sourceField: 'Body',
					targetProperty: 'hs_note_body',
					transform: 'html',
					heading: 'Title',
				},
			],
		});
		expect(rowOf(approved, 'Body')).toMatchObject({
			origin: 'memory',
			transform: 'html',
			heading: 'Title',
		});
	});

	it('gives the same document for the same input', () => {
		expect(JSON.stringify(toHubSpot('Lead', 'contacts'))).toBe(
			JSON.stringify(toHubSpot('Lead', 'contacts')),
		);
	});
});

describe('suggestMapping: Salesforce to Intercom', () => {
	it('keys contacts and companies on the Salesforce Id and maps the standard attributes', () => {
		const contacts = suggestMapping({
			source: {
				system: 'salesforce',
				object: 'Contact',
				describe: loadDescribe('Contact') as never,
			},
			target: {
				system: 'intercom',
				object: 'contact',
				attributes: loadIntercomAttributes('contact') as never,
			},
		});
		expect(rowOf(contacts, 'Id')).toMatchObject({
			targetProperty: 'external_id',
			transform: 'key',
		});
		expect(rowOf(contacts, 'Email').targetProperty).toBe('email');
		expect(rowOf(contacts, 'CreatedDate')).toMatchObject({
			targetProperty: 'signed_up_at',
			transform: 'datetime',
		});
		const companies = suggestMapping({
			source: {
				system: 'salesforce',
				object: 'Account',
				describe: loadDescribe('Account') as never,
			},
			target: {
				system: 'intercom',
				object: 'company',
				attributes: loadIntercomAttributes('company') as never,
			},
		});
		expect(rowOf(companies, 'Id').targetProperty).toBe('company_id');
		expect(rowOf(companies, 'NumberOfEmployees').targetProperty).toBe('size');
		expect(rowOf(companies, 'AnnualRevenue').targetProperty).not.toBe('monthly_spend');
		expect(companies.createProperties.find((p) => p.sourceField === 'AnnualRevenue')).toMatchObject(
			{ type: 'float' },
		);
	});
});
