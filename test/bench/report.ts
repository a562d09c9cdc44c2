/**
 * Figures of the `bench:*` scripts: a readable table per size, and the last line of the run, one
 * line of JSON under the keys the project guide fixes (bench, records, recordsPerSec, apiCalls,
 * ceilingFraction, lost, duplicated, peakRssMb, builtin), so that runs can be compared.
 */

/** One side of a comparison (our node, or n8n's built-in node) at one size. */
export interface SideFigures {
	/** Records the run was asked to move (the size). */
	records: number;
	/** Records that came through (read, written: each bench names its own count) over the run's wall time. */
	recordsPerSec: number | null;
	seconds: number | null;
	apiCalls: number | null;
	/** Throughput over the rate limit's ceiling, where a per-second limit applies. */
	ceilingFraction?: number | null;
	/** records − the records that came through. */
	lost: number | null;
	/** Records delivered more than once; null when the bench cannot tell. */
	duplicated: number | null;
	/** Peak resident set size of the n8n process, MiB. */
	peakRssMb: number | null;
	/** Why the run did not finish, when it did not. */
	error?: string;
	[extra: string]: unknown;
}

/** One size: our node's figures at the top level, n8n's built-in node's under `builtin`. */
export type BenchRun = SideFigures & { bench: string; builtin?: SideFigures };

export type Cell = string | number | null | undefined;

export function formatNumber(value: Cell, decimals = 0): string {
	if (value === null || value === undefined) return '–';
	if (typeof value === 'string') return value;
	if (!Number.isFinite(value)) return String(value);
	return value.toLocaleString('en-US', {
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals,
	});
}

/** Rounds to `decimals` places for the JSON line (null stays null). */
export function round(value: number | null | undefined, decimals = 0): number | null {
	if (value === null || value === undefined || !Number.isFinite(value)) return null;
	const factor = 10 ** decimals;
	return Math.round(value * factor) / factor;
}

/**
 * A table with a label column and one column per side:
 *   comparisonTable('Extract 100,000 Contacts', ['ours', 'built-in'], [['records/s', '8,100', '2,300']])
 */
export function comparisonTable(
	title: string,
	columns: string[],
	rows: Array<[string, ...Cell[]]>,
): string {
	const header = ['', ...columns];
	const body = rows.map(([label, ...cells]) => [label, ...cells.map((cell) => formatNumber(cell))]);
	const widths = header.map((_, i) =>
		Math.max(...[header, ...body].map((row) => (row[i] ?? '').length)),
	);
	const line = (cells: string[]) =>
		cells
			.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
			.join('   ');
	const rule = '-'.repeat(widths.reduce((sum, w) => sum + w, 0) + 3 * (widths.length - 1));
	return [title, rule, line(header), rule, ...body.map(line), rule].join('\n');
}

/**
 * The last line of a bench run. One size: that size's figures. Several sizes: `runs` holds each
 * size's figures and the top-level keys repeat the largest size's. Either way `runs` is there, and
 * `extra` (environment: versions, flags) is merged at the top level.
 */
export function finalJsonLine(
	bench: string,
	runs: BenchRun[],
	extra: Record<string, unknown> = {},
): string {
	const largest = [...runs].sort((a, b) => b.records - a.records)[0];
	return JSON.stringify({ ...largest, bench, ...extra, runs });
}
