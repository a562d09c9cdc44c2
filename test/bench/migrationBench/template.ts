/**
 * The "Salesforce to HubSpot migration" templates (workflows/), read at run time, and what the
 * benchmark needs to know about them: the objects the main workflow migrates ("Objects in order"),
 * and a copy of the main workflow restricted to some of them.
 *
 * "Objects in order" is a Code node whose list may change (Tasks and Events are being added): its
 * code is run here, in a `vm` context, with stand-ins for `$('Settings')`, `$('Salesforce users')`
 * and `$('HubSpot owners')`, so that whatever list the template holds is the one benchmarked.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import type { WorkflowImport } from '../../e2e/harness';

const workflowsDir = path.resolve(__dirname, '../../../workflows');
export const MAIN_TEMPLATE = 'salesforce-to-hubspot-migration.json';
export const PAGE_TEMPLATE = 'salesforce-to-hubspot-migration-page.json';
export const OBJECTS_NODE = 'Objects in order';
export const SETTINGS_NODE = 'Settings';
export const REPORT_NODE = 'Migration report';
/** The main workflow's node that runs the page sub-workflow, once per page. */
export const PAGE_NODE = 'Migrate one page';

/** `target` of an object whose records become associations rather than HubSpot records. */
export const ASSOCIATIONS_TARGET = 'associations';

export interface MigratedObject {
	/** Salesforce object, e.g. `Contact`. */
	object: string;
	/** HubSpot object type, e.g. `contacts`, or `associations`. */
	target: string;
}

interface TemplateNode {
	name: string;
	type: string;
	parameters: Record<string, unknown>;
}

export function readTemplate(file: string): WorkflowImport {
	return JSON.parse(fs.readFileSync(path.join(workflowsDir, file), 'utf8')) as WorkflowImport;
}

export interface Templates {
	/** The main workflow, as in workflows/. */
	main: WorkflowImport;
	/** The page sub-workflow it calls. */
	page: WorkflowImport;
}

function pageReference(main: WorkflowImport): unknown {
	const workflowId = nodeOf(main, PAGE_NODE).parameters.workflowId as { value?: unknown } | string;
	return typeof workflowId === 'object' ? workflowId?.value : workflowId;
}

/**
 * Both templates, read together once, so that every run of a benchmark uses the same version even
 * while someone edits workflows/: read again (up to 5 times, 2 s apart) while the main workflow's
 * "Migrate one page" does not name the page workflow's id or a file is being written.
 */
export async function readTemplates(): Promise<Templates> {
	let problem = '';
	for (let attempt = 0; attempt < 5; attempt++) {
		if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 2_000));
		try {
			const main = readTemplate(MAIN_TEMPLATE);
			const page = readTemplate(PAGE_TEMPLATE);
			if (pageReference(main) === page.id) return { main, page };
			problem = `"${PAGE_NODE}" calls workflow ${String(pageReference(main))}, the page template's id is ${page.id}`;
		} catch (error) {
			problem = (error as Error).message;
		}
	}
	throw new Error(`The migration templates do not fit together: ${problem}`);
}

function nodeOf(workflow: WorkflowImport, name: string): TemplateNode {
	const node = (workflow.nodes as TemplateNode[]).find((n) => n.name === name);
	if (!node) throw new Error(`The migration template has no "${name}" node`);
	return node;
}

function objectsCode(workflow: WorkflowImport): string {
	const code = nodeOf(workflow, OBJECTS_NODE).parameters.jsCode;
	if (typeof code !== 'string') throw new Error(`"${OBJECTS_NODE}" holds no JavaScript code`);
	return code;
}

/** The Settings node's JSON (dryRun, dealPipeline). */
export function templateSettings(workflow: WorkflowImport): Record<string, unknown> {
	const raw = nodeOf(workflow, SETTINGS_NODE).parameters.jsonOutput;
	return typeof raw === 'string' ? (JSON.parse(raw) as Record<string, unknown>) : {};
}

/**
 * Runs a Code node's code ("Run Once for All Items") as n8n does, in an async function, with `$`
 * answering Settings with the template's own settings and every other node with no items.
 */
async function runObjectsCode(code: string, settings: Record<string, unknown>): Promise<unknown> {
	const nodeItems = (name: string) => (name === SETTINGS_NODE ? [{ json: settings }] : []);
	const $ = (name: string) => ({
		all: () => nodeItems(name),
		first: () => nodeItems(name)[0] ?? { json: {} },
		last: () => nodeItems(name).at(-1) ?? { json: {} },
	});
	const context = vm.createContext({ $, $input: $('input'), $json: {} });
	const run = vm.runInContext(`(async () => {\n${code}\n})()`, context, {
		timeout: 5_000,
	}) as Promise<unknown>;
	return await run;
}

function asObjects(returned: unknown): MigratedObject[] {
	if (!Array.isArray(returned)) throw new Error(`"${OBJECTS_NODE}" did not return a list of items`);
	return returned.map((item: { json?: { object?: unknown; target?: unknown } }) => {
		const { object, target } = item?.json ?? {};
		if (typeof object !== 'string' || typeof target !== 'string')
			throw new Error(`"${OBJECTS_NODE}" returned an item without object and target`);
		return { object, target };
	});
}

/** The objects the main template migrates, in its order, as its "Objects in order" node lists them. */
export async function migratedObjects(workflow: WorkflowImport): Promise<MigratedObject[]> {
	return asObjects(await runObjectsCode(objectsCode(workflow), templateSettings(workflow)));
}

/**
 * A copy of the main workflow whose "Objects in order" keeps only `objects` (the template's own
 * code runs unchanged, its items are filtered after it). Checked here, by running the new code.
 */
export async function restrictedTo(
	workflow: WorkflowImport,
	objects: string[],
): Promise<WorkflowImport> {
	const copy = JSON.parse(JSON.stringify(workflow)) as WorkflowImport;
	const node = nodeOf(copy, OBJECTS_NODE);
	const original = objectsCode(copy);
	node.parameters.jsCode = [
		`// The benchmark keeps only ${objects.join(', ')}; the template's code follows, unchanged.`,
		`const templateItems = await (async () => {\n${original}\n})();`,
		`const keep = ${JSON.stringify(objects)};`,
		'return templateItems.filter((item) => keep.includes(item.json.object));',
	].join('\n');
	const kept = asObjects(
		await runObjectsCode(String(node.parameters.jsCode), templateSettings(copy)),
	);
	const missing = objects.filter((object) => !kept.some((k) => k.object === object));
	if (missing.length > 0)
		throw new Error(`The migration template does not migrate ${missing.join(', ')}`);
	return copy;
}
