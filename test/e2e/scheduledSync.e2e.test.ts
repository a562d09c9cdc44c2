import type { IDataObject } from 'n8n-workflow';
import { startFakeHubSpot, type FakeHubSpot } from '../fakes/hubspot';
import { startFakeIntercom, type FakeIntercom } from '../fakes/intercom';
import { createOrg } from '../fakes/org';
import { startFakeSalesforce, type FakeSalesforce } from '../fakes/salesforce';
import {
	N8nInstance,
	intercomTeammates,
	inviteToHubSpot,
	selectedRuntimes,
	templateHubSpotCredential,
	templateIntercomCredential,
	templateSalesforceCredential,
	template,
} from './harness';

const COUNTS = {
	User: 6,
	Account: 30,
	Contact: 70,
	Lead: 40,
	Opportunity: 20,
	OpportunityContactRole: 0,
	Case: 20,
	Task: 20,
	Event: 10,
};

interface Row {
	target: string;
	object: string;
	read: number;
	landed: number;
	failed: number;
	skipped: number;
	accountedFor: boolean;
	watermarkCommitted: boolean;
	deletedInSalesforce: number;
	removed: number;
	removeFailed: number;
}

describe.each(selectedRuntimes())(
	'Salesforce sync on a schedule, in real n8n ($name $version)',
	(runtime) => {
		let salesforce: FakeSalesforce;
		let hubspot: FakeHubSpot;
		let intercom: FakeIntercom;
		let n8n: N8nInstance;
		let syncId: string;
		let org: ReturnType<typeof createOrg>;

		beforeAll(async () => {
			org = createOrg({ seed: 31, counts: COUNTS });
			salesforce = await startFakeSalesforce({ log: { storeBodies: false } });
			for (const object of org.objectNames)
				if (org.counts[object]) salesforce.load(object, org.records(object));
			const users = [...org.records('User')] as IDataObject[];
			hubspot = await startFakeHubSpot({ log: { storeBodies: false } });
			inviteToHubSpot(hubspot, users);
			intercom = await startFakeIntercom({
				log: { storeBodies: false },
				seed: { admins: intercomTeammates(users) },
			});
			n8n = N8nInstance.create(runtime);
			await n8n.importCredentials([
				templateSalesforceCredential(salesforce),
				templateHubSpotCredential(hubspot),
				templateIntercomCredential(intercom),
			]);
			for (const file of [
				'salesforce-to-hubspot-migration-page.json',
				'salesforce-to-intercom-migration-page.json',
				'salesforce-scheduled-sync-deletes.json',
			])
				await n8n.publishWorkflow(await n8n.importWorkflow(template(file)));
			syncId = await n8n.importWorkflow(template('salesforce-scheduled-sync.json'));
		});

		afterAll(async () => {
			await n8n?.dispose();
			await intercom?.stop();
			await hubspot?.stop();
			await salesforce?.stop();
		});

		async function sync() {
			const result = await n8n.execute(syncId);
			const report = result.output('Sync report')[0].json as IDataObject & { objects: Row[] };
			const row = (target: string, object: string) =>
				report.objects.find((r) => r.target === target && r.object === object)!;
			return { report, row };
		}

		it('first run: reads everything, writes it to both targets, commits the watermarks', async () => {
			const { report, row } = await sync();
			for (const r of report.objects) {
				expect(r.accountedFor).toBe(true);
				expect(r.watermarkCommitted).toBe(true);
			}
			expect(row('hubspot', 'Contact').read).toBe(COUNTS.Contact);
			expect(row('intercom', 'Contact').read).toBe(COUNTS.Contact);
			expect(row('hubspot', 'Task').read).toBe(COUNTS.Task);
			expect(hubspot.objects('contacts').count()).toBe(
				row('hubspot', 'Contact').landed + row('hubspot', 'Lead').landed,
			);
			expect(intercom.companies.count()).toBe(row('intercom', 'Account').landed);
		});

		it('next runs: only what changed, new records, and deletions; then nothing', async () => {
			const contacts = [...org.records('Contact')].filter((c) =>
				hubspot.objects('contacts').find('salesforce_id', String(c.Id)),
			);
			const landedInBoth = contacts.filter((c) => intercom.contacts.byExternalId(String(c.Id)));
			const [changed, removed] = [landedInBoth[0], landedInBoth[1]];
			salesforce.update('Contact', String(changed.Id), { Title: 'Head of Synchronisation' });
			// Salesforce reports deletions by whole minutes, up to the last full minute.
			salesforce.delete('Contact', String(removed.Id), { at: Date.now() - 90_000 });
			const account = [...org.records('Account')].find((a) =>
				hubspot.objects('companies').find('salesforce_id', String(a.Id)),
			)!;
			const added = salesforce.insert('Contact', {
				FirstName: 'Nova',
				LastName: 'Newcomer',
				Email: 'nova.newcomer@example.com',
				AccountId: account.Id,
				OwnerId: changed.OwnerId,
			});

			const { report, row } = await sync();
			expect(row('hubspot', 'Contact').read).toBe(2);
			expect(row('intercom', 'Contact').read).toBe(2);
			expect(row('hubspot', 'Account').read).toBe(0);
			expect(row('hubspot', 'Contact').deletedInSalesforce).toBe(1);
			expect(row('intercom', 'Contact').removed).toBe(1);
			for (const r of report.objects) expect(r.accountedFor).toBe(true);

			const updated = hubspot.objects('contacts').find('salesforce_id', String(changed.Id))!;
			expect(updated.properties.jobtitle).toBe('Head of Synchronisation');
			expect(hubspot.objects('contacts').find('salesforce_id', String(added.Id))).toBeDefined();
			expect(intercom.contacts.byExternalId(String(added.Id))?.email).toBe(
				'nova.newcomer@example.com',
			);
			expect(hubspot.objects('contacts').find('salesforce_id', String(removed.Id))).toBeUndefined();
			expect(intercom.contacts.byExternalId(String(removed.Id))?.archived).toBe(true);

			const quiet = await sync();
			for (const r of quiet.report.objects) {
				expect(r.read).toBe(0);
				expect(r.deletedInSalesforce).toBe(0);
			}
		});
	},
);
