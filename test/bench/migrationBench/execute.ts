/**
 * `n8n execute` for runs that may last longer than the end-to-end harness allows (its
 * `executeAllowingFailure` stops a run after 30 minutes and holds n8n's output in memory): n8n's
 * output goes to a file, the run has its own time limit, and a progress callback sees the n8n
 * process's memory (from /proc) while it runs. Peak memory is the figure peakRss.cjs records for
 * that process, as BenchN8n.execute reads it; the workflow's own duration (n8n's startedAt →
 * stoppedAt) is kept apart from the process's wall time.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ExecutionResult, freePort } from '../../e2e/harness';
import type { RunExecutionData } from '../../e2e/harness/executionResult';
import { oneLineError, runError, type BenchN8n, type MeasuredRun } from '../n8nBench';
import { kbToMb, type ProcessPeak } from '../peakRss';

export interface ProcessMemory {
	/** Resident set size now, MiB. */
	rssMb: number;
	/** Highest resident set size so far (VmHWM), MiB. */
	peakRssMb: number;
}

export interface ExecuteOptions {
	/** Stops (SIGTERM, then SIGKILL) the run after this long. */
	timeoutMs: number;
	/** Called every `progressEveryMs` while n8n runs. */
	onProgress?: (elapsedSec: number, memory: ProcessMemory | undefined) => void;
	progressEveryMs?: number;
}

export interface ExecutedRun extends MeasuredRun {
	/** The execution itself, as n8n timed it (startedAt → stoppedAt): no start-up, no printing. */
	executionSec: number | null;
	/** Peak RSS of processes the n8n process started (a task runner), MiB; null when none. */
	childPeakRssMb: number | null;
}

/** VmRSS and VmHWM of a running process, from /proc (Linux); undefined elsewhere or once it ended. */
export function processMemory(pid: number): ProcessMemory | undefined {
	try {
		const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
		const rss = kb('VmRSS');
		const hwm = kb('VmHWM');
		return Number.isFinite(rss) && Number.isFinite(hwm)
			? { rssMb: kbToMb(rss), peakRssMb: kbToMb(hwm) }
			: undefined;
	} catch {
		return undefined;
	}
}

/** What peakRss.cjs wrote for every process of this user folder's probe. */
function recordedPeaks(bench: BenchN8n): ProcessPeak[] {
	const dir = bench.n8n.env.BENCH_PEAK_RSS_DIR;
	if (!dir || !fs.existsSync(dir)) return [];
	const peaks: ProcessPeak[] = [];
	for (const name of fs.readdirSync(dir)) {
		if (!name.endsWith('.json')) continue;
		try {
			peaks.push(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as ProcessPeak);
		} catch {
			// being replaced as we read
		}
	}
	return peaks;
}

function parseRunData(text: string): (RunExecutionData & Record<string, unknown>) | undefined {
	const start = text.indexOf('{');
	if (start < 0) return undefined;
	try {
		return JSON.parse(text.slice(start)) as RunExecutionData & Record<string, unknown>;
	} catch {
		return undefined;
	}
}

/** A failed `n8n execute` logs its run data (one JSON message, level info) instead of printing it. */
function runDataFromLog(logFile: string): (RunExecutionData & Record<string, unknown>) | undefined {
	if (!fs.existsSync(logFile)) return undefined;
	for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
		if (!line.includes('resultData')) continue;
		try {
			const entry = JSON.parse(line) as { message?: string };
			const parsed = entry.message ? parseRunData(entry.message) : undefined;
			if (parsed) return parsed;
		} catch {
			// not a log entry of ours
		}
	}
	return undefined;
}

function secondsBetween(from: unknown, to: unknown): number | null {
	const a = typeof from === 'string' || from instanceof Date ? Date.parse(String(from)) : NaN;
	const b = typeof to === 'string' || to instanceof Date ? Date.parse(String(to)) : NaN;
	return Number.isFinite(a) && Number.isFinite(b) ? (b - a) / 1000 : null;
}

export async function executeMeasured(
	bench: BenchN8n,
	workflowId: string,
	options: ExecuteOptions,
): Promise<ExecutedRun> {
	const { runtime, userFolder } = bench.n8n;
	const stamp = Date.now();
	const outFile = path.join(userFolder, `execute-${workflowId}-${stamp}.out`);
	const logFile = path.join(userFolder, `execute-${workflowId}-${stamp}.log`);
	const out = fs.openSync(outFile, 'w');
	const started = performance.now();
	const child = spawn(
		runtime.nodeBin,
		[runtime.n8nBin, 'execute', `--id=${workflowId}`, '--rawOutput'],
		{
			env: {
				...bench.n8n.env,
				// Its own task-broker port: n8n 2.x (and 1.x with task runners) starts one per process.
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
				N8N_LOG_LEVEL: 'info',
				N8N_LOG_OUTPUT: 'file',
				N8N_LOG_FORMAT: 'json',
				N8N_LOG_FILE_LOCATION: logFile,
			},
			stdio: ['ignore', out, 'pipe'],
		},
	);
	fs.closeSync(out);
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => {
		stderr = (stderr + chunk.toString()).slice(-20_000);
	});
	const pid = child.pid;
	let timedOut = false;
	const progress =
		options.onProgress &&
		setInterval(() => {
			options.onProgress?.(
				(performance.now() - started) / 1000,
				pid ? processMemory(pid) : undefined,
			);
		}, options.progressEveryMs ?? 30_000);
	const timeout = setTimeout(() => {
		timedOut = true;
		child.kill('SIGTERM');
		setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
	}, options.timeoutMs);
	const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
		(resolve) => {
			child.once('error', () => resolve({ code: null, signal: null }));
			child.once('exit', (code, signal) => resolve({ code, signal }));
		},
	);
	clearTimeout(timeout);
	if (progress) clearInterval(progress);
	const seconds = (performance.now() - started) / 1000;

	const output = fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : '';
	const raw = parseRunData(output) ?? runDataFromLog(logFile);
	fs.rmSync(outFile, { force: true });
	let result: ExecutionResult | undefined;
	let error: string | undefined;
	if (raw) {
		result = new ExecutionResult(raw);
		if (result.error) error = runError(result);
	}
	if (timedOut) error = `timed out after ${Math.round(options.timeoutMs / 60_000)} minutes`;
	else if (!raw && !fs.existsSync(userFolder)) {
		error = `n8n's user folder ${userFolder} was removed during the run (exit ${exit.code ?? exit.signal})`;
	} else if (!raw) {
		const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-6_000) : '';
		const output = `exit ${exit.code ?? exit.signal}\n${stderr}\n${log}`;
		console.error(`\n[bench] n8n execute --id=${workflowId} gave no run data:\n${output}\n`);
		error = oneLineError(output);
	}

	const peaks = recordedPeaks(bench);
	const peak = peaks.find((p) => p.pid === pid);
	const children = peaks.filter((p) => pid !== undefined && p.ppid === pid);
	return {
		result,
		error,
		seconds,
		executionSec: raw ? secondsBetween(raw.startedAt, raw.stoppedAt) : null,
		peak,
		peakRssMb: peak ? kbToMb(peak.maxRssKb) : null,
		childPeakRssMb:
			children.length > 0 ? kbToMb(Math.max(...children.map((p) => p.maxRssKb))) : null,
		databaseMb: databaseMb(userFolder),
	};
}

function databaseMb(userFolder: string): number | null {
	const dir = path.join(userFolder, '.n8n');
	if (!fs.existsSync(dir)) return null;
	const bytes = fs
		.readdirSync(dir)
		.filter((name) => name.startsWith('database.sqlite'))
		.reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0);
	return bytes / 1024 / 1024;
}
