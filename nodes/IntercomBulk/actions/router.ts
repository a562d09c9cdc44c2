import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';
import { intercomApiError, reasonFromError } from '../transport/errors';
import * as admin from './admin/Admin.resource';
import * as company from './company/Company.resource';
import * as contact from './contact/Contact.resource';
import * as dataAttribute from './dataAttribute/DataAttribute.resource';
import type { IntercomBulkType } from './node.type';
import * as note from './note/Note.resource';
import * as ticket from './ticket/Ticket.resource';

async function run(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	const resource = context.getNodeParameter('resource', 0) as string;
	const operation = context.getNodeParameter('operation', 0) as string;
	const intercomBulk = { resource, operation } as IntercomBulkType;
	switch (intercomBulk.resource) {
		case 'admin':
			return [await admin.getAll.execute.call(context)];
		case 'contact':
			return await contact[intercomBulk.operation].execute.call(context, items);
		case 'company':
			return await company[intercomBulk.operation].execute.call(context, items);
		case 'dataAttribute':
			return intercomBulk.operation === 'getAll'
				? [await dataAttribute.getAll.execute.call(context)]
				: await dataAttribute.ensure.execute.call(context, items);
		case 'note':
			return await note[intercomBulk.operation].execute.call(context, items);
		case 'ticket':
			return await ticket[intercomBulk.operation].execute.call(context, items);
		default:
			throw new NodeOperationError(context.getNode(), `The resource "${resource}" is not known`);
	}
}

/** Whether the operation has the two outputs Landed and Failed. */
export function writes(operation: string): boolean {
	return operation !== 'getAll';
}

/**
 * Dispatches to the operation. Records an operation could not write are on its Failed output
 * already; a failure of the whole run (credential, ticket type) stops the node, or with
 * "Continue On Fail" puts every item on the Failed output with the reason.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	try {
		return await run(this, items);
	} catch (error) {
		const failure =
			error instanceof NodeOperationError ? error : intercomApiError(this.getNode(), error);
		if (!this.continueOnFail()) throw failure;
		const reason =
			error instanceof NodeOperationError
				? { category: 'ERROR', message: error.message }
				: reasonFromError(error);
		const failed = items.map((item, index) => ({
			json: { error: reason, record: item.json },
			pairedItem: { item: index },
		}));
		return writes(this.getNodeParameter('operation', 0) as string) ? [[], failed] : [failed];
	}
}
