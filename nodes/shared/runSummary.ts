import type { NodeExecutionHint } from 'n8n-workflow';
import type { Outcomes } from './outcomes';
import type { RateController, RateStats } from './rateControl';

/** The rate controller's counts at the start of a run, to report the run's own share. */
export function rateStatsAt(rate: RateController): RateStats {
	return { ...rate.stats };
}

/** One line for the output pane: what landed, what failed, how often the API made the node wait. */
export function summaryHint(
	what: string,
	outcomes: Outcomes,
	rate: RateController,
	before: RateStats,
): NodeExecutionHint {
	const { landed, failed } = outcomes.counts;
	const throttled = rate.stats.throttled - before.throttled;
	const retries = rate.stats.transientRetries - before.transientRetries;
	return {
		message: `${landed} ${what}, ${failed} failed (see the Failed output); ${rate.stats.requests - before.requests} requests, ${throttled} rate-limit waits, ${retries} retries after server errors`,
		type: failed > 0 ? 'warning' : 'info',
		location: 'outputPane',
	};
}
