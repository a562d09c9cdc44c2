import { decodeCursor, encodeCursor } from '../../../nodes/SalesforceBulk/helpers/pageCursor';
import { parseResultSet, typedRecords } from '../../../nodes/SalesforceBulk/helpers/resultRecords';

describe('a Bulk API result set', () => {
	const csv = [
		'"Id","Name","Account.Name","NumberOfEmployees","Description"',
		'"001A","Acme ""Best"", Inc.","Parent, Ltd","12","line 1\r\nline 2"',
		'"001B","Zoë Ångström","","",""',
		'',
	].join('\n');

	it('keeps quotes, commas and newlines inside values, and reads empty cells as null', () => {
		const rows = parseResultSet(csv);
		const types = new Map([
			['NumberOfEmployees', 'int'],
			['Name', 'string'],
		]);
		expect(typedRecords(rows, types)).toEqual([
			{
				Id: '001A',
				Name: 'Acme "Best", Inc.',
				'Account.Name': 'Parent, Ltd',
				NumberOfEmployees: 12,
				Description: 'line 1\r\nline 2',
			},
			{
				Id: '001B',
				Name: 'Zoë Ångström',
				'Account.Name': null,
				NumberOfEmployees: null,
				Description: null,
			},
		]);
	});

	it('reads a set with a header row and no records as no records', () => {
		expect(typedRecords(parseResultSet('"Id","Name"\n'), new Map())).toEqual([]);
	});
});

describe('the page cursor', () => {
	const cursor = {
		jobId: '750x',
		locator: 'MTAwMDA',
		object: 'Contact',
		apiVersion: '64.0',
		page: 2,
		recordsSoFar: 20000,
		totalRecords: 25000,
	};

	it('round-trips', () => {
		expect(decodeCursor(encodeCursor(cursor))).toEqual({ v: 1, ...cursor });
	});

	it('refuses text that is not a cursor', () => {
		expect(decodeCursor('hello')).toBeUndefined();
		expect(decodeCursor(Buffer.from('{"v":1}').toString('base64url'))).toBeUndefined();
	});
});
