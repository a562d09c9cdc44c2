import type { INodeProperties } from 'n8n-workflow';
import {
	concurrencyOption as sharedConcurrency,
	dryRunOption as sharedDryRun,
} from '../../shared/descriptions';

export { optionsCollection } from '../../shared/descriptions';

/** How the node signs in to HubSpot; each choice shows its credential type. */
export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'Private App Token', value: 'appToken' },
		{ name: 'OAuth2', value: 'oAuth2' },
	],
	default: 'appToken',
};

/** The object type picker: HubSpot's standard objects and the portal's custom objects. */
export function objectTypeProperty(
	overrides: Partial<INodeProperties> & Pick<INodeProperties, 'displayOptions'>,
): INodeProperties {
	return {
		displayName: 'Object Type Name or ID',
		name: 'objectType',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getObjectTypes' },
		default: 'contacts',
		required: true,
		description:
			'The kind of HubSpot record. Custom objects are listed by name. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		...overrides,
	};
}

export const batchSizeOption: INodeProperties = {
	displayName: 'Batch Size',
	name: 'batchSize',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 100 },
	default: 100,
	description:
		'Records per request. HubSpot takes at most 100; fewer only helps to isolate errors.',
};

export const concurrencyOption = sharedConcurrency({
	default: 8,
	max: 32,
	why: "The node keeps under HubSpot's rate limit whatever the value; more only helps when HubSpot answers slowly.",
});

export const dryRunOption = sharedDryRun('HubSpot');

export const salesforceIdPropertyHint =
	'The unique HubSpot property that holds the Salesforce record ID (created by Property → Ensure)';
