import { csvResultSet, quoteCell } from './csv';
import { startFakeSalesforce, type FakeSalesforce } from './index';
import { createJob, pollJob, readCsv, resultSet } from './testSupport';
import { javaDouble, toBulkDateTime, toRestDateTime } from './values';

describe('CSV cells and values as Salesforce writes them', () => {
	it('quotes every value and doubles embedded quotes', () => {
		expect(quoteCell('plain')).toBe('"plain"');
		expect(quoteCell('say "hi"')).toBe('"say ""hi"""');
		expect(quoteCell('')).toBe('""');
		expect(
			[...csvResultSet({ header: ['A', 'B'], from: 0, to: 2, cells: (i) => (i === 0 ? ['x', null] : ['', 'y']), delimiter: ',', lineEnding: '\n' })].join(''),
		).toBe('"A","B"\n"x",\n"","y"\n');
	});

	it('prints doubles like Java, datetimes with .000Z in CSV and +0000 in JSON', () => {
		expect([0, 1, 0.15, 1500000, 25000000, 16147805824397, 1e15, 0.0001, -2.5, 2147483647].map(javaDouble)).toEqual([
			'0.0', '1.0', '0.15', '1500000.0', '2.5E7', '1.6147805824397E13', '1.0E15', '1.0E-4', '-2.5', '2.147483647E9',
		]);
		expect(toBulkDateTime('2024-03-01T12:34:56.000+0000')).toBe('2024-03-01T12:34:56.000Z');
		expect(toBulkDateTime('2024-03-01T14:34:56.000+0200')).toBe('2024-03-01T12:34:56.000Z');
		expect(toRestDateTime('2024-03-01T12:34:56.000Z')).toBe('2024-03-01T12:34:56.000+0000');
	});
});

describe('CSV of a Bulk job with awkward values', () => {
	let sf: FakeSalesforce;

	beforeAll(async () => {
		sf = await startFakeSalesforce();
		const [parent] = sf.insert('Account', [{ Name: 'Parent "P", Ltd.' }]);
		sf.load('Account', [
			{
				Id: '001000000000001AAA',
				Name: 'He said "yes", then left',
				Description: 'line one\r\nline two\nline three',
				BillingCity: 'Zürich — Ñandú 李雷 Ελλάδα',
				Site: '🚀 Rocket 👩‍👩‍👧 🇫🇷',
				AccountNumber: '',
				AnnualRevenue: 25000000,
				NumberOfEmployees: 12,
				BillingLatitude: 47.3769,
				IsDeleted: false,
				IsPartner: true,
				CreatedDate: '2024-03-01T12:34:56.000+0000',
				LastActivityDate: '2024-02-29',
				ParentId: parent.Id,
			},
			{ Id: '001000000000002AAA', Name: 'Nulls', IsDeleted: false },
		]);
	});
	afterAll(() => sf.stop());

	it('writes quotes, commas, CR/LF, Unicode and emoji intact; empty string vs null; booleans; numbers; dates', async () => {
		const { body } = await createJob(sf, {
			operation: 'query',
			query:
				"SELECT Id, Name, Description, BillingCity, Site, AccountNumber, AnnualRevenue, NumberOfEmployees, BillingLatitude, IsPartner, CreatedDate, LastActivityDate, Parent.Name FROM Account WHERE Id IN ('001000000000001AAA', '001000000000002')",
		});
		await pollJob(sf, body.id as string);
		const { text } = await resultSet(sf, body.id as string);
		expect(text.split('\n')[0]).toBe(
			'"Id","Name","Description","BillingCity","Site","AccountNumber","AnnualRevenue","NumberOfEmployees","BillingLatitude","IsPartner","CreatedDate","LastActivityDate","Parent.Name"',
		);
		expect(text).toContain('"He said ""yes"", then left","line one\r\nline two\nline three"');
		expect(text).toContain(',"Nulls",,,,,,,,"false",,,\n');
		const rows = readCsv(text);
		expect(rows[1]).toEqual([
			'001000000000001AAA',
			'He said "yes", then left',
			'line one\r\nline two\nline three',
			'Zürich — Ñandú 李雷 Ελλάδα',
			'🚀 Rocket 👩‍👩‍👧 🇫🇷',
			'',
			'2.5E7',
			'12',
			'47.3769',
			'true',
			'2024-03-01T12:34:56.000Z',
			'2024-02-29',
			'Parent "P", Ltd.',
		]);
		expect(rows[2]).toEqual(['001000000000002AAA', 'Nulls', null, null, null, null, null, null, null, 'false', null, null, null]);
	});
});
