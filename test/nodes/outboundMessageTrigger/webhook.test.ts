import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { SalesforceOutboundMessageTrigger } from '../../../nodes/SalesforceOutboundMessageTrigger/SalesforceOutboundMessageTrigger.node';
import { forgetSeenInProcess } from '../../../nodes/SalesforceOutboundMessageTrigger/helpers/redeliveries';
import { ACK_BODY } from '../../../nodes/SalesforceOutboundMessageTrigger/soap/responses';
import {
	ORG_ID_15,
	ORG_ID_18,
	SESSION_ID,
	notificationId,
	outboundMessage,
	threeContacts,
	xxeAttack,
} from './fixtures';

interface Delivery {
	body: string | Buffer;
	headers?: Record<string, string>;
	query?: IDataObject;
}

interface Answer {
	result: IWebhookResponseData;
	status: number;
	contentType?: string;
	body: string;
	warnings: string[];
}

/** Runs the node's webhook() as n8n would, with a streamed request and a recording response. */
async function deliver(
	delivery: Delivery,
	parameters: IDataObject = {},
	staticData: IDataObject = {},
	mode = 'webhook',
): Promise<Answer> {
	const params: IDataObject = {
		organizationId: ORG_ID_18,
		sharedSecret: '',
		maxBodySizeMb: 1,
		deduplicate: true,
		...parameters,
	};
	const buffer = Buffer.isBuffer(delivery.body) ? delivery.body : Buffer.from(delivery.body);
	const request = Object.assign(new PassThrough(), {
		headers: {
			'content-type': 'text/xml; charset=utf-8',
			'content-length': String(buffer.length),
			...(delivery.headers ?? {}),
		},
	});
	request.end(buffer);
	const answer = { status: 0, contentType: undefined as string | undefined, body: '' };
	const response = {
		status(code: number) {
			answer.status = code;
			return response;
		},
		setHeader(name: string, value: string) {
			if (name.toLowerCase() === 'content-type') answer.contentType = value;
			return response;
		},
		end(body: string) {
			answer.body = body;
			return response;
		},
	};
	const warnings: string[] = [];
	const context = {
		getNodeParameter: (name: string) => params[name],
		getRequestObject: () => request,
		getResponseObject: () => response,
		getQueryData: () => delivery.query ?? {},
		getHeaderData: () => request.headers,
		getMode: () => mode,
		getWorkflow: () => ({ id: 'wf1', name: 'wf', active: true }),
		getNode: () => ({ name: 'Salesforce Outbound Message Trigger' }),
		getWorkflowStaticData: () => staticData,
		logger: { warn: (message: string) => warnings.push(message) },
	} as unknown as IWebhookFunctions;
	const result = await new SalesforceOutboundMessageTrigger().webhook.call(context);
	return { result, ...answer, warnings };
}

function emitted(answer: Answer): IDataObject[] {
	return (answer.result.workflowData?.[0] ?? []).map((item) => item.json);
}

describe('Salesforce Outbound Message Trigger: webhook()', () => {
	beforeEach(() => forgetSeenInProcess());

	it('acknowledges a message and emits one item per notification, without the session id', async () => {
		const answer = await deliver({ body: outboundMessage(threeContacts) });
		expect(answer).toMatchObject({ status: 200, contentType: 'text/xml; charset=utf-8' });
		expect(answer.body).toBe(ACK_BODY);
		expect(answer.result.noWebhookResponse).toBe(true);
		const items = emitted(answer);
		expect(items).toHaveLength(3);
		expect(items[0]).toEqual({
			notificationId: notificationId(1),
			object: 'Contact',
			organizationId: ORG_ID_18,
			actionId: '04k5e000000XyZ1AAI',
			enterpriseUrl: 'https://acme.my.salesforce.com/services/Soap/c/66.0/00D5e000000AbCd',
			partnerUrl: 'https://acme.my.salesforce.com/services/Soap/u/66.0/00D5e000000AbCd',
			record: expect.objectContaining({ Id: '0035e0000000001AAS', Phone: null }),
		});
		expect(JSON.stringify(items)).not.toContain(SESSION_ID);
		expect(JSON.stringify(items)).not.toContain('sessionId');
	});

	it('acknowledges a redelivery and emits nothing; emits only the new notifications of a mixed one', async () => {
		const staticData: IDataObject = {};
		await deliver({ body: outboundMessage(threeContacts) }, {}, staticData);
		const again = await deliver({ body: outboundMessage(threeContacts) }, {}, staticData);
		expect(again.status).toBe(200);
		expect(again.body).toBe(ACK_BODY);
		expect(again.result.workflowData).toBeUndefined();
		const fourth = {
			notificationId: notificationId(4),
			fields: { Id: '0035e0000000004AAS', Email: 'd@example.com' },
		};
		const mixed = await deliver(
			{ body: outboundMessage([threeContacts[2], fourth, threeContacts[0]]) },
			{},
			staticData,
		);
		expect(emitted(mixed).map((i) => i.notificationId)).toEqual([notificationId(4)]);
	});

	it('emits a notification repeated within one message once', async () => {
		const answer = await deliver({ body: outboundMessage([threeContacts[0], threeContacts[0]]) });
		expect(emitted(answer)).toHaveLength(1);
	});

	it('emits redeliveries again when deduplication is off, and in manual test runs', async () => {
		const staticData: IDataObject = {};
		await deliver({ body: outboundMessage(threeContacts) }, { deduplicate: false }, staticData);
		const again = await deliver(
			{ body: outboundMessage(threeContacts) },
			{ deduplicate: false },
			staticData,
		);
		expect(emitted(again)).toHaveLength(3);
		expect(staticData).toEqual({});
		await deliver({ body: outboundMessage(threeContacts) }, {}, {}, 'manual');
		expect(
			emitted(await deliver({ body: outboundMessage(threeContacts) }, {}, {}, 'manual')),
		).toHaveLength(3);
	});

	it('accepts the 15-character organization id and a gzip-compressed body', async () => {
		const answer = await deliver(
			{ body: gzipSync(outboundMessage(threeContacts)), headers: { 'content-encoding': 'gzip' } },
			{ organizationId: ORG_ID_15 },
		);
		expect(answer.status).toBe(200);
		expect(emitted(answer)).toHaveLength(3);
	});

	it.each([
		['a malformed body', { body: '<soapenv:Envelope><unclosed>' }, /not well-formed XML/],
		['a DOCTYPE (XXE) attack', { body: xxeAttack }, /document type declaration/],
		[
			'a message from another org',
			{ body: outboundMessage(threeContacts, { organizationId: '00D5e000000ZzZzEAK' }) },
			/organization 00D5e000000ZzZzEAK are not accepted/,
		],
	])(
		'answers %s with a SOAP Client fault (HTTP 500) and emits nothing',
		async (_, delivery, reason) => {
			const answer = await deliver(delivery);
			expect(answer.status).toBe(500);
			expect(answer.contentType).toBe('text/xml; charset=utf-8');
			expect(answer.body).toContain('<faultcode>soapenv:Client</faultcode>');
			expect(answer.body).toMatch(reason);
			expect(answer.result).toEqual({ noWebhookResponse: true });
			expect(answer.warnings).toHaveLength(1);
		},
	);

	it('refuses an oversized body by its declared length and by the bytes received', async () => {
		const big = outboundMessage(
			Array.from({ length: 100 }, (_, i) => ({
				notificationId: notificationId(i),
				fields: { Id: `0035e00000${String(i).padStart(5, '0')}AAS`, Description: 'x'.repeat(2000) },
			})),
		);
		const declared = await deliver({ body: big }, { maxBodySizeMb: 0.1 });
		expect(declared.status).toBe(500);
		expect(declared.body).toMatch(/larger .* than the limit of 104858 bytes/);
		const streamed = await deliver(
			{ body: big, headers: { 'content-length': '' } },
			{ maxBodySizeMb: 0.1 },
		);
		expect(streamed.status).toBe(500);
		expect(streamed.body).toMatch(/larger \(over 104858 bytes\)/);
		expect(streamed.result.workflowData).toBeUndefined();
	});

	it('checks the shared secret from the query or the header, before reading the body', async () => {
		const secret = { sharedSecret: 'correct-horse-battery' };
		const body = outboundMessage(threeContacts);
		expect((await deliver({ body }, secret)).body).toMatch(/Unauthorized/);
		expect((await deliver({ body, query: { secret: 'wrong' } }, secret)).status).toBe(500);
		const byQuery = await deliver({ body, query: { secret: 'correct-horse-battery' } }, secret);
		expect(byQuery.status).toBe(200);
		forgetSeenInProcess();
		const byHeader = await deliver(
			{ body, headers: { 'x-salesforce-secret': 'correct-horse-battery' } },
			secret,
		);
		expect(emitted(byHeader)).toHaveLength(3);
	});

	it('answers a Server fault when the trigger has no valid organization id configured', async () => {
		const answer = await deliver({ body: outboundMessage(threeContacts) }, { organizationId: '' });
		expect(answer.status).toBe(500);
		expect(answer.body).toContain('<faultcode>soapenv:Server</faultcode>');
	});
});
