/**
 * @hubspot/api-client's own retries (crm-apis.md 2.9), observed in the fake's request log: with
 * `numberOfApiCallRetries: N` it makes at most N attempts; it waits 10 s × attempt after a 429
 * TEN_SECONDLY_ROLLING, 1 s × attempt after the search "secondly limit", 200 ms × attempt after
 * a 5xx, and never retries a DAILY 429. The waits run on fake time: the SDK's setTimeout is
 * shortened and the fake's manual clock moved by the amount it asked for.
 */
import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/contacts';
import { ManualClock } from '../common';
import {
	serverErrorFault,
	startFakeHubSpot,
	type FakeHubSpot,
	type FakeHubSpotOptions,
} from './index';
import { rejection, sdk } from './testSupport';

describe('@hubspot/api-client retries against the fake', () => {
	const realSetTimeout = global.setTimeout;
	let clock: ManualClock;
	let waits: number[];
	let retryMessages: string[];
	const fakes: FakeHubSpot[] = [];

	beforeEach(() => {
		waits = [];
		retryMessages = [];
		jest
			.spyOn(console, 'error')
			.mockImplementation((message: unknown) => void retryMessages.push(String(message)));
		jest.spyOn(global, 'setTimeout').mockImplementation(((callback: () => void, ms?: number) => {
			const isRetryWait =
				ms !== undefined && ms > 0 && [10_000, 1000, 200].some((unit) => ms % unit === 0);
			if (!isRetryWait) return realSetTimeout(callback, ms);
			waits.push(ms);
			clock.advance(ms);
			return realSetTimeout(callback, 1);
		}) as typeof setTimeout);
	});
	afterEach(() => jest.restoreAllMocks());
	afterAll(() => Promise.all(fakes.map((hs) => hs.stop())));

	const start = async (options: FakeHubSpotOptions = {}) => {
		clock = new ManualClock(Date.UTC(2025, 3, 1, 8));
		const hs = await startFakeHubSpot({ clock, ...options });
		fakes.push(hs);
		return hs;
	};
	const upsertOne = (hs: FakeHubSpot, retries: number, email: string) =>
		sdk(hs, { retries }).crm.contacts.batchApi.upsert({
			inputs: [{ id: email, idProperty: 'email', properties: {} }],
		});

	it('waits 10 s after a TEN_SECONDLY_ROLLING 429 and then succeeds', async () => {
		const hs = await start({ tenSecondlyLimit: 2 });
		await upsertOne(hs, 0, 'a@example.com');
		await upsertOne(hs, 0, 'b@example.com');
		const result = await upsertOne(hs, 3, 'c@example.com');
		expect(result.results[0]._new).toBe(true);
		expect(waits).toEqual([10_000]);
		expect(retryMessages).toEqual([
			'Request failed with status code [429], will retry [1] time in [10000] ms',
		]);
		const attempts = hs.server.log
			.entries({ path: '/crm/v3/objects/contacts/batch/upsert' })
			.slice(2);
		expect(attempts.map((e) => [e.status, e.rateLimited ?? false])).toEqual([
			[429, true],
			[200, false],
		]);
	});

	it('waits 1 s after the search "secondly limit" 429', async () => {
		const hs = await start({ searchPerSecond: 1, searchLagMs: 0 });
		const client = sdk(hs, { retries: 2 });
		const request = {
			filterGroups: [
				{ filters: [{ propertyName: 'email', operator: FilterOperatorEnum.HasProperty }] },
			],
			sorts: [],
			properties: [],
			limit: 1,
			after: '0',
		};
		await client.crm.contacts.searchApi.doSearch(request);
		await client.crm.contacts.searchApi.doSearch(request);
		expect(waits).toEqual([1000]);
		expect(
			hs.server.log.entries({ path: '/crm/v3/objects/contacts/search' }).map((e) => e.status),
		).toEqual([200, 429, 200]);
	});

	it('retries 5xx with 200 ms × attempt, N attempts in all (not N retries)', async () => {
		const hs = await start();
		hs.server.faults.inject({ ...serverErrorFault(502), times: 2 });
		await upsertOne(hs, 3, 'five@example.com');
		expect(waits).toEqual([200, 400]);
		expect(hs.server.log.entries().map((e) => e.status)).toEqual([502, 502, 200]);

		hs.server.log.clear();
		waits = [];
		hs.server.faults.inject({ ...serverErrorFault(503), times: 2 });
		const failed = await rejection(upsertOne(hs, 2, 'six@example.com'));
		expect(failed.code).toBe(503);
		expect(hs.server.log.entries().map((e) => e.status)).toEqual([503, 503]);
	});

	it('does not retry a DAILY 429, nor a dropped connection', async () => {
		const hs = await start({ dailyLimit: 1 });
		await upsertOne(hs, 0, 'first@example.com');
		const daily = await rejection(upsertOne(hs, 6, 'second@example.com'));
		expect(daily.code).toBe(429);
		expect(daily.body).toMatchObject({ policyName: 'DAILY' });
		expect(waits).toEqual([]);
		expect(hs.server.log.count({ status: 429 })).toBe(1);

		const other = await start();
		other.server.faults.inject({ kind: 'drop', times: 1 });
		await expect(upsertOne(other, 6, 'dropped@example.com')).rejects.toThrow(
			/ECONNRESET|socket hang up/,
		);
		expect(other.server.log.entries().map((e) => e.fault)).toEqual(['drop']);
	});

	it('delay faults hold any route (wall-clock) and the call still succeeds', async () => {
		const hs = await start();
		hs.server.faults.inject({ kind: 'delay', ms: 60, match: { path: /^\/crm\/v3\/owners/ } });
		const owners = await sdk(hs).crm.owners.ownersApi.getPage();
		expect(owners.results.length).toBeGreaterThan(0);
		expect(hs.server.log.last()?.fault).toBe('delay');
		expect(hs.server.log.last()?.durationMs).toBeGreaterThanOrEqual(55);
	});
});
