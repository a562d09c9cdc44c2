import type { INodeProperties } from 'n8n-workflow';

export const concurrencyOption: INodeProperties = {
	displayName: 'Concurrency',
	name: 'concurrency',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 64 },
	default: 16,
	description:
		'Requests in flight at once. Intercom takes one record per request, so a few dozen keep its rate limit busy; the node never goes over the limit whatever the value.',
};

export const dryRunOption: INodeProperties = {
	displayName: 'Dry Run',
	name: 'dryRun',
	type: 'boolean',
	default: false,
	description:
		'Whether to check every record and report what would be written, without writing anything to Intercom',
};

export const emptyValuesOption: INodeProperties = {
	displayName: 'Empty Values',
	name: 'emptyValues',
	type: 'options',
	options: [
		{
			name: 'Clear in Intercom',
			value: 'clear',
			description: 'An empty Salesforce field clears the custom attribute in Intercom',
		},
		{
			name: 'Leave Unchanged',
			value: 'skip',
			description: 'Empty fields are not sent; Intercom keeps what it has',
		},
	],
	default: 'skip',
};

/** The "Options" collection of an operation. */
export function optionsCollection(
	show: Record<string, string[]>,
	options: INodeProperties[],
): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options,
	};
}

export interface WriteOptions {
	concurrency?: number;
	dryRun?: boolean;
	emptyValues?: 'clear' | 'skip';
}
