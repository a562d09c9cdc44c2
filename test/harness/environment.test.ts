import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { InstanceSettings } from 'n8n-core';

import { runWorkflow } from './index';
import { Container } from './n8n-internals';
import { fixtureNodeTypes } from './__fixtures__/nodes';
import { chain, node } from './__fixtures__/workflows';

// Taken before this file runs any workflow, so n8n-core's first-use setup is measured too.
const envAtStart = { ...process.env };
const listenersAtStart = process.listenerCount('exit');

describe('harness environment', () => {
	it('keeps n8n in a temporary folder and leaves no process listeners or env changes behind', async () => {
		const result = await runWorkflow({
			workflow: chain(node('Echo', { operation: 'echo' })),
			nodeTypes: fixtureNodeTypes,
		});

		expect(result.status).toBe('success');
		const { n8nFolder } = Container.get(InstanceSettings);
		expect(n8nFolder.startsWith(tmpdir())).toBe(true);
		expect(existsSync(n8nFolder)).toBe(true);
		expect(process.listenerCount('exit')).toBe(listenersAtStart);
		expect(process.env).toEqual(envAtStart);
	});
});
