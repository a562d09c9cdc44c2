import type { IDataObject } from 'n8n-workflow';
import type { AdminInput, FakeIntercom } from '../../fakes/intercom';
import type { CredentialImport } from './n8nInstance';

/** The Intercom credential the templates name ("Intercom account"), holding the fake's token. */
export function templateIntercomCredential(intercom: FakeIntercom): CredentialImport {
	return {
		id: 'intercom-credential',
		name: 'Intercom account',
		type: 'intercomMigrationApi',
		data: { accessToken: intercom.token, region: 'us', baseUrl: intercom.url },
	};
}

/** Intercom teammates with the Salesforce users' emails, as a migration plan invites them. */
export function intercomTeammates(users: IDataObject[]): AdminInput[] {
	return users.map((user) => ({
		name:
			`${String(user.FirstName ?? '')} ${String(user.LastName ?? '')}`.trim() || String(user.Email),
		email: String(user.Email),
	}));
}
