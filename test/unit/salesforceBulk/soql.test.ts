import {
	conditionClause,
	dateTimeLiteral,
	fieldPath,
	literalFor,
	objectName,
	selectQuery,
	SoqlInputError,
	stringLiteral,
} from '../../../nodes/SalesforceBulk/helpers/soql';

describe('SOQL built from parameters', () => {
	it('escapes quotes, backslashes and control characters in string values', () => {
		expect(stringLiteral("O'Brien")).toBe("'O\\'Brien'");
		expect(stringLiteral('a\\b')).toBe("'a\\\\b'");
		expect(stringLiteral('line1\nline2\r\t"')).toBe("'line1\\nline2\\r\\t\\\"'");
	});

	it('cannot be broken out of by a crafted value', () => {
		const clause = conditionClause({
			field: 'Name',
			operator: 'equal',
			value: "x' OR Name != '",
			type: 'string',
		});
		expect(clause).toBe("Name = 'x\\' OR Name != \\''");
	});

	it('rejects names that are not API names', () => {
		expect(() => objectName('Account; DELETE')).toThrow(SoqlInputError);
		expect(() => fieldPath('Name FROM User')).toThrow(SoqlInputError);
		expect(fieldPath('Account.Owner.Email')).toBe('Account.Owner.Email');
	});

	it('validates numbers, booleans, dates and datetimes by the field type', () => {
		expect(literalFor('currency', '12.50')).toBe('12.50');
		expect(() => literalFor('int', '1 OR 1=1')).toThrow('is not a number');
		expect(literalFor('boolean', 'true')).toBe('true');
		expect(() => literalFor('boolean', 'yes')).toThrow('is not true or false');
		expect(literalFor('date', '2024-02-29')).toBe('2024-02-29');
		expect(literalFor('datetime', '2024-05-01T10:00:00.000+0200')).toBe('2024-05-01T08:00:00Z');
		expect(dateTimeLiteral(new Date(Date.UTC(2024, 0, 1, 0, 0, 0, 5)))).toBe(
			'2024-01-01T00:00:00.005Z',
		);
		expect(literalFor('string', '')).toBe('null');
	});

	it('writes IN lists from comma-separated text', () => {
		expect(
			conditionClause({
				field: 'Industry',
				operator: 'in',
				value: 'Banking, Retail',
				type: 'picklist',
			}),
		).toBe("Industry IN ('Banking', 'Retail')");
	});

	it('assembles a SELECT with every condition required', () => {
		expect(
			selectQuery({ object: 'Contact', fields: ['Id', 'Account.Name'], where: ['A = 1', 'B = 2'] }),
		).toBe('SELECT Id, Account.Name FROM Contact WHERE (A = 1) AND (B = 2)');
	});
});
