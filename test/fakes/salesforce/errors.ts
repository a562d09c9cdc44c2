/**
 * Salesforce's error bodies. REST and Bulk API 2.0 answer with a JSON array of `{errorCode,
 * message}` (REST writes `message` first and may add `fields`); the OAuth endpoints answer with
 * `{error, error_description}`; the identity endpoints with one word of plain text.
 *
 * Wording marked UNCONFIRMED below is the fake's own: no public source gives Salesforce's exact text.
 */
import type { FakeResponse } from '../common';

export const NOT_FOUND_MESSAGE = 'The requested resource does not exist';

export function restError(
	status: number,
	errorCode: string,
	message: string,
	fields?: string[],
): FakeResponse {
	return { status, body: [{ message, errorCode, ...(fields && { fields }) }] };
}

export function bulkError(status: number, errorCode: string, message: string): FakeResponse {
	return { status, body: [{ errorCode, message }] };
}

export const notFound = (): FakeResponse => restError(404, 'NOT_FOUND', NOT_FOUND_MESSAGE);

export const invalidSession = (): FakeResponse =>
	restError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');

/** The OAuth token endpoint's refusal, e.g. `invalid_grant` / `expired access/refresh token`. */
export function oauthError(error: string, description: string, status = 400): FakeResponse {
	return { status, body: { error, error_description: description } };
}

/** The identity service (userinfo, id URLs) refuses a token with a 403 and one word of text. */
export function identityError(word: 'Bad_OAuth_Token' | 'Missing_OAuth_Token'): FakeResponse {
	return { status: 403, headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body: word };
}

/** Where in the SOQL text an error points (1-based, as Salesforce prints it). */
export interface SoqlPosition {
	row: number;
	column: number;
}

/**
 * A SOQL error with Salesforce's framing: the offending line, a caret under the column, `ERROR at
 * Row:r:Column:c`, then the message. Without a position only the message is sent.
 */
export class SoqlError extends Error {
	constructor(
		readonly errorCode: string,
		readonly detail: string,
		readonly position?: SoqlPosition,
		readonly line?: string,
	) {
		super(
			position && line !== undefined
				? `\n${line}\n${' '.repeat(position.column - 1)}^\nERROR at Row:${position.row}:Column:${position.column}\n${detail}`
				: detail,
		);
		this.name = 'SoqlError';
	}

	toRest(): FakeResponse {
		return restError(400, this.errorCode, this.message);
	}

	toBulk(): FakeResponse {
		return bulkError(400, this.errorCode, this.message);
	}
}

/** Locates `offset` in `soql` and builds the error (row/column are 1-based). */
export function soqlErrorAt(
	soql: string,
	offset: number | undefined,
	errorCode: string,
	detail: string,
): SoqlError {
	if (offset === undefined || offset < 0) return new SoqlError(errorCode, detail);
	const before = soql.slice(0, offset);
	const row = before.split('\n').length;
	const lineStart = before.lastIndexOf('\n') + 1;
	const lineEnd = soql.indexOf('\n', offset);
	const line = soql.slice(lineStart, lineEnd < 0 ? soql.length : lineEnd);
	return new SoqlError(errorCode, detail, { row, column: offset - lineStart + 1 }, line);
}

/** Salesforce's own wording for SOQL errors. */
export const soqlMessages = {
	noSuchColumn: (field: string, entity: string) =>
		`No such column '${field}' on entity '${entity}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
	noSuchRelationship: (relationship: string) =>
		`Didn't understand relationship '${relationship}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
	unsupportedType: (entity: string) =>
		`sObject type '${entity}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
	unexpectedToken: (token: string) => `unexpected token: '${token}'`,
	duplicateField: (field: string) => `duplicate field selected: ${field}`,
	notFilterable: (field: string) => `field '${field}' can not be filtered in a query call`,
	notSortable: (field: string) => `field '${field}' can not be sorted in a query call`,
	wrongLiteral: (field: string, type: string, quoted: boolean) =>
		`value of filter criterion for field '${field}' must be of type ${type} and should ${quoted ? '' : 'not '}be enclosed in quotes`,
	invalidId: (value: string) => `invalid ID field: ${value}`,
	includesOnlyMultipicklist: () => 'includes or excludes operator only valid on multipicklist field',
	maxOffset: () => 'Maximum SOQL offset allowed is 2000',
	fieldsNeedsLimit: () => 'The SOQL FIELDS function must have a LIMIT of at most 200',
	noQueryString: () => 'A query string has to be specified',
};

/** Bulk API 2.0's refusals at job creation (section 1.4 of crm-apis.md). */
export const bulkMessages = {
	/** Exact text (airbyte, estuary and SFDMU match on it); the errorCode is UNCONFIRMED. */
	compoundField: 'Selecting compound data not supported in Bulk Query',
	/** Exact text from a public issue (OpenFn/adaptors#395). */
	subquery: 'Aggregate Relationships not supported in Bulk V2 Query with CSV content type.',
	/** UNCONFIRMED wording. */
	aggregate: 'Aggregate queries are not supported by Bulk API 2.0 query jobs.',
	groupBy: 'GROUP BY is not supported by Bulk API 2.0 query jobs.',
	offset: 'OFFSET is not supported by Bulk API 2.0 query jobs.',
	typeOf: 'TYPEOF is not supported by Bulk API 2.0 query jobs.',
	fieldsFunction: 'FIELDS() is not supported by Bulk API 2.0 query jobs.',
	/** The Bulk API's text for base64 fields (tap-salesforce's notes). */
	base64: (field: string) => `FeatureNotEnabled : Cannot serialize value for '${field}' in CSV format`,
	/** Text seen by estuary's connector; the errorCode is UNCONFIRMED. */
	dailyJobs: (max: number) => `Max bulk v2 query jobs (${max}) per 24 hrs has been reached`,
	/** Old (v46) docs give this text for results requested too early. */
	jobNotComplete: (status: string) =>
		`can only download query results of successfully completed bulk job with status: JOB_COMPLETE. Current status: ${status}`,
	/** UNCONFIRMED wording (Salesforce answers 409 when the version differs). */
	versionMismatch: (asked: string, job: string) =>
		`The API version of this request (v${asked}) differs from the API version the job was created with (${job}). Request the results with the same API version.`,
	/** Bulk (v1) documents this text for a query that exhausted its automatic retries. */
	retriesExhausted: 'Retried more than fifteen times',
};
