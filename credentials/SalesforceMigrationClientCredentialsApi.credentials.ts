import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import {
	apiVersionProperty,
	bearerAuthentication,
	instanceUrlOverrideProperty,
	salesforceCredentialTest,
	sessionProperties,
} from './salesforceShared';
import { requestSession } from './salesforceSession';

export class SalesforceMigrationClientCredentialsApi implements ICredentialType {
	name = 'salesforceMigrationClientCredentialsApi';

	displayName = 'Salesforce (Migration) Client Credentials API';

	icon: Icon = {
		light: 'file:../nodes/SalesforceBulk/salesforce.svg',
		dark: 'file:../nodes/SalesforceBulk/salesforce.dark.svg',
	};

	documentationUrl =
		'https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_client_credentials_flow.htm&type=5';

	properties: INodeProperties[] = [
		{
			displayName: 'My Domain URL',
			name: 'loginUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://acme.my.salesforce.com',
			description:
				"The client credentials flow only works against your org's My Domain host (Setup → My Domain)",
		},
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'hidden',
			default: 'custom',
		},
		{
			displayName: 'Consumer Key (Client ID)',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
		},
		{
			displayName: 'Consumer Secret (Client Secret)',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		instanceUrlOverrideProperty,
		apiVersionProperty,
		...sessionProperties,
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		return await requestSession(this, credentials, {
			grant_type: 'client_credentials',
			client_id: String(credentials.clientId),
			client_secret: String(credentials.clientSecret),
		});
	}

	authenticate = bearerAuthentication;

	test: ICredentialTestRequest = salesforceCredentialTest;
}
