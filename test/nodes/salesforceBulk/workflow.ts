import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';
import { SalesforceMigrationClientCredentialsApi } from '../../../credentials/SalesforceMigrationClientCredentialsApi.credentials';
import { SalesforceMigrationJwtApi } from '../../../credentials/SalesforceMigrationJwtApi.credentials';
import { SalesforceMigrationOAuth2Api } from '../../../credentials/SalesforceMigrationOAuth2Api.credentials';
import { SalesforceBulk } from '../../../nodes/SalesforceBulk/SalesforceBulk.node';
import { runWorkflow, type WorkflowJson } from '../../harness';

export const NODE = 'Salesforce Bulk';
const TYPE = 'n8n-nodes-salesforce-migration.salesforceBulk';

const credentialTypeByAuthentication: Record<string, string> = {
	oAuth2: 'salesforceMigrationOAuth2Api',
	jwt: 'salesforceMigrationJwtApi',
	clientCredentials: 'salesforceMigrationClientCredentialsApi',
};

/** Manual trigger → (optional pinned input) → Salesforce Bulk with the given parameters. */
export function salesforceBulkWorkflow(
	parameters: INodeParameters,
	options: { onError?: 'continueRegularOutput' | 'continueErrorOutput' } = {},
): WorkflowJson {
	const authentication = (parameters.authentication as string) ?? 'clientCredentials';
	return {
		name: 'salesforce bulk test',
		nodes: [
			{
				id: 't',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 's',
				name: NODE,
				type: TYPE,
				typeVersion: 1,
				position: [200, 0],
				parameters: { authentication, ...parameters },
				credentials: {
					[credentialTypeByAuthentication[authentication]]: { id: 'sf', name: 'Salesforce' },
				},
				...(options.onError && { onError: options.onError }),
			},
		],
		connections: { Start: { main: [[{ node: NODE, type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	} as WorkflowJson;
}

export async function runSalesforceBulk(
	workflow: WorkflowJson,
	credentials: ICredentialDataDecryptedObject,
	authentication = 'clientCredentials',
	extra: Partial<Parameters<typeof runWorkflow>[0]> = {},
) {
	return await runWorkflow({
		workflow,
		nodeTypes: { [TYPE]: new SalesforceBulk() },
		credentialTypes: [
			new SalesforceMigrationClientCredentialsApi(),
			new SalesforceMigrationJwtApi(),
			new SalesforceMigrationOAuth2Api(),
		],
		credentials: { [credentialTypeByAuthentication[authentication]]: { sf: credentials } },
		...extra,
	});
}
