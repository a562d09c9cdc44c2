import {
	salesforceCellValue,
	salesforceDateTime,
} from '../../../nodes/shared/convert/salesforceValues';

describe('Salesforce CSV cells as typed values', () => {
	it.each([
		['', 'string', null],
		['', 'boolean', null],
		['42', 'int', 42],
		['1234.5', 'currency', 1234.5],
		['12.5', 'percent', 12.5],
		['true', 'boolean', true],
		['false', 'boolean', false],
		['2024-02-29', 'date', '2024-02-29'],
		['2024-03-01T12:34:56.000+0000', 'datetime', '2024-03-01T12:34:56.000Z'],
		['2024-03-01T12:34:56.000Z', 'datetime', '2024-03-01T12:34:56.000Z'],
		['A;B;C', 'multipicklist', ['A', 'B', 'C']],
		['say "hi", then\nleave', 'textarea', 'say "hi", then\nleave'],
		['🚀 Rocket Co', 'string', '🚀 Rocket Co'],
	])('%j as %s', (cell, type, expected) => {
		expect(salesforceCellValue(cell, type)).toEqual(expected);
	});

	it('passes on a value that does not parse as its type instead of dropping it', () => {
		expect(salesforceCellValue('n/a', 'double')).toBe('n/a');
		expect(salesforceDateTime('not a date')).toBe('not a date');
	});
});
