/**
 * Outbound messages as Salesforce sends them (crm-apis.md §1.9, from the generated WSDL:
 * namespace http://soap.sforce.com/2005/09/outbound, up to 100 Notification elements, each with its
 * own Id and an sObject typed with xsi:type="sf:Contact").
 */

export const ORG_ID_18 = '00D5e000000AbCdEAK';
export const ORG_ID_15 = ORG_ID_18.slice(0, 15);
export const ACTION_ID = '04k5e000000XyZ1AAI';
export const SESSION_ID = '00D5e000000AbCd!AQ4AQFakeSessionTokenForTestsOnly';

export interface ContactFixture {
	notificationId: string;
	fields: Record<string, string | null>;
}

function escape(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function outboundMessage(
	contacts: ContactFixture[],
	options: { organizationId?: string; sessionId?: string | null } = {},
): string {
	const organizationId = options.organizationId ?? ORG_ID_18;
	const sessionId = options.sessionId === undefined ? SESSION_ID : options.sessionId;
	const notifications = contacts
		.map(({ notificationId, fields }) => {
			const values = Object.entries(fields)
				.map(([name, value]) =>
					value === null
						? `     <sf:${name} xsi:nil="true"/>`
						: `     <sf:${name}>${escape(value)}</sf:${name}>`,
				)
				.join('\n');
			return `   <Notification>
    <Id>${notificationId}</Id>
    <sObject xsi:type="sf:Contact" xmlns:sf="urn:sobject.enterprise.soap.sforce.com">
${values}
    </sObject>
   </Notification>`;
		})
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
 <soapenv:Body>
  <notifications xmlns="http://soap.sforce.com/2005/09/outbound">
   <OrganizationId>${organizationId}</OrganizationId>
   <ActionId>${ACTION_ID}</ActionId>
   ${sessionId === null ? '<SessionId xsi:nil="true"/>' : `<SessionId>${sessionId}</SessionId>`}
   <EnterpriseUrl>https://acme.my.salesforce.com/services/Soap/c/66.0/${organizationId.slice(0, 15)}</EnterpriseUrl>
   <PartnerUrl>https://acme.my.salesforce.com/services/Soap/u/66.0/${organizationId.slice(0, 15)}</PartnerUrl>
${notifications}
  </notifications>
 </soapenv:Body>
</soapenv:Envelope>
`;
}

/** A notification id in Salesforce's shape (prefix 04l, 18 characters). */
export function notificationId(n: number): string {
	return `04l5e00000${String(n).padStart(5, '0')}AAA`;
}

export function contactId(n: number): string {
	return `0035e00000${String(n).padStart(5, '0')}AAS`;
}

/** Three Contacts: one with a nil field, one with characters that need escaping. */
export const threeContacts: ContactFixture[] = [
	{
		notificationId: notificationId(1),
		fields: {
			Id: contactId(1),
			FirstName: 'Ada',
			LastName: 'Lovelace',
			Email: 'ada@example.com',
			Phone: null,
			LastModifiedDate: '2025-05-01T10:00:00.000Z',
		},
	},
	{
		notificationId: notificationId(2),
		fields: {
			Id: contactId(2),
			FirstName: 'Zoë',
			LastName: "O'Brien & <Sons>",
			Email: 'obrien@example.com',
			Phone: '+1 (415) 555-0100',
			LastModifiedDate: '2025-05-01T10:00:01.000Z',
		},
	},
	{
		notificationId: notificationId(3),
		fields: {
			Id: contactId(3),
			FirstName: 'Grace',
			LastName: 'Hopper',
			Email: 'grace@example.com',
			Phone: '',
			LastModifiedDate: '2025-05-01T10:00:02.000Z',
		},
	},
];

/** Classic XXE: an external entity reading a local file. */
export const xxeAttack = `<?xml version="1.0"?>
<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
 <soapenv:Body>
  <notifications xmlns="http://soap.sforce.com/2005/09/outbound">
   <OrganizationId>&xxe;</OrganizationId>
  </notifications>
 </soapenv:Body>
</soapenv:Envelope>`;

/** "Billion laughs": internal entities expanding exponentially. */
export const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>&lol3;</soapenv:Body></soapenv:Envelope>`;
