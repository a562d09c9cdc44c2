import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';
import { HubSpotMigrationAppTokenApi } from '../../../credentials/HubSpotMigrationAppTokenApi.credentials';
import { HubSpotMigrationOAuth2Api } from '../../../credentials/HubSpotMigrationOAuth2Api.credentials';
import { HubSpotBatch } from '../../../nodes/HubSpotBatch/HubSpotBatch.node';
import type { FakeHubSpot } from '../../fakes/hubspot';
import { pinnedInputWorkflow, runWorkflow, type WorkflowJson } from '../../harness';

export const NODE = 'HubSpot Batch';
const TYPE = 'n8n-nodes-salesforce-migration.hubSpotBatch';

const CREDENTIAL_TYPES: Record<string, string> = {
	appToken: 'hubSpotMigrationAppTokenApi',
	oAuth2: 'hubSpotMigrationOAuth2Api',
};

/** Manual trigger → "Input" (pinned items) → HubSpot Batch with the given parameters. */
export function hubSpotBatchWorkflow(
	parameters: INodeParameters,
	input: IDataObject[] = [{}],
	options: { onError?: 'continueRegularOutput' | 'continueErrorOutput' } = {},
): WorkflowJson {
	const authentication = (parameters.authentication as string) ?? 'appToken';
	return pinnedInputWorkflow(
		{
			name: NODE,
			type: TYPE,
			parameters: { authentication, ...parameters },
			credentials: { [CREDENTIAL_TYPES[authentication]]: { id: 'hs', name: 'HubSpot' } },
			...(options.onError && { onError: options.onError }),
		},
		input,
	);
}

/** A private-app credential for the fake, or an OAuth2 one holding a token the fake issued. */
export function hubSpotCredentials(
	hs: FakeHubSpot,
	oauthApp?: { clientId: string; clientSecret: string },
): IDataObject {
	if (!oauthApp) return { accessToken: hs.token, baseUrl: hs.url };
	const token = hs.issueOAuthToken();
	return {
		baseUrl: hs.url,
		clientId: oauthApp.clientId,
		clientSecret: oauthApp.clientSecret,
		grantType: 'authorizationCode',
		authUrl: `${hs.url}/oauth/authorize`,
		accessTokenUrl: `${hs.url}/oauth/v1/token`,
		authentication: 'body',
		scope: '',
		authQueryParameters: '',
		oauthTokenData: token as unknown as IDataObject,
	};
}

export async function runHubSpotBatch(
	hs: FakeHubSpot,
	workflow: WorkflowJson,
	credentials: IDataObject = hubSpotCredentials(hs),
	authentication: 'appToken' | 'oAuth2' = 'appToken',
) {
	return await runWorkflow({
		workflow,
		nodeTypes: { [TYPE]: new HubSpotBatch() },
		credentialTypes: [new HubSpotMigrationAppTokenApi(), new HubSpotMigrationOAuth2Api()],
		credentials: {
			[CREDENTIAL_TYPES[authentication]]: { hs: credentials as ICredentialDataDecryptedObject },
		},
	});
}

/** Upsert parameters: auto-mapped input, matched on the Salesforce ID property. */
export function upsertParameters(
	objectType: string,
	options: IDataObject = {},
	idProperty = 'salesforce_id',
): INodeParameters {
	return {
		resource: 'record',
		operation: 'upsert',
		objectType,
		columns: {
			mappingMode: 'autoMapInputData',
			value: null,
			matchingColumns: [idProperty],
			schema: [],
		},
		options: options as INodeParameters,
	};
}
