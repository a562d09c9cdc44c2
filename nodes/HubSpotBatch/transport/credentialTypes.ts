export const PRIVATE_APP_CREDENTIAL = 'hubSpotMigrationAppTokenApi';
export const PUBLIC_APP_CREDENTIAL = 'hubSpotMigrationOAuth2Api';

export type HubSpotAuthentication = 'appToken' | 'oAuth2';

export function credentialTypeFor(authentication: HubSpotAuthentication): string {
	return authentication === 'oAuth2' ? PUBLIC_APP_CREDENTIAL : PRIVATE_APP_CREDENTIAL;
}

/**
 * Requests per ten seconds before HubSpot's headers say otherwise: private apps on Professional
 * and Enterprise accounts get 190, public (OAuth) apps 100.
 */
export const DEFAULT_TEN_SECOND_LIMIT: Record<HubSpotAuthentication, number> = {
	appToken: 190,
	oAuth2: 100,
};
