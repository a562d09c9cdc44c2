import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';
import { IntercomMigrationApi } from '../../../credentials/IntercomMigrationApi.credentials';
import { IntercomBulk } from '../../../nodes/IntercomBulk/IntercomBulk.node';
import { pinnedInputWorkflow, runWorkflow, type WorkflowJson } from '../../harness';

export const NODE = 'Intercom Bulk';
const TYPE = 'n8n-nodes-salesforce-migration.intercomBulk';
const CREDENTIAL = 'intercomMigrationApi';

/** Manual trigger → "Input" (pinned items) → Intercom Bulk with the given parameters. */
export function intercomBulkWorkflow(
	parameters: INodeParameters,
	input: IDataObject[] = [{}],
	options: { onError?: 'continueRegularOutput' | 'continueErrorOutput' } = {},
): WorkflowJson {
	return pinnedInputWorkflow(
		{
			name: NODE,
			type: TYPE,
			parameters,
			credentials: { [CREDENTIAL]: { id: 'ic', name: 'Intercom' } },
			...(options.onError && { onError: options.onError }),
		},
		input,
	);
}

export async function runIntercomBulk(
	fake: { url: string; token: string },
	workflow: WorkflowJson,
	credentials: IDataObject = { accessToken: fake.token, region: 'us', baseUrl: fake.url },
) {
	return await runWorkflow({
		workflow,
		nodeTypes: { [TYPE]: new IntercomBulk() },
		credentialTypes: [new IntercomMigrationApi()],
		credentials: { [CREDENTIAL]: { ic: credentials as ICredentialDataDecryptedObject } },
	});
}

export const upsertContacts = (options: IDataObject = {}, role = 'user'): INodeParameters => ({
	resource: 'contact',
	operation: 'upsert',
	role,
	matchOn: 'externalId',
	options: options as INodeParameters,
});
