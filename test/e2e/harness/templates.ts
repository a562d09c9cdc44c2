import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import type { WorkflowImport } from './n8nInstance';

const workflowsDir = path.resolve(__dirname, '../../../workflows');

/** A template from `workflows/`, as a user imports it. */
export function template(file: string): WorkflowImport {
	return JSON.parse(fs.readFileSync(path.join(workflowsDir, file), 'utf8')) as WorkflowImport;
}

/** A copy of a template whose "Settings" node (a Set node in raw mode) holds `settings`. */
export function withSettings(workflow: WorkflowImport, settings: IDataObject): WorkflowImport {
	const copy = JSON.parse(JSON.stringify(workflow)) as WorkflowImport;
	const nodes = copy.nodes as Array<{ name: string; parameters: IDataObject }>;
	nodes.find((n) => n.name === 'Settings')!.parameters.jsonOutput = JSON.stringify(settings);
	return copy;
}
