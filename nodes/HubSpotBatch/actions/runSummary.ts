import {
	NodeApiError,
	type IExecuteFunctions,
	type JsonObject,
	type NodeExecutionHint,
} from 'n8n-workflow';
import type { Outcomes } from '../../shared/outcomes';
import type { RateBudgetExhaustedError, RateController, RateStats } from '../../shared/rateControl';

/** The rate controller's counts at the start of a run, to report the run's own share. */
export function rateStatsAt(rate: RateController): RateStats {
	return { ...rate.stats };
}

/** One line for the output pane: what landed, what failed, how often HubSpot made the node wait. */
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

/**
 * HubSpot's daily budget ran out mid-run. With "Continue On Fail" the unsent records are already
 * on the Failed output and the node ends normally; otherwise it stops, saying how far it got.
 */
export function dailyLimitStop(
	context: IExecuteFunctions,
	error: RateBudgetExhaustedError,
	outcomes: Outcomes,
	total: number,
): void {
	if (context.continueOnFail()) return;
	const { landed, failed } = outcomes.counts;
	throw new NodeApiError(context.getNode(), { message: error.message } as JsonObject, {
		message: `${error.message}: ${landed} of ${total} records landed in this run before it stopped`,
		description: `${failed} records did not land, among them every record not yet sent. The limit resets at midnight in the HubSpot account's time zone; run the workflow again then: records already written are updated, not duplicated. Set "On Error" to continue to get the unsent records on the Failed output instead.`,
		httpCode: '429',
	});
}
