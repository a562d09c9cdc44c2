/**
 * Salesforce outbound messages (SOAP 1.1, namespace http://soap.sforce.com/2005/09/outbound) for any
 * object, as Salesforce posts them: up to 100 notifications, each with its own notification Id and
 * an sObject typed `sf:<Object>` holding the fields the outbound message was set up with.
 */

export interface Notification {
	/** The notification's own Id (prefix 04l); Salesforce repeats it on every redelivery. */
	notificationId: string;
	object: string;
	fields: Record<string, string | number | boolean | null | undefined>;
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A notification Id in Salesforce's shape (prefix 04l, 18 characters). */
export function outboundNotificationId(n: number): string {
	return `04l5J00000${String(n).padStart(5, '0')}AAA`;
}

export function soapOutboundMessage(organizationId: string, notifications: Notification[]): string {
	const body = notifications
		.map(({ notificationId, object, fields }) => {
			const values = Object.entries(fields)
				.filter(([, value]) => value !== undefined)
				.map(([name, value]) =>
					value === null
						? `     <sf:${name} xsi:nil="true"/>`
						: `     <sf:${name}>${escapeXml(String(value))}</sf:${name}>`,
				)
				.join('\n');
			return `   <Notification>
    <Id>${notificationId}</Id>
    <sObject xsi:type="sf:${object}" xmlns:sf="urn:sobject.enterprise.soap.sforce.com">
${values}
    </sObject>
   </Notification>`;
		})
		.join('\n');
	const org15 = organizationId.slice(0, 15);
	return `<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
 <soapenv:Body>
  <notifications xmlns="http://soap.sforce.com/2005/09/outbound">
   <OrganizationId>${organizationId}</OrganizationId>
   <ActionId>04k5J000000Wh5yQAC</ActionId>
   <SessionId xsi:nil="true"/>
   <EnterpriseUrl>https://acme.my.salesforce.com/services/Soap/c/64.0/${org15}</EnterpriseUrl>
   <PartnerUrl>https://acme.my.salesforce.com/services/Soap/u/64.0/${org15}</PartnerUrl>
${body}
  </notifications>
 </soapenv:Body>
</soapenv:Envelope>
`;
}
