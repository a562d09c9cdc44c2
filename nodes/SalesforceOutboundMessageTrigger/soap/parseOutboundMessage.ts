import { attributeValue, readXml, type XmlElement } from './xmlReader';

export const SOAP_ENVELOPE_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
export const OUTBOUND_NS = 'http://soap.sforce.com/2005/09/outbound';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

export interface OutboundNotification {
	/** The notification's own Id (`04l…`): what redeliveries repeat. */
	notificationId: string;
	/** The sObject type from `xsi:type="sf:Contact"`. */
	object: string;
	/** The record's fields as sent, strings; `xsi:nil="true"` gives null. */
	record: Record<string, string | null>;
}

export interface OutboundMessage {
	organizationId: string;
	actionId: string;
	/**
	 * The session id Salesforce sends when the outbound message is set to "Send Session ID". It is a
	 * credential: it is parsed so that it can be told apart, and never emitted or logged.
	 */
	sessionId: string | null;
	enterpriseUrl: string | null;
	partnerUrl: string | null;
	notifications: OutboundNotification[];
}

export type ParseResult = { ok: true; message: OutboundMessage } | { ok: false; reason: string };

function child(element: XmlElement, localName: string, namespace?: string): XmlElement | undefined {
	return element.children.find(
		(c) => c.localName === localName && (namespace === undefined || c.namespace === namespace),
	);
}

function isNil(element: XmlElement): boolean {
	const nil = attributeValue(element, XSI_NS, 'nil');
	return nil === 'true' || nil === '1';
}

function textOf(element: XmlElement | undefined): string | null {
	if (!element || isNil(element)) return null;
	return element.text.trim();
}

/**
 * Reads a Salesforce outbound message (SOAP 1.1, namespace http://soap.sforce.com/2005/09/outbound):
 * `Envelope/Body/notifications{OrganizationId, ActionId, SessionId, EnterpriseUrl, PartnerUrl,
 * Notification[]{Id, sObject}}`. The caller enforces the size limit before calling.
 */
export function parseOutboundMessage(xml: string): ParseResult {
	const fail = (reason: string): ParseResult => ({ ok: false, reason });
	const read = readXml(xml);
	if (!read.ok) return fail(`The request is not well-formed XML: ${read.reason}`);
	const envelope = read.root;
	if (envelope.localName !== 'Envelope' || envelope.namespace !== SOAP_ENVELOPE_NS) {
		return fail('The request is not a SOAP 1.1 envelope');
	}
	const body = child(envelope, 'Body', SOAP_ENVELOPE_NS);
	if (!body) return fail('The SOAP envelope has no Body');
	const notifications = child(body, 'notifications', OUTBOUND_NS);
	if (!notifications) {
		return fail(`The SOAP Body holds no notifications element in the namespace ${OUTBOUND_NS}`);
	}
	const organizationId = textOf(child(notifications, 'OrganizationId', OUTBOUND_NS));
	if (!organizationId) return fail('The message has no OrganizationId');
	const actionId = textOf(child(notifications, 'ActionId', OUTBOUND_NS)) ?? '';

	const parsed: OutboundNotification[] = [];
	for (const notification of notifications.children) {
		if (notification.localName !== 'Notification' || notification.namespace !== OUTBOUND_NS) {
			continue;
		}
		const notificationId = textOf(child(notification, 'Id', OUTBOUND_NS));
		if (!notificationId) return fail('A Notification has no Id');
		const sObject = child(notification, 'sObject', OUTBOUND_NS);
		if (!sObject) return fail(`The Notification ${notificationId} has no sObject`);
		const type = attributeValue(sObject, XSI_NS, 'type') ?? '';
		const object = type.includes(':') ? type.slice(type.indexOf(':') + 1) : type;
		if (!object) return fail(`The sObject of Notification ${notificationId} has no xsi:type`);
		const record: Record<string, string | null> = {};
		for (const field of sObject.children) {
			// Compound or related values (rare in outbound messages) keep their text content.
			record[field.localName] = isNil(field) ? null : field.text;
		}
		parsed.push({ notificationId, object, record });
	}
	if (parsed.length === 0) return fail('The message holds no Notification');

	return {
		ok: true,
		message: {
			organizationId,
			actionId,
			sessionId: textOf(child(notifications, 'SessionId', OUTBOUND_NS)),
			enterpriseUrl: textOf(child(notifications, 'EnterpriseUrl', OUTBOUND_NS)),
			partnerUrl: textOf(child(notifications, 'PartnerUrl', OUTBOUND_NS)),
			notifications: parsed,
		},
	};
}
