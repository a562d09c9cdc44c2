import {
	HubSpotValueError,
	hubSpotValue,
	isReadOnly,
	MAX_VALUE_LENGTH,
	optionValue,
	type HubSpotPropertyDefinition,
} from '../../../nodes/shared/convert/hubspotValues';

const dateProperty: HubSpotPropertyDefinition = { name: 'closedate', type: 'date' };
const dateTimeProperty: HubSpotPropertyDefinition = { name: 'lastmodified', type: 'datetime' };
const numberProperty: HubSpotPropertyDefinition = { name: 'amount', type: 'number' };
const boolProperty: HubSpotPropertyDefinition = { name: 'is_vip', type: 'bool' };
const stringProperty: HubSpotPropertyDefinition = { name: 'description', type: 'string' };
const emailProperty: HubSpotPropertyDefinition = { name: 'email', type: 'string' };

const stageProperty: HubSpotPropertyDefinition = {
	name: 'lifecyclestage',
	type: 'enumeration',
	fieldType: 'select',
	options: [
		{ label: 'Lead', value: 'lead' },
		{ label: 'Marketing Qualified Lead', value: 'marketingqualifiedlead' },
		{ label: 'Customer', value: 'customer' },
	],
};

const interestsProperty: HubSpotPropertyDefinition = {
	name: 'interests',
	type: 'enumeration',
	fieldType: 'checkbox',
	options: [
		{ label: 'Hiking', value: 'hiking' },
		{ label: 'Sailing', value: 'sailing' },
		{ label: 'Chess Club', value: 'chess_club' },
	],
};

/** The HubSpotValueError `hubSpotValue` throws, or a failure when it throws none. */
function refusal(
	definition: HubSpotPropertyDefinition,
	value: unknown,
	objectType?: string,
): HubSpotValueError {
	try {
		hubSpotValue(definition, value, objectType);
	} catch (error) {
		expect(error).toBeInstanceOf(HubSpotValueError);
		return error as HubSpotValueError;
	}
	throw new Error(`${JSON.stringify(value)} was accepted`);
}

describe('hubSpotValue for a date property', () => {
	it.each([
		['a YYYY-MM-DD day, as it is', '2024-02-29', '2024-02-29'],
		['a day with spaces around it', ' 2024-03-01 ', '2024-03-01'],
		['an ISO date-time in UTC', '2024-03-01T23:59:59.999Z', '2024-03-01'],
		['an ISO date-time whose UTC day is the next one', '2024-03-01T22:30:00-05:00', '2024-03-02'],
		['an ISO date-time whose UTC day is the one before', '2024-03-01T01:30:00+02:00', '2024-02-29'],
		['a Salesforce date-time with +0000', '2024-03-01T12:34:56.000+0000', '2024-03-01'],
		['a Salesforce date-time with -0800', '2024-03-01T20:00:00.000-0800', '2024-03-02'],
		['epoch milliseconds', 1_709_251_200_000 + 3_600_000, '2024-03-01'],
		['epoch milliseconds as text', '1709251200000', '2024-03-01'],
		['epoch milliseconds before 1970', -1, '1969-12-31'],
		['a Date', new Date('2024-03-01T10:00:00Z'), '2024-03-01'],
	])('takes %s', (_, value, expected) => {
		expect(hubSpotValue(dateProperty, value)).toBe(expected);
	});

	it.each([
		['text that is no date', 'next tuesday'],
		['a day that does not exist', '2024-02-30'],
		['an invalid Date', new Date('nope')],
		['a number that is not finite', Number.NaN],
		['a boolean', true],
	])('refuses %s with INVALID_DATE naming the property', (_, value) => {
		const error = refusal(dateProperty, value);
		expect(error.code).toBe('INVALID_DATE');
		expect(error.property).toBe('closedate');
	});

	// An out-of-range month or day makes an Invalid Date (not a roll-over like 2024-02-30): it must
	// still be the record's error, not a RangeError that stops the node.
	it.each([['2024-13-01'], ['2024-02-32'], ['2024-00-10']])(
		'refuses the out-of-range day %j with INVALID_DATE',
		(value) => {
			expect(refusal(dateProperty, value).code).toBe('INVALID_DATE');
		},
	);
});

describe('hubSpotValue for a datetime property', () => {
	it.each([
		['an ISO date-time with an offset', '2024-03-01T12:34:56-05:00', '2024-03-01T17:34:56.000Z'],
		['a Salesforce date-time', '2024-03-01T12:34:56.000+0000', '2024-03-01T12:34:56.000Z'],
		['a day, at midnight UTC', '2024-03-01', '2024-03-01T00:00:00.000Z'],
		['epoch milliseconds', 1_709_296_496_000, '2024-03-01T12:34:56.000Z'],
	])('writes %s as ISO 8601 in UTC', (_, value, expected) => {
		expect(hubSpotValue(dateTimeProperty, value)).toBe(expected);
	});

	it.each([['12345'], ['123456789']])(
		'refuses digits too short for epoch milliseconds: %j',
		(value) => {
			expect(refusal(dateTimeProperty, value).code).toBe('INVALID_DATETIME');
		},
	);

	it('reads eight digits as a compact day', () => {
		expect(hubSpotValue(dateTimeProperty, '20240301')).toBe('2024-03-01T00:00:00.000Z');
	});

	it('refuses text that is no date-time with INVALID_DATETIME', () => {
		const error = refusal(dateTimeProperty, 'soon');
		expect(error.code).toBe('INVALID_DATETIME');
		expect(error.property).toBe('lastmodified');
	});

	it('refuses the out-of-range day "2024-13-01" with INVALID_DATETIME', () => {
		expect(refusal(dateTimeProperty, '2024-13-01').code).toBe('INVALID_DATETIME');
	});
});

describe('hubSpotValue for a number property', () => {
	it.each([
		[42, '42'],
		[-1.5, '-1.5'],
		['1234.50', '1234.5'],
		[' 7 ', '7'],
		['1e3', '1000'],
		[0, '0'],
	])('writes %j as %j', (value, expected) => {
		expect(hubSpotValue(numberProperty, value)).toBe(expected);
	});

	it.each([
		['abc'],
		['1,234'],
		['  '],
		['0x10'],
		['0b101'],
		[Number.POSITIVE_INFINITY],
		[true],
		[{ amount: 1 }],
	])('refuses %j with INVALID_DOUBLE', (value) => {
		const error = refusal(numberProperty, value);
		expect(error.code).toBe('INVALID_DOUBLE');
		expect(error.property).toBe('amount');
	});
});

describe('hubSpotValue for a bool property', () => {
	it.each([
		[true, 'true'],
		[false, 'false'],
		['TRUE', 'true'],
		['Yes', 'true'],
		['y', 'true'],
		['on', 'true'],
		[1, 'true'],
		['1', 'true'],
		['No', 'false'],
		['n', 'false'],
		[' off ', 'false'],
		[0, 'false'],
		['False', 'false'],
	])('writes %j as %j', (value, expected) => {
		expect(hubSpotValue(boolProperty, value)).toBe(expected);
	});

	it('refuses a word that is neither with INVALID_BOOLEAN', () => {
		const error = refusal(boolProperty, 'maybe');
		expect(error.code).toBe('INVALID_BOOLEAN');
		expect(error.property).toBe('is_vip');
	});
});

describe('hubSpotValue for an enumeration property', () => {
	it.each([
		['its internal value', 'customer', 'customer'],
		['its label', 'Marketing Qualified Lead', 'marketingqualifiedlead'],
		['its label in another case', 'marketing qualified LEAD', 'marketingqualifiedlead'],
		['its internal value in another case', 'CUSTOMER', 'customer'],
		['its label with spaces around it', '  Lead ', 'lead'],
		['a one-element list', ['Customer'], 'customer'],
	])('finds the option by %s', (_, value, expected) => {
		expect(hubSpotValue(stageProperty, value)).toBe(expected);
	});

	it('joins the options of a multi-select checkbox given as a list', () => {
		expect(hubSpotValue(interestsProperty, ['Hiking', 'chess club'])).toBe('hiking;chess_club');
	});

	it('splits a multi-select checkbox value written as a;b', () => {
		expect(hubSpotValue(interestsProperty, 'sailing; Hiking;')).toBe('sailing;hiking');
	});

	it('refuses an unknown option with INVALID_OPTION naming the allowed options', () => {
		const error = refusal(interestsProperty, 'hiking;Golf');
		expect(error.code).toBe('INVALID_OPTION');
		expect(error.property).toBe('interests');
		expect(error.message).toContain('"Golf"');
		expect(error.message).toContain('hiking, sailing, chess_club');
	});

	it('names at most 20 allowed options', () => {
		const many: HubSpotPropertyDefinition = {
			name: 'region',
			type: 'enumeration',
			options: Array.from({ length: 25 }, (_, index) => ({
				label: `Region ${index}`,
				value: `r${index}`,
			})),
		};
		const error = refusal(many, 'nowhere');
		expect(error.message).toContain('r19, …');
		expect(error.message).not.toContain('r20');
	});

	it('refuses two values for a single-select property', () => {
		const error = refusal(stageProperty, ['lead', 'customer']);
		expect(error.code).toBe('INVALID_OPTION');
		expect(error.property).toBe('lifecyclestage');
		expect(error.message).toContain('takes one');
	});

	it('treats an enumeration without options as text', () => {
		const open: HubSpotPropertyDefinition = { name: 'source', type: 'enumeration', options: [] };
		expect(hubSpotValue(open, 'Anything at all')).toBe('Anything at all');
	});
});

describe('hubSpotValue for a string property', () => {
	it('keeps text as it is, and writes objects as JSON and Dates as ISO', () => {
		expect(hubSpotValue(stringProperty, '  spaced  ')).toBe('  spaced  ');
		expect(hubSpotValue(stringProperty, 12)).toBe('12');
		expect(hubSpotValue(stringProperty, { a: [1] })).toBe('{"a":[1]}');
		expect(hubSpotValue(stringProperty, new Date('2024-03-01T00:00:00Z'))).toBe(
			'2024-03-01T00:00:00.000Z',
		);
	});

	it('takes a value of the longest length and refuses a longer one with VALUE_TOO_LONG', () => {
		const longest = 'x'.repeat(MAX_VALUE_LENGTH);
		expect(hubSpotValue(stringProperty, longest)).toBe(longest);
		const error = refusal(stringProperty, `${longest}x`);
		expect(error.code).toBe('VALUE_TOO_LONG');
		expect(error.property).toBe('description');
	});
});

describe('hubSpotValue for a contact email', () => {
	it('trims a valid address', () => {
		expect(hubSpotValue(emailProperty, '  ada.lovelace+crm@example.co.uk ', 'contacts')).toBe(
			'ada.lovelace+crm@example.co.uk',
		);
	});

	it.each([['not-an-email'], ['ada@example'], ['ada@@example.com'], ['ada lovelace@example.com']])(
		'refuses %j with INVALID_EMAIL',
		(value) => {
			const error = refusal(emailProperty, value, 'contacts');
			expect(error.code).toBe('INVALID_EMAIL');
			expect(error.property).toBe('email');
		},
	);

	it('checks only the email property of contacts', () => {
		expect(hubSpotValue(emailProperty, 'not-an-email', 'companies')).toBe('not-an-email');
		expect(hubSpotValue(emailProperty, 'not-an-email')).toBe('not-an-email');
		const workEmail: HubSpotPropertyDefinition = { name: 'work_email', type: 'string' };
		expect(hubSpotValue(workEmail, 'not-an-email', 'contacts')).toBe('not-an-email');
	});
});

describe('hubSpotValue for an empty value', () => {
	it.each([
		[dateProperty],
		[dateTimeProperty],
		[numberProperty],
		[boolProperty],
		[stageProperty],
		[emailProperty],
	])('clears $name with "" for null, undefined and ""', (definition) => {
		for (const value of [null, undefined, '']) {
			expect(hubSpotValue(definition, value, 'contacts')).toBe('');
		}
	});
});

describe('isReadOnly', () => {
	it('is true for a read-only value or a calculated property, and false otherwise', () => {
		expect(
			isReadOnly({ name: 'a', type: 'string', modificationMetadata: { readOnlyValue: true } }),
		).toBe(true);
		expect(isReadOnly({ name: 'b', type: 'number', calculated: true })).toBe(true);
		expect(
			isReadOnly({
				name: 'c',
				type: 'string',
				calculated: false,
				modificationMetadata: { readOnlyValue: false },
			}),
		).toBe(false);
		expect(isReadOnly({ name: 'd', type: 'string' })).toBe(false);
	});
});

describe('optionValue', () => {
	it('finds an option by its exact value before anything else', () => {
		const definition: HubSpotPropertyDefinition = {
			name: 'tier',
			type: 'enumeration',
			options: [
				{ label: 'gold', value: 'premium' },
				{ label: 'Premium plan', value: 'gold' },
			],
		};
		expect(optionValue(definition, 'gold')).toBe('gold');
		expect(optionValue(definition, 'Premium plan')).toBe('gold');
	});

	it('finds an option by label case-insensitively and gives undefined for no match', () => {
		expect(optionValue(stageProperty, 'customer')).toBe('customer');
		expect(optionValue(stageProperty, 'lEaD')).toBe('lead');
		expect(optionValue(stageProperty, 'Evangelist')).toBeUndefined();
		expect(optionValue({ name: 'x', type: 'enumeration' }, 'lead')).toBeUndefined();
	});
});
