/**
 * Preload for a child Node.js process (`NODE_OPTIONS="--require /abs/path/peakRss.cjs"`): records
 * the process's peak resident set size (getrusage maxRSS, the kernel's VmHWM) in
 * `$BENCH_PEAK_RSS_DIR/<pid>.json`, at start, every BENCH_PEAK_RSS_INTERVAL_MS (default 500 ms)
 * and on exit. The periodic writes keep a figure when the process dies without an 'exit' event
 * (a V8 out-of-memory abort, SIGKILL): then the last sample stands, `exited` false.
 * Every process that inherits NODE_OPTIONS writes its own file; `argv` tells them apart.
 * Without BENCH_PEAK_RSS_DIR it does nothing.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.BENCH_PEAK_RSS_DIR;
if (dir) {
	const file = path.join(dir, `${process.pid}.json`);
	const startedAt = Date.now();
	const write = (exited) => {
		try {
			const figures = {
				pid: process.pid,
				ppid: process.ppid,
				argv: process.argv.slice(1),
				startedAt,
				at: Date.now(),
				maxRssKb: process.resourceUsage().maxRSS,
				exited,
			};
			// Write then rename, so a reader never sees half a file.
			fs.writeFileSync(`${file}.tmp`, JSON.stringify(figures));
			fs.renameSync(`${file}.tmp`, file);
		} catch {
			// The folder is gone (the benchmark cleaned up): nothing to record.
		}
	};
	write(false);
	const timer = setInterval(
		() => write(false),
		Number(process.env.BENCH_PEAK_RSS_INTERVAL_MS) || 500,
	);
	timer.unref();
	process.on('exit', () => write(true));
}
