/** The node's "Authentication" choice, and the credential type behind each option. */
export type SalesforceAuthentication = 'oAuth2' | 'jwt' | 'clientCredentials';

export const CODE_FLOW_TYPE = 'salesforceMigrationOAuth2Api';
export const JWT_BEARER_TYPE = 'salesforceMigrationJwtApi';
export const CLIENT_CREDENTIALS_TYPE = 'salesforceMigrationClientCredentialsApi';

export function credentialTypeFor(authentication: SalesforceAuthentication): string {
	switch (authentication) {
		case 'jwt':
			return JWT_BEARER_TYPE;
		case 'clientCredentials':
			return CLIENT_CREDENTIALS_TYPE;
		default:
			return CODE_FLOW_TYPE;
	}
}
