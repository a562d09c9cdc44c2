import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';
import type { SalesforceBulkType } from './node.type';
import * as object from './object/Object.resource';
import * as record from './record/Record.resource';
import * as watermark from './watermark/Watermark.resource';

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter<SalesforceBulkType>('resource', 0);
	const operation = this.getNodeParameter('operation', 0);
	const salesforceBulk = { resource, operation } as SalesforceBulkType;

	switch (salesforceBulk.resource) {
		case 'object':
			return [await object[salesforceBulk.operation].execute.call(this, items)];
		case 'watermark':
			return [await watermark[salesforceBulk.operation].execute.call(this, items)];
		case 'record':
			if (salesforceBulk.operation === 'extract')
				return await record.extract.execute.call(this, items);
			return [await record[salesforceBulk.operation].execute.call(this, items)];
		default:
			throw new NodeOperationError(this.getNode(), `The resource "${resource}" is not known`);
	}
}
