import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';
import { SoqlInputError } from '../helpers/soql';
import { QueryJobFailedError, QueryJobTimeoutError } from './bulkQuery';

interface SalesforceError extends Error {
	errorCode?: string;
	name: string;
	data?: unknown;
}

/** Salesforce's error code and message in n8n's API error, without request headers or tokens. */
export function salesforceApiError(node: INode, cause: unknown, itemIndex?: number): NodeApiError {
	const error = cause as SalesforceError;
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

/** Any failure of an extraction, as the error n8n shows: bad input, a failed job, or an API error. */
export function extractionError(
	node: INode,
	error: unknown,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeOperationError || error instanceof NodeApiError) return error;
	if (error instanceof SoqlInputError) {
		return new NodeOperationError(node, error.message, {
			itemIndex,
			description: 'Check the fields and filters of the Extract operation.',
		});
	}
	if (error instanceof QueryJobFailedError) {
		return new NodeApiError(node, { jobId: error.job.id, state: error.job.state } as JsonObject, {
			message: error.message,
			description:
				'Salesforce gave up on the query. Run it again; if it fails again, narrow it with filters (Salesforce retries a job at most 15 times).',
			itemIndex,
		});
	}
	if (error instanceof QueryJobTimeoutError) {
		return new NodeOperationError(node, error.message, {
			itemIndex,
			description: `Raise "Job Timeout" in the node's options, or narrow the query. The job keeps running in Salesforce: its id is ${error.job.id}.`,
		});
	}
	return salesforceApiError(node, error, itemIndex);
}
