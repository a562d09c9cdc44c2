import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DescribeSObjectResult } from 'jsforce';
import { describedObject } from '../../../nodes/SalesforceBulk/helpers/describedObject';

const fixtures = path.resolve(__dirname, '../../../../shared/fixtures/salesforce/describe');

function fixture(name: string): DescribeSObjectResult {
	return JSON.parse(fs.readFileSync(path.join(fixtures, `${name}.describe.json`), 'utf8'));
}

describe('a described Salesforce object, from real describe responses', () => {
	const account = describedObject(fixture('Account'));
	const field = (name: string) => {
		const found = account.fields.find((f) => f.name === name);
		if (!found) throw new Error(`no field ${name}`);
		return found;
	};

	it('keeps every field of the object', () => {
		expect(account.name).toBe('Account');
		expect(account.fields).toHaveLength(fixture('Account').fields.length);
	});

	it('marks compound address fields as not readable through the Bulk API, and their parts as readable', () => {
		expect(field('BillingAddress')).toMatchObject({ type: 'address', bulkQueryable: false });
		expect(field('BillingCity')).toMatchObject({
			bulkQueryable: true,
			compoundFieldName: 'BillingAddress',
		});
	});

	it('derives "required" from nillable, createable and defaultedOnCreate', () => {
		expect(field('Name').required).toBe(true);
		expect(field('Id').required).toBe(false); // not createable
		expect(field('OwnerId').required).toBe(false); // defaulted on create
		expect(field('Website').required).toBe(false); // nillable
	});

	it('lists picklist values and references', () => {
		expect(field('Industry').picklistValues.map((v) => v.value)).toContain('Banking');
		expect(field('ParentId')).toMatchObject({
			referenceTo: ['Account'],
			relationshipName: 'Parent',
		});
	});
});
