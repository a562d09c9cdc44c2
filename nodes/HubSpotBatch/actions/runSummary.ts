import { NodeApiError, type IExecuteFunctions, type JsonObject } from 'n8n-workflow';
import type { Outcomes } from '../../shared/outcomes';
import type { RateBudgetExhaustedError } from '../../shared/rateControl';

export { rateStatsAt, summaryHint } from '../../shared/runSummary';

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
