import type { INodeProperties } from 'n8n-workflow';
import { filtersProperty, includeDeletedProperty, objectLocator } from '../common.descriptions';

export const extractProperties: INodeProperties[] = [
	// A SOQL query names its object itself.
	{ ...objectLocator, displayOptions: { hide: { fieldsMode: ['soql'] } } },
	{
		displayName: 'Fields',
		name: 'fieldsMode',
		type: 'options',
		options: [
			{
				name: 'All Queryable Fields',
				value: 'all',
				description:
					'Every field the Bulk API can read (compound address and location fields are read through their parts)',
			},
			{ name: 'Selected Fields', value: 'list', description: 'Pick fields from the object' },
			{ name: 'SOQL Query', value: 'soql', description: 'Write the whole query yourself' },
		],
		default: 'all',
	},
	{
		displayName: 'Field Names or IDs',
		name: 'fieldList',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getBulkFields', loadOptionsDependsOn: ['object.value'] },
		default: [],
		description:
			'Fields to read. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { fieldsMode: ['list'] } },
	},
	{
		displayName: 'Parent Fields',
		name: 'parentFields',
		type: 'string',
		default: '',
		placeholder: 'Account.Name, Owner.Email',
		description:
			'Fields of related records, comma-separated, such as Account.Name. Each comes out as one flat key named as written.',
		displayOptions: { show: { fieldsMode: ['all', 'list'] } },
	},
	{
		displayName: 'SOQL Query',
		name: 'soql',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		placeholder:
			'SELECT Id, Name, Account.Name FROM Contact WHERE LastModifiedDate = LAST_N_DAYS:7',
		description:
			'The Bulk API cannot run GROUP BY, OFFSET, COUNT(), subqueries or compound fields. Values you insert with expressions are not escaped: prefer Filters.',
		displayOptions: { show: { fieldsMode: ['soql'] } },
	},
	{ ...filtersProperty, displayOptions: { show: { fieldsMode: ['all', 'list'] } } },
	{
		displayName: 'Read',
		name: 'readMode',
		type: 'options',
		options: [
			{ name: 'All Matching Records', value: 'all' },
			{
				name: 'Only Records Changed Since the Watermark',
				value: 'changed',
				description:
					'Incremental: records changed since the last committed watermark. Put a Salesforce Bulk "Commit Watermark" node after the records are written.',
			},
		],
		default: 'all',
		displayOptions: { show: { fieldsMode: ['all', 'list'] } },
	},
	{
		displayName: 'Watermark',
		name: 'watermark',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { fieldsMode: ['all', 'list'], readMode: ['changed'] } },
		options: [
			{
				displayName: 'Watermark Field',
				name: 'field',
				type: 'string',
				default: 'SystemModstamp',
				description:
					'A date-time field that changes whenever the record changes. SystemModstamp also moves on system updates, so nothing is missed.',
			},
			{
				displayName: 'Overlap (Seconds)',
				name: 'overlapSeconds',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 300,
				description:
					'How far before the watermark to read again, for changes Salesforce commits late. Records already delivered are skipped.',
			},
			{
				displayName: 'Since',
				name: 'since',
				type: 'string',
				default: '',
				placeholder: '2024-05-01T00:00:00Z',
				description: 'Read changes from this date and time instead of from the watermark',
			},
			{
				displayName: 'Start Over',
				name: 'startOver',
				type: 'boolean',
				default: false,
				description:
					'Whether to ignore the stored watermark and read everything; the next commit stores a new one',
			},
		],
	},
	{
		displayName:
			'The watermark is kept in the workflow and saved only by runs that are not started by hand: a test run in the editor reads changes but does not remember them.',
		name: 'watermarkNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { fieldsMode: ['all', 'list'], readMode: ['changed'] } },
	},
	includeDeletedProperty,
	{
		displayName: 'Return',
		name: 'returnMode',
		type: 'options',
		options: [
			{
				name: 'All Records',
				value: 'all',
				description:
					'Every result set in this run. Memory grows with the object: use it for smaller objects.',
			},
			{
				name: 'One Page and a Cursor',
				value: 'page',
				description:
					'One result set per run, plus a Page Info output with "hasMore" and the "cursor" that fetches the next one, so an object of any size fits in memory',
			},
		],
		default: 'page',
	},
	{
		displayName: 'Cursor',
		name: 'cursor',
		type: 'string',
		default: '',
		placeholder: '={{ $json.cursor }}',
		description:
			'Leave empty to start a new extraction. To continue one, pass the "cursor" field of the Page Info output.',
		displayOptions: { show: { returnMode: ['page'] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Records per Page',
				name: 'pageSize',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 10000,
				description:
					'Most records in one result set (Bulk "maxRecords"); Salesforce may send fewer',
			},
			{
				displayName: 'Job Timeout (Seconds)',
				name: 'jobTimeout',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 600,
				description: 'How long to wait for Salesforce to finish the query job before giving up',
			},
		],
	},
];
