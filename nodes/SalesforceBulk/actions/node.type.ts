import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	object: 'describe';
	record: 'extract';
};

export type SalesforceBulkType = AllEntities<NodeMap>;
