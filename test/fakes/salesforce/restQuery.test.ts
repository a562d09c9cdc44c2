import { ManualClock } from '../common';
import { startFakeSalesforce, type FakeSalesforce } from './index';
import { api, bearer, connect, createJob, V } from './testSupport';

interface QueryPage {
	totalSize: number;
	done: boolean;
	nextRecordsUrl?: string;
	records: Array<Record<string, unknown>>;
}

describe('fake Salesforce REST query API', () => {
	const clock = new ManualClock(Date.UTC(2025, 5, 1, 12));
	let sf: FakeSalesforce;

	beforeAll(async () => {
		sf = await startFakeSalesforce({ clock });
		sf.insert(
			'Contact',
			Array.from({ length: 4500 }, (_, i) => ({ LastName: `C${String(i).padStart(5, '0')}`, Email: i % 2 ? `c${i}@x.example` : null })),
		);
	});
	afterAll(() => sf.stop());

	it('pages by 2,000 records with nextRecordsUrl, and by the Sforce-Query-Options batch size', async () => {
		const token = bearer(sf);
		const first = (await (await api(sf, `/services/data/v${V}/query?q=${encodeURIComponent('SELECT Id, LastName FROM Contact ORDER BY LastName')}`, { token })).json()) as QueryPage;
		expect(first).toMatchObject({ totalSize: 4500, done: false });
		expect(first.records).toHaveLength(2000);
		expect(first.nextRecordsUrl).toMatch(new RegExp(`^/services/data/v${V}/query/01g[0-9A-Za-z]{15}-2000$`));
		expect(first.records[0]).toEqual({
			attributes: { type: 'Contact', url: `/services/data/v${V}/sobjects/Contact/${first.records[0].Id}` },
			Id: first.records[0].Id,
			LastName: 'C00000',
		});
		const second = (await (await api(sf, first.nextRecordsUrl as string, { token, headers: { 'Sforce-Query-Options': 'batchSize=500' } })).json()) as QueryPage;
		expect(second.records).toHaveLength(500);
		expect(second.records[0].LastName).toBe('C02000');
		expect(second.nextRecordsUrl).toMatch(/-2500$/);

		const small = (await (await api(sf, `/services/data/v${V}/query?q=${encodeURIComponent('SELECT Id FROM Contact')}`, { token, headers: { 'Sforce-Query-Options': 'batchSize=50' } })).json()) as QueryPage;
		expect(small.records).toHaveLength(200);
	});

	it('lets jsforce read every page (autoFetch) and queryMore', async () => {
		const conn = connect(sf);
		const all = await conn.query('SELECT Id FROM Contact').run({ autoFetch: true, maxFetch: 10_000 });
		expect(all.records).toHaveLength(4500);
		const firstPage = await conn.query('SELECT Id FROM Contact');
		expect(firstPage.done).toBe(false);
		const next = await conn.queryMore(firstPage.nextRecordsUrl as string);
		expect(next.records).toHaveLength(2000);
	});

	it('answers SELECT COUNT() with totalSize only, and COUNT(field) with an AggregateResult', async () => {
		const conn = connect(sf);
		expect(await conn.query('SELECT COUNT() FROM Contact WHERE Email != null')).toEqual({ totalSize: 2250, done: true, records: [] });
		const count = await conn.query('SELECT COUNT(Email) n FROM Contact');
		expect(count.records).toEqual([{ attributes: { type: 'AggregateResult' }, n: 2250 }]);
	});

	it('keeps a cursor as a snapshot; expires it after 15 idle minutes; keeps 10 per user', async () => {
		const token = bearer(sf);
		const start = (await (await api(sf, `/services/data/v${V}/query?q=${encodeURIComponent('SELECT Id, LastName FROM Contact ORDER BY LastName')}`, { token })).json()) as QueryPage;
		const firstOfPage2 = (await (await api(sf, start.nextRecordsUrl as string, { token })).json()) as QueryPage;
		sf.update('Contact', firstOfPage2.records[0].Id as string, { LastName: 'Changed' });
		expect(((await (await api(sf, start.nextRecordsUrl as string, { token })).json()) as QueryPage).records[0].LastName).toBe('C02000');

		clock.advance(15 * 60_000 + 1);
		const expired = await api(sf, start.nextRecordsUrl as string, { token });
		expect(expired.status).toBe(400);
		expect(await expired.json()).toEqual([{ message: 'invalid query locator', errorCode: 'INVALID_QUERY_LOCATOR' }]);

		const urls: string[] = [];
		for (let i = 0; i < 11; i++) {
			const page = (await (await api(sf, `/services/data/v${V}/query?q=${encodeURIComponent('SELECT Id FROM Contact')}`, { token })).json()) as QueryPage;
			urls.push(page.nextRecordsUrl as string);
		}
		expect((await api(sf, urls[0], { token })).status).toBe(400);
		expect((await api(sf, urls[10], { token })).status).toBe(200);
	});

	it('queryAll includes deleted rows; getDeleted and getUpdated report them', async () => {
		const conn = connect(sf);
		const [a, b] = sf.insert('Account', [{ Name: 'Keep' }, { Name: 'Gone' }]);
		clock.advance(5 * 60_000);
		sf.update('Account', a.Id as string, { Name: 'Kept' });
		sf.delete('Account', b.Id as string);
		const live = await conn.query<Record<string, unknown>>('SELECT Name, IsDeleted FROM Account');
		expect(live.records.map((r) => r.Name)).toEqual(['Kept']);
		const everything = await conn.query<Record<string, unknown>>('SELECT Name, IsDeleted FROM Account', { scanAll: true });
		expect(everything.records.map((r) => [r.Name, r.IsDeleted])).toEqual([
			['Kept', false],
			['Gone', true],
		]);

		const start = new Date(clock.now() - 60 * 60_000);
		const end = new Date(clock.now() + 60_000);
		const deleted = await conn.sobject('Account').deleted(start, end);
		expect(deleted).toEqual({
			deletedRecords: [{ id: b.Id, deletedDate: new Date(Math.floor(clock.now() / 1000) * 1000).toISOString().replace('Z', '+0000') }],
			earliestDateAvailable: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000\+0000$/),
			latestDateCovered: new Date(Math.floor(clock.now() / 60_000) * 60_000).toISOString().replace('Z', '+0000'),
		});
		const updated = await conn.sobject('Account').updated(new Date(clock.now() - 60_000), end);
		expect(updated.ids).toEqual([a.Id]);
		const tooOld = await api(sf, `/services/data/v${V}/sobjects/Account/deleted/?start=2020-01-01T00:00:00Z&end=2020-01-02T00:00:00Z`);
		expect(tooOld.status).toBe(400);
		expect(((await tooOld.json()) as Array<{ errorCode: string }>)[0].errorCode).toBe('INVALID_REPLICATION_DATE');
	});
});

describe('fake Salesforce API limit and faults', () => {
	it('reports api-usage on every REST and Bulk answer and refuses with 403 at the limit', async () => {
		const sf = await startFakeSalesforce({ dailyApiLimit: 3 });
		try {
			const token = bearer(sf);
			const usage = async (path: string) => (await api(sf, path, { token })).headers.get('sforce-limit-info');
			expect(await usage(`/services/data/v${V}/sobjects`)).toBe('api-usage=1/3');
			expect(await usage(`/services/data/v${V}/query?q=SELECT+Id+FROM+Account`)).toBe('api-usage=2/3');
			const job = await createJob(sf, { operation: 'query', query: 'SELECT Id FROM Account' }, V, token);
			expect(job.status).toBe(200);
			const refused = await api(sf, `/services/data/v${V}/sobjects`, { token });
			expect(refused.status).toBe(403);
			expect(refused.headers.get('sforce-limit-info')).toBe('api-usage=3/3');
			expect(await refused.json()).toEqual([{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }]);
			// OAuth and the identity service do not count.
			expect((await fetch(`${sf.url}/services/oauth2/userinfo`, { headers: token })).status).toBe(200);
		} finally {
			await sf.stop();
		}
	});

	it('applies injected faults on any route: 5xx, dropped connections, delays, expired tokens', async () => {
		const sf = await startFakeSalesforce();
		try {
			const conn = connect(sf);
			sf.server.faults.inject({ kind: 'status', status: 503, body: 'Service Unavailable', match: { path: /\/jobs\/query$/ }, times: 1 });
			const outage = await api(sf, `/services/data/v${V}/jobs/query`, { method: 'POST', body: '{}' });
			expect(outage.status).toBe(503);
			expect(await outage.text()).toBe('Service Unavailable');
			expect((await createJob(sf, { operation: 'query', query: 'SELECT Id FROM Account' })).status).toBe(200);
			sf.server.faults.inject({ kind: 'drop', match: { path: /\/describe$/ }, times: 1 });
			await expect(fetch(`${sf.url}/services/data/v${V}/sobjects/Account/describe`, { headers: bearer(sf) })).rejects.toThrow();
			sf.server.faults.inject({ kind: 'delay', ms: 50, match: { path: /\/limits$/ }, times: 1 });
			const started = Date.now();
			await conn.request(`/services/data/v${V}/limits`);
			expect(Date.now() - started).toBeGreaterThanOrEqual(45);
			sf.server.faults.inject({ kind: 'expiredToken', match: { path: /\/query$/ }, times: 1 });
			await expect(conn.query('SELECT Id FROM Account')).rejects.toMatchObject({ errorCode: 'INVALID_SESSION_ID' });
			expect((await conn.query('SELECT Id FROM Account')).totalSize).toBe(0);
		} finally {
			await sf.stop();
		}
	});
});
