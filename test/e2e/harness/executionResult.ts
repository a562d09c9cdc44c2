/** The parts of n8n's IRunExecutionData the tests read. */
export interface RunExecutionData {
	data?: RunExecutionData;
	resultData: {
		error?: { message: string; description?: string; node?: { name: string }; stack?: string };
		runData: Record<
			string,
			Array<{
				executionStatus?: string;
				error?: { message: string; description?: string };
				hints?: Array<{ message: string }>;
				data?: {
					main: Array<Array<{ json: Record<string, unknown>; pairedItem?: unknown }> | null>;
				};
			}>
		>;
		lastNodeExecuted?: string;
	};
}

export type Item = { json: Record<string, unknown>; pairedItem?: unknown };

/** A finished run, as `n8n execute --rawOutput` prints it. */
export class ExecutionResult {
	readonly data: RunExecutionData;

	constructor(raw: RunExecutionData) {
		// n8n prints { data: IRunExecutionData, ... } (the execution) or IRunExecutionData itself.
		this.data = raw.resultData ? raw : (raw.data as RunExecutionData);
	}

	get error() {
		return this.data.resultData.error;
	}

	errorSummary(): string {
		const e = this.error;
		if (!e) return 'no error';
		return [e.node?.name && `node "${e.node.name}"`, e.message, e.description]
			.filter(Boolean)
			.join(': ');
	}

	/** Names of the nodes that ran. */
	get nodesRun(): string[] {
		return Object.keys(this.data.resultData.runData);
	}

	/** Items on one output of a node, over all of its runs (a node inside a loop runs many times). */
	output(nodeName: string, outputIndex = 0): Item[] {
		const runs = this.data.resultData.runData[nodeName];
		if (!runs)
			throw new Error(
				`Node "${nodeName}" did not run; nodes that ran: ${this.nodesRun.join(', ')}`,
			);
		return runs.flatMap((run) => run.data?.main[outputIndex] ?? []);
	}

	hints(nodeName: string): string[] {
		return (this.data.resultData.runData[nodeName] ?? []).flatMap((run) =>
			(run.hints ?? []).map((h) => h.message),
		);
	}
}
