/**
 * Runs a workflow in-process through n8n-core's real `WorkflowExecute`, the way the n8n
 * CLI's WorkflowRunner runs one in its main process, minus the database and server.
 */
import { ExecutionLifecycleHooks, WorkflowExecute, WorkflowHasIssuesError } from 'n8n-core';
import { ApplicationError, deepCopy, Workflow } from 'n8n-workflow';
import type { IDataObject, IRun, IWorkflowBase } from 'n8n-workflow';

import { createAdditionalData } from './additional-data';
import { CredentialStore } from './credential-store';
import { HarnessCredentialTypes } from './credential-types';
import { HarnessCredentialsHelper } from './credentials-helper';
import { ensureEnvironment } from './environment';
import { HarnessNodeTypes } from './node-types';
import { toRunResult } from './run-result';
import type { RunWorkflowOptions, RunWorkflowResult } from './types';

let executionCounter = 0;

export async function runWorkflow(options: RunWorkflowOptions): Promise<RunWorkflowResult> {
	ensureEnvironment();
	const mode = options.mode ?? 'manual';
	const template = deepCopy(options.workflow); // n8n's Workflow writes defaults into node parameters
	const initialStaticData = toJson(options.staticData ?? template.staticData ?? {});
	const executionId = `harness-${++executionCounter}`;

	const workflowData: IWorkflowBase = {
		id: template.id ?? 'harness-workflow',
		name: template.name ?? 'Harness workflow',
		active: false,
		isArchived: false,
		activeVersionId: null,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes: template.nodes,
		connections: template.connections,
		settings: template.settings ?? {},
		staticData: toJson(initialStaticData),
	};
	// Pinned data is a development feature: n8n's WorkflowRunner uses it in manual and evaluation runs only.
	const pinData = ['manual', 'evaluation'].includes(mode) ? (options.pinData ?? template.pinData) : undefined;
	const workflow = new Workflow({
		id: workflowData.id,
		name: workflowData.name,
		nodes: workflowData.nodes,
		connections: workflowData.connections,
		active: false,
		nodeTypes: new HarnessNodeTypes(options.nodeTypes),
		staticData: workflowData.staticData,
		settings: workflowData.settings,
		pinData,
	});

	const store = new CredentialStore(options.credentials);
	const credentialsHelper = new HarnessCredentialsHelper(
		new HarnessCredentialTypes(options.credentialTypes),
		store,
	);

	const executionOrder: string[] = [];
	let staticData = initialStaticData;
	const hooks = new ExecutionLifecycleHooks(mode, executionId, workflowData);
	hooks.addHandler('nodeExecuteAfter', (nodeName) => {
		executionOrder.push(nodeName);
	});
	hooks.addHandler('workflowExecuteAfter', (_run, newStaticData) => {
		// n8n saves changed static data after every run except manual ones (hookFunctionsSave).
		if (mode !== 'manual' && newStaticData) staticData = toJson(newStaticData);
	});

	const additionalData = createAdditionalData({ executionId, credentialsHelper, hooks });

	const startNode = options.startNode === undefined ? undefined : workflow.getNode(options.startNode);
	if (startNode === null) {
		throw new ApplicationError(`Start node "${options.startNode}" is not in the workflow`);
	}

	const workflowExecute = new WorkflowExecute(additionalData, mode);
	let run: IRun;
	try {
		run = await workflowExecute.run(workflow, startNode, undefined, pinData);
	} catch (error) {
		if (!(error instanceof WorkflowHasIssuesError)) throw error;
		const issues = workflowExecute.checkReadyForExecution(workflow, {
			startNode: (startNode ?? workflow.getStartNode())?.name,
			pinDataNodeNames: Object.keys(pinData ?? {}),
		});
		throw new ApplicationError(`${error.message} Issues: ${JSON.stringify(issues)}`);
	}

	return toRunResult(run, { executionOrder, staticData, credentials: store.snapshot() });
}

/** Static data goes through JSON when n8n saves it; so does ours (also drops the change flag). */
function toJson(data: IDataObject): IDataObject {
	return JSON.parse(JSON.stringify(data)) as IDataObject;
}
