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
	notInTarget: number;
	removeFailed: number;
	lookAgainNextRun: number;
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
		// An account with no contacts, cases or deals (Salesforce deletes an account's children along).
		let closingAccount: IDataObject;

		beforeAll(async () => {
			org = createOrg({ seed: 31, counts: COUNTS });
			salesforce = await startFakeSalesforce({ log: { storeBodies: false } });
			for (const object of org.objectNames)
				if (org.counts[object]) salesforce.load(object, org.records(object));
			const users = [...org.records('User')] as IDataObject[];
			closingAccount = salesforce.insert('Account', {
				Name: 'Wound Up Trading Ltd',
				OwnerId: String(users[0].Id),
			});
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
			// Two deletions of one object: every record of a call, not only its first, is passed on.
			const [changed, removed, alsoRemoved] = landedInBoth;
			salesforce.update('Contact', String(changed.Id), { Title: 'Head of Synchronisation' });
			// Salesforce reports deletions by whole minutes, up to the last full minute.
			for (const gone of [removed, alsoRemoved])
				salesforce.delete('Contact', String(gone.Id), { at: Date.now() - 90_000 });
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

			// The Account without contacts or cases, and a Case whose ticket the first run created.
			expect(intercom.companies.byCompanyId(String(closingAccount.Id))).toBeDefined();
			expect(
				hubspot.objects('companies').find('salesforce_id', String(closingAccount.Id)),
			).toBeDefined();
			const ticketOf = (caseId: string) =>
				intercom.tickets.all().find((t) => t.ticket_attributes.salesforce_case_id === caseId);
			const droppedCase = [...org.records('Case')].find(
				(c) =>
					ticketOf(String(c.Id)) && hubspot.objects('tickets').find('salesforce_id', String(c.Id)),
			)!;
			expect(droppedCase).toBeDefined();
			salesforce.delete('Account', String(closingAccount.Id), { at: Date.now() - 90_000 });
			salesforce.delete('Case', String(droppedCase.Id), { at: Date.now() - 90_000 });
			const before = {
				companies: intercom.companies.count(),
				tickets: intercom.tickets.count(),
				contacts: intercom.contacts.count(),
				hubspotCompanies: hubspot.objects('companies').count(),
				hubspotTickets: hubspot.objects('tickets').count(),
			};
			// Intercom's search shows the first run's tickets only minutes later ("a few minutes"):
			// this run cannot find the deleted Case's ticket, and says it will look again.
			intercom.setSearchLag(10 * 60_000);

			const { report, row } = await sync();
			expect(row('hubspot', 'Contact').read).toBe(2);
			expect(row('intercom', 'Contact').read).toBe(2);
			expect(row('hubspot', 'Account').read).toBe(0);
			expect(row('hubspot', 'Contact')).toMatchObject({ deletedInSalesforce: 2, removed: 2 });
			expect(row('intercom', 'Contact').removed).toBe(2);
			for (const r of report.objects)
				expect(r).toMatchObject({ accountedFor: true, removeFailed: 0 });

			const updated = hubspot.objects('contacts').find('salesforce_id', String(changed.Id))!;
			expect(updated.properties.jobtitle).toBe('Head of Synchronisation');
			expect(hubspot.objects('contacts').find('salesforce_id', String(added.Id))).toBeDefined();
			expect(intercom.contacts.byExternalId(String(added.Id))?.email).toBe(
				'nova.newcomer@example.com',
			);
			for (const gone of [removed, alsoRemoved]) {
				expect(hubspot.objects('contacts').find('salesforce_id', String(gone.Id))).toBeUndefined();
				expect(intercom.contacts.byExternalId(String(gone.Id))?.archived).toBe(true);
			}

			// The Account: archived in HubSpot, deleted in Intercom (which cannot archive companies).
			expect(row('intercom', 'Account')).toMatchObject({ deletedInSalesforce: 1, removed: 1 });
			expect(intercom.companies.byCompanyId(String(closingAccount.Id))).toBeUndefined();
			expect(intercom.companies.count()).toBe(before.companies - 1);
			expect(
				hubspot.objects('companies').find('salesforce_id', String(closingAccount.Id)),
			).toBeUndefined();
			expect(hubspot.objects('companies').count()).toBe(before.hubspotCompanies - 1);
			// The Case: archived in HubSpot; its Intercom ticket not found yet.
			expect(hubspot.objects('tickets').count()).toBe(before.hubspotTickets - 1);
			expect(row('intercom', 'Case')).toMatchObject({
				deletedInSalesforce: 1,
				removed: 0,
				notInTarget: 1,
				lookAgainNextRun: 1,
				removeFailed: 0,
			});
			expect(ticketOf(String(droppedCase.Id))?.open).toBe(true);

			// Minutes later, search shows the ticket: the next run reads the Case's deletion again and closes it.
			intercom.setSearchLag(0);
			const next = await sync();
			expect(next.row('intercom', 'Case')).toMatchObject({
				deletedInSalesforce: 1,
				removed: 1,
				lookAgainNextRun: 0,
			});
			const reread = next.report.objects.filter((r) => r.deletedInSalesforce !== 0);
			expect(reread.map((r) => `${r.target} ${r.object}`)).toEqual(['intercom Case']);
			expect(ticketOf(String(droppedCase.Id))).toMatchObject({
				open: false,
				ticket_state: 'resolved',
				ticket_attributes: { salesforce_case_deleted: true },
			});
			// Nothing else went: no other ticket closed, no ticket, company or contact removed.
			expect(intercom.tickets.all().filter((t) => !t.open)).toHaveLength(1);
			expect(intercom.tickets.count()).toBe(before.tickets);
			expect(intercom.companies.count()).toBe(before.companies - 1);
			expect(intercom.contacts.count()).toBe(before.contacts + 1);
			expect(intercom.contacts.count({ archived: true })).toBe(2);
			expect(hubspot.objects('companies').count()).toBe(before.hubspotCompanies - 1);
			expect(hubspot.objects('tickets').count()).toBe(before.hubspotTickets - 1);

			const quiet = await sync();
			const busy = quiet.report.objects.filter((r) => r.read !== 0 || r.deletedInSalesforce !== 0);
			expect(busy).toEqual([]);
		});
	},
);
