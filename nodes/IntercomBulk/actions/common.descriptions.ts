import type { INodeProperties } from 'n8n-workflow';
import {
	concurrencyOption as sharedConcurrency,
	dryRunOption as sharedDryRun,
} from '../../shared/descriptions';

export { optionsCollection } from '../../shared/descriptions';

/** Requests in flight when the Concurrency option is not set. */
export const DEFAULT_CONCURRENCY = 32;

export const concurrencyOption = sharedConcurrency({
	default: DEFAULT_CONCURRENCY,
	max: 128,
	why: 'Intercom takes one record per request: at its usual 10,000 a minute and a round trip of 200 ms, about 35 in flight keep the limit busy. The node never goes over the limit whatever the value.',
});

export const dryRunOption = sharedDryRun('Intercom');

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

export interface WriteOptions {
	concurrency?: number;
	dryRun?: boolean;
	emptyValues?: 'clear' | 'skip';
}
