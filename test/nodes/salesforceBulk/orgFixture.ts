import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { createOrg, type FakeOrg } from '../../fakes/org';
import { startFakeSalesforce, type FakeSalesforce } from '../../fakes/salesforce';

/** A fake Salesforce loaded with a generated org, and credentials of each of our types for it. */
export async function salesforceWithOrg(
	counts: Partial<Record<string, number>>,
	options: Parameters<typeof startFakeSalesforce>[0] = {},
	orgOptions: Partial<Parameters<typeof createOrg>[0]> = {},
): Promise<{ salesforce: FakeSalesforce; org: FakeOrg }> {
	const org = createOrg({ seed: 11, counts, ...orgOptions });
	const salesforce = await startFakeSalesforce({ resultSetSize: 1000, ...options });
	for (const object of org.objectNames) {
		if (org.counts[object]) salesforce.load(object, org.records(object));
	}
	return { salesforce, org };
}

export function clientCredentialsFor(salesforce: FakeSalesforce): ICredentialDataDecryptedObject {
	return {
		environment: 'custom',
		loginUrl: salesforce.url,
		clientId: salesforce.clientId,
		clientSecret: salesforce.clientSecret,
		instanceUrlOverride: '',
		apiVersion: '64.0',
	};
}

export function oAuth2CredentialsFor(salesforce: FakeSalesforce): ICredentialDataDecryptedObject {
	const token = salesforce.issueToken();
	return {
		environment: 'custom',
		loginUrl: salesforce.url,
		clientId: salesforce.clientId,
		clientSecret: salesforce.clientSecret,
		instanceUrlOverride: '',
		apiVersion: '64.0',
		oauthTokenData: {
			access_token: token.access_token,
			refresh_token: token.refresh_token,
			instance_url: token.instance_url,
			token_type: 'Bearer',
		},
	};
}
