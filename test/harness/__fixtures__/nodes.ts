/** Test-only node types exercising what the harness must run like n8n does. */
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

export const PROBE_NODE_TYPE = 'harness-fixtures.probe';
export const ROUTER_NODE_TYPE = 'harness-fixtures.router';

const CREDENTIAL_BY_AUTHENTICATION: Record<string, string> = {
	apiKey: 'harnessApiKeyApi',
	session: 'harnessSessionApi',
	oAuth2: 'harnessOAuth2Api',
};

const show = (operation: string[], extra: IDataObject = {}) => ({
	displayOptions: { show: { operation, ...extra } },
});

/**
 * Operations: emit (items from a JSON parameter), echo (adds `value`), request (GET `url` with
 * credentials), fail (NodeOperationError for items whose `shouldFail` is true, honouring
 * continueOnFail the usual way), throw (fails without catching), countRuns (static data).
 */
export class Probe implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Harness Probe',
		name: 'probe',
		group: ['transform'],
		version: 1,
		description: 'Test-only node for the workflow harness',
		defaults: { name: 'Probe' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: Object.entries(CREDENTIAL_BY_AUTHENTICATION).map(([authentication, name]) => ({
			name,
			required: true,
			displayOptions: { show: { operation: ['request'], authentication: [authentication] } },
		})),
		properties: [
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				options: ['emit', 'echo', 'request', 'fail', 'throw', 'countRuns'].map((value) => ({
					name: value,
					value,
				})),
				default: 'echo',
			},
			{ displayName: 'Items', name: 'items', type: 'json', default: '[]', ...show(['emit']) },
			{ displayName: 'Value', name: 'value', type: 'string', default: '', ...show(['echo']) },
			{ displayName: 'URL', name: 'url', type: 'string', default: '', required: true, ...show(['request']) },
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: Object.keys(CREDENTIAL_BY_AUTHENTICATION).map((value) => ({ name: value, value })),
				default: 'apiKey',
				...show(['request']),
			},
			{ displayName: 'Should Fail', name: 'shouldFail', type: 'boolean', default: false, ...show(['fail']) },
			{
				displayName: 'Error Message',
				name: 'errorMessage',
				type: 'string',
				default: 'Probe failed',
				...show(['fail', 'throw']),
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const operation = this.getNodeParameter('operation', 0) as string;

		if (operation === 'emit') {
			const raw = this.getNodeParameter('items', 0) as string | IDataObject[];
			const list = (typeof raw === 'string' ? JSON.parse(raw) : raw) as IDataObject[];
			return [list.map((json) => ({ json, pairedItem: { item: 0 } }))];
		}
		if (operation === 'countRuns') {
			const staticData = this.getWorkflowStaticData('global');
			staticData.runs = ((staticData.runs as number | undefined) ?? 0) + 1;
			return [[{ json: { runs: staticData.runs }, pairedItem: { item: 0 } }]];
		}
		if (operation === 'throw') {
			throw new NodeOperationError(this.getNode(), this.getNodeParameter('errorMessage', 0) as string);
		}

		const returnData: INodeExecutionData[] = [];
		for (let i = 0; i < items.length; i++) {
			try {
				returnData.push({ json: await runItem(this, operation, i, items[i]), pairedItem: { item: i } });
			} catch (error) {
				if (this.continueOnFail()) {
					returnData.push({ json: { error: (error as Error).message }, pairedItem: { item: i } });
					continue;
				}
				throw error;
			}
		}
		if (operation === 'echo') {
			this.addExecutionHints({ message: `Echoed ${returnData.length} items`, location: 'outputPane' });
		}
		return [returnData];
	}
}

/** One item of echo / request / fail. (Node methods run with `this` bound to n8n's context, not the class.) */
async function runItem(
	ctx: IExecuteFunctions,
	operation: string,
	i: number,
	item: INodeExecutionData,
): Promise<IDataObject> {
	if (operation === 'echo') {
		return { ...item.json, value: ctx.getNodeParameter('value', i) } as IDataObject;
	}
	if (operation === 'request') {
		const authentication = ctx.getNodeParameter('authentication', i) as string;
		return (await ctx.helpers.httpRequestWithAuthentication.call(
			ctx,
			CREDENTIAL_BY_AUTHENTICATION[authentication],
			{ method: 'GET', url: ctx.getNodeParameter('url', i) as string, json: true },
		)) as IDataObject;
	}
	if (ctx.getNodeParameter('shouldFail', i) === true) {
		throw new NodeOperationError(ctx.getNode(), ctx.getNodeParameter('errorMessage', i) as string, {
			itemIndex: i,
			description: `Item ${i} asked to fail`,
		});
	}
	return item.json;
}

/** Two outputs: items with `ok: true` go to "success" (0), the rest to "error" (1). */
export class Router implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Harness Router',
		name: 'router',
		group: ['transform'],
		version: 1,
		description: 'Test-only node with two outputs',
		defaults: { name: 'Router' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['success', 'error'],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const success: INodeExecutionData[] = [];
		const failure: INodeExecutionData[] = [];
		this.getInputData().forEach((item, i) => {
			(item.json.ok === true ? success : failure).push({ json: item.json, pairedItem: { item: i } });
		});
		return [success, failure];
	}
}

export const fixtureNodeTypes = {
	[PROBE_NODE_TYPE]: new Probe(),
	[ROUTER_NODE_TYPE]: new Router(),
};
