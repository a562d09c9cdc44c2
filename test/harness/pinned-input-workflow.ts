import type { IDataObject, INode } from 'n8n-workflow';
import { MANUAL_TRIGGER_NODE_TYPE, NO_OP_NODE_TYPE } from './builtin-nodes';
import type { WorkflowJson } from './types';

export type NodeUnderTest = Pick<INode, 'name' | 'type' | 'parameters'> &
	Partial<Pick<INode, 'credentials' | 'onError' | 'typeVersion'>>;

/**
 * Manual trigger → "Input" (a No-Op whose output is pinned to `input`) → the node under test:
 * the shape of an in-process test that feeds a node items. Pinned data is used in manual runs only.
 */
export function pinnedInputWorkflow(node: NodeUnderTest, input: IDataObject[]): WorkflowJson {
	return {
		name: `${node.name} test`,
		nodes: [
			{
				id: 't',
				name: 'Start',
				type: MANUAL_TRIGGER_NODE_TYPE,
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'i',
				name: 'Input',
				type: NO_OP_NODE_TYPE,
				typeVersion: 1,
				position: [200, 0],
				parameters: {},
			},
			{ id: 'n', typeVersion: 1, position: [400, 0], ...node },
		],
		connections: {
			Start: { main: [[{ node: 'Input', type: 'main', index: 0 }]] },
			Input: { main: [[{ node: node.name, type: 'main', index: 0 }]] },
		},
		pinData: { Input: input.map((json) => ({ json })) },
		settings: { executionOrder: 'v1' },
	} as WorkflowJson;
}
