import type { FakeOrg } from '../../fakes/org';
import type { FakeSalesforce } from '../../fakes/salesforce';
import { clientCredentialsFor, salesforceWithOrg } from './orgFixture';
import { NODE, runSalesforceBulk, salesforceBulkWorkflow } from './workflow';

const extractContacts = (extra: Record<string, unknown> = {}) =>
	salesforceBulkWorkflow({
		resource: 'record',
		operation: 'extract',
		object: { __rl: true, mode: 'name', value: 'Contact' },
		fieldsMode: 'all',
		returnMode: 'all',
		options: { pageSize: 400 },
		...extra,
	});

describe("Salesforce Bulk: Extract, in n8n's engine against the fake Salesforce", () => {
	let salesforce: FakeSalesforce;
	let org: FakeOrg;
	beforeAll(async () => {
		({ salesforce, org } = await salesforceWithOrg({ User: 5, Account: 50, Contact: 1000 }));
	});
	afterAll(async () => await salesforce.stop());

	const jobQueries = () =>
		salesforce.server.log
			.entries({ method: 'POST', path: /\/jobs\/query$/ })
			.map((entry) => String((entry.requestBody as { query?: string })?.query));
	const lastJobQuery = () => jobQueries().at(-1);

	it('reads every record across several result sets, each parsed on its own', async () => {
		const result = await runSalesforceBulk(extractContacts(), clientCredentialsFor(salesforce));
		expect(result.error).toBeUndefined();
		const records = result.output(NODE);
		expect(records).toHaveLength(1000);
		expect(new Set(records.map((r) => r.json.Id)).size).toBe(1000);
		const resultCalls = salesforce.server.log.count({ path: /\/jobs\/query\/[^/]+\/results/ });
		expect(resultCalls).toBe(3); // 400 + 400 + 200
	});

	it('brings every awkward value through intact and typed', async () => {
		const result = await runSalesforceBulk(extractContacts(), clientCredentialsFor(salesforce));
		const byId = new Map(result.output(NODE).map((r) => [r.json.Id as string, r.json]));
		for (let i = 0; i < 1000; i++) {
			const expected = org.record('Contact', i) as Record<string, unknown>;
			const actual = byId.get(expected.Id as string);
			expect(actual).toBeDefined();
			for (const [field, value] of Object.entries(expected)) {
				if (!(field in (actual as object))) continue; // compound fields are not read by Bulk
				const got = (actual as Record<string, unknown>)[field];
				if (
					typeof value === 'string' &&
					/T\d{2}:\d{2}:\d{2}/.test(value) &&
					typeof got === 'string'
				) {
					expect(new Date(got).getTime()).toBe(new Date(value.replace(/\+0000$/, 'Z')).getTime());
				} else {
					expect([field, got]).toEqual([field, value === '' ? null : value]);
				}
			}
		}
	});

	it('returns one page and a cursor, and the cursor fetches the rest', async () => {
		const first = await runSalesforceBulk(
			extractContacts({ returnMode: 'page', cursor: '' }),
			clientCredentialsFor(salesforce),
		);
		expect(first.error).toBeUndefined();
		expect(first.output(NODE, 0)).toHaveLength(400);
		const [info] = first.output(NODE, 1);
		expect(info.json).toMatchObject({
			hasMore: true,
			recordsInPage: 400,
			recordsSoFar: 400,
			totalRecords: 1000,
		});

		const seen = new Set(first.output(NODE, 0).map((r) => r.json.Id));
		let cursor = info.json.cursor as string;
		for (let page = 2; cursor; page++) {
			const next = await runSalesforceBulk(
				extractContacts({ returnMode: 'page', cursor }),
				clientCredentialsFor(salesforce),
			);
			for (const record of next.output(NODE, 0)) seen.add(record.json.Id);
			const pageInfo = next.output(NODE, 1)[0].json;
			expect(pageInfo.pagesDone).toBe(page);
			cursor = pageInfo.cursor as string;
		}
		expect(seen.size).toBe(1000);
	});

	it('reads deleted records only with "Include Deleted"', async () => {
		const victim = org.idOf('Contact', 3);
		salesforce.delete('Contact', victim);
		try {
			const live = await runSalesforceBulk(extractContacts(), clientCredentialsFor(salesforce));
			expect(live.output(NODE).some((r) => r.json.Id === victim)).toBe(false);
			const all = await runSalesforceBulk(
				extractContacts({ includeDeleted: true }),
				clientCredentialsFor(salesforce),
			);
			expect(all.output(NODE).find((r) => r.json.Id === victim)?.json.IsDeleted).toBe(true);
		} finally {
			salesforce.undelete('Contact', victim);
		}
	});

	it('filters with escaped values and flat parent fields', async () => {
		const target = org.record('Contact', 0) as Record<string, unknown>;
		const result = await runSalesforceBulk(
			extractContacts({
				fieldsMode: 'list',
				fieldList: ['LastName', 'Email'],
				parentFields: 'Account.Name',
				filters: { conditions: [{ field: 'Email', operator: 'equal', value: target.Email }] },
			}),
			clientCredentialsFor(salesforce),
		);
		expect(result.error).toBeUndefined();
		const records = result.output(NODE).map((r) => r.json);
		expect(records.length).toBeGreaterThanOrEqual(1);
		expect(Object.keys(records[0]).sort()).toEqual(['Account.Name', 'Email', 'Id', 'LastName']);
		expect(lastJobQuery()).toContain(
			`WHERE (Email = '${String(target.Email).replace(/'/g, "\\'")}')`,
		);
	});

	it('refuses a filter value that does not fit the field type, naming the field', async () => {
		const result = await runSalesforceBulk(
			extractContacts({
				filters: {
					conditions: [{ field: 'Birthdate', operator: 'greaterThan', value: "1 OR Name != ''" }],
				},
			}),
			clientCredentialsFor(salesforce),
		);
		expect(result.error?.message).toMatch(/is not a date/);
		expect(jobQueries().some((query) => query.includes('OR Name'))).toBe(false);
	});

	it("reports invalid SOQL with Salesforce's error code, and a failed job with its id", async () => {
		const invalid = await runSalesforceBulk(
			extractContacts({ fieldsMode: 'soql', soql: 'SELECT Id, NoSuchField__c FROM Contact' }),
			clientCredentialsFor(salesforce),
		);
		expect(invalid.error?.message).toMatch(/INVALID_FIELD/);
		expect(invalid.error?.message).toMatch(/NoSuchField__c/);

		salesforce.failNextJob();
		const failed = await runSalesforceBulk(extractContacts(), clientCredentialsFor(salesforce));
		expect(failed.error?.message).toMatch(/query job \S+ ended Failed/);
	});
});

describe('Salesforce Bulk: Count and Get Deleted', () => {
	let salesforce: FakeSalesforce;
	let org: FakeOrg;
	beforeAll(async () => {
		({ salesforce, org } = await salesforceWithOrg({ User: 5, Account: 40 }));
	});
	afterAll(async () => await salesforce.stop());

	const record = (operation: string, extra: Record<string, unknown> = {}) =>
		salesforceBulkWorkflow({
			resource: 'record',
			operation,
			object: { __rl: true, mode: 'name', value: 'Account' },
			...extra,
		});

	it('counts as Salesforce does, with filters and deleted records on request', async () => {
		const victim = org.idOf('Account', 7);
		salesforce.delete('Account', victim);
		const live = await runSalesforceBulk(record('count'), clientCredentialsFor(salesforce));
		expect(live.output(NODE)[0].json).toMatchObject({ object: 'Account', count: 39 });
		const all = await runSalesforceBulk(
			record('count', { includeDeleted: true }),
			clientCredentialsFor(salesforce),
		);
		expect(all.output(NODE)[0].json.count).toBe(40);
		const industry = (org.record('Account', 0) as { Industry: string }).Industry;
		const filtered = await runSalesforceBulk(
			record('count', {
				filters: { conditions: [{ field: 'Industry', operator: 'equal', value: industry }] },
			}),
			clientCredentialsFor(salesforce),
		);
		const expected = Array.from(
			{ length: 40 },
			(_, i) => org.record('Account', i) as { Id: string; Industry: string },
		).filter((a) => a.Industry === industry && a.Id !== victim).length;
		expect(filtered.output(NODE)[0].json.count).toBe(expected);
	});

	it('lists records deleted in a period, one item each', async () => {
		const since = new Date(Date.now() - 60 * 60 * 1000).toISOString();
		const victims = [org.idOf('Account', 20), org.idOf('Account', 21)];
		// Salesforce answers in whole minutes up to the last complete one, so these are a few minutes old.
		for (const id of victims) salesforce.delete('Account', id, { at: Date.now() - 5 * 60 * 1000 });
		const result = await runSalesforceBulk(
			record('getDeleted', { since }),
			clientCredentialsFor(salesforce),
		);
		expect(result.error).toBeUndefined();
		const ids = result.output(NODE).map((item) => item.json.Id);
		expect(ids).toEqual(expect.arrayContaining(victims));
	});

	it('explains that Salesforce keeps deletions for 30 days only', async () => {
		const result = await runSalesforceBulk(
			record('getDeleted', { since: '2020-01-01T00:00:00Z' }),
			clientCredentialsFor(salesforce),
		);
		expect(result.error?.message).toMatch(/last 30 days only/);
	});
});

describe('Salesforce Bulk: slow jobs and API usage', () => {
	let salesforce: FakeSalesforce;
	beforeAll(async () => {
		({ salesforce } = await salesforceWithOrg(
			{ User: 5, Account: 10 },
			{ pollsToComplete: 1_000_000 },
		));
	});
	afterAll(async () => await salesforce.stop());

	it('gives up on a job after the configured time, naming the job and what to do', async () => {
		const result = await runSalesforceBulk(
			extractContacts({
				object: { __rl: true, mode: 'name', value: 'Account' },
				options: { jobTimeout: 2 },
			}),
			clientCredentialsFor(salesforce),
		);
		expect(result.error?.message).toMatch(
			/Salesforce query job \S+ was still (UploadComplete|InProgress) after \d+ s/,
		);
		expect(result.error?.description).toMatch(/Raise "Job Timeout"/);
		// Polling backed off: a handful of polls in two seconds, not one every few milliseconds.
		expect(
			salesforce.server.log.count({ method: 'GET', path: /\/jobs\/query\/[^/]+$/ }),
		).toBeLessThan(8);
	});
});

describe('Salesforce Bulk: API usage', () => {
	it("shows the org's API usage from Sforce-Limit-Info as an execution hint", async () => {
		const { salesforce } = await salesforceWithOrg(
			{ User: 5, Account: 10 },
			{ dailyApiLimit: 15000 },
		);
		try {
			const result = await runSalesforceBulk(
				extractContacts({ object: { __rl: true, mode: 'name', value: 'Account' } }),
				clientCredentialsFor(salesforce),
			);
			expect(
				result
					.hints(NODE)
					.map((hint) => hint.message)
					.join(' '),
			).toMatch(/Salesforce API usage: \d+ of 15,000 requests in the last 24 hours/);
		} finally {
			await salesforce.stop();
		}
	});
});
