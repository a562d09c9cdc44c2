/**
 * Reads a chat-completions or Responses API body into one shape (`ChatMessage[]`, `ToolSpec[]`),
 * so a test asserts on "the messages n8n sent" without caring which API carried them.
 */
import type { ChatMessage, ToolSpec } from './types';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

/** A string, or an array of parts (`text`, `input_text`, `output_text`): their texts, joined. */
export function textOf(content: unknown): string {
	if (typeof content === 'string') return content;
	if (!Array.isArray(content)) return '';
	return content
		.map((part) => (isObject(part) ? str(part.text ?? part.refusal) : str(part)))
		.join('');
}

/** `messages` of POST /chat/completions. */
export function chatMessages(body: Json): ChatMessage[] {
	const messages = Array.isArray(body.messages) ? body.messages : [];
	return messages.filter(isObject).map((m) => {
		const message: ChatMessage = { role: str(m.role), content: textOf(m.content) };
		if (Array.isArray(m.tool_calls)) {
			message.toolCalls = m.tool_calls.filter(isObject).map((call) => {
				const fn = isObject(call.function) ? call.function : {};
				return { id: str(call.id), name: str(fn.name), arguments: str(fn.arguments) };
			});
		}
		if (typeof m.tool_call_id === 'string') message.toolCallId = m.tool_call_id;
		return message;
	});
}

/** `instructions` and `input` of POST /responses (a string, or items: messages, function calls and outputs). */
export function responsesMessages(body: Json): ChatMessage[] {
	const messages: ChatMessage[] = [];
	if (typeof body.instructions === 'string') {
		messages.push({ role: 'system', content: body.instructions });
	}
	if (typeof body.input === 'string') {
		messages.push({ role: 'user', content: body.input });
		return messages;
	}
	for (const item of Array.isArray(body.input) ? body.input.filter(isObject) : []) {
		const type = str(item.type) || 'message';
		if (type === 'message') {
			messages.push({ role: str(item.role), content: textOf(item.content) });
		} else if (type === 'function_call') {
			const call = { id: str(item.call_id), name: str(item.name), arguments: str(item.arguments) };
			const previous = messages[messages.length - 1];
			// Consecutive calls belong to one assistant turn, as in chat completions.
			if (previous?.role === 'assistant' && previous.toolCalls) previous.toolCalls.push(call);
			else messages.push({ role: 'assistant', content: '', toolCalls: [call] });
		} else if (type === 'function_call_output') {
			messages.push({ role: 'tool', content: textOf(item.output), toolCallId: str(item.call_id) });
		}
	}
	return messages;
}

/** `tools` of either API: `{type:'function', function:{…}}` or `{type:'function', name…}`, and built-ins. */
export function toolSpecs(body: Json): ToolSpec[] {
	const tools = Array.isArray(body.tools) ? body.tools.filter(isObject) : [];
	return tools.map((tool) => {
		const fn = isObject(tool.function) ? tool.function : tool;
		const spec: ToolSpec = { name: str(fn.name) || str(tool.type) };
		if (typeof fn.description === 'string') spec.description = fn.description;
		if (fn.parameters !== undefined) spec.parameters = fn.parameters;
		return spec;
	});
}

export function responseFormatOf(body: Json): unknown {
	if (body.response_format !== undefined) return body.response_format;
	return isObject(body.text) ? body.text.format : undefined;
}
