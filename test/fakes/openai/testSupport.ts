/** Helpers for this folder's tests: raw HTTP with fetch, and the minimal shape of the openai SDK. */
import type { FakeOpenAi } from './startFakeOpenAi';

export interface RawResponse {
	status: number;
	headers: Headers;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	body: any;
}

export async function call(
	ai: FakeOpenAi,
	method: string,
	path: string,
	body?: unknown,
	options: { key?: string | null; signal?: AbortSignal } = {},
): Promise<RawResponse> {
	const key = options.key === undefined ? ai.apiKey : options.key;
	const res = await fetch(`${ai.url}${path}`, {
		method,
		headers: {
			...(key !== null && { Authorization: `Bearer ${key}` }),
			...(body !== undefined && { 'Content-Type': 'application/json' }),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
		signal: options.signal,
	});
	const text = await res.text();
	return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

export const chatBody = (content: string, extra: Record<string, unknown> = {}) => ({
	model: 'gpt-4.1-mini',
	messages: [
		{ role: 'system', content: 'You map CRM fields.' },
		{ role: 'user', content },
	],
	...extra,
});

/** The parts of the openai SDK (v6) the tests use. */
export interface OpenAiSdk {
	models: { list(): Promise<{ data: Array<{ id: string }> }> };
	chat: {
		completions: {
			create(body: Record<string, unknown>): Promise<{
				object: string;
				choices: Array<{
					finish_reason: string;
					message: {
						content: string | null;
						tool_calls?: Array<{ id: string; function: { name: string; arguments: string } }>;
					};
				}>;
			}>;
		};
	};
	responses: {
		create(body: Record<string, unknown>): Promise<{
			object: string;
			output_text: string;
			output: Array<{ type: string; name?: string; arguments?: string; call_id?: string }>;
		}>;
	};
}

export type OpenAiSdkConstructor = new (options: {
	apiKey: string;
	baseURL: string;
	maxRetries?: number;
	timeout?: number;
}) => OpenAiSdk;

/** The SDK's error classes carry these. */
export interface SdkError {
	name: string;
	status?: number;
	code?: string | null;
	type?: string;
	message: string;
}
