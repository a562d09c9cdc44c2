/**
 * Real n8n for the benchmarks, on the end-to-end harness (test/e2e/harness): our package packed and
 * installed as n8n's installer does, one fresh user folder (SQLite) per measured side, and
 * `n8n execute` timed with the n8n process's peak memory recorded by peakRss.cjs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
	N8nInstance,
	packAndInstall,
	runtimes,
	type CredentialImport,
	type ExecutionResult,
	type N8nRuntime,
	type WorkflowImport,
} from '../e2e/harness';
import { kbToMb, PeakRssProbe, type ProcessPeak } from './peakRss';

/** Heap flag given to every n8n process of a benchmark (both sides alike). */
export const DEFAULT_N8N_NODE_OPTIONS = '--max-old-space-size=8192';

/** NODE_OPTIONS for n8n: BENCH_N8N_NODE_OPTIONS, else DEFAULT_N8N_NODE_OPTIONS. */
export function n8nNodeOptions(): string {
	return process.env.BENCH_N8N_NODE_OPTIONS ?? DEFAULT_N8N_NODE_OPTIONS;
}

/**
 * Extra environment for n8n: BENCH_N8N_RUNNERS=true turns on n8n 1.x's task runners (Code nodes run
 * in a process of their own, as on n8n 2.x, where they are always on).
 */
export function n8nEnv(): Record<string, string> {
	return process.env.BENCH_N8N_RUNNERS === 'true' ? { N8N_RUNNERS_ENABLED: 'true' } : {};
}

/** The runtime the benchmarks use: n8n 1.x on this machine's Node (`node test/e2e/runtime/ensure.js v1`). */
export function benchRuntime(name: N8nRuntime['name'] = 'n8n-v1'): N8nRuntime {
	const runtime = runtimes.find((r) => r.name === name);
	if (!runtime || !fs.existsSync(runtime.n8nBin) || !fs.existsSync(runtime.nodeBin)) {
		throw new Error(
			`${name} is not installed; run: node test/e2e/runtime/ensure.js ${name.replace('n8n-', '')}`,
		);
	}
	return runtime;
}

// ---------------------------------------------------------------------------------------------
// Clean-up, also on Ctrl-C: every folder a benchmark makes is registered here.

const folders = new Set<string>();
let signalsHandled = false;

/** Removes `folder` at exit, whatever happens; returns it. */
export function removeAtExit(folder: string): string {
	folders.add(folder);
	if (!signalsHandled) {
		signalsHandled = true;
		for (const [signal, code] of [
			['SIGINT', 130],
			['SIGTERM', 143],
		] as const) {
			process.once(signal, () => {
				removeFolders();
				process.exit(code);
			});
		}
		process.once('exit', removeFolders);
	}
	return folder;
}

export function removeFolders(): void {
	if (process.env.E2E_KEEP_USER_FOLDERS) return;
	for (const folder of folders) {
		try {
			// Retries: an n8n child still shutting down may write into its user folder meanwhile.
			fs.rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
		} catch (error) {
			console.error(`[bench] could not remove ${folder}: ${(error as Error).message}`);
		}
	}
	folders.clear();
}

/**
 * Our package, built from the current sources, packed and installed into a `nodes` folder
 * (`packAndInstall`), once per benchmark run. With E2E_INSTALLED_NODES already set, that folder is
 * used as it is (nothing built).
 */
export function installOurPackage(): string {
	if (process.env.E2E_INSTALLED_NODES) return process.env.E2E_INSTALLED_NODES;
	const nodesDir = packAndInstall();
	removeAtExit(path.dirname(nodesDir));
	process.env.E2E_INSTALLED_NODES = nodesDir;
	return nodesDir;
}

// ---------------------------------------------------------------------------------------------

export interface MeasuredRun {
	/** The run data when n8n printed or logged it. */
	result?: ExecutionResult;
	/** One line: why the run failed (n8n's error, out of memory, timeout...). */
	error?: string;
	/** Wall time of `n8n execute`: process start-up, the whole workflow, printing the run data. */
	seconds: number;
	/** The `n8n execute` process (its sub-workflows run inside it). */
	peak?: ProcessPeak;
	peakRssMb: number | null;
	/** Size of the SQLite database after the run (saved executions included). */
	databaseMb: number | null;
}

/** One n8n user folder with the peak-memory preload in every n8n process it starts. */
export class BenchN8n {
	private constructor(
		readonly n8n: N8nInstance,
		private readonly probe: PeakRssProbe,
	) {}

	static create(
		runtime: N8nRuntime,
		nodeOptions = n8nNodeOptions(),
		env: Record<string, string> = n8nEnv(),
	): BenchN8n {
		const probe = new PeakRssProbe();
		removeAtExit(probe.dir);
		const n8n = N8nInstance.create(runtime, { env: { ...env, ...probe.env(nodeOptions) } });
		removeAtExit(n8n.userFolder);
		return new BenchN8n(n8n, probe);
	}

	async importCredentials(credentials: CredentialImport[]): Promise<void> {
		await this.n8n.importCredentials(credentials);
	}

	/** Imports a workflow and, on n8n 2.x, publishes it (for a sub-workflow). */
	async importWorkflow(
		workflow: WorkflowImport,
		options: { publish?: boolean } = {},
	): Promise<string> {
		const id = await this.n8n.importWorkflow(workflow);
		if (options.publish) await this.n8n.publishWorkflow(id);
		return id;
	}

	/** Runs a workflow with `n8n execute`, timed; a failure is returned as `error`, not thrown. */
	async execute(workflowId: string): Promise<MeasuredRun> {
		this.probe.clear();
		const started = performance.now();
		let result: ExecutionResult | undefined;
		let error: string | undefined;
		try {
			result = await this.n8n.executeAllowingFailure(workflowId);
			if (result.error) error = runError(result);
		} catch (thrown) {
			const message = String((thrown as Error)?.message ?? thrown);
			error = oneLineError(message);
			console.error(`\n[bench] n8n execute --id=${workflowId} failed:\n${message}\n`);
		}
		const seconds = (performance.now() - started) / 1000;
		const peak = this.probe.peak(
			(argv) => argv.includes('execute') && argv.includes(`--id=${workflowId}`),
		);
		return {
			result,
			error,
			seconds,
			peak,
			peakRssMb: peak ? kbToMb(peak.maxRssKb) : null,
			databaseMb: this.databaseMb(),
		};
	}

	private databaseMb(): number | null {
		const dir = path.join(this.n8n.userFolder, '.n8n');
		if (!fs.existsSync(dir)) return null;
		const bytes = fs
			.readdirSync(dir)
			.filter((name) => name.startsWith('database.sqlite'))
			.reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0);
		return bytes / 1024 / 1024;
	}

	async dispose(): Promise<void> {
		await this.n8n.dispose();
		this.probe.dispose();
	}
}

/**
 * n8n's error for a failed run, with where it came from: the node when n8n names it, else (an error
 * thrown out of a sub-workflow, say) the first frame of its stack and the workflow's id.
 */
export function runError(result: ExecutionResult): string {
	const summary = result.errorSummary();
	const error = result.error as
		| { node?: { name: string }; stack?: string; workflowId?: string }
		| undefined;
	if (!error || error.node?.name) return summary;
	const frame = /\n\s+at (?:[^\n(]*\()?([^\n():]+):(\d+):\d+\)?/.exec(error.stack ?? '');
	const where = [
		frame && `${error.stack?.split(':')[0] ?? 'error'} at ${path.basename(frame[1])}:${frame[2]}`,
		error.workflowId && `workflow ${error.workflowId}`,
	].filter(Boolean);
	return where.length > 0 ? `${summary} (${where.join(', ')})` : summary;
}

/** The telling line of a failed run's output: out of memory, a RangeError, a timeout, else the first line. */
export function oneLineError(message: string): string {
	const telling = [
		/FATAL ERROR:[^\n]*/,
		/RangeError:[^\n]*/,
		/ERR_CHILD_PROCESS_STDIO_MAXBUFFER[^\n]*/,
		/killed[^\n]*SIGTERM[^\n]*|SIGKILL[^\n]*/,
		/Error:[^\n]*/,
	];
	for (const pattern of telling) {
		const match = pattern.exec(message);
		if (match) return match[0].trim().slice(0, 300);
	}
	return (message.split('\n')[0] ?? '').slice(0, 300);
}
