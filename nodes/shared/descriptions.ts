import type { INodeProperties } from 'n8n-workflow';

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

/** Dry Run: check every record, write nothing. */
export function dryRunOption(service: string): INodeProperties {
	return {
		displayName: 'Dry Run',
		name: 'dryRun',
		type: 'boolean',
		default: false,
		description: `Whether to check every record and report what would be written, without writing anything to ${service}`,
	};
}

const concurrency: INodeProperties = {
	displayName: 'Concurrency',
	name: 'concurrency',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 8,
	description: 'Requests in flight at once',
};

/** Concurrency: requests in flight; the rate controller keeps to the limit whatever the value. */
export function concurrencyOption(settings: {
	default: number;
	max: number;
	why: string;
}): INodeProperties {
	return {
		...concurrency,
		typeOptions: { minValue: 1, maxValue: settings.max },
		default: settings.default,
		description: `${concurrency.description}. ${settings.why}`,
	};
}
