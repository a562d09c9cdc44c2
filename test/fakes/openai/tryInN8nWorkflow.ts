/**
 * The workflow tryInN8n.ts runs: Manual Trigger → two Basic LLM Chains, each with n8n's OpenAI
 * Chat Model sub-node on its `ai_languageModel` input. Version 1.3 of the sub-node (what the
 * editor adds today, "Use Responses API" on by default) and version 1.2 (chat completions).
 */
import type { WorkflowImport } from '../../e2e/harness';

export const CREDENTIAL = { id: 'fakeOpenAiCred1', name: 'OpenAI (fake)' };
export const PROMPT = 'Say hi';
export const CHAINS = {
	responses: { chain: 'Chain (model v1.3)', model: 'OpenAI Chat Model v1.3', typeVersion: 1.3 },
	completions: { chain: 'Chain (model v1.2)', model: 'OpenAI Chat Model v1.2', typeVersion: 1.2 },
};

function chainAndModel(
	which: (typeof CHAINS)[keyof typeof CHAINS],
	model: string,
	y: number,
): unknown[] {
	return [
		{
			id: `${which.chain}-id`.replace(/\W/g, ''),
			name: which.chain,
			type: '@n8n/n8n-nodes-langchain.chainLlm',
			typeVersion: 1.7,
			position: [300, y],
			parameters: { promptType: 'define', text: PROMPT },
		},
		{
			id: `${which.model}-id`.replace(/\W/g, ''),
			name: which.model,
			type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
			typeVersion: which.typeVersion,
			position: [300, y + 200],
			parameters: { model: { __rl: true, mode: 'list', value: model }, options: {} },
			credentials: { openAiApi: CREDENTIAL },
		},
	];
}

export function tryWorkflow(model: string): WorkflowImport {
	return {
		id: 'fakeOpenAiTry1',
		name: 'OpenAI fake: Basic LLM Chain',
		active: false,
		settings: {},
		nodes: [
			{
				id: 'trigger',
				name: 'Manual Trigger',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			...chainAndModel(CHAINS.responses, model, 0),
			...chainAndModel(CHAINS.completions, model, 500),
		],
		connections: {
			'Manual Trigger': {
				main: [
					[
						{ node: CHAINS.responses.chain, type: 'main', index: 0 },
						{ node: CHAINS.completions.chain, type: 'main', index: 0 },
					],
				],
			},
			[CHAINS.responses.model]: {
				ai_languageModel: [[{ node: CHAINS.responses.chain, type: 'ai_languageModel', index: 0 }]],
			},
			[CHAINS.completions.model]: {
				ai_languageModel: [
					[{ node: CHAINS.completions.chain, type: 'ai_languageModel', index: 0 }],
				],
			},
		},
	};
}
