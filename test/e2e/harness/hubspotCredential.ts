import type { IDataObject } from 'n8n-workflow';
import type { FakeHubSpot } from '../../fakes/hubspot';
import type { CredentialImport } from './n8nInstance';

/** The HubSpot credential the templates name ("HubSpot account"), holding the fake's private-app token. */
export function templateHubSpotCredential(hubspot: FakeHubSpot): CredentialImport {
	return {
		id: 'hubspot-credential',
		name: 'HubSpot account',
		type: 'hubSpotMigrationAppTokenApi',
		data: { accessToken: hubspot.token, baseUrl: hubspot.url },
	};
}

/** HubSpot users with the Salesforce users' emails, as a migration plan invites them before moving owners. */
export function inviteToHubSpot(hubspot: FakeHubSpot, users: IDataObject[]): void {
	hubspot.setOwners(
		users.map((user, index) => ({
			id: String(70_000 + index),
			email: String(user.Email),
			firstName: String(user.FirstName ?? ''),
			lastName: String(user.LastName ?? ''),
			userId: 90_000 + index,
		})) as never,
	);
}
