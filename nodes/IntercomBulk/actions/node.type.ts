/** Resources and their operations: what the router dispatches on. */
export type IntercomBulkType =
	| { resource: 'admin'; operation: 'getAll' }
	| { resource: 'contact'; operation: 'upsert' | 'remove' }
	| { resource: 'company'; operation: 'upsert' | 'delete' }
	| { resource: 'dataAttribute'; operation: 'ensure' | 'getAll' }
	| { resource: 'note'; operation: 'create' }
	| { resource: 'ticket'; operation: 'create' | 'close' };
