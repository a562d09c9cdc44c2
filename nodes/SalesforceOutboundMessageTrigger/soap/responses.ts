/** The acknowledgement Salesforce requires (HTTP 200); anything else makes it retry the message. */
export const ACK_BODY =
	'<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">' +
	'<soapenv:Body>' +
	'<notificationsResponse xmlns="http://soap.sforce.com/2005/09/outbound">' +
	'<Ack>true</Ack>' +
	'</notificationsResponse>' +
	'</soapenv:Body>' +
	'</soapenv:Envelope>';

export const SOAP_CONTENT_TYPE = 'text/xml; charset=utf-8';

/** `Client`: the request is at fault (do not resend as is); `Server`: we are. */
export type FaultCode = 'Client' | 'Server';

export interface SoapResponse {
	statusCode: number;
	contentType: string;
	body: string;
}

function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

export function ackResponse(): SoapResponse {
	return { statusCode: 200, contentType: SOAP_CONTENT_TYPE, body: ACK_BODY };
}

/** A SOAP 1.1 Fault; SOAP 1.1 answers every fault with HTTP 500. */
export function faultResponse(code: FaultCode, faultString: string): SoapResponse {
	return {
		statusCode: 500,
		contentType: SOAP_CONTENT_TYPE,
		body:
			'<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">' +
			'<soapenv:Body>' +
			'<soapenv:Fault>' +
			`<faultcode>soapenv:${code}</faultcode>` +
			`<faultstring>${escapeXml(faultString)}</faultstring>` +
			'</soapenv:Fault>' +
			'</soapenv:Body>' +
			'</soapenv:Envelope>',
	};
}
