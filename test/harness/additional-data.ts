/**
 * `IWorkflowExecuteAdditionalData` for one run, shaped like the n8n CLI's
 * WorkflowExecuteAdditionalData.getBase(): our credentials helper and lifecycle hooks, fixed
 * local URLs, no variables, no execution timeout, and refusals for what needs a server
 * (sub-workflows, task runners).
 */
import { ExternalSecretsProxy } from 'n8n-core';
import type { ExecutionLifecycleHooks } from 'n8n-core';
import { ApplicationError } from 'n8n-workflow';
import type { ICredentialsHelper, IWorkflowExecuteAdditionalData } from 'n8n-workflow';

import { Container } from './n8n-internals';

const BASE_URL = 'http://localhost:5678/';

export function createAdditionalData(options: {
	executionId: string;
	credentialsHelper: ICredentialsHelper;
	hooks: ExecutionLifecycleHooks;
}): IWorkflowExecuteAdditionalData {
	return {
		executionId: options.executionId,
		hooks: options.hooks,
		credentialsHelper: options.credentialsHelper,
		currentNodeExecutionIndex: 0,
		restApiUrl: `${BASE_URL}rest`,
		instanceBaseUrl: BASE_URL,
		formWaitingBaseUrl: `${BASE_URL}form-waiting`,
		webhookBaseUrl: `${BASE_URL}webhook`,
		webhookWaitingBaseUrl: `${BASE_URL}webhook-waiting`,
		webhookTestBaseUrl: `${BASE_URL}webhook-test`,
		variables: {},
		externalSecretsProxy: Container.get(ExternalSecretsProxy),
		executeWorkflow: async () => {
			throw new ApplicationError('Sub-workflows are not supported by the workflow harness');
		},
		getRunExecutionData: async () => undefined,
		startRunnerTask: async () => {
			throw new ApplicationError('Task runners (Code node) are not supported by the workflow harness');
		},
		logAiEvent: () => {},
	};
}
