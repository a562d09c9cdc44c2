import type { IDataObject, WorkflowExecuteMode } from 'n8n-workflow';

import { runWorkflow } from './index';
import { fixtureNodeTypes } from './__fixtures__/nodes';
import { chain, node } from './__fixtures__/workflows';

const workflow = chain(node('Count', { operation: 'countRuns' }));

async function runTwice(mode: WorkflowExecuteMode, staticData: IDataObject = {}) {
	const first = await runWorkflow({ workflow, nodeTypes: fixtureNodeTypes, mode, staticData });
	const second = await runWorkflow({
		workflow,
		nodeTypes: fixtureNodeTypes,
		mode,
		staticData: first.staticData,
	});
	return { first, second };
}

describe('workflow static data', () => {
	it.each<WorkflowExecuteMode>(['cli', 'trigger'])('is saved after a %s run', async (mode) => {
		const { first, second } = await runTwice(mode, { global: { runs: 10 } });

		expect(first.status).toBe('success');
		expect(first.output('Count')[0].json.runs).toBe(11);
		expect(first.staticData).toEqual({ global: { runs: 11 } });
		expect(second.output('Count')[0].json.runs).toBe(12);
		expect(second.staticData).toEqual({ global: { runs: 12 } });
	});

	it('is not saved after a manual run', async () => {
		const initial = { global: { runs: 10 } };
		const { first, second } = await runTwice('manual', initial);

		expect(first.output('Count')[0].json.runs).toBe(11);
		expect(first.staticData).toEqual(initial);
		expect(second.output('Count')[0].json.runs).toBe(11);
		expect(initial).toEqual({ global: { runs: 10 } }); // the caller's object is not touched
	});

	it('starts from the workflow JSON staticData when no staticData option is given', async () => {
		const result = await runWorkflow({
			workflow: { ...workflow, staticData: { global: { runs: 41 } } },
			nodeTypes: fixtureNodeTypes,
			mode: 'cli',
		});

		expect(result.staticData).toEqual({ global: { runs: 42 } });
	});
});
