import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';
import { runOperation } from '../../shared/router';
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

/** Dispatches to the operation; see runOperation for what a failure of the whole run does. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as string;
	return await runOperation(this, async (items) => await run(this, items), {
		apiError: intercomApiError,
		reasonFromError,
		// Every operation but the look-ups writes, with Landed and Failed outputs.
		hasFailedOutput: operation !== 'getAll',
	});
}
