import { ApplicationError } from 'n8n-workflow';
import type { ExecutionError, IDataObject, IRun } from 'n8n-workflow';

import type { CredentialsInput } from './credential-store';
import type { RunWorkflowResult, WorkflowRunError } from './types';

export function toRunResult(
	run: IRun,
	extra: { executionOrder: string[]; staticData: IDataObject; credentials: CredentialsInput },
): RunWorkflowResult {
	const { runData, error, lastNodeExecuted } = run.data.resultData;
	return {
		status: run.status,
		finished: run.finished === true,
		error: error && summarizeError(error, lastNodeExecuted),
		runData,
		run,
		...extra,
		output(nodeName, outputIndex = 0, runIndex) {
			const runs = runData[nodeName];
			if (!runs?.length) {
				throw new ApplicationError(
					`Node "${nodeName}" did not run. Ran: ${Object.keys(runData).join(', ') || 'nothing'}` +
						(error ? `. Run error: ${error.message}` : ''),
				);
			}
			const taskData = runIndex === undefined ? runs[runs.length - 1] : runs[runIndex];
			return taskData?.data?.main?.[outputIndex] ?? [];
		},
		hints(nodeName) {
			return (runData[nodeName] ?? []).flatMap((taskData) => taskData.hints ?? []);
		},
	};
}

function summarizeError(error: ExecutionError, lastNodeExecuted?: string): WorkflowRunError {
	const details = error as ExecutionError & { node?: { name?: string } };
	return {
		message: error.message,
		description: error.description,
		nodeName: details.node?.name ?? lastNodeExecuted,
		httpCode: 'httpCode' in error ? error.httpCode : undefined,
		raw: error,
	};
}
