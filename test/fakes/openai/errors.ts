/**
 * OpenAI's error bodies: `{ "error": { "message", "type", "param", "code" } }`, the shape the
 * openai client turns into `APIError` (`status`, `error`, `code`, `type`, `param`).
 */
import type { FakeResponse } from '../common';
import type { OpenAiErrorObject } from './types';

/** What OpenAI answers for each status when a test gives no error of its own. */
const DEFAULT_ERRORS: Record<number, OpenAiErrorObject> = {
	400: { message: 'Invalid request.', type: 'invalid_request_error', param: null, code: null },
	401: {
		message:
			'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.',
		type: 'invalid_request_error',
		param: null,
		code: 'invalid_api_key',
	},
	403: {
		message: 'You are not allowed to sample from this model',
		type: 'invalid_request_error',
		param: null,
		code: null,
	},
	404: {
		message: 'The model `unknown` does not exist or you do not have access to it.',
		type: 'invalid_request_error',
		param: null,
		code: 'model_not_found',
	},
	429: {
		message: 'Rate limit reached for requests. Please try again in 1s.',
		type: 'requests',
		param: null,
		code: 'rate_limit_exceeded',
	},
	500: {
		message: 'The server had an error while processing your request. Sorry about that!',
		type: 'server_error',
		param: null,
		code: null,
	},
	503: {
		message: 'The engine is currently overloaded, please try again later.',
		type: 'server_error',
		param: null,
		code: null,
	},
};

export function defaultError(status: number): OpenAiErrorObject {
	return (
		DEFAULT_ERRORS[status] ?? {
			message: `HTTP ${status}`,
			type: status >= 500 ? 'server_error' : 'invalid_request_error',
			param: null,
			code: null,
		}
	);
}

export function errorResponse(
	status: number,
	error: Partial<OpenAiErrorObject> = {},
	headers?: Record<string, string>,
): FakeResponse {
	const merged = { ...defaultError(status), ...error };
	return {
		status,
		headers,
		body: {
			error: {
				message: merged.message,
				type: merged.type,
				param: merged.param ?? null,
				code: merged.code ?? null,
			},
		},
	};
}

/** 401 for a missing or wrong key, worded as OpenAI words it (the key masked as OpenAI masks it). */
export function unauthorized(authorization: string | undefined): FakeResponse {
	const presented = /^\s*bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
	if (!presented) {
		return errorResponse(401, {
			message:
				"You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.",
			code: null,
		});
	}
	return errorResponse(401, {
		message: `Incorrect API key provided: ${mask(presented)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
	});
}

function mask(key: string): string {
	if (key.length <= 8) return '*'.repeat(key.length);
	return `${key.slice(0, 3)}${'*'.repeat(Math.min(key.length - 7, 40))}${key.slice(-4)}`;
}

export function invalidRequest(
	message: string,
	param: string | null = null,
	code: string | null = null,
): FakeResponse {
	return errorResponse(400, { message, type: 'invalid_request_error', param, code });
}
