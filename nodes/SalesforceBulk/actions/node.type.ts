import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	object: 'describe';
};

export type SalesforceBulkType = AllEntities<NodeMap>;
