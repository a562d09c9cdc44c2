/**
 * The org's limits: the daily API request budget (every /services/data call counts, through the
 * shared RateLimiter and its `salesforceApiLimit` preset: `Sforce-Limit-Info: api-usage=N/M` on
 * every answer, 403 REQUEST_LIMIT_EXCEEDED once spent), the rolling 24-hour count of Bulk API 2.0
 * query jobs, and `GET /limits`.
 */
import { RateLimiter, salesforceApiLimit, type Clock, type FakeResponse } from '../common';
import type { RecordStore } from './records';

const DAY_MS = 24 * 60 * 60 * 1000;

export function apiRateLimiter(daily: number, clock: Clock): RateLimiter {
	return new RateLimiter({ ...salesforceApiLimit({ daily }), clock });
}

/** Jobs created in the last 24 hours (a sliding log of creation times). */
export class DailyCounter {
	private times: number[] = [];

	constructor(
		readonly max: number,
		private readonly clock: Clock,
	) {}

	used(): number {
		const since = this.clock.now() - DAY_MS;
		if (this.times.length > 0 && this.times[0] <= since) this.times = this.times.filter((t) => t > since);
		return this.times.length;
	}

	/** Counts one if there is room; false when the budget is spent. */
	take(): boolean {
		if (this.used() >= this.max) return false;
		this.times.push(this.clock.now());
		return true;
	}
}

export interface LimitsSources {
	rateLimiter: RateLimiter;
	bulkQueryJobs: DailyCounter;
	store: RecordStore;
	objectNames: () => string[];
}

function limit(max: number, remaining: number) {
	return { Max: max, Remaining: Math.max(0, remaining) };
}

/** `GET /services/data/vXX.X/limits`: the keys a Developer Edition org reports, live where the fake tracks them. */
export function limitsResponse(sources: LimitsSources): FakeResponse {
	const api = sources.rateLimiter.state().windows.TotalRequests;
	const jobs = sources.bulkQueryJobs;
	let records = 0;
	for (const name of sources.objectNames()) records += sources.store.existingTable(name)?.size ?? 0;
	const dataMb = 1024;
	const usedMb = Math.ceil((records * 2) / 1024);
	return {
		status: 200,
		body: {
			ActiveScratchOrgs: limit(3, 3),
			AnalyticsExternalDataSizeMB: limit(40960, 40960),
			ConcurrentAsyncGetReportInstances: limit(200, 200),
			ConcurrentEinsteinDataInsightsStoryCreation: limit(5, 5),
			ConcurrentEinsteinDiscoveryStoryCreation: limit(2, 2),
			ConcurrentSyncReportRuns: limit(20, 20),
			DailyAnalyticsDataflowJobExecutions: limit(60, 60),
			DailyAnalyticsUploadedFilesSizeMB: limit(51200, 51200),
			DailyApiRequests: limit(api.limit, api.remaining),
			DailyAsyncApexExecutions: limit(250000, 250000),
			DailyAsyncApexTests: limit(500, 500),
			DailyBulkApiBatches: limit(15000, 15000),
			DailyBulkV2QueryFileStorageMB: limit(976562, 976562),
			DailyBulkV2QueryJobs: limit(jobs.max, jobs.max - jobs.used()),
			DailyDeliveredPlatformEvents: limit(10000, 10000),
			DailyDurableGenericStreamingApiEvents: limit(10000, 10000),
			DailyDurableStreamingApiEvents: limit(10000, 10000),
			DailyEinsteinDataInsightsStoryCreation: limit(1000, 1000),
			DailyEinsteinDiscoveryPredictAPICalls: limit(50000, 50000),
			DailyEinsteinDiscoveryPredictionsByCDC: limit(500000, 500000),
			DailyEinsteinDiscoveryStoryCreation: limit(100, 100),
			DailyFunctionsApiCallLimit: limit(235000, 235000),
			DailyGenericStreamingApiEvents: limit(10000, 10000),
			DailyScratchOrgs: limit(6, 6),
			DailyStandardVolumePlatformEvents: limit(10000, 10000),
			DailyStreamingApiEvents: limit(10000, 10000),
			DailyWorkflowEmails: limit(390, 390),
			DataStorageMB: limit(dataMb, dataMb - usedMb),
			DurableStreamingApiConcurrentClients: limit(20, 20),
			FileStorageMB: limit(20, 20),
			HourlyAsyncReportRuns: limit(1200, 1200),
			HourlyDashboardRefreshes: limit(200, 200),
			HourlyDashboardResults: limit(5000, 5000),
			HourlyDashboardStatuses: limit(999999999, 999999999),
			HourlyLongTermIdMapping: limit(100000, 100000),
			HourlyManagedContentPublicRequests: limit(50000, 50000),
			HourlyODataCallout: limit(10000, 10000),
			HourlyPublishedPlatformEvents: limit(50000, 50000),
			HourlyPublishedStandardVolumePlatformEvents: limit(1000, 1000),
			HourlyShortTermIdMapping: limit(100000, 100000),
			HourlySyncReportRuns: limit(500, 500),
			HourlyTimeBasedWorkflow: limit(50, 50),
			MassEmail: limit(10, 10),
			MonthlyPlatformEventsUsageEntitlement: limit(0, 0),
			Package2VersionCreates: limit(6, 6),
			Package2VersionCreatesWithoutValidation: limit(500, 500),
			PermissionSets: limit(1500, 1500),
			PrivateConnectOutboundCalloutHourlyLimitMB: limit(0, 0),
			SingleEmail: limit(15, 15),
			StreamingApiConcurrentClients: limit(20, 20),
		},
	};
}
