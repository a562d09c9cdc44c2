/** The `chat.completion` object POST /v1/chat/completions answers (what @langchain/openai's completions converter reads). */
import { estimateTokens, ids, unixSeconds } from './ids';
import type { ContentReply, OpenAiRequest, ToolCallsReply } from './types';

export function argumentsText(args: Record<string, unknown> | string): string {
	return typeof args === 'string' ? args : JSON.stringify(args);
}

export function promptTokens(request: OpenAiRequest): number {
	return estimateTokens(request.messages.map((m) => m.content).join('\n'));
}

export function chatCompletionBody(
	request: OpenAiRequest,
	reply: ContentReply | ToolCallsReply,
): Record<string, unknown> {
	const toolCalls =
		'toolCalls' in reply
			? reply.toolCalls.map((call) => ({
					id: call.id ?? ids.toolCall(),
					type: 'function',
					function: { name: call.name, arguments: argumentsText(call.arguments) },
				}))
			: undefined;
	const content = reply.content ?? null;
	const input = promptTokens(request);
	const output = estimateTokens(
		(content ?? '') + (toolCalls ?? []).map((c) => c.function.arguments).join(''),
	);
	return {
		id: ids.chatCompletion(),
		object: 'chat.completion',
		created: unixSeconds(),
		model: request.model ?? 'gpt-4o-mini',
		choices: [
			{
				index: 0,
				message: {
					role: 'assistant',
					content,
					refusal: null,
					annotations: [],
					...(toolCalls && { tool_calls: toolCalls }),
				},
				logprobs: null,
				finish_reason: toolCalls ? 'tool_calls' : 'stop',
			},
		],
		usage: {
			prompt_tokens: input,
			completion_tokens: output,
			total_tokens: input + output,
			prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
			completion_tokens_details: {
				reasoning_tokens: 0,
				audio_tokens: 0,
				accepted_prediction_tokens: 0,
				rejected_prediction_tokens: 0,
			},
		},
		service_tier: 'default',
		system_fingerprint: 'fp_fake_openai',
	};
}
