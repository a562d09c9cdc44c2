import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

/** Intercom's API host per data-hosting region. */
export const INTERCOM_REGION_URLS = {
	us: 'https://api.intercom.io',
	eu: 'https://api.eu.intercom.io',
	au: 'https://api.au.intercom.io',
} as const;

export type IntercomRegion = keyof typeof INTERCOM_REGION_URLS;

const REGION_URLS_EXPRESSION = JSON.stringify(INTERCOM_REGION_URLS).replace(/"/g, "'");

/** An Intercom app's access token (Developer Hub → your app → Authentication). */
export class IntercomMigrationApi implements ICredentialType {
	name = 'intercomMigrationApi';

	displayName = 'Intercom (Migration) API';

	icon: Icon = {
		light: 'file:../nodes/IntercomBulk/intercom.svg',
		dark: 'file:../nodes/IntercomBulk/intercom.dark.svg',
	};

	documentationUrl =
		'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				"The app's access token. The app needs to read and write users, companies, tickets and data attributes.",
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: [
				{ name: 'Australia', value: 'au' },
				{ name: 'Europe', value: 'eu' },
				{ name: 'United States', value: 'us' },
			],
			default: 'us',
			description: 'Where your Intercom workspace is hosted (Settings → Workspace → Data hosting)',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: INTERCOM_REGION_URLS.us,
			description:
				"Leave empty to use the region's host. Set it only for a proxy or a local test server.",
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.accessToken}}' } },
	};

	// The app's own admin: the cheapest authenticated call there is.
	test: ICredentialTestRequest = {
		request: {
			baseURL: `={{($credentials.baseUrl || ${REGION_URLS_EXPRESSION}[$credentials.region] || '${INTERCOM_REGION_URLS.us}').replace(/\\/+$/, '')}}`,
			url: '/me',
			method: 'GET',
			headers: { 'Intercom-Version': '2.11' },
		},
	};
}
