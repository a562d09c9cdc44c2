/** What a test scripts and what the fake records. */

/** One function call the model "decides" to make. */
export interface ToolCallReply {
	name: string;
	/** An object is sent as its JSON text; a string is sent as is (e.g. to test malformed JSON). */
	arguments: Record<string, unknown> | string;
	/** Default: a generated `call_…` id. */
	id?: string;
}

interface ReplyTiming {
	/** Wait this long (wall clock) before answering. */
	delayMs?: number;
}

export interface ContentReply extends ReplyTiming {
	content: string;
}

export interface ToolCallsReply extends ReplyTiming {
	toolCalls: ToolCallReply[];
	/** Text the model says alongside the calls (usually none). */
	content?: string;
}

/** OpenAI's error object: `{ error: { message, type, param, code } }`. */
export interface OpenAiErrorObject {
	message: string;
	type: string;
	param?: string | null;
	code?: string | null;
}

export interface ErrorReply extends ReplyTiming {
	status: number;
	/** Merged over the default error for the status (401 invalid_api_key, 429 rate_limit_exceeded, 500 server_error…). */
	error?: Partial<OpenAiErrorObject>;
	/** E.g. `{ 'retry-after': '1' }`; the openai client honours `retry-after` and `x-should-retry`. */
	headers?: Record<string, string>;
}

/** Never answer: the client times out (or the fake stops). */
export interface HangReply {
	hang: true;
}

export type Reply = ContentReply | ToolCallsReply | ErrorReply | HangReply;

export type Api = 'chat.completions' | 'responses';

/** A conversation turn, the same whichever API carried it. */
export interface ChatMessage {
	/** system, developer, user, assistant, tool. */
	role: string;
	/** Text parts joined; '' when there is none (an assistant turn with tool calls only). */
	content: string;
	toolCalls?: Array<{ id: string; name: string; arguments: string }>;
	/** On `tool` turns: the call this is the result of. */
	toolCallId?: string;
}

export interface ToolSpec {
	/** The function name, or the built-in tool's type (`web_search`, `code_interpreter`…). */
	name: string;
	description?: string;
	parameters?: unknown;
}

/** One model call the fake received (POST /v1/chat/completions or /v1/responses). */
export interface OpenAiRequest {
	/** 1-based, over model calls only. */
	readonly seq: number;
	readonly api: Api;
	readonly path: string;
	readonly model?: string;
	readonly messages: ChatMessage[];
	readonly tools: ToolSpec[];
	/** `response_format` (chat completions) or `text.format` (Responses API). */
	readonly responseFormat?: unknown;
	readonly stream: boolean;
	/** The JSON body as sent (nothing redacted: bodies carry no credentials). */
	readonly body: Record<string, unknown>;
	/** Lower-case names; Authorization and other credential headers redacted. */
	readonly headers: Record<string, string | string[]>;
	/** What the fake answered with; undefined when nothing was scripted (the 500). */
	readonly reply?: Reply;
}

/** Picks the answer for a request; used once when queued, for every request when standing. */
export type Responder = (request: OpenAiRequest) => Reply | Promise<Reply>;
