/**
 * The real clients n8n uses, loaded from the installed n8n 1.x runtime when it is there: the
 * `openai` SDK and `@langchain/openai` (whose ChatOpenAI n8n's OpenAI Chat Model sub-node returns).
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

export const RUNTIME_MODULES = path.resolve(__dirname, '../../e2e/runtime/n8n-v1/node_modules');
const LANGCHAIN_OPENAI = path.join(RUNTIME_MODULES, '@langchain/openai');

/** Undefined when n8n-v1 is not installed (`node test/e2e/runtime/ensure.js v1` installs it). */
function resolveFrom(dir: string, id: string): string | undefined {
	if (!fs.existsSync(dir)) return undefined;
	try {
		return require.resolve(id, { paths: [dir] });
	} catch {
		return undefined;
	}
}

/** The openai SDK @langchain/openai calls in n8n 1.x (6.x). */
export const openAiSdkPath = resolveFrom(LANGCHAIN_OPENAI, 'openai');
export const langchainOpenAiPath = resolveFrom(RUNTIME_MODULES, '@langchain/openai');

export function loadRuntimeModule<T>(resolved: string | undefined): T {
	if (!resolved) throw new Error(`not installed under ${RUNTIME_MODULES}`);
	return createRequire(__filename)(resolved) as T;
}

export const MISSING_RUNTIME = `n8n-v1 runtime not installed under ${RUNTIME_MODULES}; run node test/e2e/runtime/ensure.js v1 to run the real-client cases`;
