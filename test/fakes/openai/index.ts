/** A fake OpenAI API (chat completions, Responses API, models) over real HTTP: see README.md. */
export { DEFAULT_API_KEY, startFakeOpenAi } from './startFakeOpenAi';
export type { FakeOpenAi, FakeOpenAiOptions } from './startFakeOpenAi';
export { DEFAULT_MODELS } from './models';
export type {
	Api,
	ChatMessage,
	ContentReply,
	ErrorReply,
	HangReply,
	OpenAiErrorObject,
	OpenAiRequest,
	Reply,
	Responder,
	ToolCallReply,
	ToolCallsReply,
	ToolSpec,
} from './types';
