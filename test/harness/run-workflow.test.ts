import { Expression } from 'n8n-workflow';

import { runWorkflow } from './index';
import { fixtureNodeTypes, ROUTER_NODE_TYPE } from './__fixtures__/nodes';
import { branch, chain, node, TRIGGER_NAME } from './__fixtures__/workflows';

const nodeTypes = fixtureNodeTypes;
const emit = (items: object[]) => node('Emit', { operation: 'emit', items: JSON.stringify(items) });

describe('runWorkflow', () => {
	it('runs manual trigger -> node and returns its items with pairedItem', async () => {
		const result = await runWorkflow({
			workflow: chain(node('Echo', { operation: 'echo', value: 'hello' })),
			nodeTypes,
		});

		expect(result.error).toBeUndefined();
		expect(result.status).toBe('success');
		expect(result.finished).toBe(true);
		expect(result.executionOrder).toEqual([TRIGGER_NAME, 'Echo']);
		expect(result.output(TRIGGER_NAME)).toEqual([{ json: {}, pairedItem: { item: 0 } }]);
		expect(result.output('Echo')).toEqual([{ json: { value: 'hello' }, pairedItem: { item: 0 } }]);
		expect(result.hints('Echo')).toEqual([{ message: 'Echoed 1 items', location: 'outputPane' }]);
	});

	it('evaluates expressions in parameters with the in-process (legacy) engine', async () => {
		const result = await runWorkflow({
			workflow: chain(
				emit([
					{ x: 1, name: 'a' },
					{ x: 2, name: 'b' },
				]),
				node('Double', { operation: 'echo', value: '={{ $json.x * 2 }}' }),
				node('Lookup', {
					operation: 'echo',
					value: "={{ $('Emit').item.json.name }}-{{ $json.value + 1 }}-{{ $execution.mode }}",
				}),
			),
			nodeTypes,
		});

		expect(result.error).toBeUndefined();
		expect(Expression.getActiveImplementation()).toBe('legacy');
		expect(result.output('Double').map((item) => item.json.value)).toEqual([2, 4]);
		expect(result.output('Lookup').map((item) => item.json.value)).toEqual(['a-3-test', 'b-5-test']);
	});

	it('routes items of a two-output node to the nodes connected to each output', async () => {
		const workflow = chain(
			emit([
				{ id: 1, ok: true },
				{ id: 2, ok: false },
				{ id: 3, ok: true },
			]),
			node('Router', {}, { type: ROUTER_NODE_TYPE }),
			node('On success', { operation: 'echo', value: 'success' }),
		);
		branch(workflow, 'Router', 1, node('On error', { operation: 'echo', value: 'error' }));

		const result = await runWorkflow({ workflow, nodeTypes });

		expect(result.output('Router', 0).map((item) => item.json.id)).toEqual([1, 3]);
		expect(result.output('Router', 1).map((item) => item.json.id)).toEqual([2]);
		expect(result.output('On success').map((item) => item.json)).toEqual([
			{ id: 1, ok: true, value: 'success' },
			{ id: 3, ok: true, value: 'success' },
		]);
		expect(result.output('On error').map((item) => item.json)).toEqual([
			{ id: 2, ok: false, value: 'error' },
		]);
	});

	it('uses pinned data in manual runs only, as n8n does', async () => {
		const workflow = chain(emit([{ x: 1 }]), node('Echo', { operation: 'echo', value: '={{ $json.x }}' }));
		const pinData = { Emit: [{ json: { x: 'pinned' } }] };

		const manual = await runWorkflow({ workflow, nodeTypes, pinData });
		const production = await runWorkflow({ workflow, nodeTypes, pinData, mode: 'cli' });

		expect(manual.output('Echo')[0].json.value).toBe('pinned');
		expect(production.output('Echo')[0].json.value).toBe(1);
	});

	it('starts from startNode when given', async () => {
		const result = await runWorkflow({
			workflow: chain(emit([{ x: 1 }]), node('Echo', { operation: 'echo', value: 'from echo' })),
			nodeTypes,
			startNode: 'Echo',
		});

		expect(result.executionOrder).toEqual(['Echo']);
		expect(result.output('Echo')).toEqual([{ json: { value: 'from echo' }, pairedItem: { item: 0 } }]);
	});
});
