import {
	ACK_BODY,
	ackResponse,
	faultResponse,
} from '../../../nodes/SalesforceOutboundMessageTrigger/soap/responses';
import {
	isOrganizationIdFormat,
	receivedSecret,
	sameOrganization,
	secretMatches,
} from '../../../nodes/SalesforceOutboundMessageTrigger/helpers/authorization';
import { readXml } from '../../../nodes/SalesforceOutboundMessageTrigger/soap/xmlReader';
import { ORG_ID_15, ORG_ID_18 } from './fixtures';

describe('SOAP responses', () => {
	it('acknowledges with exactly the envelope Salesforce requires, HTTP 200, text/xml', () => {
		expect(ackResponse()).toEqual({
			statusCode: 200,
			contentType: 'text/xml; charset=utf-8',
			body: ACK_BODY,
		});
		expect(ACK_BODY).toBe(
			'<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><notificationsResponse xmlns="http://soap.sforce.com/2005/09/outbound"><Ack>true</Ack></notificationsResponse></soapenv:Body></soapenv:Envelope>',
		);
	});

	it('answers a fault as SOAP 1.1 does: HTTP 500, faultcode and an escaped faultstring', () => {
		const fault = faultResponse('Client', 'bad <input> & "more"');
		expect(fault.statusCode).toBe(500);
		expect(fault.contentType).toBe('text/xml; charset=utf-8');
		const read = readXml(fault.body);
		if (!read.ok) throw new Error(read.reason);
		const faultElement = read.root.children[0].children[0];
		expect(faultElement.localName).toBe('Fault');
		expect(faultElement.children.map((c) => [c.name, c.text])).toEqual([
			['faultcode', 'soapenv:Client'],
			['faultstring', 'bad <input> & "more"'],
		]);
		expect(faultResponse('Server', 'x').body).toContain('<faultcode>soapenv:Server</faultcode>');
	});
});

describe('organization and secret checks', () => {
	it('compares organization ids on their first 15 characters, case-sensitively', () => {
		expect(sameOrganization(ORG_ID_15, ORG_ID_18)).toBe(true);
		expect(sameOrganization(ORG_ID_18, ORG_ID_15)).toBe(true);
		expect(sameOrganization(ORG_ID_18, ORG_ID_18)).toBe(true);
		expect(sameOrganization(ORG_ID_18, ORG_ID_18.toLowerCase())).toBe(false);
		expect(sameOrganization(ORG_ID_18, '00D5e000000ZZZZEAK')).toBe(false);
		expect(sameOrganization(ORG_ID_18, '00D5e')).toBe(false);
		expect(isOrganizationIdFormat(ORG_ID_15)).toBe(true);
		expect(isOrganizationIdFormat(ORG_ID_18)).toBe(true);
		expect(isOrganizationIdFormat('0035e000000AbCdEAK')).toBe(false);
	});

	it('checks the secret from the query, else the X-Salesforce-Secret header', () => {
		expect(receivedSecret({ secret: 'q' }, { 'x-salesforce-secret': 'h' })).toBe('q');
		expect(receivedSecret({}, { 'x-salesforce-secret': 'h' })).toBe('h');
		expect(receivedSecret({}, {})).toBeUndefined();
		expect(secretMatches('s3cret-value', 's3cret-value')).toBe(true);
		expect(secretMatches('s3cret-value', 's3cret-valuf')).toBe(false);
		expect(secretMatches('s3cret-value', 's3cret')).toBe(false);
		expect(secretMatches('s3cret-value', undefined)).toBe(false);
	});
});
