import * as fs from 'node:fs';
import * as path from 'node:path';

/** What every template in workflows/ must hold to import and run as the README says. */
const dir = path.resolve(__dirname, '../../../workflows');
const files = fs.readdirSync(dir).filter((file) => file.endsWith('.json'));

interface TemplateNode {
	name: string;
	type: string;
	parameters: Record<string, unknown>;
	credentials?: Record<string, Record<string, unknown>>;
}
interface Template {
	id: string;
	name: string;
	nodes: TemplateNode[];
	connections: Record<string, { main: Array<Array<{ node: string }> | null> }>;
}

const templates = files.map((file) => ({
	file,
	workflow: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Template,
}));
const ids = new Set(templates.map((t) => t.workflow.id));

describe.each(templates)('template $file', ({ workflow }) => {
	it('has an id n8n keeps static data for (at most 16 characters) and a unique name', () => {
		expect(workflow.id.length).toBeLessThanOrEqual(16);
		expect(templates.filter((t) => t.workflow.name === workflow.name)).toHaveLength(1);
	});

	it('says how to set it up in a sticky note', () => {
		const notes = workflow.nodes.filter((n) => n.type === 'n8n-nodes-base.stickyNote');
		expect(notes.map((n) => String(n.parameters.content)).join('\n')).toMatch(/set up/i);
	});

	it('refers to credentials by id and name only', () => {
		for (const node of workflow.nodes)
			for (const credential of Object.values(node.credentials ?? {}))
				expect(Object.keys(credential).sort()).toEqual(['id', 'name']);
	});

	it('holds nothing that looks like a secret', () => {
		const text = JSON.stringify(workflow);
		expect(text).not.toMatch(/pat-(na|eu)\d-[0-9a-f-]{20,}/i);
		expect(text).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
		expect(text).not.toMatch(/"(accessToken|clientSecret|password|privateKey)"\s*:\s*"[^"]+"/);
	});

	it('connects only nodes it has, and calls only workflows of this package', () => {
		const names = new Set(workflow.nodes.map((n) => n.name));
		for (const [from, outputs] of Object.entries(workflow.connections)) {
			expect(names).toContain(from);
			for (const output of outputs.main)
				for (const to of output ?? []) expect(names).toContain(to.node);
		}
		for (const node of workflow.nodes.filter((n) => n.type === 'n8n-nodes-base.executeWorkflow')) {
			const target = (node.parameters.workflowId as { value: string }).value;
			if (!target.startsWith('=')) expect(ids).toContain(target);
		}
	});
});

it('the mapping review stores approvals in the workflows that read them', () => {
	const review = templates.find((t) => t.workflow.id === 'sfMappingReview')!.workflow;
	const settings = review.nodes.find((n) => n.name === 'Settings')!;
	const stores = Object.values(JSON.parse(String(settings.parameters.jsonOutput)) as object);
	for (const id of stores) {
		const store = templates.find((t) => t.workflow.id === id)?.workflow;
		expect(store?.nodes.map((n) => n.name)).toContain('Keep the reviewed mapping');
	}
});
