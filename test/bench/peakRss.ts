import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The preload that records a child process's peak RSS (see peakRss.cjs). */
export const PEAK_RSS_PRELOAD = path.join(__dirname, 'peakRss.cjs');

/** What peakRss.cjs wrote for one process. */
export interface ProcessPeak {
	pid: number;
	ppid: number;
	/** The process's argv without the node binary: script, then arguments. */
	argv: string[];
	startedAt: number;
	/** When the figure was taken (ms epoch). */
	at: number;
	/** Peak resident set size so far, in KiB (getrusage maxRSS = VmHWM). */
	maxRssKb: number;
	/** True when written on 'exit'; false when the process died before (last sample). */
	exited: boolean;
}

/**
 * Measures the peak memory of child Node.js processes (n8n) without touching their code: pass
 * `probe.env(...)` into the child's environment, then read `probe.peak(...)` once it has exited.
 */
export class PeakRssProbe {
	readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-peak-rss-'));

	/** Environment for the child: NODE_OPTIONS (the given flags + the preload) and the output folder. */
	env(nodeOptions = ''): Record<string, string> {
		return {
			NODE_OPTIONS: [nodeOptions.trim(), `--require "${PEAK_RSS_PRELOAD}"`]
				.filter(Boolean)
				.join(' '),
			BENCH_PEAK_RSS_DIR: this.dir,
		};
	}

	/** Every process recorded since the last clear(). */
	processes(): ProcessPeak[] {
		if (!fs.existsSync(this.dir)) return [];
		const peaks: ProcessPeak[] = [];
		for (const name of fs.readdirSync(this.dir)) {
			if (!name.endsWith('.json')) continue;
			try {
				peaks.push(JSON.parse(fs.readFileSync(path.join(this.dir, name), 'utf8')) as ProcessPeak);
			} catch {
				// a file being replaced as we read: the process is still running, skip it
			}
		}
		return peaks;
	}

	/** The largest peak among the processes whose argv matches. */
	peak(match: (argv: string[]) => boolean): ProcessPeak | undefined {
		return this.processes()
			.filter((p) => match(p.argv))
			.sort((a, b) => b.maxRssKb - a.maxRssKb)[0];
	}

	/** Forgets the processes recorded so far (between two measured runs). */
	clear(): void {
		for (const name of fs.existsSync(this.dir) ? fs.readdirSync(this.dir) : []) {
			fs.rmSync(path.join(this.dir, name), { force: true });
		}
	}

	dispose(): void {
		fs.rmSync(this.dir, { recursive: true, force: true });
	}
}

export function kbToMb(kb: number): number {
	return kb / 1024;
}
