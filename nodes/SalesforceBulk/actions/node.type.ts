import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	object: 'describe';
	record: 'extract' | 'count' | 'getDeleted';
	watermark: 'commit' | 'get' | 'reset';
};

export type SalesforceBulkType = AllEntities<NodeMap>;
