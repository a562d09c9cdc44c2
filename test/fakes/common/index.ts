export { TokenAuth } from './auth';
export type {
	AuthFailure,
	AuthFailureReason,
	AuthResult,
	IssueOptions,
	IssuedToken,
	TokenAuthOptions,
} from './auth';
export { MANUAL_CLOCK_START, ManualClock, systemClock } from './clock';
export type { Clock } from './clock';
export { FaultInjector } from './faults';
export type { FaultAction, FaultHandle, FaultKind, FaultMatch, FaultSpec } from './faults';
export { mulberry32, SeededRandom } from './random';
export { RateLimiter } from './rateLimiter';
export type {
	RateLimitDecision,
	RateLimiterOptions,
	RateLimitState,
	RateWindow,
	WindowKind,
	WindowState,
} from './rateLimiter';
export {
	hubspotRateLimit,
	hubspotSearchRateLimit,
	intercomRateLimit,
	salesforceApiLimit,
} from './rateLimitPresets';
export type { HubSpotPolicy, HubSpotRateLimitOptions } from './rateLimitPresets';
export { REDACTED } from './redact';
export { RequestLog } from './requestLog';
export type { LogFilter, RequestLogEntry, RequestLogOptions } from './requestLog';
export type { RouteOptions, RoutePattern } from './router';
export { FakeServer } from './server';
export type { FakeServerOptions } from './server';
export { InMemoryStore, UniqueConstraintError } from './store';
export type { InMemoryStoreOptions, Page, PageOptions, UniqueIndex } from './store';
export type {
	FakeRequest,
	FakeResponse,
	Handler,
	HeaderRecord,
	QueryRecord,
	ResponseBody,
} from './types';
