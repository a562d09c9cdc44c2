import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import { baseUrlProperty, hubSpotCredentialTest } from './hubSpotShared';

/** A private app's access token (Settings → Integrations → Private Apps in HubSpot). */
export class HubSpotMigrationAppTokenApi implements ICredentialType {
	name = 'hubSpotMigrationAppTokenApi';

	displayName = 'HubSpot (Migration) Private App Token API';

	icon: Icon = {
		light: 'file:../nodes/HubSpotBatch/hubspot.svg',
		dark: 'file:../nodes/HubSpotBatch/hubspot.dark.svg',
	};

	documentationUrl = 'https://developers.hubspot.com/docs/api/private-apps';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				"The private app's access token. Give the app the CRM object and schema scopes listed in the README.",
		},
		baseUrlProperty,
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.accessToken}}' } },
	};

	test: ICredentialTestRequest = hubSpotCredentialTest;
}
