/** Builders for small workflow JSONs: a manual trigger followed by nodes in a line, plus branches. */
import type { INode, INodeParameters } from 'n8n-workflow';

import { MANUAL_TRIGGER_NODE_TYPE } from '../index';
import type { WorkflowJson } from '../index';
import { PROBE_NODE_TYPE } from './nodes';

export const TRIGGER_NAME = 'When clicking ‘Execute workflow’';

/** A node of the probe type unless `extra.type` says otherwise. */
export function node(name: string, parameters: INodeParameters = {}, extra: Partial<INode> = {}): INode {
	return { id: name, name, type: PROBE_NODE_TYPE, typeVersion: 1, position: [0, 0], parameters, ...extra };
}

/** Manual trigger -> nodes[0] -> nodes[1] -> … (execution order v1, as new n8n workflows). */
export function chain(...nodes: INode[]): WorkflowJson {
	const trigger = node(TRIGGER_NAME, {}, { type: MANUAL_TRIGGER_NODE_TYPE });
	const workflow: WorkflowJson = {
		name: 'harness test',
		nodes: [trigger, ...nodes],
		connections: {},
		settings: { executionOrder: 'v1' },
	};
	const all = workflow.nodes;
	for (let i = 1; i < all.length; i++) connect(workflow, all[i - 1].name, 0, all[i].name);
	return workflow;
}

/** Adds a node and connects `from`'s output `outputIndex` to it. */
export function branch(workflow: WorkflowJson, from: string, outputIndex: number, to: INode): WorkflowJson {
	workflow.nodes.push(to);
	connect(workflow, from, outputIndex, to.name);
	return workflow;
}

function connect(workflow: WorkflowJson, from: string, outputIndex: number, to: string) {
	const outputs = ((workflow.connections[from] ??= {}).main ??= []);
	while (outputs.length <= outputIndex) outputs.push([]);
	(outputs[outputIndex] ??= []).push({ node: to, type: 'main', index: 0 });
}
