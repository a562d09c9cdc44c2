import { hubspotTargets, intercomTargets, scorePair } from './score';
import type { DescribeField, GoldRow } from './types';

const fields: DescribeField[] = [
	{ name: 'Email', label: 'Email', type: 'email' },
	{ name: 'Phone', label: 'Phone', type: 'phone' },
	{ name: 'OwnerId', label: 'Owner ID', type: 'reference', referenceTo: ['User'] },
	{ name: 'AccountId', label: 'Account ID', type: 'reference', referenceTo: ['Account'] },
	{ name: 'Birthdate', label: 'Birthdate', type: 'date' },
	{ name: 'CreatedDate', label: 'Created Date', type: 'datetime' },
];
const gold = (sourceField: string, expected: string | null): GoldRow => ({
	sourceObject: 'Contact',
	sourceField,
	target: 'hubspot',
	targetObject: 'contacts',
	expected,
	source: 'test',
});
const targets = hubspotTargets([
	{ name: 'email', label: 'Email', type: 'string', fieldType: 'text' },
	{ name: 'phone', label: 'Phone', type: 'string', fieldType: 'phonenumber' },
	{ name: 'closedate', label: 'Close', type: 'date', fieldType: 'date' },
	{
		name: 'hubspot_owner_id',
		label: 'Owner',
		type: 'enumeration',
		fieldType: 'select',
		referencedObjectType: 'OWNER',
	},
]);

describe('mapping bench scoring (stand-in engine)', () => {
	it('counts top-1, coverage, null rows mapped and type-incompatible rows', () => {
		const score = scorePair({
			gold: [
				gold('Email', 'email'),
				gold('Phone', 'phone'),
				gold('Birthdate', 'date_of_birth'),
				gold('AccountId', null),
			],
			rows: [
				{ sourceField: 'Email', targetProperty: 'email' },
				{ sourceField: 'Phone', targetProperty: 'email' },
				{ sourceField: 'Birthdate', targetProperty: null },
				{ sourceField: 'AccountId', targetProperty: 'hubspot_owner_id' },
				{ sourceField: 'OwnerId', targetProperty: 'hubspot_owner_id' },
				{ sourceField: 'CreatedDate', targetProperty: 'closedate' },
				{ sourceField: 'Nope', targetProperty: 'email' },
			],
			fields,
			targets,
		});
		expect(score).toMatchObject({ goldRows: 4, expectedRows: 3, correct: 1, proposed: 3 });
		expect(score.wrong).toEqual([
			'Phone -> email (expected phone)',
			'Birthdate -> (none) (expected date_of_birth)',
		]);
		expect(score.nullMapped).toEqual(['AccountId -> hubspot_owner_id (expected none)']);
		expect(score.incompatible.map((s) => s.split(':')[0])).toEqual([
			'AccountId -> hubspot_owner_id',
			'CreatedDate -> closedate',
			'Nope -> email',
		]);
	});

	it('resolves Intercom attributes by full_name, then by name', () => {
		const t = intercomTargets([
			{
				type: 'data_attribute',
				name: 'name',
				full_name: 'name',
				label: 'Company name',
				description: '',
				data_type: 'string',
				model: 'company',
				custom: false,
				api_writable: true,
			},
			{
				type: 'data_attribute',
				name: 'name',
				full_name: 'plan.name',
				label: 'Plan',
				description: '',
				data_type: 'string',
				model: 'company',
				custom: false,
				api_writable: false,
			},
			{
				type: 'data_attribute',
				name: 'size',
				full_name: 'size',
				label: 'Size',
				description: '',
				data_type: 'integer',
				model: 'company',
				custom: false,
				api_writable: true,
			},
		]);
		expect([...t.entries()]).toEqual([
			['name', 'text'],
			['plan.name', 'text'],
			['size', 'integer'],
		]);
	});
});
