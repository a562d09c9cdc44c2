/** POST /v1/chat/completions and POST /v1/responses: record the call, then answer as scripted. */
import { REDACTED, type FakeRequest, type FakeResponse, type FakeServer } from '../common';
import { chatCompletionBody } from './completionBody';
import { errorResponse, invalidRequest } from './errors';
import { chatMessages, responseFormatOf, responsesMessages, toolSpecs } from './normalize';
import { responsesBody } from './responseBody';
import type { ReplyScript } from './script';
import type { Api, OpenAiRequest, Reply } from './types';

export interface ModelCallContext {
	readonly script: ReplyScript;
	readonly calls: OpenAiRequest[];
	/** Aborted when the fake stops: ends delays and hangs. */
	readonly stopping: AbortSignal;
}

export function registerModelCallRoutes(server: FakeServer, context: ModelCallContext): void {
	server.route('POST', '/v1/chat/completions', (req) => answer('chat.completions', req, context));
	server.route('POST', '/v1/responses', (req) => answer('responses', req, context));
}

async function answer(
	api: Api,
	req: FakeRequest,
	context: ModelCallContext,
): Promise<FakeResponse> {
	const body = req.body;
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return invalidRequest(
			"We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
		);
	}
	const json = body as Record<string, unknown>;
	const request = record(api, req, json, context);
	if (typeof json.model !== 'string' || json.model === '') {
		return invalidRequest('you must provide a model parameter');
	}
	if (api === 'chat.completions' && !Array.isArray(json.messages)) {
		return invalidRequest(
			"Missing required parameter: 'messages'.",
			'messages',
			'missing_required_parameter',
		);
	}
	if (request.stream) {
		return invalidRequest(
			"The OpenAI fake does not stream: send stream: false (n8n's OpenAI Chat Model sub-node does, with the Basic LLM Chain and with agents outside a streaming chat).",
			'stream',
		);
	}
	const reply = await context.script.next(request);
	if (!reply) return unscripted(request);
	Object.assign(request, { reply });
	return await deliver(request, reply, context.stopping);
}

function record(
	api: Api,
	req: FakeRequest,
	body: Record<string, unknown>,
	context: ModelCallContext,
): OpenAiRequest {
	const request: OpenAiRequest = {
		seq: context.calls.length + 1,
		api,
		path: req.path,
		model: typeof body.model === 'string' ? body.model : undefined,
		messages: api === 'responses' ? responsesMessages(body) : chatMessages(body),
		tools: toolSpecs(body),
		responseFormat: responseFormatOf(body),
		stream: body.stream === true,
		body,
		headers: safeHeaders(req),
	};
	context.calls.push(request);
	return request;
}

async function deliver(
	request: OpenAiRequest,
	reply: Reply,
	stopping: AbortSignal,
): Promise<FakeResponse> {
	if ('hang' in reply) {
		await waitFor(Infinity, stopping);
		return errorResponse(500, { message: 'The OpenAI fake stopped while a request hung.' });
	}
	if (reply.delayMs && !(await waitFor(reply.delayMs, stopping))) {
		return errorResponse(500, { message: 'The OpenAI fake stopped during a delay.' });
	}
	if ('status' in reply) return errorResponse(reply.status, reply.error, reply.headers);
	const body =
		request.api === 'responses'
			? responsesBody(request, reply)
			: chatCompletionBody(request, reply);
	return { status: 200, body };
}

function unscripted(request: OpenAiRequest): FakeResponse {
	return errorResponse(500, {
		message: `OpenAI fake: the test scripted no answer for ${request.api} call #${request.seq} (POST ${request.path}, model ${request.model}, last message: ${JSON.stringify(request.messages.at(-1)?.content ?? '')}). Use fake.script(...) or fake.respondWith(...).`,
		type: 'server_error',
		code: 'fake_not_scripted',
	});
}

/** Resolves true after `ms` (never, for Infinity), or false as soon as the fake stops. */
function waitFor(ms: number, stopping: AbortSignal): Promise<boolean> {
	return new Promise((resolve) => {
		if (stopping.aborted) return resolve(false);
		const timer = Number.isFinite(ms) ? setTimeout(() => done(true), ms) : undefined;
		const onAbort = () => done(false);
		function done(completed: boolean) {
			clearTimeout(timer);
			stopping.removeEventListener('abort', onAbort);
			resolve(completed);
		}
		stopping.addEventListener('abort', onAbort, { once: true });
	});
}

const CREDENTIAL_HEADER = /authorization|api-?key|token|secret|cookie/i;

function safeHeaders(req: FakeRequest): Record<string, string | string[]> {
	const headers: Record<string, string | string[]> = {};
	for (const [name, value] of Object.entries(req.headers)) {
		if (value !== undefined) headers[name] = CREDENTIAL_HEADER.test(name) ? REDACTED : value;
	}
	return headers;
}
