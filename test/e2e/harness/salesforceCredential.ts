import type { FakeSalesforce } from '../../fakes/salesforce';
import type { CredentialImport } from './n8nInstance';

/**
 * The credential the templates reference ("Salesforce account", our OAuth2 type), connected to a
 * fake Salesforce with a freshly issued token, ready for `n8n import:credentials`.
 */
export function templateSalesforceCredential(
	salesforce: FakeSalesforce,
	apiVersion = '64.0',
): CredentialImport {
	const token = salesforce.issueToken();
	return {
		id: 'salesforce-credential',
		name: 'Salesforce account',
		type: 'salesforceMigrationOAuth2Api',
		data: {
			environment: 'custom',
			loginUrl: salesforce.url,
			apiVersion,
			clientId: salesforce.clientId,
			clientSecret: salesforce.clientSecret,
			oauthTokenData: {
				access_token: token.access_token,
				refresh_token: token.refresh_token,
				instance_url: token.instance_url,
				token_type: 'Bearer',
			},
		},
	};
}
