import { ApplicationError, NodeHelpers } from 'n8n-workflow';
import type { IDataObject, INodeType, INodeTypes, IVersionedNodeType } from 'n8n-workflow';

import { MANUAL_TRIGGER_NODE_TYPE, ManualTrigger, NO_OP_NODE_TYPE, NoOp } from './builtin-nodes';

export type NodeTypeMap = Record<string, INodeType | IVersionedNodeType>;

/** n8n's `INodeTypes` over the node classes a test passes in, plus the built-in stand-ins. */
export class HarnessNodeTypes implements INodeTypes {
	private readonly types: NodeTypeMap;

	constructor(nodeTypes: NodeTypeMap = {}) {
		this.types = {
			[MANUAL_TRIGGER_NODE_TYPE]: new ManualTrigger(),
			[NO_OP_NODE_TYPE]: new NoOp(),
			...nodeTypes,
		};
	}

	getByName(nodeType: string): INodeType | IVersionedNodeType {
		const type = this.types[nodeType];
		if (type === undefined) {
			// Real n8n throws here too (UnrecognizedNodeTypeError); say how to fix it.
			throw new ApplicationError(
				`Unrecognized node type: ${nodeType}. Pass it to runWorkflow() in \`nodeTypes\` ` +
					`(known: ${Object.keys(this.types).join(', ')})`,
			);
		}
		return type;
	}

	getByNameAndVersion(nodeType: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(nodeType), version);
	}

	getKnownTypes(): IDataObject {
		return Object.fromEntries(Object.keys(this.types).map((name) => [name, {}]));
	}
}
