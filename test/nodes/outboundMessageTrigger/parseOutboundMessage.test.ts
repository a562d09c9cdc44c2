import { parseOutboundMessage } from '../../../nodes/SalesforceOutboundMessageTrigger/soap/parseOutboundMessage';
import {
	decodeEntities,
	readXml,
} from '../../../nodes/SalesforceOutboundMessageTrigger/soap/xmlReader';
import {
	ACTION_ID,
	ORG_ID_18,
	SESSION_ID,
	billionLaughs,
	contactId,
	notificationId,
	outboundMessage,
	threeContacts,
	xxeAttack,
} from './fixtures';

function parsed(xml: string) {
	const result = parseOutboundMessage(xml);
	if (!result.ok) throw new Error(`expected a parse, got: ${result.reason}`);
	return result.message;
}

function failure(xml: string): string {
	const result = parseOutboundMessage(xml);
	if (result.ok) throw new Error('expected the message to be refused');
	return result.reason;
}

describe('parseOutboundMessage, on a message as Salesforce sends it', () => {
	const message = parsed(outboundMessage(threeContacts));

	it('reads the envelope fields', () => {
		expect(message.organizationId).toBe(ORG_ID_18);
		expect(message.actionId).toBe(ACTION_ID);
		expect(message.sessionId).toBe(SESSION_ID);
		expect(message.enterpriseUrl).toBe(
			'https://acme.my.salesforce.com/services/Soap/c/66.0/00D5e000000AbCd',
		);
		expect(message.partnerUrl).toMatch(/\/services\/Soap\/u\/66\.0\//);
	});

	it('reads every notification, with its own Id and the record fields as strings', () => {
		expect(message.notifications.map((n) => n.notificationId)).toEqual([
			notificationId(1),
			notificationId(2),
			notificationId(3),
		]);
		expect(message.notifications[0]).toEqual({
			notificationId: notificationId(1),
			object: 'Contact',
			record: {
				Id: contactId(1),
				FirstName: 'Ada',
				LastName: 'Lovelace',
				Email: 'ada@example.com',
				Phone: null,
				LastModifiedDate: '2025-05-01T10:00:00.000Z',
			},
		});
	});

	it('gives null for xsi:nil and an empty string for an empty element', () => {
		expect(message.notifications[0].record.Phone).toBeNull();
		expect(message.notifications[2].record.Phone).toBe('');
	});

	it('decodes the predefined entities and keeps non-ASCII text', () => {
		expect(message.notifications[1].record.LastName).toBe("O'Brien & <Sons>");
		expect(message.notifications[1].record.FirstName).toBe('Zoë');
	});

	it('reads a nil SessionId (the outbound message does not send the session)', () => {
		expect(parsed(outboundMessage(threeContacts, { sessionId: null })).sessionId).toBeNull();
	});

	it('accepts other prefixes for the same namespaces, CDATA, comments and numeric references', () => {
		const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!-- sent by a proxy -->
<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">
 <s:Body>
  <om:notifications xmlns:om="http://soap.sforce.com/2005/09/outbound">
   <om:OrganizationId>${ORG_ID_18}</om:OrganizationId>
   <om:ActionId>${ACTION_ID}</om:ActionId>
   <om:Notification>
    <om:Id>${notificationId(9)}</om:Id>
    <om:sObject i:type="x:Lead" xmlns:x="urn:sobject.enterprise.soap.sforce.com">
     <x:Id>00Q5e000001AbCdEAK</x:Id>
     <x:Description><![CDATA[<b>bold</b> & more]]></x:Description>
     <x:Company>Caf&#233; &#x2603; &quot;Q&quot; &apos;A&apos;</x:Company>
     <x:Title i:nil="true"></x:Title>
    </om:sObject>
   </om:Notification>
  </om:notifications>
 </s:Body>
</s:Envelope>`;
		const lead = parsed(xml).notifications[0];
		expect(lead.object).toBe('Lead');
		expect(lead.record).toEqual({
			Id: '00Q5e000001AbCdEAK',
			Description: '<b>bold</b> & more',
			Company: 'Café ☃ "Q" \'A\'',
			Title: null,
		});
	});

	it('reads 100 notifications, the most Salesforce puts in one message', () => {
		const many = Array.from({ length: 100 }, (_, i) => ({
			notificationId: notificationId(i),
			fields: { Id: contactId(i), Email: `c${i}@example.com` },
		}));
		expect(parsed(outboundMessage(many)).notifications).toHaveLength(100);
	});
});

describe('parseOutboundMessage refuses what it must not read', () => {
	it('refuses an external entity (XXE) before reading anything', () => {
		expect(failure(xxeAttack)).toMatch(/document type declaration/);
	});

	it('refuses entity expansion ("billion laughs")', () => {
		expect(failure(billionLaughs)).toMatch(/document type declaration/);
	});

	it('refuses an entity it does not know, rather than passing it through', () => {
		const xml = outboundMessage(threeContacts).replace('Lovelace', 'Love&nbsp;lace');
		expect(failure(xml)).toMatch(/undeclared entity &nbsp;/);
	});

	it('refuses malformed XML', () => {
		const xml = outboundMessage(threeContacts);
		expect(failure(xml.slice(0, xml.length / 2))).toMatch(/not well-formed XML/);
		expect(failure(xml.replace('</sf:Email>', '</sf:Mail>'))).toMatch(/not well-formed/);
		expect(failure('')).toMatch(/no root element/);
		expect(failure('{"json": true}')).toMatch(/not well-formed/);
	});

	it('refuses XML that is not an outbound message', () => {
		expect(failure('<a/>')).toMatch(/not a SOAP 1.1 envelope/);
		expect(
			failure(
				'<e:Envelope xmlns:e="http://schemas.xmlsoap.org/soap/envelope/"><e:Body><x/></e:Body></e:Envelope>',
			),
		).toMatch(/no notifications element/);
		const noNotification = outboundMessage([]);
		expect(failure(noNotification)).toMatch(/no Notification/);
		expect(failure(outboundMessage(threeContacts, { organizationId: '' }))).toMatch(
			/no OrganizationId/,
		);
	});

	it('refuses an undeclared namespace prefix', () => {
		expect(readXml('<a:b/>')).toEqual({ ok: false, reason: 'an undeclared prefix a:' });
	});

	it('does not overflow on deeply nested elements', () => {
		const deep = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
		expect(readXml(deep)).toEqual({ ok: false, reason: 'elements nested too deeply' });
	});
});

describe('decodeEntities', () => {
	it('decodes the five predefined entities and numeric references only', () => {
		expect(decodeEntities('&lt;&gt;&amp;&quot;&apos;&#65;&#x42;')).toEqual({
			ok: true,
			value: '<>&"\'AB',
		});
		expect(decodeEntities('&#0;').ok).toBe(false);
		expect(decodeEntities('&xxe;').ok).toBe(false);
		expect(decodeEntities('a & b').ok).toBe(false);
	});
});
