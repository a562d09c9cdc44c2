import type { IDataObject } from 'n8n-workflow';
import { loadDescribe } from '../bench/mapping/schemas';
import { startFakeHubSpot, type FakeHubSpot } from '../fakes/hubspot';
import { startFakeOpenAi, type FakeOpenAi } from '../fakes/openai';
import { N8nInstance, selectedRuntimes, type WorkflowImport } from './harness';

const HUBSPOT = { id: 'hubspot-app', name: 'HubSpot private app' };
const OPENAI = { id: 'openai-fake', name: 'OpenAI (local)' };
const MAPPER = 'Suggest Mapping';

/**
 * Start → the Contact describe (Set, raw JSON) → CRM Field Mapper (Suggest, HubSpot properties read
 * with the credential, a chat model asked about unsure fields) with n8n's own OpenAI Chat Model
 * sub-node on its Model input, pointed at the local fake.
 */
function mapperWorkflow(id: string, modelTimeout: number): WorkflowImport {
	return {
		id,
		name: `Mapper e2e ${id}`,
		nodes: [
			{
				id: 'a',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'b',
				name: 'Contact describe',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [200, 0],
				parameters: {
					mode: 'raw',
					jsonOutput: JSON.stringify(loadDescribe('Contact')),
					options: {},
				},
			},
			{
				id: 'c',
				name: MAPPER,
				type: 'n8n-nodes-salesforce-migration.crmFieldMapper',
				typeVersion: 1,
				position: [400, 0],
				parameters: {
					operation: 'suggest',
					describe: '={{ $json }}',
					targetSystem: 'hubspot',
					targetObject: 'contacts',
					targetSchema: 'hubspot',
					authentication: 'appToken',
					useLanguageModel: true,
					options: { modelTimeout },
				},
				credentials: { hubSpotMigrationAppTokenApi: HUBSPOT },
			},
			{
				id: 'd',
				name: 'OpenAI Chat Model',
				type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
				typeVersion: 1.3,
				position: [400, 200],
				parameters: {
					model: { __rl: true, mode: 'list', value: 'gpt-4.1-mini' },
					options: { maxRetries: 0 },
				},
				credentials: { openAiApi: OPENAI },
			},
		],
		connections: {
			Start: { main: [[{ node: 'Contact describe', type: 'main', index: 0 }]] },
			'Contact describe': { main: [[{ node: MAPPER, type: 'main', index: 0 }]] },
			'OpenAI Chat Model': {
				ai_languageModel: [[{ node: MAPPER, type: 'ai_languageModel', index: 0 }]],
			},
		},
		settings: { executionOrder: 'v1' },
	} as WorkflowImport;
}

type Row = { sourceField: string; targetProperty: string | null; origin: string; review: boolean };

describe.each(selectedRuntimes())(
	'CRM Field Mapper with a chat model in real n8n ($name $version)',
	(runtime) => {
		let hubspot: FakeHubSpot;
		let openai: FakeOpenAi;
		let n8n: N8nInstance;

		beforeAll(async () => {
			hubspot = await startFakeHubSpot({ log: { storeBodies: false } });
			openai = await startFakeOpenAi({});
			n8n = N8nInstance.create(runtime);
			await n8n.importCredentials([
				{
					...HUBSPOT,
					type: 'hubSpotMigrationAppTokenApi',
					data: { accessToken: hubspot.token, baseUrl: hubspot.url },
				},
				{ ...OPENAI, type: 'openAiApi', data: { apiKey: openai.apiKey, url: openai.url } },
			]);
		});

		afterAll(async () => {
			await n8n?.dispose();
			await openai?.stop();
			await hubspot?.stop();
		});

		async function suggest(id: string, modelTimeout = 30) {
			const result = await n8n.execute(await n8n.importWorkflow(mapperWorkflow(id, modelTimeout)));
			const document = result.output(MAPPER)[0].json as IDataObject & {
				rows: Row[];
				model: string;
			};
			return {
				document,
				row: (field: string) => document.rows.find((row) => row.sourceField === field)!,
			};
		}

		it('takes a checked suggestion from the model for a field the engine was unsure of, and sends it no record values', async () => {
			openai.script({
				content: JSON.stringify({
					mappings: [
						{
							sourceField: 'Description',
							targetProperty: 'message',
							reason: 'free text about the contact',
						},
						{ sourceField: 'LeadSource', targetProperty: 'hs_email_optout', reason: 'nonsense' },
					],
				}),
			});
			const { document, row } = await suggest('model-ok');
			expect(row('Description')).toMatchObject({
				targetProperty: 'message',
				origin: 'model',
				review: true,
			});
			// A picklist into a checkbox does not convert: refused, the engine's answer kept.
			expect(row('LeadSource')).toMatchObject({ targetProperty: null, origin: 'none' });
			expect(document.model).toMatch(/1 accepted, refused: LeadSource → hs_email_optout/);
			// The engine was sure of Email: the model was not asked about it.
			expect(row('Email')).toMatchObject({ targetProperty: 'email', origin: 'knowledge' });
			const asked = JSON.stringify(openai.requests().at(-1)?.messages ?? []);
			expect(asked).toContain('Description');
			expect(asked).not.toContain('"Email"');
		});

		it("keeps the engine's mapping when the model answers nonsense or fails", async () => {
			openai.script({ content: 'Description should probably go somewhere nice.' });
			const nonsense = await suggest('model-nonsense');
			expect(nonsense.row('Description')).toMatchObject({ targetProperty: null, origin: 'none' });
			expect(nonsense.document.model).toMatch(/not the JSON asked for/);

			openai.script({
				status: 500,
				error: { message: 'The server had an error', type: 'server_error' },
			});
			const failed = await suggest('model-500');
			expect(failed.row('Description')).toMatchObject({ targetProperty: null });
			expect(failed.document.model).toMatch(/language model failed/);
		});

		it("keeps the engine's mapping when the model does not answer in time", async () => {
			openai.script({ hang: true });
			const { document, row } = await suggest('model-hang', 3);
			expect(document.model).toMatch(/no answer within 3 s/);
			expect(row('Email')).toMatchObject({ targetProperty: 'email' });
			expect(row('Description')).toMatchObject({ targetProperty: null });
		});
	},
);
