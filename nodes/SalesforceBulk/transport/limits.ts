import type { Connection } from 'jsforce';

/** Keeps the org's API usage from a response's `Sforce-Limit-Info: api-usage=used/limit` header. */
export function recordApiUsage(
	connection: Connection,
	headers: Record<string, string | undefined>,
): void {
	const match = /api-usage=(\d+)\/(\d+)/.exec(headers['sforce-limit-info'] ?? '');
	if (match) {
		connection.limitInfo = { apiUsage: { used: Number(match[1]), limit: Number(match[2]) } };
	}
}

/** "Salesforce API usage: 1,234 of 100,000 requests in the last 24 hours (1%)". */
export function apiUsageHint(connection: Connection): string | undefined {
	const usage = connection.limitInfo?.apiUsage;
	if (!usage?.limit) return undefined;
	const percent = Math.round((usage.used / usage.limit) * 100);
	return `Salesforce API usage: ${usage.used.toLocaleString('en-US')} of ${usage.limit.toLocaleString('en-US')} requests in the last 24 hours (${percent}%)`;
}
