import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { QueryJobV2 } from 'jsforce/lib/api/bulk2';
import { ManualClock } from '../common';
import { createOrg } from '../org';
import { startFakeSalesforce, type FakeSalesforce } from './index';
import { allSets, api, bearer, connect, createJob, pollJob, readCsv, resultSet, V } from './testSupport';

const POLLING = { pollInterval: 5, pollTimeout: 5000 };

function accounts(n: number, from = 0) {
	return Array.from({ length: n }, (_, k) => ({ Name: `Account ${String(from + k).padStart(6, '0')}`, NumberOfEmployees: from + k }));
}

describe('fake Salesforce Bulk API 2.0 query jobs', () => {
	let sf: FakeSalesforce;

	beforeAll(async () => {
		sf = await startFakeSalesforce();
		sf.insert('Account', accounts(25_000));
	});
	afterAll(() => sf.stop());

	it('runs a job created by jsforce: UploadComplete -> InProgress -> JobComplete, with the job info shape', async () => {
		const conn = connect(sf);
		const job = new QueryJobV2(conn as never, { bodyParams: { operation: 'query', query: 'SELECT Id FROM Account' }, pollingOptions: POLLING });
		const created = await job.open();
		expect(Object.keys(created)).toEqual([
			'id', 'operation', 'object', 'createdById', 'createdDate', 'systemModstamp', 'state',
			'concurrencyMode', 'contentType', 'apiVersion', 'lineEnding', 'columnDelimiter',
		]);
		expect(created).toMatchObject({ operation: 'query', object: 'Account', state: 'UploadComplete', apiVersion: 60, contentType: 'CSV', lineEnding: 'LF', columnDelimiter: 'COMMA', concurrencyMode: 'Parallel' });
		expect(created.id).toMatch(/^750[0-9A-Za-z]{15}$/);
		expect(created.createdDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000\+0000$/);

		const first = await job.check();
		expect(first.state).toBe('InProgress');
		expect(first.numberRecordsProcessed).toBe(0);
		await job.poll(POLLING.pollInterval, POLLING.pollTimeout);
		const done = await job.check();
		expect(done).toMatchObject({ state: 'JobComplete', jobType: 'V2Query', numberRecordsProcessed: 25_000, retries: 0, isPkChunkingSupported: true });
		expect(done.totalProcessingTime).toBeGreaterThan(0);
		const raw = await (await api(sf, `/services/data/v${V}/jobs/query/${created.id}`)).text();
		expect(raw).toContain('"apiVersion":60.0,');
	});

	it('splits 25,000 records into sets of 10,000 by default, each a complete CSV, the chain ending in "null"', async () => {
		const { body } = await createJob(sf, { operation: 'query', query: 'SELECT Id, Name, NumberOfEmployees FROM Account' });
		await pollJob(sf, body.id as string);
		const sets = await allSets(sf, body.id as string);
		expect(sets.map((s) => s.count)).toEqual([10_000, 10_000, 5_000]);
		expect(sets.map((s) => s.locator)).toEqual(['MTAwMDA', 'MjAwMDA', 'null']);
		const ids = new Set<string>();
		for (const set of sets) {
			expect(set.status).toBe(200);
			expect(set.headers.get('content-type')).toBe('text/csv');
			const rows = readCsv(set.text);
			expect(rows[0]).toEqual(['Id', 'Name', 'NumberOfEmployees']);
			expect(rows).toHaveLength(set.count + 1);
			for (const row of rows.slice(1)) ids.add(row[0] as string);
		}
		expect(ids.size).toBe(25_000);
		expect(sets.reduce((sum, s) => sum + s.count, 0)).toBe(25_000);
		expect(sets[0].text.startsWith('"Id","Name","NumberOfEmployees"\n"001')).toBe(true);
		// A locator can be read again for as long as the job exists.
		const again = await resultSet(sf, body.id as string, { locator: 'MTAwMDA' });
		expect(again.text).toBe(sets[1].text);
	});

	it('honours maxRecords, columnDelimiter and lineEnding', async () => {
		const { body } = await createJob(sf, {
			operation: 'query',
			query: "SELECT Id, Name FROM Account WHERE Name LIKE 'Account 0000%' ORDER BY Name DESC",
			columnDelimiter: 'PIPE',
			lineEnding: 'CRLF',
		});
		expect(body).toMatchObject({ columnDelimiter: 'PIPE', lineEnding: 'CRLF' });
		await pollJob(sf, body.id as string);
		const sets = await allSets(sf, body.id as string, { maxRecords: 40 });
		expect(sets.map((s) => s.count)).toEqual([40, 40, 20]);
		const rows = readCsv(sets[0].text, '|', '\r\n');
		expect(rows[0]).toEqual(['Id', 'Name']);
		expect(rows[1][1]).toBe('Account 000099');
		expect(sets[0].text.split('\r\n')[1]).toMatch(/^"001[0-9A-Za-z]{15}"\|"Account 000099"$/);
	});

	it('serves resultPages (v58.0+) with result URLs of consecutive sets', async () => {
		const { body } = await createJob(sf, { operation: 'query', query: 'SELECT Id FROM Account' });
		await pollJob(sf, body.id as string);
		const pages = (await (await api(sf, `/services/data/v${V}/jobs/query/${body.id}/resultPages?maxRecords=4000`)).json()) as {
			resultPages: Array<{ resultUrl: string }>;
			nextRecordsUrl: string | null;
			done: boolean;
		};
		expect(pages.resultPages).toHaveLength(5);
		expect(pages.resultPages[1].resultUrl).toBe(`/services/data/v${V}/jobs/query/${body.id}/results?locator=NDAwMA&maxRecords=4000`);
		expect(pages.done).toBe(false);
		const next = (await (await api(sf, pages.nextRecordsUrl as string)).json()) as { resultPages: unknown[]; done: boolean; nextRecordsUrl: null };
		expect(next).toMatchObject({ done: true, nextRecordsUrl: null });
		expect(next.resultPages).toHaveLength(2);
		const set = await api(sf, pages.resultPages[4].resultUrl);
		expect(set.headers.get('sforce-numberofrecords')).toBe('4000');
		expect((await api(sf, `/services/data/v57.0/jobs/query/${body.id}/resultPages`)).status).toBe(404);
	});

	it('answers 412 before completion and 409 for another API version', async () => {
		const { body } = await createJob(sf, { operation: 'query', query: 'SELECT Id FROM Account LIMIT 5' }, '58.0');
		const early = await resultSet(sf, body.id as string, {}, '58.0');
		expect(early.status).toBe(412);
		expect(JSON.parse(early.text)).toEqual([
			{
				errorCode: 'JOB_NOT_COMPLETE',
				message: 'can only download query results of successfully completed bulk job with status: JOB_COMPLETE. Current status: UPLOAD_COMPLETE',
			},
		]);
		await pollJob(sf, body.id as string, '58.0');
		const other = await resultSet(sf, body.id as string, {}, '59.0');
		expect(other.status).toBe(409);
		expect(JSON.parse(other.text)[0].errorCode).toEqual(expect.any(String));
		expect((await resultSet(sf, body.id as string, {}, '58.0')).count).toBe(5);
	});

	it('gzips a result set when asked', async () => {
		const { body } = await createJob(sf, { operation: 'query', query: 'SELECT Id, Name FROM Account LIMIT 300' });
		await pollJob(sf, body.id as string);
		const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
			const req = request(`${sf.url}/services/data/v${V}/jobs/query/${body.id}/results`, {
				headers: { ...bearer(sf), 'Accept-Encoding': 'gzip' },
			});
			req.on('response', (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
			});
			req.on('error', reject);
			req.end();
		});
		expect(raw.headers['content-encoding']).toBe('gzip');
		expect(raw.headers['sforce-numberofrecords']).toBe('300');
		const plain = await (await api(sf, `/services/data/v${V}/jobs/query/${body.id}/results`, { headers: { 'Accept-Encoding': 'identity' } })).text();
		expect(gunzipSync(raw.body).toString('utf8')).toBe(plain);
	});

	it('lists, aborts and deletes jobs', async () => {
		const conn = connect(sf);
		const job = new QueryJobV2(conn as never, { bodyParams: { operation: 'query', query: 'SELECT Id FROM Account' }, pollingOptions: POLLING });
		await job.open();
		const aborted = await job.abort();
		expect(aborted.state).toBe('Aborted');
		await expect(job.poll(POLLING.pollInterval, POLLING.pollTimeout)).rejects.toThrow('Job has been aborted');
		const again = await api(sf, `/services/data/v${V}/jobs/query/${job.id}`, {
			method: 'PATCH',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ state: 'Aborted' }),
		});
		expect(again.status).toBe(400);
		expect(((await again.json()) as Array<{ errorCode: string }>)[0].errorCode).toBe('INVALIDJOBSTATE');

		const list = (await (await api(sf, `/services/data/v${V}/jobs/query`)).json()) as { done: boolean; records: Array<{ id: string; state: string; jobType: string }>; nextRecordsUrl: null };
		expect(list.done).toBe(true);
		expect(list.nextRecordsUrl).toBeNull();
		expect(list.records.find((r) => r.id === job.id)).toMatchObject({ state: 'Aborted', jobType: 'V2Query' });

		await job.delete();
		const gone = await api(sf, `/services/data/v${V}/jobs/query/${job.id}`);
		expect(gone.status).toBe(404);
		expect(await gone.json()).toEqual([{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);
	});

	it('fails the next job, or the next one matching a pattern, as configured', async () => {
		sf.failNextJob({ match: /FROM Contact/ });
		sf.failNextJob({ match: 'LIMIT 7', state: 'Aborted' });
		const conn = connect(sf);
		const open = async (query: string) => {
			const job = new QueryJobV2(conn as never, { bodyParams: { operation: 'query', query }, pollingOptions: POLLING });
			await job.open();
			return job;
		};
		const unaffected = await open('SELECT Id FROM Account LIMIT 3');
		await unaffected.poll(POLLING.pollInterval, POLLING.pollTimeout);

		const failed = await open('SELECT Id FROM Contact');
		await expect(failed.poll(POLLING.pollInterval, POLLING.pollTimeout)).rejects.toThrow('Query job failed to complete');
		expect(await failed.check()).toMatchObject({ state: 'Failed', errorMessage: 'Retried more than fifteen times', retries: 15, numberRecordsProcessed: 0 });
		const results = await resultSet(sf, failed.id);
		expect(results.status).toBe(412);
		expect(JSON.parse(results.text)[0].message).toMatch(/Current status: FAILED$/);

		const abortedByOrg = await open('SELECT Id FROM Account LIMIT 7');
		await expect(abortedByOrg.poll(POLLING.pollInterval, POLLING.pollTimeout)).rejects.toThrow('Job has been aborted');

		sf.failNextJob({ errorMessage: null });
		const silent = await open('SELECT Id FROM Account LIMIT 1');
		await expect(silent.poll(POLLING.pollInterval, POLLING.pollTimeout)).rejects.toThrow('Query job failed to complete');
		expect('errorMessage' in (await silent.check())).toBe(false);
	});

	it('refuses what Bulk API 2.0 refuses, with the array error body', async () => {
		const refused = async (query: string, operation = 'query') => {
			const { status, body } = await createJob(sf, { operation, query });
			expect(status).toBe(400);
			return body[0];
		};
		expect(await refused('SELECT Id, BillingAddress FROM Account')).toEqual({ errorCode: 'API_ERROR', message: 'Selecting compound data not supported in Bulk Query' });
		expect(await refused('SELECT Id, (SELECT Id FROM Contacts) FROM Account')).toEqual({
			errorCode: 'API_ERROR',
			message: 'Aggregate Relationships not supported in Bulk V2 Query with CSV content type.',
		});
		for (const query of ['SELECT COUNT() FROM Account', 'SELECT Name FROM Account GROUP BY Name', 'SELECT Id FROM Account LIMIT 5 OFFSET 5', 'SELECT FIELDS(ALL) FROM Account LIMIT 200', 'SELECT TYPEOF What WHEN Account THEN Name END FROM Event']) {
			expect((await refused(query)).errorCode).toBe('API_ERROR');
		}
		expect(await refused('SELECT Id, Nmae FROM Account')).toEqual({
			errorCode: 'INVALID_FIELD',
			message:
				"\nSELECT Id, Nmae FROM Account\n           ^\nERROR at Row:1:Column:12\nNo such column 'Nmae' on entity 'Account'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
		});
		expect(await refused('SELECT Id FROM Acount')).toEqual({
			errorCode: 'INVALID_TYPE',
			message:
				"\nSELECT Id FROM Acount\n               ^\nERROR at Row:1:Column:16\nsObject type 'Acount' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.",
		});
		expect(await refused('SELECT Id, Acount.Name FROM Contact')).toMatchObject({
			errorCode: 'INVALID_FIELD',
			message: expect.stringContaining("Didn't understand relationship 'Acount' in field path."),
		});
		expect(await refused('SELECT Id FROM Account WHERE')).toEqual({
			errorCode: 'MALFORMED_QUERY',
			message: "\nSELECT Id FROM Account WHERE\n                            ^\nERROR at Row:1:Column:29\nunexpected token: '<EOF>'",
		});
		expect(await refused('SELECT Id FROM Account', 'insert')).toMatchObject({ errorCode: 'INVALIDJOB' });
	});

	it('shows why jsforce\'s one-call bulk2.query() cannot be used: every set carries its own header row', async () => {
		const multi = await startFakeSalesforce({ resultSetSize: 1000 });
		try {
			multi.insert('Account', accounts(3000));
			const conn = connect(multi);
			conn.bulk2.pollInterval = 5;
			const stream = await conn.bulk2.query('SELECT Id, Name FROM Account');
			const records: Array<Record<string, string>> = [];
			await new Promise<void>((resolve, reject) => {
				stream.on('record', (r: Record<string, string>) => records.push(r));
				stream.on('error', reject);
				stream.on('end', () => resolve());
			});
			// The 2nd and 3rd sets' header rows come back as data records.
			expect(records).toHaveLength(3002);
			expect(records.filter((r) => r.Id === 'Id' && r.Name === 'Name')).toHaveLength(2);
		} finally {
			await multi.stop();
		}
	});

	it('with unquoted headers and no final line break, the same call fails with CSV_INVALID_CLOSING_QUOTE', async () => {
		const multi = await startFakeSalesforce({ resultSetSize: 1000, csvQuoteHeader: false, csvFinalLineEnding: false });
		try {
			multi.insert('Account', accounts(3000));
			const conn = connect(multi);
			conn.bulk2.pollInterval = 5;
			const stream = await conn.bulk2.query('SELECT Id, Name FROM Account');
			const failure = await new Promise<Error & { code?: string }>((resolve, reject) => {
				stream.on('error', resolve);
				stream.on('end', () => reject(new Error('no error')));
				stream.on('record', () => undefined);
			});
			expect(failure.code).toBe('CSV_INVALID_CLOSING_QUOTE');
			expect(failure.message).toMatch(/^Invalid Closing Quote: got "I" at line \d+/);
		} finally {
			await multi.stop();
		}
	});

	it('counts job creations against DailyBulkV2QueryJobs', async () => {
		const limited = await startFakeSalesforce({ dailyBulkQueryJobs: 2 });
		try {
			expect((await createJob(limited, { operation: 'query', query: 'SELECT Id FROM Account' })).status).toBe(200);
			expect((await createJob(limited, { operation: 'query', query: 'SELECT Id FROM Account' })).status).toBe(200);
			const third = await createJob(limited, { operation: 'query', query: 'SELECT Id FROM Account' });
			expect(third).toEqual({ status: 400, body: [{ errorCode: 'LIMIT_EXCEEDED', message: 'Max bulk v2 query jobs (2) per 24 hrs has been reached' }] });
			const limits = (await connect(limited).request(`/services/data/v${V}/limits`)) as Record<string, unknown>;
			expect(limits.DailyBulkV2QueryJobs).toEqual({ Max: 2, Remaining: 0 });
		} finally {
			await limited.stop();
		}
	});
});

describe('fake Salesforce Bulk results are a consistent snapshot', () => {
	const clock = new ManualClock(Date.UTC(2025, 5, 1, 12));
	let sf: FakeSalesforce;

	beforeAll(async () => {
		sf = await startFakeSalesforce({ clock, pollsToComplete: 1 });
	});
	afterAll(() => sf.stop());

	it('keeps the values, rows and parents of the moment the job completed', async () => {
		const [acme, beta] = sf.insert('Account', [{ Name: 'Acme' }, { Name: 'Beta' }]);
		const [c1, c2] = sf.insert('Contact', [
			{ LastName: 'One', AccountId: acme.Id },
			{ LastName: 'Two', AccountId: beta.Id },
		]);
		const soql = 'SELECT Id, LastName, Account.Name, SystemModstamp FROM Contact ORDER BY LastName';
		const { body } = await createJob(sf, { operation: 'query', query: soql });
		expect(await pollJob(sf, body.id as string)).toEqual(['JobComplete']);
		const before = (await resultSet(sf, body.id as string)).text;

		clock.advance(60_000);
		sf.update('Contact', c1.Id as string, { LastName: 'Changed' });
		sf.update('Account', acme.Id as string, { Name: 'Acme Renamed' });
		sf.delete('Contact', c2.Id as string);
		sf.insert('Contact', { LastName: 'Three', AccountId: acme.Id });

		expect((await resultSet(sf, body.id as string)).text).toBe(before);
		expect(readCsv(before).slice(1)).toEqual([
			[c1.Id, 'One', 'Acme', '2025-06-01T12:00:00.000Z'],
			[c2.Id, 'Two', 'Beta', '2025-06-01T12:00:00.000Z'],
		]);

		const fresh = await createJob(sf, { operation: 'query', query: soql });
		await pollJob(sf, fresh.body.id as string);
		expect(readCsv((await resultSet(sf, fresh.body.id as string)).text).slice(1)).toEqual([
			[c1.Id, 'Changed', 'Acme Renamed', '2025-06-01T12:01:00.000Z'],
			[expect.any(String), 'Three', 'Acme Renamed', '2025-06-01T12:01:00.000Z'],
		]);
	});

	it('completes by clock time with completeAfterMs, freezing the result at the deadline', async () => {
		const timed = await startFakeSalesforce({ clock, completeAfterMs: 10_000 });
		try {
			const [row] = timed.insert('Opportunity', [{ Name: 'Deal', StageName: 'Prospecting', CloseDate: '2025-07-01' }]);
			const { body } = await createJob(timed, { operation: 'query', query: 'SELECT Name FROM Opportunity' });
			expect(await pollJob(timed, body.id as string).catch(() => 'pending')).toBe('pending');
			clock.advance(6_000);
			expect(timed.jobs()[0].state).toBe('InProgress');
			clock.advance(4_000);
			await Promise.resolve();
			timed.update('Opportunity', row.Id as string, { Name: 'Renamed later' });
			expect(timed.jobs()[0]).toMatchObject({ state: 'JobComplete', numberRecordsProcessed: 1 });
			expect(readCsv((await resultSet(timed, body.id as string)).text)).toEqual([['Name'], ['Deal']]);
		} finally {
			await timed.stop();
		}
	});

	it('returns soft-deleted rows to queryAll only', async () => {
		const [keep, drop] = sf.insert('Lead', [
			{ LastName: 'Keep', Company: 'K' },
			{ LastName: 'Drop', Company: 'D' },
		]);
		sf.delete('Lead', drop.Id as string);
		const run = async (operation: string, query = 'SELECT Id, IsDeleted FROM Lead') => {
			const { body } = await createJob(sf, { operation, query });
			await pollJob(sf, body.id as string);
			return readCsv((await resultSet(sf, body.id as string)).text).slice(1);
		};
		expect(await run('query')).toEqual([[keep.Id, 'false']]);
		expect(await run('queryAll')).toEqual([
			[keep.Id, 'false'],
			[drop.Id, 'true'],
		]);
		expect(await run('query', 'SELECT Id FROM Lead WHERE IsDeleted = true')).toEqual([]);
		expect(await run('queryAll', 'SELECT Id FROM Lead WHERE IsDeleted = true')).toEqual([[drop.Id]]);
	});
});

describe('fake Salesforce serves the generated org', () => {
	it('serves the generated classic Notes: bodies with line breaks and markup intact, the polymorphic Parent, deleted notes to queryAll', async () => {
		const org = createOrg({ seed: 3, counts: { Account: 20, Contact: 30, Lead: 10, Opportunity: 10, Case: 10, Note: 200 } });
		const notes = await startFakeSalesforce();
		try {
			for (const object of org.objectNames) if (org.counts[object]) notes.load(object, org.records(object));
			const generated = [...org.records('Note')];
			const deleted = generated[7];
			notes.delete('Note', deleted.Id as string);
			const run = async (operation: string, query: string) => {
				const { body } = await createJob(notes, { operation, query });
				await pollJob(notes, body.id as string);
				return readCsv((await resultSet(notes, body.id as string)).text);
			};
			const rows = await run('query', 'SELECT Id, ParentId, Parent.Type, Title, Body, IsPrivate FROM Note');
			expect(rows[0]).toEqual(['Id', 'ParentId', 'Parent.Type', 'Title', 'Body', 'IsPrivate']);
			expect(rows).toHaveLength(200);
			const byId = new Map(rows.slice(1).map((row) => [row[0], row]));
			expect(byId.has(deleted.Id as string)).toBe(false);
			for (const note of generated.filter((n) => n !== deleted)) {
				const row = byId.get(note.Id as string)!;
				// A note without a body is an empty cell (null), not "".
				expect([row[3], row[4], row[5]]).toEqual([note.Title, note.Body, String(note.IsPrivate)]);
				expect(row[1]).toBe(note.ParentId);
			}
			// Parent.Type names the parent's object; a dangling ParentId has no parent (null).
			const types = new Set(rows.slice(1).map((row) => String(row[2])));
			expect([...types].sort()).toEqual(['Account', 'Case', 'Contact', 'Lead', 'Opportunity', 'null']);
			expect(generated.some((n) => /\r\n/.test(String(n.Body)))).toBe(true);
			expect(generated.some((n) => /<script>/.test(String(n.Body)))).toBe(true);
			expect((await run('queryAll', 'SELECT Id FROM Note WHERE IsDeleted = true')).slice(1)).toEqual([[deleted.Id]]);
		} finally {
			await notes.stop();
		}
	});
});
