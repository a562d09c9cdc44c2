import type { Connection } from 'jsforce';
import { ManualClock } from '../common';
import { startFakeSalesforce, type FakeSalesforce } from './index';
import { api, connect, V } from './testSupport';

const NOW = Date.UTC(2025, 5, 15, 12); // Sunday 2025-06-15 12:00 UTC

describe('fake Salesforce SOQL', () => {
	const clock = new ManualClock(NOW);
	let sf: FakeSalesforce;
	let conn: Connection;
	const ids: Record<string, string> = {};

	async function names(where: string, object = 'Contact', field = 'LastName'): Promise<string[]> {
		const result = await conn.query<Record<string, string>>(`SELECT ${field} FROM ${object} WHERE ${where}`);
		return result.records.map((r) => r[field]).sort();
	}

	async function error(soql: string): Promise<{ status: number; body: Array<{ message: string; errorCode: string }> }> {
		const res = await api(sf, `/services/data/v${V}/query?q=${encodeURIComponent(soql)}`);
		return { status: res.status, body: (await res.json()) as never };
	}

	beforeAll(async () => {
		sf = await startFakeSalesforce({ clock });
		conn = connect(sf);
		sf.addCustomField('Contact', { name: 'Interests__c', type: 'multipicklist', picklist: ['Golf', 'Tennis', 'Chess'] });
		sf.load('User', [
			{ Id: '005000000000001AAA', Username: 'owner@acme.example', LastName: 'Owner', FirstName: 'Olga', Name: 'Olga Owner', Email: 'olga@acme.example', IsActive: true },
		]);
		const [acme, beta] = sf.insert('Account', [
			{ Name: 'Acme', OwnerId: '005000000000001AAA', AnnualRevenue: 5_000_000, Industry: 'Technology' },
			{ Name: 'Beta', AnnualRevenue: null, Industry: 'Banking' },
		]);
		ids.acme = acme.Id as string;
		ids.beta = beta.Id as string;
		const contact = (LastName: string, extra: Record<string, unknown>) => ({ LastName, ...extra });
		const rows = sf.insert('Contact', [
			contact("O'Brien", { AccountId: acme.Id, Email: 'obrien@acme.example', Birthdate: '1980-01-31', Interests__c: 'Golf;Tennis' }),
			contact('Zhang', { AccountId: acme.Id, Email: 'ZHANG@ACME.EXAMPLE', Birthdate: '1990-06-15', Interests__c: 'Chess' }),
			contact('Müller', { AccountId: beta.Id, Email: null, Birthdate: null, Interests__c: null }),
			contact('100% Real_Name', { Email: 'pct@x.example', Birthdate: '2000-02-29', Interests__c: 'Tennis;Chess;Golf' }),
		]);
		rows.forEach((r) => (ids[r.LastName as string] = r.Id as string));
		// CreatedDate spread over time for date literals.
		ids.old = sf.insert('Contact', { LastName: 'Old' }, { at: NOW - 3 * 86_400_000 }).Id as string;
	});
	afterAll(() => sf.stop());

	it('compares strings case-insensitively, with escapes, LIKE wildcards and escaped wildcards', async () => {
		expect(await names("LastName = 'o\\'brien'")).toEqual(["O'Brien"]);
		expect(await names("Email = 'zhang@acme.example'")).toEqual(['Zhang']);
		expect(await names("LastName LIKE 'm%'")).toEqual(['Müller']);
		expect(await names("LastName LIKE '_hang'")).toEqual(['Zhang']);
		expect(await names("LastName LIKE '100\\% Real\\_%'")).toEqual(['100% Real_Name']);
		expect(await names("LastName LIKE '%\\_Nam_'")).toEqual(['100% Real_Name']);
		expect(await names("LastName = 'M\\u00fcller'")).toEqual(['Müller']);
	});

	it('handles =, !=, <, <=, >, >=, IN, NOT IN and null the way SOQL does', async () => {
		expect(await names('Email = null')).toEqual(['Müller', 'Old']);
		expect(await names('Email != null')).toEqual(["O'Brien", '100% Real_Name', 'Zhang'].sort());
		expect(await names("Email != 'pct@x.example'")).toEqual(["O'Brien", 'Müller', 'Old', 'Zhang'].sort());
		expect(await names("LastName IN ('zhang', 'MÜLLER')")).toEqual(['Müller', 'Zhang']);
		expect(await names("LastName NOT IN ('Zhang', 'Müller', 'Old')")).toEqual(["O'Brien", '100% Real_Name'].sort());
		expect(await names('Birthdate < 1990-06-15')).toEqual(["O'Brien"]);
		expect(await names('Birthdate <= 1990-06-15')).toEqual(["O'Brien", 'Zhang']);
		expect(await names('Birthdate > 1990-06-15')).toEqual(['100% Real_Name']);
		expect(await names('Birthdate >= 2000-02-29')).toEqual(['100% Real_Name']);
		expect(await names('AnnualRevenue > 1000000', 'Account', 'Name')).toEqual(['Acme']);
		expect(await names('AnnualRevenue = null', 'Account', 'Name')).toEqual(['Beta']);
		expect(await names(`AccountId = '${ids.acme.slice(0, 15)}'`)).toEqual(["O'Brien", 'Zhang']);
		expect(await names('IsDeleted = false AND AccountId = null')).toEqual(['100% Real_Name', 'Old']);
	});

	it('nests AND / OR / NOT with parentheses and refuses AND mixed with OR', async () => {
		expect(await names("(LastName = 'Zhang' OR LastName = 'Müller') AND Email != null")).toEqual(['Zhang']);
		expect(await names("NOT LastName = 'Zhang' AND NOT (Email = null OR LastName LIKE '1%')")).toEqual(["O'Brien"]);
		expect(await names("LastName = 'Old' OR (Birthdate > 1985-01-01 AND (Email LIKE '%acme%' OR Email = null))")).toEqual(['Old', 'Zhang']);
		const mixed = await error("SELECT Id FROM Contact WHERE LastName = 'a' AND Email = null OR LastName = 'b'");
		expect(mixed.status).toBe(400);
		expect(mixed.body).toEqual([
			{
				message: `\nSELECT Id FROM Contact WHERE LastName = 'a' AND Email = null OR LastName = 'b'\n${' '.repeat(61)}^\nERROR at Row:1:Column:62\nunexpected token: 'OR'`,
				errorCode: 'MALFORMED_QUERY',
			},
		]);
	});

	it('filters multipicklists with INCLUDES / EXCLUDES', async () => {
		expect(await names("Interests__c INCLUDES ('Golf')")).toEqual(["O'Brien", '100% Real_Name'].sort());
		expect(await names("Interests__c INCLUDES ('golf;tennis', 'Chess')")).toEqual(["O'Brien", '100% Real_Name', 'Zhang'].sort());
		expect(await names("Interests__c EXCLUDES ('Golf')")).toEqual(['Müller', 'Old', 'Zhang']);
		expect(await names("Interests__c = 'Tennis;Golf'")).toEqual(["O'Brien"]);
		expect((await error("SELECT Id FROM Contact WHERE LastName INCLUDES ('a')")).body[0]).toMatchObject({
			errorCode: 'INVALID_QUERY_FILTER_OPERATOR',
			message: expect.stringContaining('includes or excludes operator only valid on multipicklist field'),
		});
	});

	it('compares datetimes given as Z, +0000 and offsets, and relative date literals', async () => {
		const created = '2025-06-15T12:00:00';
		expect(await names(`CreatedDate = ${created}Z`)).toHaveLength(4);
		expect(await names(`CreatedDate >= ${created}.000+0000`)).toHaveLength(4);
		expect(await names(`CreatedDate = ${'2025-06-15T14:00:00+02:00'}`)).toHaveLength(4);
		expect(await names('CreatedDate < 2025-06-13T00:00:00Z')).toEqual(['Old']);
		expect(await names('CreatedDate = TODAY')).toHaveLength(4);
		expect(await names('CreatedDate = LAST_N_DAYS:2')).toHaveLength(4);
		expect(await names('CreatedDate = LAST_N_DAYS:3')).toHaveLength(5);
		expect(await names('CreatedDate = N_DAYS_AGO:3')).toEqual(['Old']);
		expect(await names('CreatedDate < THIS_WEEK')).toEqual(['Old']);
		expect(await names('CreatedDate = THIS_MONTH')).toHaveLength(5);
		expect(await names('Birthdate < LAST_N_YEARS:30')).toEqual(["O'Brien", 'Zhang']);
		expect(await names('Birthdate = LAST_N_YEARS:30')).toEqual(['100% Real_Name']);
	});

	it('refuses literals of the wrong type with Salesforce\'s wording', async () => {
		const wrong = async (where: string) => (await error(`SELECT Id FROM Contact WHERE ${where}`)).body[0];
		expect(await wrong("CreatedDate > '2024-01-01'")).toMatchObject({
			errorCode: 'INVALID_FIELD',
			message: expect.stringMatching(/value of filter criterion for field 'CreatedDate' must be of type dateTime and should not be enclosed in quotes$/),
		});
		expect(await wrong('LastName = 5')).toMatchObject({
			message: expect.stringMatching(/field 'LastName' must be of type string and should be enclosed in quotes$/),
		});
		expect(await wrong("AccountId = 'abc'")).toMatchObject({ errorCode: 'INVALID_QUERY_FILTER_OPERATOR', message: expect.stringMatching(/invalid ID field: abc$/) });
		expect(await wrong("Description = 'x'")).toMatchObject({ errorCode: 'INVALID_FIELD', message: expect.stringMatching(/field 'Description' can not be filtered in a query call$/) });
	});

	it('orders by several fields with NULLS FIRST / LAST, applies LIMIT and OFFSET', async () => {
		const order = async (orderBy: string, extra = '') =>
			(await conn.query<Record<string, string>>(`SELECT LastName FROM Contact ORDER BY ${orderBy} ${extra}`)).records.map((r) => r.LastName);
		expect(await order('Birthdate')).toEqual(['Müller', 'Old', "O'Brien", 'Zhang', '100% Real_Name']);
		expect(await order('Birthdate DESC')).toEqual(['100% Real_Name', 'Zhang', "O'Brien", 'Müller', 'Old']);
		expect(await order('Birthdate ASC NULLS LAST, LastName DESC')).toEqual(["O'Brien", 'Zhang', '100% Real_Name', 'Old', 'Müller']);
		expect(await order('Account.Name DESC NULLS LAST, LastName')).toEqual(['Müller', "O'Brien", 'Zhang', '100% Real_Name', 'Old']);
		expect(await order('LastName', 'LIMIT 2')).toEqual(['100% Real_Name', 'Müller']);
		expect(await order('LastName', 'LIMIT 2 OFFSET 3')).toEqual(['Old', 'Zhang']);
	});

	it('reads parent fields one and two levels up, polymorphic parents, and semi-joins', async () => {
		const result = await conn.query<Record<string, unknown>>(
			"SELECT Id, Account.Name, Account.Owner.Email FROM Contact WHERE LastName IN ('Zhang', 'Müller', 'Old') ORDER BY LastName",
		);
		expect(result.records.map((r) => ({ Account: r.Account }))).toEqual([
			{
				Account: {
					attributes: { type: 'Account', url: `/services/data/v${V}/sobjects/Account/${ids.beta}` },
					Name: 'Beta',
					// Owned by the fake's own user, who has no User record here: a missing parent is null.
					Owner: null,
				},
			},
			{ Account: null },
			{
				Account: {
					attributes: { type: 'Account', url: `/services/data/v${V}/sobjects/Account/${ids.acme}` },
					Name: 'Acme',
					Owner: { attributes: { type: 'User', url: `/services/data/v${V}/sobjects/User/005000000000001AAA` }, Email: 'olga@acme.example' },
				},
			},
		]);
		sf.insert('Case', { Subject: 'Broken', OwnerId: '005000000000001AAA', AccountId: ids.acme });
		const cases = await conn.query<Record<string, unknown>>('SELECT Owner.Name, Owner.Type FROM Case');
		expect(cases.records[0].Owner).toMatchObject({ attributes: { type: 'Name' }, Name: 'Olga Owner', Type: 'User' });
		expect(await names("Id IN (SELECT AccountId FROM Contact WHERE LastName = 'Zhang')", 'Account', 'Name')).toEqual(['Acme']);
		expect(await names("Account.Owner.Email LIKE 'olga%'")).toEqual(["O'Brien", 'Zhang']);
	});

	it('answers unknown fields, objects and relationships like Salesforce', async () => {
		expect(await error('SELECT Id, Nope__c FROM Contact')).toEqual({
			status: 400,
			body: [
				{
					message:
						"\nSELECT Id, Nope__c FROM Contact\n           ^\nERROR at Row:1:Column:12\nNo such column 'Nope__c' on entity 'Contact'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
					errorCode: 'INVALID_FIELD',
				},
			],
		});
		expect((await error('SELECT Id, Account.Owner.Emial FROM Contact')).body[0].message).toMatch(/No such column 'Emial' on entity 'User'/);
		expect((await error('SELECT Id FROM Contacts')).body[0].errorCode).toBe('INVALID_TYPE');
		expect((await error('SELECT Id FROM Contact WHERE LastName = ')).body[0].errorCode).toBe('MALFORMED_QUERY');
		expect((await error('SELECT Id, Id FROM Contact')).body[0].message).toMatch(/duplicate field selected: Id$/);
	});
});
