import type { INode } from 'n8n-workflow';

import { runWorkflow } from './index';
import { fixtureNodeTypes } from './__fixtures__/nodes';
import { chain, node } from './__fixtures__/workflows';

const nodeTypes = fixtureNodeTypes;
const input = [{ id: 1 }, { id: 2, fail: true }, { id: 3 }];

/** Emit three items -> "Check", which fails item 2 -> "After" (connected to output 0). */
function failingWorkflow(extra: Partial<INode> = {}, operation = 'fail') {
	return chain(
		node('Emit', { operation: 'emit', items: JSON.stringify(input) }),
		node('Check', { operation, shouldFail: '={{ $json.fail === true }}', errorMessage: 'Item rejected' }, extra),
		node('After', { operation: 'echo', value: 'after' }),
	);
}

describe('node errors', () => {
	it('stops the run and surfaces message, description and node name in result.error', async () => {
		const result = await runWorkflow({ workflow: failingWorkflow(), nodeTypes });

		expect(result.status).toBe('error');
		expect(result.finished).toBe(false);
		expect(result.error).toMatchObject({
			message: 'Item rejected',
			description: 'Item 1 asked to fail',
			nodeName: 'Check',
		});
		expect(result.runData.Check[0].error?.message).toBe('Item rejected');
		expect(result.runData.After).toBeUndefined();
		expect(() => result.output('After')).toThrow(/"After" did not run.*Item rejected/);
	});

	it("onError 'continueErrorOutput' sends failed items, merged with their input, to the error output", async () => {
		const result = await runWorkflow({
			workflow: failingWorkflow({ onError: 'continueErrorOutput' }),
			nodeTypes,
		});

		expect(result.status).toBe('success');
		expect(result.error).toBeUndefined();
		expect(result.output('Check', 0)).toEqual([
			{ json: { id: 1 }, pairedItem: { item: 0 } },
			{ json: { id: 3 }, pairedItem: { item: 2 } },
		]);
		expect(result.output('Check', 1)).toEqual([
			{ json: { id: 2, fail: true, error: 'Item rejected' }, pairedItem: { item: 1 } },
		]);
		expect(result.output('After').map((item) => item.json.id)).toEqual([1, 3]);
	});

	it("onError 'continueRegularOutput' keeps failed items as { error } in the main output", async () => {
		const result = await runWorkflow({
			workflow: failingWorkflow({ onError: 'continueRegularOutput' }),
			nodeTypes,
		});

		expect(result.status).toBe('success');
		expect(result.output('Check').map((item) => item.json)).toEqual([
			{ id: 1 },
			{ error: 'Item rejected' },
			{ id: 3 },
		]);
		expect(result.output('Check', 1)).toEqual([]);
	});

	it('a node that throws despite continueOnFail passes its input on and records the error (n8n behaviour)', async () => {
		const result = await runWorkflow({
			workflow: failingWorkflow({ continueOnFail: true }, 'throw'),
			nodeTypes,
		});

		expect(result.status).toBe('success');
		expect(result.runData.Check[0].error?.message).toBe('Item rejected');
		expect(result.output('Check').map((item) => item.json)).toEqual(input);
		expect(result.output('After')).toHaveLength(3);
	});

	it('a workflow with parameter issues is refused before it runs, with the issues listed', async () => {
		await expect(
			runWorkflow({ workflow: chain(node('Request', { operation: 'request', url: '' })), nodeTypes }),
		).rejects.toThrow(/The workflow has issues.*"Request".*"url"/);
	});

	it('a node type the test did not pass in is reported, not guessed', async () => {
		await expect(
			runWorkflow({ workflow: chain(node('Mystery', {}, { type: 'n8n-nodes-base.httpRequest' })), nodeTypes }),
		).rejects.toThrow(/Unrecognized node type: n8n-nodes-base.httpRequest/);
	});
});
