/** The `response` object POST /v1/responses answers (what @langchain/openai's responses converter reads). */
import { argumentsText, promptTokens } from './completionBody';
import { estimateTokens, ids, unixSeconds } from './ids';
import type { ContentReply, OpenAiRequest, ToolCallsReply } from './types';

export function responsesBody(
	request: OpenAiRequest,
	reply: ContentReply | ToolCallsReply,
): Record<string, unknown> {
	const output: Array<Record<string, unknown>> = [];
	if (reply.content !== undefined) {
		output.push({
			type: 'message',
			id: ids.message(),
			status: 'completed',
			role: 'assistant',
			content: [{ type: 'output_text', text: reply.content, annotations: [], logprobs: [] }],
		});
	}
	for (const call of 'toolCalls' in reply ? reply.toolCalls : []) {
		output.push({
			type: 'function_call',
			id: ids.functionCall(),
			call_id: call.id ?? ids.toolCall(),
			name: call.name,
			arguments: argumentsText(call.arguments),
			status: 'completed',
		});
	}
	const body = request.body;
	const input = promptTokens(request);
	const outputTokens = estimateTokens(
		output.map((item) => String(item.arguments ?? reply.content ?? '')).join(''),
	);
	const createdAt = unixSeconds();
	return {
		id: ids.response(),
		object: 'response',
		created_at: createdAt,
		status: 'completed',
		background: false,
		completed_at: createdAt,
		error: null,
		incomplete_details: null,
		instructions: body.instructions ?? null,
		max_output_tokens: body.max_output_tokens ?? null,
		model: request.model ?? 'gpt-4.1-mini',
		output,
		// The SDK fills this in too; plain fetch callers read it directly.
		output_text: reply.content ?? '',
		parallel_tool_calls: body.parallel_tool_calls ?? true,
		previous_response_id: body.previous_response_id ?? null,
		reasoning: { effort: null, summary: null },
		service_tier: 'default',
		store: body.store ?? true,
		temperature: body.temperature ?? 1,
		text: body.text ?? { format: { type: 'text' }, verbosity: 'medium' },
		tool_choice: body.tool_choice ?? 'auto',
		tools: body.tools ?? [],
		top_p: body.top_p ?? 1,
		truncation: 'disabled',
		usage: {
			input_tokens: input,
			input_tokens_details: { cached_tokens: 0 },
			output_tokens: outputTokens,
			output_tokens_details: { reasoning_tokens: 0 },
			total_tokens: input + outputTokens,
		},
		user: null,
		metadata: body.metadata ?? {},
	};
}
