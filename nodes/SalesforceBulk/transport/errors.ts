import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';

interface SalesforceError extends Error {
	errorCode?: string;
	name: string;
	data?: unknown;
}

/** Salesforce's error code and message in n8n's API error, without request headers or tokens. */
export function salesforceApiError(node: INode, error: SalesforceError, itemIndex?: number): NodeApiError {
	const code = error.errorCode ?? error.name;
	const message = error.message.replace(/Bearer\s+\S+/g, 'Bearer ***');
	return new NodeApiError(node, { errorCode: code, message } as JsonObject, {
		message: code && code !== 'Error' ? `${code}: ${message}` : message,
		description: hintFor(code),
		itemIndex,
	});
}

function hintFor(code: string | undefined): string | undefined {
	switch (code) {
		case 'NOT_FOUND':
		case 'INVALID_TYPE':
			return 'Check the object name: API names are case-sensitive and custom objects end in __c.';
		case 'INVALID_SESSION_ID':
			return 'The session expired and could not be renewed. Test the Salesforce credential.';
		case 'REQUEST_LIMIT_EXCEEDED':
			return "The org's daily API request limit is used up. Try again after it resets, or ask Salesforce for more.";
		case 'INVALID_FIELD':
		case 'MALFORMED_QUERY':
			return 'Salesforce rejected the query; the message names the field or clause at fault.';
		default:
			return undefined;
	}
}
