import type { ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';
import {
	apiVersionProperty,
	instanceUrlOverrideProperty,
	loginEnvironmentProperties,
	loginUrlExpression,
	salesforceCredentialTest,
} from './salesforceShared';

/** Authorization code flow with refresh tokens; n8n runs the consent screen and refreshes the token. */
export class SalesforceMigrationOAuth2Api implements ICredentialType {
	name = 'salesforceMigrationOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Salesforce (Migration) OAuth2 API';

	icon: Icon = {
		light: 'file:../nodes/SalesforceBulk/salesforce.svg',
		dark: 'file:../nodes/SalesforceBulk/salesforce.dark.svg',
	};

	documentationUrl =
		'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_web_server_flow.htm&type=5';

	properties: INodeProperties[] = [
		...loginEnvironmentProperties,
		{ displayName: 'Grant Type', name: 'grantType', type: 'hidden', default: 'authorizationCode' },
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: loginUrlExpression('/services/oauth2/authorize', '$self'),
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: loginUrlExpression('/services/oauth2/token', '$self'),
		},
		{ displayName: 'Scope', name: 'scope', type: 'hidden', default: 'api refresh_token' },
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		// Salesforce wants the client id and secret in the token request's body.
		{ displayName: 'Authentication', name: 'authentication', type: 'hidden', default: 'body' },
		instanceUrlOverrideProperty,
		apiVersionProperty,
	];

	test: ICredentialTestRequest = salesforceCredentialTest;
}
