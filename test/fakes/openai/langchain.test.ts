/** The fake with @langchain/openai's ChatOpenAI, the object n8n's OpenAI Chat Model sub-node supplies. */
import { startFakeOpenAi, type FakeOpenAi } from './index';
import { langchainOpenAiPath, loadRuntimeModule, MISSING_RUNTIME } from './runtimeClients';

interface AiMessage {
	content: unknown;
	tool_calls?: Array<{ name: string; args: Record<string, unknown>; id?: string }>;
}
interface ChatModel {
	invoke(input: string): Promise<AiMessage>;
	bindTools(tools: unknown[]): ChatModel;
}
type ChatOpenAiConstructor = new (fields: Record<string, unknown>) => ChatModel;

const TOOL = {
	type: 'function',
	function: {
		name: 'map_fields',
		description: 'Maps Salesforce fields to HubSpot properties',
		parameters: { type: 'object', properties: { Email: { type: 'string' } } },
	},
};

const suite = langchainOpenAiPath ? describe.each : describe.skip.each;
const title = langchainOpenAiPath ? '' : ` (skipped: ${MISSING_RUNTIME})`;

suite([
	{ api: 'responses', useResponsesApi: true, path: '/v1/responses' },
	{ api: 'chat.completions', useResponsesApi: false, path: '/v1/chat/completions' },
])(`OpenAI fake with ChatOpenAI on $api${title}`, ({ api, useResponsesApi, path }) => {
	let ai: FakeOpenAi;
	const model = (fields: Record<string, unknown> = {}) => {
		const { ChatOpenAI } = loadRuntimeModule<{ ChatOpenAI: ChatOpenAiConstructor }>(
			langchainOpenAiPath,
		);
		// As n8n's LmChatOpenAi.node builds it (supplyData).
		return new ChatOpenAI({
			apiKey: ai.apiKey,
			model: 'gpt-4.1-mini',
			configuration: { baseURL: ai.url },
			useResponsesApi,
			maxRetries: 0,
			...fields,
		});
	};
	const text = (message: AiMessage) =>
		typeof message.content === 'string'
			? message.content
			: (message.content as Array<{ text: string }>).map((part) => part.text).join('');

	beforeAll(async () => {
		ai = await startFakeOpenAi();
	});
	afterEach(() => ai.reset());
	afterAll(async () => await ai.stop());

	it('returns the scripted text', async () => {
		ai.script({ content: 'hi from the fake' });
		expect(text(await model().invoke('Say hi'))).toBe('hi from the fake');
		const [request] = ai.requests();
		expect(request).toEqual(expect.objectContaining({ api, path, stream: false }));
		expect(request.messages).toEqual([{ role: 'user', content: 'Say hi' }]);
	});

	it('returns scripted tool calls as tool_calls, with the tool schema sent', async () => {
		ai.script({
			toolCalls: [{ name: 'map_fields', arguments: { Email: 'email' }, id: 'call_42' }],
		});
		const message = await model().bindTools([TOOL]).invoke('Map Email');
		expect(message.tool_calls).toEqual([
			expect.objectContaining({ name: 'map_fields', args: { Email: 'email' }, id: 'call_42' }),
		]);
		expect(ai.requests()[0].tools).toEqual([
			{
				name: 'map_fields',
				description: TOOL.function.description,
				parameters: TOOL.function.parameters,
			},
		]);
	});

	it('retries a 500 the way n8n does (maxRetries) and then succeeds', async () => {
		ai.script({ status: 500 }, { content: 'second time lucky' });
		expect(text(await model({ maxRetries: 1 }).invoke('x'))).toBe('second time lucky');
		expect(ai.requests()).toHaveLength(2);
	});

	it('fails on a 401 without retrying', async () => {
		await expect(
			model({ apiKey: 'sk-wrong-wrong-wrong', maxRetries: 2 }).invoke('x'),
		).rejects.toThrow(/Incorrect API key provided/);
		expect(ai.server.log.count({ status: 401 })).toBe(1);
	});
});
