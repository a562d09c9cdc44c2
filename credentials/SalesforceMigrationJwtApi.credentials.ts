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
	loginEnvironmentProperties,
	loginUrlOf,
	salesforceCredentialTest,
	sessionProperties,
} from './salesforceShared';
import { jwtAssertion, requestSession } from './salesforceSession';

export class SalesforceMigrationJwtApi implements ICredentialType {
	name = 'salesforceMigrationJwtApi';

	displayName = 'Salesforce (Migration) JWT Bearer API';

	icon: Icon = {
		light: 'file:../nodes/SalesforceBulk/salesforce.svg',
		dark: 'file:../nodes/SalesforceBulk/salesforce.dark.svg',
	};

	documentationUrl =
		'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_jwt_flow.htm&type=5';

	properties: INodeProperties[] = [
		...loginEnvironmentProperties,
		{
			displayName: 'Consumer Key (Client ID)',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description: 'The consumer key of the connected app that holds your certificate',
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'integration@acme.com',
			description:
				'The Salesforce user the migration runs as (pre-authorized for the connected app)',
		},
		{
			displayName: 'Private Key',
			name: 'privateKey',
			type: 'string',
			typeOptions: { password: true, rows: 4 },
			default: '',
			required: true,
			description: 'PEM private key matching the certificate uploaded to the connected app',
		},
		{
			displayName: 'Token Audience',
			name: 'audience',
			type: 'options',
			options: [
				{
					name: 'Production (https://login.salesforce.com)',
					value: 'https://login.salesforce.com',
				},
				{ name: 'Sandbox (https://test.salesforce.com)', value: 'https://test.salesforce.com' },
			],
			default: 'https://login.salesforce.com',
			description:
				'The "aud" claim Salesforce expects: the login host of the org\'s kind, even when you log in through My Domain',
			displayOptions: { show: { environment: ['custom'] } },
		},
		instanceUrlOverrideProperty,
		apiVersionProperty,
		...sessionProperties,
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const audience =
			credentials.environment === 'custom' ? String(credentials.audience) : loginUrlOf(credentials);
		const assertion = jwtAssertion(
			String(credentials.clientId),
			String(credentials.username),
			audience,
			String(credentials.privateKey),
		);
		return await requestSession(this, credentials, {
			grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
			assertion,
		});
	}

	authenticate = bearerAuthentication;

	test: ICredentialTestRequest = salesforceCredentialTest;
}
