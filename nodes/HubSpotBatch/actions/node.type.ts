import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	record: 'upsert' | 'archive';
	association: 'create';
	property: 'ensure';
	owner: 'getAll';
	pipeline: 'getAll';
};

export type HubSpotBatchType = AllEntities<NodeMap>;

/** Resources whose operations write, and so have the Succeeded and Failed outputs. */
export const WRITE_RESOURCES = ['record', 'association', 'property'];
