import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	object: 'describe';
	record: 'extract';
	watermark: 'commit' | 'get' | 'reset';
};

export type SalesforceBulkType = AllEntities<NodeMap>;
