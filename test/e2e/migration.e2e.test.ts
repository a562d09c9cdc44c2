import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { startFakeHubSpot, type FakeHubSpot } from '../fakes/hubspot';
import { createOrg } from '../fakes/org';
import { startFakeSalesforce, type FakeSalesforce } from '../fakes/salesforce';
import {
	N8nInstance,
	selectedRuntimes,
	inviteToHubSpot,
	templateHubSpotCredential,
	templateSalesforceCredential,
	type WorkflowImport,
} from './harness';

const workflowsDir = path.resolve(__dirname, '../../workflows');
const template = (file: string) =>
	JSON.parse(fs.readFileSync(path.join(workflowsDir, file), 'utf8')) as WorkflowImport;

const COUNTS = {
	User: 8,
	Account: 120,
	Contact: 360,
	Lead: 200,
	Opportunity: 120,
	OpportunityContactRole: 150,
	Case: 90,
	Task: 0,
	Event: 0,
};

interface ObjectReport {
	object: string;
	target: string;
	salesforceCount: number;
	extracted: number;
	landed: number;
	failed: number;
	skipped: number;
	associated: number;
	accountedFor: boolean;
}

function withSettings(workflow: WorkflowImport, settings: IDataObject): WorkflowImport {
	const copy = JSON.parse(JSON.stringify(workflow)) as WorkflowImport;
	const nodes = copy.nodes as Array<{ name: string; parameters: IDataObject }>;
	nodes.find((n) => n.name === 'Settings')!.parameters.jsonOutput = JSON.stringify(settings);
	return copy;
}

describe.each(selectedRuntimes())(
	'Salesforce to HubSpot migration template in real n8n ($name $version)',
	(runtime) => {
		let salesforce: FakeSalesforce;
		let hubspot: FakeHubSpot;
		let n8n: N8nInstance;
		let org: ReturnType<typeof createOrg>;
		let users: IDataObject[];

		beforeAll(async () => {
			org = createOrg({ seed: 11, counts: COUNTS });
			salesforce = await startFakeSalesforce({ log: { storeBodies: false } });
			for (const object of org.objectNames)
				if (org.counts[object]) salesforce.load(object, org.records(object));
			users = [...org.records('User')] as IDataObject[];
			hubspot = await startFakeHubSpot({ log: { storeBodies: false } });
			// Every Salesforce user but the last has a HubSpot user with the same email.
			inviteToHubSpot(hubspot, users.slice(0, -1));
			n8n = N8nInstance.create(runtime);
			await n8n.importCredentials([
				templateSalesforceCredential(salesforce),
				templateHubSpotCredential(hubspot),
			]);
			await n8n.publishWorkflow(
				await n8n.importWorkflow(template('salesforce-to-hubspot-migration-page.json')),
			);
		});

		afterAll(async () => {
			await n8n?.dispose();
			await hubspot?.stop();
			await salesforce?.stop();
		});

		async function migrate(settings: IDataObject) {
			const id = await n8n.importWorkflow(
				withSettings(template('salesforce-to-hubspot-migration.json'), settings),
			);
			const result = await n8n.execute(id);
			const report = result.output('Migration report')[0].json as IDataObject & {
				objects: ObjectReport[];
				failures: IDataObject[];
				usersWithoutHubSpotOwner: IDataObject[];
			};
			return {
				report,
				byObject: (object: string) => report.objects.find((o) => o.object === object)!,
			};
		}

		it('writes nothing in a dry run and reports what it would do', async () => {
			const { report, byObject } = await migrate({ dryRun: true, dealPipeline: 'Sales Pipeline' });
			expect(report.dryRun).toBe(true);
			expect(byObject('Account').extracted).toBe(COUNTS.Account);
			for (const type of ['companies', 'contacts', 'deals', 'tickets'])
				expect(hubspot.objects(type).count()).toBe(0);
			expect(hubspot.properties('companies').get('salesforce_id')).toBeUndefined();
		});

		it('migrates the org in dependency order: every record landed or reported, associations made', async () => {
			const { report, byObject } = await migrate({ dryRun: false, dealPipeline: 'Sales Pipeline' });
			for (const object of ['Account', 'Contact', 'Lead', 'Opportunity', 'Case']) {
				const row = byObject(object);
				expect(row.extracted).toBe(COUNTS[object as keyof typeof COUNTS]);
				expect(row.accountedFor).toBe(true);
			}
			expect(hubspot.objects('companies').count()).toBe(byObject('Account').landed);
			expect(hubspot.objects('contacts').count()).toBe(
				byObject('Contact').landed + byObject('Lead').landed,
			);
			expect(hubspot.objects('deals').count()).toBe(byObject('Opportunity').landed);
			expect(hubspot.objects('tickets').count()).toBe(byObject('Case').landed);
			expect(byObject('Account').landed).toBeGreaterThan(COUNTS.Account * 0.8);
			expect(byObject('Contact').landed).toBeGreaterThan(COUNTS.Contact * 0.75);
			// Every failure says why.
			for (const failure of report.failures)
				expect((failure.reason as IDataObject).message).toEqual(expect.any(String));
			// Records owned by the user HubSpot does not have fail with a reason that says what to do.
			const missingOwner = String(users[users.length - 1].Email);
			const ownerFailures = report.failures.filter((f) =>
				String((f.reason as IDataObject).message).includes(missingOwner),
			);
			expect(ownerFailures.length).toBeGreaterThan(0);
			expect(String((ownerFailures[0].reason as IDataObject).message)).toMatch(
				/Invite the user to HubSpot/,
			);
			// The one Salesforce user without a HubSpot user is named, so that someone invites them.
			expect(report.usersWithoutHubSpotOwner.map((u) => u.email)).toContain(
				users[users.length - 1].Email,
			);

			// A contact with an account is associated with that account's company.
			const contact = [...org.records('Contact')].find(
				(c) => c.AccountId && hubspot.objects('contacts').find('salesforce_id', String(c.Id)),
			)!;
			const hsContact = hubspot.objects('contacts').find('salesforce_id', String(contact.Id))!;
			const hsCompany = hubspot
				.objects('companies')
				.find('salesforce_id', String(contact.AccountId));
			if (hsCompany)
				expect(
					hubspot.associations('contacts', 'companies', hsContact.id).map((a) => a.toId),
				).toContain(hsCompany.id);
			expect(byObject('OpportunityContactRole').associated).toBeGreaterThan(0);
			// Converted leads are Contacts already: skipped, not duplicated.
			const converted = [...org.records('Lead')].filter((lead) => lead.IsConverted === true).length;
			expect(byObject('Lead').skipped).toBe(converted);
		});

		it('changes nothing when run again', async () => {
			const before = ['companies', 'contacts', 'deals', 'tickets'].map((type) =>
				hubspot.objects(type).count(),
			);
			const { byObject } = await migrate({ dryRun: false, dealPipeline: 'Sales Pipeline' });
			expect(
				['companies', 'contacts', 'deals', 'tickets'].map((type) => hubspot.objects(type).count()),
			).toEqual(before);
			expect(byObject('Account').accountedFor).toBe(true);
		});
	},
);
