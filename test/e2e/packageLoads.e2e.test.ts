import { N8nInstance, selectedRuntimes } from './harness';

const PACKAGE = 'n8n-nodes-salesforce-migration';
import manifest from '../../package.json';

describe.each(selectedRuntimes())('the packed package in real n8n ($name $version)', (runtime) => {
	let n8n: N8nInstance;
	beforeAll(() => {
		n8n = N8nInstance.create(runtime);
	});
	afterAll(async () => await n8n.dispose());

	it('registers every node of the package under the package name', async () => {
		const types = await n8n.nodeTypes();
		const ours = types.filter((t) => t.name.startsWith(`${PACKAGE}.`)).map((t) => t.name);
		expect(ours).toEqual(expect.arrayContaining([`${PACKAGE}.salesforceBulk`]));
		expect(ours.length).toBeGreaterThanOrEqual(manifest.n8n.nodes.length);
	});
});
