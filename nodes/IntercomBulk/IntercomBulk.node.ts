import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import * as admin from './actions/admin/Admin.resource';
import * as company from './actions/company/Company.resource';
import * as contact from './actions/contact/Contact.resource';
import * as dataAttribute from './actions/dataAttribute/DataAttribute.resource';
import * as note from './actions/note/Note.resource';
import { router } from './actions/router';
import * as ticket from './actions/ticket/Ticket.resource';
import { INTERCOM_CREDENTIAL } from './transport/client';

export class IntercomBulk implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Intercom Bulk',
		name: 'intercomBulk',
		icon: { light: 'file:intercom.svg', dark: 'file:intercom.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Write many records to Intercom at close to its rate limit: upsert contacts and companies, create tickets and notes, ensure attributes, pass on deletions',
		defaults: { name: 'Intercom Bulk' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		// Writes have a second output, "Failed": every record that did not land, with Intercom's reason.
		outputs: `={{ $parameter.operation === 'getAll' ? ['${NodeConnectionTypes.Main}'] : [{ type: '${NodeConnectionTypes.Main}', displayName: 'Landed' }, { type: '${NodeConnectionTypes.Main}', displayName: 'Failed' }] }}`,
		credentials: [{ name: INTERCOM_CREDENTIAL, required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Admin', value: 'admin' },
					{ name: 'Company', value: 'company' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Data Attribute', value: 'dataAttribute' },
					{ name: 'Note', value: 'note' },
					{ name: 'Ticket', value: 'ticket' },
				],
				default: 'contact',
			},
			...admin.description,
			...contact.description,
			...company.description,
			...dataAttribute.description,
			...note.description,
			...ticket.description,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
