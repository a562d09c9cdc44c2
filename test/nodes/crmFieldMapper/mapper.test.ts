import type { IDataObject } from 'n8n-workflow';
import { startFakeHubSpot, type FakeHubSpot } from '../../fakes/hubspot';
import { loadDescribe } from '../../bench/mapping/schemas';
import { noteDescribe } from '../../fakes/salesforce/standardDescribes';
import { mapperWorkflow, NODE, runMapper } from './workflow';

describe('CRM Field Mapper in n8n', () => {
	let hs: FakeHubSpot;
	beforeAll(async () => {
		hs = await startFakeHubSpot({ log: { storeBodies: false } });
	});
	afterAll(async () => await hs.stop());

	const suggest = {
		operation: 'suggest',
		describe: '={{ $json }}',
		targetSystem: 'hubspot',
		targetObject: 'contacts',
		targetSchema: 'hubspot',
		authentication: 'appToken',
	};

	it('suggests a mapping from a Salesforce describe and HubSpot properties read with the credential', async () => {
		const result = await runMapper(
			mapperWorkflow(suggest, [loadDescribe('Contact') as unknown as IDataObject]),
			{ hubspot: hs },
		);
		expect(result.error).toBeUndefined();
		const document = result.output(NODE)[0].json as IDataObject & {
			rows: Array<IDataObject>;
			resourceMapper: IDataObject;
		};
		expect(document).toMatchObject({
			version: 1,
			source: { object: 'Contact' },
			target: { system: 'hubspot', object: 'contacts' },
		});
		expect(document.rows.find((row) => row.sourceField === 'Email')).toMatchObject({
			targetProperty: 'email',
		});
		expect(document.resourceMapper).toMatchObject({
			mappingMode: 'defineBelow',
			matchingColumns: ['salesforce_id'],
		});
		expect((document.resourceMapper.value as IDataObject).email).toBe('={{ $json["Email"] }}');
	});

	it('applies a mapping: converted records on Mapped, unconvertible ones on Failed with field and reason', async () => {
		const suggested = await runMapper(
			mapperWorkflow({ ...suggest, targetObject: 'deals' }, [
				loadDescribe('Opportunity') as unknown as IDataObject,
			]),
			{ hubspot: hs },
		);
		const document = suggested.output(NODE)[0].json;
		const records = [
			{ Id: '006A', Name: 'Big', Amount: 1200, StageName: 'Closed Won', CloseDate: '2024-03-01' },
			{ Id: '006B', Name: 'Odd', Amount: 'lots', StageName: 'Closed Won' },
		];
		const result = await runMapper(
			mapperWorkflow(
				{
					operation: 'apply',
					mappingSource: 'json',
					mapping: JSON.stringify(document),
					owners: '{}',
					output: 'properties',
				},
				records,
			),
		);
		expect(result.output(NODE, 0).map((item) => item.json)).toEqual([
			{
				salesforce_id: '006A',
				dealname: 'Big',
				amount: 1200,
				dealstage: 'closedwon',
				closedate: '2024-03-01T00:00:00.000Z',
			},
		]);
		expect(result.output(NODE, 1)[0].json).toMatchObject({
			error: { category: 'VALIDATION_ERROR', property: 'Amount' },
			record: records[1],
		});
		expect(result.output(NODE, 1)[0].pairedItem).toEqual([{ item: 1 }]);

		const withExtra = await runMapper(
			mapperWorkflow(
				{
					operation: 'apply',
					mappingSource: 'json',
					mapping: JSON.stringify(document),
					owners: '{}',
					output: 'properties',
					extraProperties: {
						values: [{ name: 'description', value: '={{ "Imported: " + $json.Name }}' }],
					},
				},
				records.slice(0, 1),
			),
		);
		expect(withExtra.output(NODE, 0)[0].json).toMatchObject({
			dealname: 'Big',
			description: 'Imported: Big',
		});
	});

	it('keeps an approved mapping in production runs and prefers it next time', async () => {
		const suggested = await runMapper(
			mapperWorkflow(suggest, [loadDescribe('Contact') as unknown as IDataObject]),
			{ hubspot: hs },
		);
		const document = suggested.output(NODE)[0].json as IDataObject & { rows: IDataObject[] };
		const edited = {
			...document,
			rows: document.rows.map((row) =>
				row.sourceField === 'Description'
					? { ...row, targetProperty: 'message', transform: 'copy' }
					: row,
			),
		};
		// A production run (pinned input is for manual runs only): the document comes as JSON.
		const approved = await runMapper(
			mapperWorkflow(
				{ operation: 'approve', mappingSource: 'json', mapping: JSON.stringify(edited) },
				[{}],
			),
			{ mode: 'trigger' },
		);
		expect(approved.output(NODE)[0].json).toMatchObject({ approved: true, source: 'Contact' });
		const again = await runMapper(
			mapperWorkflow(suggest, [loadDescribe('Contact') as unknown as IDataObject]),
			{
				hubspot: hs,
				staticData: approved.staticData,
			},
		);
		const rows = (again.output(NODE)[0].json as { rows: IDataObject[] }).rows;
		expect(rows.find((row) => row.sourceField === 'Description')).toMatchObject({
			targetProperty: 'message',
			origin: 'memory',
			confidence: 1,
		});
		// Approving a whole suggestion keeps its associations and its new properties.
		const before = document.rows.filter(
			(row) => row.targetProperty === null && row.sourceField !== 'Description',
		);
		expect(before.some((row) => row.transform === 'association')).toBe(true);
		expect(before.some((row) => row.createAs)).toBe(true);
		for (const row of before) {
			const now = rows.find((r) => r.sourceField === row.sourceField)!;
			expect({ field: row.sourceField, transform: now.transform, createAs: now.createAs }).toEqual({
				field: row.sourceField,
				transform: row.transform,
				createAs: row.createAs,
			});
		}
		const created = (list: unknown) => (list as IDataObject[]).map((p) => p.sourceField);
		expect(created((again.output(NODE)[0].json as IDataObject).createProperties)).toEqual(
			created(document.createProperties).filter((field) => field !== 'Description'),
		);
	});

	it("keeps an approved Note mapping's body with its title heading", async () => {
		const suggestNotes = { ...suggest, targetObject: 'notes' };
		const describe = noteDescribe('64.0') as unknown as IDataObject;
		const suggested = await runMapper(mapperWorkflow(suggestNotes, [describe]), { hubspot: hs });
		const document = suggested.output(NODE)[0].json as IDataObject & { rows: IDataObject[] };
		expect(document.rows.find((row) => row.sourceField === 'Body')).toMatchObject({
			transform: 'html',
			heading: 'Title',
			origin: 'knowledge',
		});
		const approved = await runMapper(
			mapperWorkflow(
				{ operation: 'approve', mappingSource: 'json', mapping: JSON.stringify(document) },
				[{}],
			),
			{ mode: 'trigger' },
		);
		const again = await runMapper(mapperWorkflow(suggestNotes, [describe]), {
			hubspot: hs,
			staticData: approved.staticData,
		});
		const rows = (again.output(NODE)[0].json as { rows: IDataObject[] }).rows;
		expect(rows.find((row) => row.sourceField === 'Body')).toMatchObject({
			targetProperty: 'hs_note_body',
			transform: 'html',
			heading: 'Title',
			origin: 'memory',
		});
	});

	it('assesses data quality: fill rates, bad and shared emails, orphan references, values the mapping cannot carry', async () => {
		const suggested = await runMapper(
			mapperWorkflow(suggest, [loadDescribe('Contact') as unknown as IDataObject]),
			{ hubspot: hs },
		);
		const records = [
			{
				Id: '0035g000001AAAAAAA',
				Email: 'a@example.com',
				AccountId: '0015g000001AAAAAAA',
				FirstName: 'A',
			},
			{
				Id: '0035g000001BBBBBBB',
				Email: 'A@example.com',
				AccountId: '0015g000009ZZZZZZZ',
				FirstName: '',
			},
			{ Id: '0035g000001CCCCCCC', Email: 'not-an-email', AccountId: null, Birthdate: 'yesterday' },
		];
		const result = await runMapper(
			mapperWorkflow(
				{
					operation: 'assess',
					mappingSource: 'json',
					mapping: JSON.stringify(suggested.output(NODE)[0].json),
					emailField: 'Email',
					websiteField: '',
					knownIds: '["0015g000001AAAAAAA"]',
				},
				records,
			),
		);
		const summary = result.output(NODE, 0)[0].json;
		expect(summary).toMatchObject({
			records: 3,
			invalidEmails: 1,
			duplicateEmails: 2,
			orphanReferences: 1,
			recordsWithProblems: 3,
		});
		expect((summary.fillRates as IDataObject).FirstName).toBeCloseTo(1 / 3, 3);
		expect(result.output(NODE, 1).map((item) => item.json.Id)).toEqual(records.map((r) => r.Id));
	});
});
