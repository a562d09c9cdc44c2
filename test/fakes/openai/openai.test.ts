import { REDACTED } from '../common';
import { startFakeOpenAi, type FakeOpenAi } from './index';
import { loadRuntimeModule, MISSING_RUNTIME, openAiSdkPath } from './runtimeClients';
import { call, chatBody, type OpenAiSdkConstructor, type SdkError } from './testSupport';

let ai: FakeOpenAi;

beforeAll(async () => {
	ai = await startFakeOpenAi({ apiKey: 'sk-test-field-mapper' });
});
afterEach(() => ai.reset());
afterAll(async () => await ai.stop());

describe('OpenAI fake over plain fetch', () => {
	it('listens on 127.0.0.1 with a /v1 base URL', () => {
		expect(ai.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
	});

	it('lists the models n8n defaults to (credential test and model picker)', async () => {
		const res = await call(ai, 'GET', '/models');
		expect(res.status).toBe(200);
		expect(res.body.object).toBe('list');
		const ids = res.body.data.map((m: { id: string }) => m.id);
		expect(ids).toEqual(expect.arrayContaining(['gpt-4o-mini', 'gpt-4.1-mini', 'gpt-5-mini']));
		expect(res.body.data[0]).toEqual(
			expect.objectContaining({ object: 'model', owned_by: 'system' }),
		);
		expect(res.headers.get('x-request-id')).toMatch(/^req_/);
	});

	it('answers scripted text as a chat.completion', async () => {
		ai.script({ content: 'Email -> email' });
		const res = await call(ai, 'POST', '/chat/completions', chatBody('Map Email'));
		expect(res.status).toBe(200);
		expect(res.body).toEqual(
			expect.objectContaining({
				id: expect.stringMatching(/^chatcmpl-/),
				object: 'chat.completion',
				created: expect.any(Number),
				model: 'gpt-4.1-mini',
				usage: expect.objectContaining({
					prompt_tokens: expect.any(Number),
					total_tokens: expect.any(Number),
				}),
			}),
		);
		expect(res.body.choices).toEqual([
			expect.objectContaining({
				index: 0,
				message: expect.objectContaining({ role: 'assistant', content: 'Email -> email' }),
				finish_reason: 'stop',
			}),
		]);
	});

	it('answers scripted tool calls with tool_calls and finish_reason tool_calls', async () => {
		ai.script({ toolCalls: [{ name: 'map_fields', arguments: { Email: 'email' } }] });
		const res = await call(ai, 'POST', '/chat/completions', chatBody('Map Email'));
		const choice = res.body.choices[0];
		expect(choice.finish_reason).toBe('tool_calls');
		expect(choice.message.content).toBeNull();
		expect(choice.message.tool_calls).toEqual([
			{
				id: expect.stringMatching(/^call_/),
				type: 'function',
				function: { name: 'map_fields', arguments: '{"Email":"email"}' },
			},
		]);
	});

	it('answers the Responses API with output items and output_text', async () => {
		ai.script(
			{ content: 'hi' },
			{ toolCalls: [{ name: 'map_fields', arguments: { a: 1 }, id: 'call_1' }] },
		);
		const text = await call(ai, 'POST', '/responses', { model: 'gpt-5-mini', input: 'Say hi' });
		expect(text.body).toEqual(
			expect.objectContaining({
				object: 'response',
				status: 'completed',
				output_text: 'hi',
				model: 'gpt-5-mini',
			}),
		);
		expect(text.body.output[0]).toEqual(
			expect.objectContaining({
				type: 'message',
				role: 'assistant',
				content: [expect.objectContaining({ type: 'output_text', text: 'hi' })],
			}),
		);
		const tools = await call(ai, 'POST', '/responses', { model: 'gpt-5-mini', input: 'Map' });
		expect(tools.body.output).toEqual([
			expect.objectContaining({
				type: 'function_call',
				call_id: 'call_1',
				name: 'map_fields',
				arguments: '{"a":1}',
			}),
		]);
	});

	it("refuses a wrong or missing key with OpenAI's 401 bodies", async () => {
		const wrong = await call(ai, 'POST', '/chat/completions', chatBody('x'), {
			key: 'sk-wrong-key-123456',
		});
		expect(wrong.status).toBe(401);
		expect(wrong.body.error).toEqual({
			message: expect.stringMatching(/^Incorrect API key provided: sk-\*+3456\./),
			type: 'invalid_request_error',
			param: null,
			code: 'invalid_api_key',
		});
		const missing = await call(ai, 'GET', '/models', undefined, { key: null });
		expect(missing.status).toBe(401);
		expect(missing.body.error.message).toMatch(/^You didn't provide an API key/);
		expect(ai.requests()).toHaveLength(0);
	});

	it("answers scripted errors with OpenAI's error shape", async () => {
		ai.script(
			{ status: 500 },
			{ status: 429, error: { message: 'slow down' }, headers: { 'retry-after': '2' } },
		);
		const server = await call(ai, 'POST', '/chat/completions', chatBody('x'));
		expect(server.status).toBe(500);
		expect(server.body.error).toEqual(
			expect.objectContaining({ type: 'server_error', code: null }),
		);
		const limited = await call(ai, 'POST', '/chat/completions', chatBody('x'));
		expect(limited.status).toBe(429);
		expect(limited.headers.get('retry-after')).toBe('2');
		expect(limited.body.error).toEqual({
			message: 'slow down',
			type: 'requests',
			param: null,
			code: 'rate_limit_exceeded',
		});
	});

	it('answers a 500 naming the call when nothing is scripted', async () => {
		const res = await call(ai, 'POST', '/chat/completions', chatBody('Map Phone'));
		expect(res.status).toBe(500);
		expect(res.body.error.code).toBe('fake_not_scripted');
		expect(res.body.error.message).toContain('scripted no answer for chat.completions call #1');
		expect(res.body.error.message).toContain('Map Phone');
	});

	it('hangs until the client gives up', async () => {
		ai.script({ hang: true });
		const started = Date.now();
		await expect(
			call(ai, 'POST', '/chat/completions', chatBody('x'), { signal: AbortSignal.timeout(300) }),
		).rejects.toThrow();
		expect(Date.now() - started).toBeGreaterThanOrEqual(250);
		expect(ai.server.log.last({ path: '/v1/chat/completions' })?.status).toBeUndefined();
	});

	it('delays an answer', async () => {
		ai.script({ content: 'late', delayMs: 200 });
		const started = Date.now();
		const res = await call(ai, 'POST', '/chat/completions', chatBody('x'));
		expect(res.body.choices[0].message.content).toBe('late');
		expect(Date.now() - started).toBeGreaterThanOrEqual(190);
	});

	it('lets a responder function pick the answer from the request', async () => {
		ai.respondWith((req) => ({ content: `you said: ${req.messages.at(-1)?.content}` }));
		const res = await call(ai, 'POST', '/chat/completions', chatBody('Map Name'));
		expect(res.body.choices[0].message.content).toBe('you said: Map Name');
	});

	it('refuses stream: true and a missing model', async () => {
		const streamed = await call(ai, 'POST', '/chat/completions', chatBody('x', { stream: true }));
		expect(streamed.status).toBe(400);
		expect(streamed.body.error.message).toContain('does not stream');
		const noModel = await call(ai, 'POST', '/responses', { input: 'x' });
		expect(noModel.status).toBe(400);
		expect(noModel.body.error.message).toBe('you must provide a model parameter');
	});

	it('records the messages, tools and headers sent, with the key redacted', async () => {
		ai.script({ content: 'ok' }, { content: 'ok' });
		const tools = [
			{ type: 'function', function: { name: 'map_fields', parameters: { type: 'object' } } },
		];
		await call(ai, 'POST', '/chat/completions', chatBody('Map Email', { tools, temperature: 0 }));
		await call(ai, 'POST', '/responses', {
			model: 'gpt-5-mini',
			instructions: 'Be brief.',
			input: [
				{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Map' }] },
				{ type: 'function_call', call_id: 'c1', name: 'map_fields', arguments: '{}' },
				{ type: 'function_call_output', call_id: 'c1', output: 'done' },
			],
		});
		const [chat, responses] = ai.requests();
		expect(chat).toEqual(
			expect.objectContaining({
				seq: 1,
				api: 'chat.completions',
				model: 'gpt-4.1-mini',
				messages: [
					{ role: 'system', content: 'You map CRM fields.' },
					{ role: 'user', content: 'Map Email' },
				],
				tools: [{ name: 'map_fields', parameters: { type: 'object' } }],
				stream: false,
				reply: { content: 'ok' },
			}),
		);
		expect(chat.body.temperature).toBe(0);
		expect(chat.headers.authorization).toBe(REDACTED);
		expect(responses.messages).toEqual([
			{ role: 'system', content: 'Be brief.' },
			{ role: 'user', content: 'Map' },
			{
				role: 'assistant',
				content: '',
				toolCalls: [{ id: 'c1', name: 'map_fields', arguments: '{}' }],
			},
			{ role: 'tool', content: 'done', toolCallId: 'c1' },
		]);
		expect(JSON.stringify(ai.server.log.entries())).not.toContain('sk-test-field-mapper');
	});
});

const sdkSuite = openAiSdkPath ? describe : describe.skip;

sdkSuite(
	`OpenAI fake with the real openai SDK${openAiSdkPath ? '' : ` (skipped: ${MISSING_RUNTIME})`}`,
	() => {
		const sdk = (options: { key?: string; timeout?: number } = {}) => {
			const { default: OpenAI } = loadRuntimeModule<{ default: OpenAiSdkConstructor }>(
				openAiSdkPath,
			);
			return new OpenAI({
				apiKey: options.key ?? ai.apiKey,
				baseURL: ai.url,
				maxRetries: 0,
				timeout: options.timeout,
			});
		};
		/** The SDK's error class (its `name` is plain "Error") and the fields it read from the body. */
		const catchError = (promise: Promise<unknown>) =>
			promise.then(
				() => undefined,
				(error: SdkError) => ({
					className: error.constructor.name,
					status: error.status,
					code: error.code,
					type: error.type,
					message: error.message,
				}),
			);

		it('lists models', async () => {
			const models = await sdk().models.list();
			expect(models.data.map((m) => m.id)).toContain('gpt-4.1-mini');
		});

		it('gets text and tool calls from chat.completions', async () => {
			ai.script(
				{ content: 'hello' },
				{ toolCalls: [{ name: 'map_fields', arguments: { Email: 'email' } }] },
			);
			const text = await sdk().chat.completions.create(chatBody('hi'));
			expect(text.choices[0].message.content).toBe('hello');
			const tools = await sdk().chat.completions.create(chatBody('map'));
			expect(tools.choices[0].finish_reason).toBe('tool_calls');
			expect(JSON.parse(tools.choices[0].message.tool_calls![0].function.arguments)).toEqual({
				Email: 'email',
			});
		});

		it('gets output_text and function calls from responses', async () => {
			ai.script({ content: 'hello' }, { toolCalls: [{ name: 'map_fields', arguments: {} }] });
			const text = await sdk().responses.create({ model: 'gpt-5-mini', input: 'hi' });
			expect(text.output_text).toBe('hello');
			const tools = await sdk().responses.create({ model: 'gpt-5-mini', input: 'map' });
			expect(tools.output[0]).toEqual(
				expect.objectContaining({ type: 'function_call', name: 'map_fields' }),
			);
		});

		it('raises AuthenticationError on a wrong key', async () => {
			const error = await catchError(
				sdk({ key: 'sk-nope-nope-nope' }).chat.completions.create(chatBody('x')),
			);
			expect(error).toEqual(
				expect.objectContaining({
					className: 'AuthenticationError',
					status: 401,
					code: 'invalid_api_key',
				}),
			);
		});

		it('raises InternalServerError on a scripted 500', async () => {
			ai.script({ status: 500, error: { message: 'boom' } });
			const error = await catchError(sdk().chat.completions.create(chatBody('x')));
			expect(error).toEqual(
				expect.objectContaining({
					className: 'InternalServerError',
					status: 500,
					type: 'server_error',
				}),
			);
			expect(error?.message).toContain('boom');
		});

		it('times out on a hang', async () => {
			ai.script({ hang: true });
			const started = Date.now();
			const error = await catchError(
				sdk({ timeout: 300 }).responses.create({ model: 'gpt-5-mini', input: 'x' }),
			);
			expect(Date.now() - started).toBeGreaterThanOrEqual(250);
			// APIConnectionTimeoutError in plain Node (and in n8n). Under jest the abort error comes from
			// another realm, fails the SDK's `instanceof Error` and is reported as APIConnectionError.
			expect(['APIConnectionTimeoutError', 'APIConnectionError']).toContain(error?.className);
		});

		it("shows the SDK's request in the log", async () => {
			ai.script({ content: 'ok' });
			await sdk().chat.completions.create(chatBody('Map Email', { temperature: 0.2 }));
			const [request] = ai.requests();
			expect(request.messages.map((m) => m.content)).toEqual(['You map CRM fields.', 'Map Email']);
			expect(request.headers['user-agent']).toMatch(/^OpenAI\/JS /);
			expect(request.headers['x-stainless-retry-count']).toBe('0');
		});
	},
);
