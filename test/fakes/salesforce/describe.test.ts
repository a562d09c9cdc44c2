import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_DESCRIBE_DIR, startFakeSalesforce, type FakeSalesforce } from './index';
import { api, connect, V } from './testSupport';

const fixture = (name: string) => fs.readFileSync(path.join(DEFAULT_DESCRIBE_DIR, `${name}.describe.json`));

describe('fake Salesforce describe and sobjects', () => {
	let sf: FakeSalesforce;

	beforeAll(async () => {
		sf = await startFakeSalesforce({ username: 'admin@acme.example' });
	});
	afterAll(() => sf.stop());

	it('serves every fixture describe verbatim, byte for byte, and jsforce reads it', async () => {
		for (const name of ['Account', 'Case', 'Contact', 'Event', 'Lead', 'Opportunity', 'OpportunityContactRole']) {
			const res = await api(sf, `/services/data/v${V}/sobjects/${name}/describe`);
			expect(res.status).toBe(200);
			expect(res.headers.get('content-type')).toBe('application/json;charset=UTF-8');
			expect(Buffer.from(await res.arrayBuffer()).equals(fixture(name))).toBe(true);
		}
		const described = await connect(sf).describe('Contact');
		expect(described).toEqual(JSON.parse(fixture('Contact').toString('utf8')));
	});

	it('lists the objects in the global describe, with their describe keys', async () => {
		const global = await connect(sf).describeGlobal();
		expect(global.encoding).toBe('UTF-8');
		expect(global.maxBatchSize).toBe(200);
		const names = global.sobjects.map((s) => s.name);
		expect(names).toEqual(expect.arrayContaining(['Account', 'Contact', 'Lead', 'Opportunity', 'Case', 'Event', 'Task', 'User']));
		const account = global.sobjects.find((s) => s.name === 'Account');
		expect(account).toMatchObject({
			keyPrefix: '001',
			label: 'Account',
			labelPlural: 'Accounts',
			custom: false,
			queryable: true,
			createable: true,
			updateable: true,
			deletable: true,
			urls: { sobject: `/services/data/v${V}/sobjects/Account`, describe: `/services/data/v${V}/sobjects/Account/describe` },
		});
	});

	it('builds User and Task describes whose fields have every key a real field has', async () => {
		const realKeys = Object.keys(JSON.parse(fixture('Account').toString('utf8')).fields[0]).sort();
		const conn = connect(sf);
		const user = await conn.describe('User');
		const task = await conn.describe('Task');
		for (const field of [...user.fields, ...task.fields]) expect(Object.keys(field).sort()).toEqual(realKeys);
		const byName = (fields: typeof user.fields) => new Map(fields.map((f) => [f.name, f]));
		const u = byName(user.fields);
		const t = byName(task.fields);
		expect(user.keyPrefix).toBe('005');
		expect(task.keyPrefix).toBe('00T');
		expect(u.get('Username')).toMatchObject({ type: 'string', nillable: false, unique: true, length: 80 });
		expect(u.get('Email')).toMatchObject({ type: 'email', nillable: false });
		expect(u.get('Street')).toMatchObject({ type: 'textarea', compoundFieldName: 'Address' });
		expect(u.get('Address')).toMatchObject({ type: 'address', soapType: 'urn:address', createable: false });
		expect(u.get('IsActive')).toMatchObject({ type: 'boolean', nillable: false, defaultedOnCreate: true });
		expect((u.get('TimeZoneSidKey')?.picklistValues ?? []).map((p) => p.value)).toContain('Europe/Berlin');
		expect(u.get('ManagerId')).toMatchObject({ type: 'reference', referenceTo: ['User'], relationshipName: 'Manager' });
		expect(u.has('IsDeleted')).toBe(false);
		expect(t.get('WhoId')).toMatchObject({ referenceTo: ['Contact', 'Lead'], relationshipName: 'Who', polymorphicForeignKey: true });
		expect(t.get('Status')).toMatchObject({ type: 'picklist', nillable: false, defaultedOnCreate: true });
		expect(t.get('Subject')).toMatchObject({ type: 'combobox', nameField: true });
		expect(t.get('Description')).toMatchObject({ type: 'textarea', length: 32000, filterable: false, sortable: false });
		expect(t.get('CreatedDate')).toMatchObject({ type: 'datetime', createable: false, updateable: false, nillable: false });
		expect((t.get('TaskSubtype')?.picklistValues ?? []).map((p) => p.value)).toEqual(['Task', 'Email', 'ListEmail', 'Cadence', 'Call', 'LinkedIn']);
	});

	it('describes the classic Note: polymorphic ParentId, required Title of 80, Body of 32,000, IsPrivate', async () => {
		const realKeys = Object.keys(JSON.parse(fixture('Account').toString('utf8')).fields[0]).sort();
		const note = await connect(sf).describe('Note');
		expect(note).toMatchObject({ name: 'Note', keyPrefix: '002', queryable: true, labelPlural: 'Notes' });
		for (const field of note.fields) expect(Object.keys(field).sort()).toEqual(realKeys);
		const n = new Map(note.fields.map((f) => [f.name, f]));
		expect(note.fields.map((f) => f.name)).toEqual([
			'Id', 'IsDeleted', 'ParentId', 'Title', 'IsPrivate', 'Body', 'OwnerId',
			'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById', 'SystemModstamp',
		]);
		expect(n.get('ParentId')).toMatchObject({ type: 'reference', relationshipName: 'Parent', polymorphicForeignKey: true, nillable: false, updateable: false });
		expect(n.get('ParentId')?.referenceTo).toEqual(expect.arrayContaining(['Account', 'Contact', 'Lead', 'Opportunity', 'Case']));
		expect(n.get('Title')).toMatchObject({ type: 'string', length: 80, nillable: false, nameField: true });
		expect(n.get('Body')).toMatchObject({ type: 'textarea', length: 32000, nillable: true, filterable: false });
		expect(n.get('IsPrivate')).toMatchObject({ type: 'boolean', label: 'Private', nillable: false, defaultedOnCreate: true });
		expect(n.get('OwnerId')).toMatchObject({ referenceTo: ['User'], relationshipName: 'Owner' });
		expect((await connect(sf).describeGlobal()).sobjects.map((s) => s.name)).toContain('Note');
	});

	it('answers an unknown object with 404 NOT_FOUND', async () => {
		for (const p of [`/services/data/v${V}/sobjects/Nope__c/describe`, `/services/data/v${V}/sobjects/Nope__c`, '/services/data/v45.0/sobjects']) {
			const res = await api(sf, p);
			expect(res.status).toBe(404);
			expect(await res.json()).toEqual([{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }]);
		}
	});

	it('adds custom fields and objects: described, queryable, stored', async () => {
		sf.addCustomField('Account', { name: 'Tier__c', type: 'picklist', picklist: ['Gold', 'Silver'] });
		const describe = await connect(sf).describe('Account');
		expect(describe.fields.find((f) => f.name === 'Tier__c')).toMatchObject({ custom: true, type: 'picklist', soapType: 'xsd:string' });
		const account = sf.insert('Account', { Name: 'Gold Co', Tier__c: 'Gold' });

		sf.addCustomObject({ name: 'Invoice__c', fields: [{ name: 'Account__c', type: 'reference', referenceTo: ['Account'] }, { name: 'Total__c', type: 'currency' }] });
		const global = await connect(sf).describeGlobal();
		const invoice = global.sobjects.find((s) => s.name === 'Invoice__c');
		expect(invoice).toMatchObject({ custom: true, keyPrefix: 'a00', queryable: true });
		sf.insert('Invoice__c', { Name: 'INV-1', Account__c: account.Id, Total__c: 12.5 });
		const result = await connect(sf).query<Record<string, unknown>>('SELECT Name, Total__c, Account__r.Tier__c FROM Invoice__c');
		expect(result.records[0]).toMatchObject({ Name: 'INV-1', Total__c: 12.5, Account__r: { Tier__c: 'Gold' } });
	});

	it('reads one record by id (fields filter, compound address, ENTITY_IS_DELETED)', async () => {
		const account = sf.insert('Account', { Name: 'Addr Co', BillingCity: 'Paris', BillingCountry: 'France' });
		const full = (await (await api(sf, `/services/data/v${V}/sobjects/Account/${account.Id}`)).json()) as Record<string, unknown>;
		expect(full.attributes).toEqual({ type: 'Account', url: `/services/data/v${V}/sobjects/Account/${account.Id}` });
		expect(full.BillingAddress).toEqual({
			city: 'Paris',
			country: 'France',
			geocodeAccuracy: null,
			latitude: null,
			longitude: null,
			postalCode: null,
			state: null,
			street: null,
		});
		expect(full.IsDeleted).toBe(false);
		const some = await (await api(sf, `/services/data/v${V}/sobjects/Account/${account.Id}?fields=Name,BillingCity`)).json();
		expect(some).toEqual({ attributes: full.attributes, Name: 'Addr Co', BillingCity: 'Paris' });
		sf.delete('Account', account.Id as string);
		const gone = await api(sf, `/services/data/v${V}/sobjects/Account/${account.Id}`);
		expect(gone.status).toBe(404);
		expect(await gone.json()).toEqual([{ message: 'entity is deleted', errorCode: 'ENTITY_IS_DELETED', fields: [] }]);
	});

	it('lists API versions and answers /limits', async () => {
		const versions = (await (await fetch(`${sf.url}/services/data`)).json()) as Array<{ version: string; label: string; url: string }>;
		expect(versions[0]).toEqual({ label: "Winter '21", url: '/services/data/v50.0', version: '50.0' });
		expect(versions.at(-1)).toEqual({ label: "Summer '25", url: '/services/data/v64.0', version: '64.0' });
		const limits = (await connect(sf).request(`/services/data/v${V}/limits`)) as Record<string, { Max: number; Remaining: number }>;
		expect(limits.DailyApiRequests.Max).toBe(100_000);
		expect(limits.DailyApiRequests.Remaining).toBeLessThan(100_000);
		expect(limits.DailyBulkV2QueryJobs).toEqual({ Max: 10_000, Remaining: 10_000 });
	});
});
