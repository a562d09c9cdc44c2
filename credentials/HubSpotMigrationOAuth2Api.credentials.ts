import type { ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';
import {
	baseUrlProperty,
	hubSpotCredentialTest,
	HUBSPOT_API_URL,
	HUBSPOT_SCOPES,
} from './hubSpotShared';

// HubSpot's consent screen lives on app.hubspot.com; any other base URL serves its own.
const authorizeUrl = `={{$self.baseUrl.replace(/\\/+$/, '') === '${HUBSPOT_API_URL}' ? 'https://app.hubspot.com/oauth/authorize' : $self.baseUrl.replace(/\\/+$/, '') + '/oauth/authorize'}}`;

/** A HubSpot public app, authorised by a user; n8n keeps and refreshes the token. */
export class HubSpotMigrationOAuth2Api implements ICredentialType {
	name = 'hubSpotMigrationOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'HubSpot (Migration) OAuth2 API';

	icon: Icon = {
		light: 'file:../nodes/HubSpotBatch/hubspot.svg',
		dark: 'file:../nodes/HubSpotBatch/hubspot.dark.svg',
	};

	documentationUrl = 'https://developers.hubspot.com/docs/api/oauth-quickstart-guide';

	properties: INodeProperties[] = [
		baseUrlProperty,
		{ displayName: 'Grant Type', name: 'grantType', type: 'hidden', default: 'authorizationCode' },
		{ displayName: 'Authorization URL', name: 'authUrl', type: 'hidden', default: authorizeUrl },
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: "={{$self.baseUrl.replace(/\\/+$/, '') + '/oauth/v1/token'}}",
		},
		{ displayName: 'Scope', name: 'scope', type: 'hidden', default: HUBSPOT_SCOPES.join(' ') },
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		// HubSpot's token endpoint takes the client id and secret as form fields.
		{ displayName: 'Authentication', name: 'authentication', type: 'hidden', default: 'body' },
	];

	test: ICredentialTestRequest = hubSpotCredentialTest;
}
