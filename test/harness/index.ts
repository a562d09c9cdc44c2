export { runWorkflow } from './run-workflow';
export type {
	RunWorkflowOptions,
	RunWorkflowResult,
	WorkflowJson,
	WorkflowRunError,
} from './types';
export type { CredentialsInput } from './credential-store';
export type { NodeTypeMap } from './node-types';
export { MANUAL_TRIGGER_NODE_TYPE, NO_OP_NODE_TYPE } from './builtin-nodes';
export { pinnedInputWorkflow, type NodeUnderTest } from './pinned-input-workflow';
