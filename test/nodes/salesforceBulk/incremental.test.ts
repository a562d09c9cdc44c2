import type { IDataObject } from 'n8n-workflow';
import type { FakeOrg } from '../../fakes/org';
import type { FakeSalesforce } from '../../fakes/salesforce';
import type { WorkflowJson } from '../../harness';
import { clientCredentialsFor, salesforceWithOrg } from './orgFixture';
import { NODE, runSalesforceBulk, salesforceBulkWorkflow } from './workflow';

const COMMIT = 'Commit Watermark';

/** Start → Extract changed Contacts → (optionally) Commit Watermark, as an incremental sync has it. */
function incrementalWorkflow(options: {
	commit: boolean;
	extract?: Record<string, unknown>;
}): WorkflowJson {
	const workflow = salesforceBulkWorkflow({
		resource: 'record',
		operation: 'extract',
		object: { __rl: true, mode: 'name', value: 'Contact' },
		fieldsMode: 'list',
		fieldList: ['LastName', 'SystemModstamp'],
		readMode: 'changed',
		watermark: { overlapSeconds: 300 },
		returnMode: 'all',
		options: { pageSize: 250 },
		...options.extract,
	});
	if (options.commit) {
		workflow.nodes.push({
			...workflow.nodes[1],
			id: 'c',
			name: COMMIT,
			position: [400, 0],
			parameters: {
				authentication: 'clientCredentials',
				resource: 'watermark',
				operation: 'commit',
				object: { __rl: true, mode: 'name', value: 'Contact' },
				watermarkField: 'SystemModstamp',
			},
			executeOnce: true,
		});
		// In page mode the commit hangs off Page Info, which always has an item and runs after the
		// records' branch; a page whose records were all delivered before has no records.
		const toCommit = [{ node: COMMIT, type: 'main', index: 0 }];
		(workflow.connections as IDataObject)[NODE] = {
			main: options.extract?.returnMode === 'page' ? [[], toCommit] : [toCommit],
		};
	}
	return workflow;
}

describe('Salesforce Bulk: incremental extraction by watermark', () => {
	let salesforce: FakeSalesforce;
	let org: FakeOrg;
	let staticData: IDataObject;

	beforeAll(async () => {
		// Every 10 consecutive Contacts share one SystemModstamp, as after a bulk update.
		({ salesforce, org } = await salesforceWithOrg(
			{ User: 5, Account: 20, Contact: 1000 },
			{},
			{
				sharedTimestampEvery: 10,
				sharedTimestampRate: 1,
			},
		));
		staticData = {};
	});
	afterAll(async () => await salesforce.stop());

	/** One scheduled run ("trigger" mode saves static data, as real n8n does outside the editor). */
	async function run(options: { commit: boolean; extract?: Record<string, unknown> }) {
		const result = await runSalesforceBulk(
			incrementalWorkflow(options),
			clientCredentialsFor(salesforce),
			'clientCredentials',
			{
				mode: 'trigger',
				staticData,
			},
		);
		expect(result.error).toBeUndefined();
		staticData = result.staticData as IDataObject;
		return result.output(NODE).map((item) => item.json);
	}

	const ids = (records: IDataObject[]) => records.map((r) => r.Id as string).sort();

	it('reads everything the first time, then nothing until something changes', async () => {
		expect(await run({ commit: true })).toHaveLength(1000);
		expect(await run({ commit: true })).toEqual([]);
	});

	it('picks up changes, late commits at and just before the watermark, and nothing else', async () => {
		// Workflow-wide static data, where the Extract and Commit nodes share the watermark.
		const shared = staticData.global as {
			salesforceBulkWatermarks: { committed: Record<string, { at: string }> };
		};
		const watermark = shared.salesforceBulkWatermarks.committed['Contact.SystemModstamp'].at;
		const changed = [org.idOf('Contact', 5), org.idOf('Contact', 500)];
		for (const id of changed) salesforce.update('Contact', id, { LastName: 'Changed' });
		// Salesforce can commit a record late: stamped exactly at the watermark, or a minute before it.
		const atWatermark = salesforce.insert(
			'Contact',
			{ LastName: 'Same second' },
			{ at: Date.parse(watermark) },
		);
		const late = salesforce.insert(
			'Contact',
			{ LastName: 'Late' },
			{ at: Date.parse(watermark) - 60_000 },
		);

		const delivered = await run({ commit: true });
		expect(ids(delivered)).toEqual([...changed, atWatermark.Id, late.Id].sort());
		expect(await run({ commit: true })).toEqual([]);
	});

	it('reads the same changes again when the run that read them did not commit', async () => {
		const id = org.idOf('Contact', 42);
		salesforce.update('Contact', id, { LastName: 'Again' });
		expect(ids(await run({ commit: false }))).toEqual([id]);
		expect(ids(await run({ commit: true }))).toEqual([id]);
		expect(await run({ commit: true })).toEqual([]);
	});

	it('never skips a record shared by a page boundary, across pages of one job', async () => {
		// 30 records in 3 timestamp groups of 10, read 7 a page: every boundary splits a group.
		const at = Date.now() + 60_000;
		const inserted = Array.from({ length: 30 }, (_, i) =>
			salesforce.insert(
				'Contact',
				{ LastName: `Batch ${i}` },
				{ at: at + Math.floor(i / 10) * 1000 },
			),
		);
		const delivered = await run({ commit: true, extract: { options: { pageSize: 7 } } });
		expect(ids(delivered)).toEqual(ids(inserted as unknown as IDataObject[]));
		expect(await run({ commit: true })).toEqual([]);
	});

	it('commits only after the last page when read page by page across runs', async () => {
		const at = Date.now() + 120_000;
		const inserted = Array.from({ length: 12 }, (_, i) =>
			salesforce.insert(
				'Contact',
				{ LastName: `Paged ${i}` },
				{ at: at + Math.floor(i / 4) * 1000 },
			),
		);
		const seen: string[] = [];
		let cursor = '';
		do {
			const result = await runSalesforceBulk(
				incrementalWorkflow({
					commit: true,
					extract: { returnMode: 'page', cursor, options: { pageSize: 5 } },
				}),
				clientCredentialsFor(salesforce),
				'clientCredentials',
				{ mode: 'trigger', staticData },
			);
			expect(result.error).toBeUndefined();
			staticData = result.staticData as IDataObject;
			seen.push(...result.output(NODE, 0).map((item) => item.json.Id as string));
			const info = result.output(NODE, 1)[0].json;
			const [commit] = result.output(COMMIT).map((item) => item.json);
			expect(commit.committed).toBe(!info.hasMore);
			cursor = (info.cursor as string) ?? '';
		} while (cursor);
		expect(seen.sort()).toEqual(ids(inserted as unknown as IDataObject[]));
		expect(await run({ commit: true })).toEqual([]);
	});

	it('reads from a "since" override, and reads everything after Start Over', async () => {
		const since = await run({
			commit: false,
			extract: { watermark: { since: '2000-01-01T00:00:00Z' } },
		});
		expect(since.length).toBeGreaterThan(1000);
		const all = await run({ commit: false, extract: { watermark: { startOver: true } } });
		expect(all.length).toBe(since.length);
	});

	it('refuses a watermark field that is not a date-time, naming it', async () => {
		const result = await runSalesforceBulk(
			incrementalWorkflow({ commit: false, extract: { watermark: { field: 'LastName' } } }),
			clientCredentialsFor(salesforce),
		);
		expect(result.error?.message).toMatch(/"LastName" is a string field/);
	});
});
