import type { INodeProperties } from 'n8n-workflow';
import {
	concurrencyOption as sharedConcurrency,
	dryRunOption as sharedDryRun,
} from '../../shared/descriptions';

export { optionsCollection } from '../../shared/descriptions';

export const concurrencyOption = sharedConcurrency({
	default: 16,
	max: 64,
	why: 'Intercom takes one record per request, so a few dozen keep its rate limit busy; the node never goes over the limit whatever the value.',
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
