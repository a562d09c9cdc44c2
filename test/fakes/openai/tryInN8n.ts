/**
 * Proof against real n8n: starts the OpenAI fake, imports an `openAiApi` credential pointing at it
 * and runs a Basic LLM Chain with n8n's own OpenAI Chat Model sub-node, then prints the chain's
 * output and what n8n sent.
 *
 *   npx ts-node --transpile-only test/fakes/openai/tryInN8n.ts            (n8n 1.x)
 *   TRY_RUNTIME=n8n-v2 npx ts-node --transpile-only test/fakes/openai/tryInN8n.ts
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { N8nInstance, runtimes } from '../../e2e/harness';
import { startFakeOpenAi } from './index';
import { CHAINS, CREDENTIAL, tryWorkflow } from './tryInN8nWorkflow';

async function main(): Promise<void> {
	const runtime = runtimes.find((r) => r.name === (process.env.TRY_RUNTIME ?? 'n8n-v1'));
	if (!runtime || !fs.existsSync(runtime.n8nBin))
		throw new Error(`runtime not installed: ${runtime?.name}`);
	// The harness copies a community-nodes folder into each instance; this run needs none of ours.
	const emptyNodes = fs.mkdtempSync(path.join(os.tmpdir(), 'openai-fake-try-nodes-'));
	process.env.E2E_INSTALLED_NODES ??= emptyNodes;

	const ai = await startFakeOpenAi();
	ai.respondWith(() => ({ content: 'hi from the fake' }));
	const n8n = N8nInstance.create(runtime);
	try {
		console.log(`n8n ${runtime.version} (${runtime.name}); fake OpenAI at ${ai.url}`);
		await n8n.importCredentials([
			{ ...CREDENTIAL, type: 'openAiApi', data: { apiKey: ai.apiKey, url: ai.url } },
		]);
		const result = await n8n.execute(await n8n.importWorkflow(tryWorkflow('gpt-4.1-mini')));
		for (const { chain } of Object.values(CHAINS)) {
			console.log(`\n${chain} output:`, JSON.stringify(result.output(chain).map((i) => i.json)));
		}
		console.log('\nWhat n8n sent:');
		for (const request of ai.requests()) {
			const { headers, body } = request;
			console.log(
				JSON.stringify(
					{
						api: request.api,
						path: request.path,
						bodyKeys: Object.keys(body),
						body,
						messages: request.messages,
						userAgent: headers['user-agent'],
						authorization: headers.authorization,
					},
					null,
					2,
				),
			);
		}
		const others = ai.server.log
			.entries()
			.filter((e) => !/\/(chat\/completions|responses)$/.test(e.path));
		console.log(
			'\nOther requests:',
			others.map((e) => `${e.method} ${e.path} ${e.status}`),
		);
	} finally {
		await n8n.dispose();
		await ai.stop();
		fs.rmSync(emptyNodes, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
