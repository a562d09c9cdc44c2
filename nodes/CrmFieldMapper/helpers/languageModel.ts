import { NodeConnectionTypes, type IExecuteFunctions } from 'n8n-workflow';
import { attempt } from '../../shared/attempt';
import {
	acceptModelAdvice,
	modelPrompt,
	parseModelAnswer,
	unsureRows,
	type MappingDocument,
	type MappingInput,
} from '../../shared/mapping';

/** The slice of a LangChain chat model the mapper uses (any n8n chat-model sub-node supplies one). */
interface ChatModel {
	invoke(
		messages: Array<[string, string]>,
		options?: { signal?: AbortSignal },
	): Promise<{ content: unknown }>;
}

function textOf(content: unknown): string {
	if (typeof content === 'string') return content;
	if (Array.isArray(content))
		return content
			.map((part) => (typeof part === 'string' ? part : ((part as { text?: string }).text ?? '')))
			.join('');
	return '';
}

export interface ModelConsultation {
	document: MappingDocument;
	/** What happened, for the output and the execution hints. */
	note: string;
}

/**
 * Asks the connected chat model about the rows the engine is unsure of, and keeps only answers
 * that pass the engine's own checks. A model that fails, times out or answers nonsense leaves the
 * deterministic document as it was.
 */
export async function consultModel(
	context: IExecuteFunctions,
	input: MappingInput,
	document: MappingDocument,
	timeoutMs: number,
): Promise<ModelConsultation> {
	if (unsureRows(document).length === 0)
		return { document, note: 'The engine was sure of every field; no model call' };
	const model = (await context.getInputConnectionData(
		NodeConnectionTypes.AiLanguageModel,
		0,
	)) as ChatModel;
	const prompt = modelPrompt(input, document);
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	const answer = await attempt(
		async () =>
			await Promise.race([
				model.invoke(
					[
						['system', prompt.system],
						['human', prompt.user],
					],
					{ signal: controller.signal },
				),
				new Promise<never>((_, reject) =>
					controller.signal.addEventListener('abort', () =>
						reject(new Error(`no answer within ${timeoutMs / 1000} s`)),
					),
				),
			]),
	);
	clearTimeout(timer);
	if (!answer.ok) {
		const reason = answer.error instanceof Error ? answer.error.message : String(answer.error);
		return {
			document,
			note: `The language model failed (${reason.slice(0, 200)}); the engine's mapping is kept`,
		};
	}
	const suggestions = parseModelAnswer(textOf(answer.value.content));
	if (!suggestions)
		return {
			document,
			note: "The language model's answer was not the JSON asked for; the engine's mapping is kept",
		};
	const outcome = acceptModelAdvice(input, document, suggestions);
	const refused = outcome.refused.map(
		(r) => `${r.sourceField} → ${String(r.targetProperty)} (${r.why})`,
	);
	return {
		document: outcome.document,
		note: `The language model suggested ${suggestions.length} mappings: ${outcome.accepted.length} accepted${refused.length ? `, refused: ${refused.slice(0, 10).join('; ')}` : ''}`,
	};
}
