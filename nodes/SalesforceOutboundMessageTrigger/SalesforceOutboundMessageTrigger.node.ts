import {
	NodeConnectionTypes,
	type IDataObject,
	type IHookFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';
import { parseOutboundMessage, type OutboundMessage } from './soap/parseOutboundMessage';
import { ackResponse, faultResponse, type SoapResponse } from './soap/responses';
import { readRequestBody } from './helpers/requestBody';
import { receivedSecret, sameOrganization, secretMatches } from './helpers/authorization';
import { DEFAULT_MAX_ENTRIES, DEFAULT_WINDOW_MS, recordDeliveries } from './helpers/redeliveries';

const MEGABYTE = 1024 * 1024;

export class SalesforceOutboundMessageTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Salesforce Outbound Message Trigger',
		name: 'salesforceOutboundMessageTrigger',
		icon: { light: 'file:salesforce.svg', dark: 'file:salesforce.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"Org " + $parameter["organizationId"]}}',
		description:
			'Starts the workflow when Salesforce sends an outbound message (from a Flow or workflow rule): one item per notification, redeliveries emitted once',
		defaults: { name: 'Salesforce Outbound Message Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				// The node answers itself (the SOAP acknowledgement or a SOAP fault) and tells n8n so.
				responseMode: 'onReceived',
				path: 'salesforce-outbound-message',
			},
		],
		properties: [
			{
				displayName:
					"In Salesforce, set the outbound message's Endpoint URL to this node's Production URL. With a Shared Secret, append it as a query parameter: <code>https://your-n8n/webhook/…/salesforce-outbound-message?secret=YOUR_SECRET</code>.",
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Organization ID',
				name: 'organizationId',
				type: 'string',
				required: true,
				default: '',
				placeholder: '00D5e000000XXXXEAA',
				description:
					'The ID of the Salesforce org allowed to send messages (Setup › Company Information), 15 or 18 characters; compared on the first 15. Messages from any other org get a SOAP fault.',
			},
			{
				displayName: 'Shared Secret',
				name: 'sharedSecret',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description:
					'Optional. Outbound messages carry no credentials, so a secret of your choosing can be appended to the endpoint URL in Salesforce as <code>?secret=…</code> (or sent in an X-Salesforce-Secret header by a proxy). Messages without the matching secret get a SOAP fault.',
			},
			{
				displayName: 'Max Body Size (MB)',
				name: 'maxBodySizeMb',
				type: 'number',
				typeOptions: { minValue: 0.01, maxValue: 16, numberPrecision: 2 },
				default: 1,
				description:
					'Larger messages are refused with a SOAP fault before they are parsed. A message holds at most 100 notifications.',
			},
			{
				displayName: 'Deduplicate Redeliveries',
				name: 'deduplicate',
				type: 'boolean',
				default: true,
				description:
					"Whether to emit a notification only the first time its ID arrives. Salesforce resends unacknowledged messages, out of order, for up to 24 hours; every delivery is acknowledged either way. IDs are kept for 24 hours (at most 100,000) in the workflow's static data, so only in the active workflow, not in test runs.",
			},
			{
				// Not shown. For a version 1 webhook node n8n parses XML bodies itself before the node
				// runs unless `options.binaryData` is set; with it, the raw body reaches this node,
				// which reads it under the size limit and answers malformed XML with a SOAP fault.
				displayName: 'Raw Body',
				name: 'options',
				type: 'hidden',
				default: { binaryData: true },
			},
		],
	};

	/**
	 * Outbound messages are set up in Salesforce (Setup › Outbound Messages, pasting this node's
	 * URL); there is no API to register them from here, so there is nothing to check, create or delete.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const response = this.getResponseObject();
		const reply = (soap: SoapResponse): void => {
			response.status(soap.statusCode);
			response.setHeader('Content-Type', soap.contentType);
			response.end(soap.body);
		};
		const refuse = (soap: SoapResponse, why: string): IWebhookResponseData => {
			this.logger.warn(`Salesforce outbound message refused: ${why}`, {
				node: this.getNode().name,
				workflowId: this.getWorkflow().id,
			});
			reply(soap);
			return { noWebhookResponse: true };
		};

		const expectedOrganization = String(this.getNodeParameter('organizationId', '')).trim();
		const sharedSecret = String(this.getNodeParameter('sharedSecret', ''));
		const maxBytes = Math.round(Number(this.getNodeParameter('maxBodySizeMb', 1)) * MEGABYTE);
		const deduplicate = this.getNodeParameter('deduplicate', true) as boolean;

		if (expectedOrganization.length !== 15 && expectedOrganization.length !== 18) {
			return refuse(
				faultResponse(
					'Server',
					'The trigger is not configured: Organization ID must have 15 or 18 characters',
				),
				'Organization ID is not set to 15 or 18 characters',
			);
		}
		// Checked before the body is read: a caller without the secret learns nothing more.
		if (sharedSecret !== '') {
			const given = receivedSecret(this.getQueryData() as IDataObject, this.getHeaderData());
			if (!secretMatches(sharedSecret, given)) {
				return refuse(
					faultResponse('Client', 'Unauthorized: missing or wrong shared secret'),
					'wrong shared secret',
				);
			}
		}

		const body = await readRequestBody(this.getRequestObject(), maxBytes);
		if (!body.ok) return refuse(faultResponse('Client', body.detail), body.detail);
		const parsed = parseOutboundMessage(body.body.toString('utf8'));
		if (!parsed.ok) return refuse(faultResponse('Client', parsed.reason), parsed.reason);
		const message = parsed.message;
		if (!sameOrganization(expectedOrganization, message.organizationId)) {
			return refuse(
				faultResponse(
					'Client',
					`Messages from organization ${message.organizationId} are not accepted here`,
				),
				`message from organization ${message.organizationId}`,
			);
		}

		let notifications = message.notifications;
		if (deduplicate && this.getMode() !== 'manual') {
			const workflow = this.getWorkflow();
			const { fresh } = recordDeliveries(
				this.getWorkflowStaticData('node'),
				`${workflow.id ?? ''}:${this.getNode().name}`,
				notifications.map((n) => n.notificationId),
				{ windowMs: DEFAULT_WINDOW_MS, maxEntries: DEFAULT_MAX_ENTRIES },
			);
			const freshIds = new Set(fresh);
			// A notification repeated within one message counts once too.
			notifications = notifications.filter((n) => freshIds.delete(n.notificationId));
		}

		reply(ackResponse());
		if (notifications.length === 0) return { noWebhookResponse: true };
		return { noWebhookResponse: true, workflowData: [toItems(message, notifications)] };
	}
}

function toItems(
	message: OutboundMessage,
	notifications: OutboundMessage['notifications'],
): INodeExecutionData[] {
	// SessionId is a credential: never part of an item.
	return notifications.map((notification) => ({
		json: {
			notificationId: notification.notificationId,
			object: notification.object,
			organizationId: message.organizationId,
			actionId: message.actionId,
			enterpriseUrl: message.enterpriseUrl,
			partnerUrl: message.partnerUrl,
			record: notification.record,
		},
	}));
}
