/**
 * The facade: `const ai = await startFakeOpenAi()` starts a fake OpenAI API on 127.0.0.1. Put
 * `ai.url` (…/v1) and `ai.apiKey` in n8n's `openAiApi` credential, script the answers with
 * `ai.script(...)`, and read what the client sent with `ai.requests()`.
 */
import { FakeServer, TokenAuth, type RequestLogOptions } from '../common';
import { errorResponse, invalidRequest, unauthorized } from './errors';
import { ids } from './ids';
import { registerModelCallRoutes } from './modelCalls';
import { DEFAULT_MODELS, registerModelRoutes } from './models';
import { ReplyScript } from './script';
import type { OpenAiRequest, Reply, Responder } from './types';

export interface FakeOpenAiOptions {
	/** The key clients must send as `Authorization: Bearer <key>`. Default `sk-fake-openai-test-key`. */
	apiKey?: string;
	/** Default 0: a random free port. */
	port?: number;
	log?: Omit<RequestLogOptions, 'clock'>;
	/** Ids GET /v1/models lists. Default `DEFAULT_MODELS` (every default of n8n's node included). */
	models?: readonly string[];
	/** A standing responder from the start (same as `respondWith`). */
	respond?: Responder;
}

export interface FakeOpenAi {
	/** The base URL for the credential's `url` field / the SDK's `baseURL`: `http://127.0.0.1:PORT/v1`. */
	readonly url: string;
	readonly apiKey: string;
	/** The shared FakeServer: `server.log` has every request (401s and /models too), `server.faults` injects drops etc. */
	readonly server: FakeServer;
	/** Queues answers for the next model calls, in order; a function answers one call. */
	script(...answers: Array<Reply | Responder>): void;
	/** Answers every model call once the queue is empty. */
	respondWith(responder: Responder | undefined): void;
	/** Queued answers not used yet. */
	readonly pending: number;
	/** Model calls received (chat completions and responses), oldest first. */
	requests(): OpenAiRequest[];
	/** Forgets the script, the recorded calls and the log; injected faults are removed too. */
	reset(): void;
	stop(): Promise<void>;
}

export const DEFAULT_API_KEY = 'sk-fake-openai-test-key';

export async function startFakeOpenAi(options: FakeOpenAiOptions = {}): Promise<FakeOpenAi> {
	const apiKey = options.apiKey ?? DEFAULT_API_KEY;
	const auth = new TokenAuth({
		unauthorizedResponse: (_failure, req) => unauthorized(req.header('authorization')),
	});
	auth.addStatic(apiKey);
	const server = new FakeServer({
		name: 'openai',
		auth,
		port: options.port,
		log: options.log,
		defaultHeaders: () => ({
			'x-request-id': ids.request(),
			'openai-version': '2020-10-01',
			'openai-processing-ms': '1',
		}),
		notFound: (req) =>
			errorResponse(404, {
				message: `Invalid URL (${req.method} ${req.path})`,
				type: 'invalid_request_error',
				code: null,
			}),
		invalidJson: () =>
			invalidRequest(
				"We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
			),
		internalError: (_req, error) =>
			errorResponse(500, { message: `OpenAI fake failed: ${String(error)}`, type: 'server_error' }),
	});
	const script = new ReplyScript();
	script.respondWith(options.respond);
	const calls: OpenAiRequest[] = [];
	const stopping = new AbortController();
	registerModelRoutes(server, options.models ?? DEFAULT_MODELS);
	registerModelCallRoutes(server, { script, calls, stopping: stopping.signal });
	const origin = await server.start();

	return {
		url: `${origin}/v1`,
		apiKey,
		server,
		script: (...answers) => script.push(...answers),
		respondWith: (responder) => script.respondWith(responder),
		get pending() {
			return script.pending;
		},
		requests: () => [...calls],
		reset: () => {
			script.clear();
			calls.length = 0;
			server.log.clear();
			server.faults.clear();
		},
		stop: async () => {
			// Close the sockets first, so hung and delayed answers find their client gone.
			const stopped = server.stop();
			stopping.abort();
			await stopped;
		},
	};
}
