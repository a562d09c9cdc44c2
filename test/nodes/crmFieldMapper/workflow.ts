import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';
import { HubSpotMigrationAppTokenApi } from '../../../credentials/HubSpotMigrationAppTokenApi.credentials';
import { CrmFieldMapper } from '../../../nodes/CrmFieldMapper/CrmFieldMapper.node';
import { pinnedInputWorkflow, runWorkflow, type WorkflowJson } from '../../harness';

export const NODE = 'CRM Field Mapper';
const TYPE = 'n8n-nodes-salesforce-migration.crmFieldMapper';

/** Manual trigger → "Input" (pinned items) → CRM Field Mapper. */
export function mapperWorkflow(parameters: INodeParameters, input: IDataObject[]): WorkflowJson {
	return pinnedInputWorkflow(
		{
			name: NODE,
			type: TYPE,
			parameters,
			credentials: { hubSpotMigrationAppTokenApi: { id: 'hs', name: 'HubSpot' } },
		},
		input,
	);
}

export async function runMapper(
	workflow: WorkflowJson,
	options: {
		hubspot?: { url: string; token: string };
		mode?: 'manual' | 'trigger';
		staticData?: IDataObject;
	} = {},
) {
	return await runWorkflow({
		workflow,
		nodeTypes: { [TYPE]: new CrmFieldMapper() },
		credentialTypes: [new HubSpotMigrationAppTokenApi()],
		credentials: options.hubspot
			? {
					hubSpotMigrationAppTokenApi: {
						hs: {
							accessToken: options.hubspot.token,
							baseUrl: options.hubspot.url,
						} as ICredentialDataDecryptedObject,
					},
				}
			: {},
		mode: options.mode,
		staticData: options.staticData,
	});
}
