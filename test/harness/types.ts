import type {
	ExecutionError,
	ExecutionStatus,
	ICredentialType,
	IConnections,
	IDataObject,
	INode,
	INodeExecutionData,
	IPinData,
	IRun,
	IRunData,
	IWorkflowSettings,
	NodeExecutionHint,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import type { CredentialsInput } from './credential-store';
import type { NodeTypeMap } from './node-types';

/** What a workflow JSON / template file holds (IWorkflowBase without the database fields). */
export interface WorkflowJson {
	id?: string;
	name?: string;
	nodes: INode[];
	connections: IConnections;
	settings?: IWorkflowSettings;
	staticData?: IDataObject | null;
	pinData?: IPinData;
}

export interface RunWorkflowOptions {
	workflow: WorkflowJson;
	/** Node classes keyed by the type name the workflow uses; manualTrigger and noOp are built in. */
	nodeTypes?: NodeTypeMap;
	/** Credential type instances; an `oAuth2Api` parent stand-in is built in. */
	credentialTypes?: ICredentialType[];
	/** `{ [credentialTypeName]: { [credentialId or name]: data } }`, matched to nodes' `credentials` refs. */
	credentials?: CredentialsInput;
	/**
	 * Default 'manual'. As in n8n: static data is saved after runs in any other mode; pinned
	 * data is used only in 'manual' (and 'evaluation') runs.
	 */
	mode?: WorkflowExecuteMode;
	/** Initial workflow static data (default: `workflow.staticData`). */
	staticData?: IDataObject;
	/** Name of the node to start from (default: n8n's choice, the trigger). */
	startNode?: string;
	/** Pinned output per node name (default: `workflow.pinData`). */
	pinData?: IPinData;
}

/** The failure of a run, flattened from n8n's `resultData.error`. */
export interface WorkflowRunError {
	message: string;
	description?: string | null;
	/** The node that failed, when n8n knows it. */
	nodeName?: string;
	httpCode?: string | null;
	/** n8n's error object as stored in the run data (a plain copy of the thrown error). */
	raw: ExecutionError;
}

export interface RunWorkflowResult {
	status: ExecutionStatus;
	finished: boolean;
	error?: WorkflowRunError;
	/** n8n's run data: per node name, one entry per run with `data.main[outputIndex]` items. */
	runData: IRunData;
	/** Node names in the order their runs finished. */
	executionOrder: string[];
	/** Static data after the run: updated only when the mode saves it (not 'manual'). */
	staticData: IDataObject;
	/** Saved credentials after the run (e.g. with tokens from preAuthentication or OAuth2). */
	credentials: CredentialsInput;
	/** The full IRun returned by WorkflowExecute. */
	run: IRun;
	/** Items a node sent to one output (default 0) in one run (default: its last). Throws if it never ran. */
	output(nodeName: string, outputIndex?: number, runIndex?: number): INodeExecutionData[];
	/** Execution hints a node added (`this.addExecutionHints`) over all its runs. */
	hints(nodeName: string): NodeExecutionHint[];
}
