import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';
import { HubSpotMigrationAppTokenApi } from '../../../credentials/HubSpotMigrationAppTokenApi.credentials';
import { CrmFieldMapper } from '../../../nodes/CrmFieldMapper/CrmFieldMapper.node';
import { runWorkflow, type WorkflowJson } from '../../harness';

export const NODE = 'CRM Field Mapper';
const TYPE = 'n8n-nodes-salesforce-migration.crmFieldMapper';

/** Manual trigger → "Input" (pinned items) → CRM Field Mapper. */
export function mapperWorkflow(parameters: INodeParameters, input: IDataObject[]): WorkflowJson {
	return {
		name: 'mapper test',
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
				id: 'i',
				name: 'Input',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [200, 0],
				parameters: {},
			},
			{
				id: 'm',
				name: NODE,
				type: TYPE,
				typeVersion: 1,
				position: [400, 0],
				parameters,
				credentials: { hubSpotMigrationAppTokenApi: { id: 'hs', name: 'HubSpot' } },
			},
		],
		connections: {
			Start: { main: [[{ node: 'Input', type: 'main', index: 0 }]] },
			Input: { main: [[{ node: NODE, type: 'main', index: 0 }]] },
		},
		pinData: { Input: input.map((json) => ({ json })) },
		settings: { executionOrder: 'v1' },
	} as WorkflowJson;
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
