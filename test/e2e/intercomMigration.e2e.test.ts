import type { IDataObject } from 'n8n-workflow';
import { serverErrorFault, startFakeIntercom, type FakeIntercom } from '../fakes/intercom';
import { createOrg } from '../fakes/org';
import { startFakeSalesforce, type FakeSalesforce } from '../fakes/salesforce';
import {
	N8nInstance,
	intercomTeammates,
	selectedRuntimes,
	templateIntercomCredential,
	templateSalesforceCredential,
	template,
	withSettings,
} from './harness';

const COUNTS = {
	User: 8,
	Account: 80,
	Contact: 220,
	Lead: 160,
	Opportunity: 0,
	OpportunityContactRole: 0,
	Case: 70,
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
	mergedIntoUsers: number;
	accountedFor: boolean;
}

interface Failure {
	stage: string;
	object: string;
	id: string | null;
	reason: IDataObject;
}

describe.each(selectedRuntimes())(
	'Salesforce to Intercom migration template in real n8n ($name $version)',
	(runtime) => {
		let salesforce: FakeSalesforce;
		let intercom: FakeIntercom;
		let n8n: N8nInstance;
		let org: ReturnType<typeof createOrg>;

		beforeAll(async () => {
			org = createOrg({ seed: 23, counts: COUNTS });
			salesforce = await startFakeSalesforce({ log: { storeBodies: false } });
			for (const object of org.objectNames)
				if (org.counts[object]) salesforce.load(object, org.records(object));
			const users = [...org.records('User')] as IDataObject[];
			// Every Salesforce user but the last is a teammate in Intercom.
			intercom = await startFakeIntercom({
				log: { storeBodies: false },
				seed: { admins: intercomTeammates(users.slice(0, -1)) },
			});
			n8n = N8nInstance.create(runtime);
			await n8n.importCredentials([
				templateSalesforceCredential(salesforce),
				templateIntercomCredential(intercom),
			]);
			const page = template('salesforce-to-intercom-migration-page.json');
			await n8n.publishWorkflow(await n8n.importWorkflow(page));
		});

		afterAll(async () => {
			await n8n?.dispose();
			await intercom?.stop();
			await salesforce?.stop();
		});

		async function migrate(settings: IDataObject) {
			const id = await n8n.importWorkflow(
				withSettings(template('salesforce-to-intercom-migration.json'), settings),
			);
			const result = await n8n.execute(id);
			const report = result.output('Migration report')[0].json as IDataObject & {
				objects: ObjectReport[];
				failures: Failure[];
				usersWithoutIntercomTeammate: IDataObject[];
			};
			return {
				report,
				byObject: (object: string) => report.objects.find((o) => o.object === object)!,
			};
		}

		it('writes nothing in a dry run and reports what it would do', async () => {
			const { report, byObject } = await migrate({ dryRun: true });
			expect(report.dryRun).toBe(true);
			expect(byObject('Contact').extracted).toBe(COUNTS.Contact);
			expect(byObject('Case').extracted).toBe(COUNTS.Case);
			expect(intercom.contacts.count()).toBe(0);
			expect(intercom.companies.count()).toBe(0);
			expect(intercom.tickets.count()).toBe(0);
			expect(intercom.dataAttributes.list('contact').filter((a) => a.custom)).toEqual([]);
		});

		it('migrates accounts, contacts, leads and cases: every record landed or reported, one person one contact', async () => {
			// Some requests are refused along the way; they are retried, not lost.
			intercom.server.faults.inject({ kind: 'rateLimit', every: 97, times: 2 });
			intercom.server.faults.inject({ ...serverErrorFault(503), every: 61, times: 4 });
			const { report, byObject } = await migrate({ dryRun: false });
			for (const object of ['Account', 'Contact', 'Lead', 'Case']) {
				const row = byObject(object);
				expect(row.extracted).toBe(COUNTS[object as keyof typeof COUNTS]);
				expect(row.accountedFor).toBe(true);
			}
			expect(report.complete).toBe(true);
			for (const failure of report.failures) expect(String(failure.reason.message)).not.toBe('');
			// Accounts fail only on values Intercom cannot hold (a name over 255 characters).
			expect(byObject('Account').landed).toBeGreaterThan(COUNTS.Account * 0.95);
			expect(intercom.companies.count()).toBe(byObject('Account').landed);
			expect(byObject('Contact').landed).toBeGreaterThan(COUNTS.Contact * 0.85);
			expect(byObject('Case').landed).toBeGreaterThan(COUNTS.Case * 0.6);
			expect(intercom.tickets.count()).toBe(byObject('Case').landed);

			// One Intercom contact per person: users for contacts; a lead a user has the email of is that user.
			const leads = byObject('Lead');
			expect(leads.mergedIntoUsers).toBeGreaterThan(0);
			// A contact whose company is missing is saved, and reported failed for the missing link.
			const savedWithoutCompany = report.failures.filter(
				(f) => f.object === 'Contact' && f.reason.code === 'company_not_found',
			).length;
			expect(intercom.contacts.count({ role: 'user' })).toBe(
				byObject('Contact').landed + savedWithoutCompany,
			);
			expect(intercom.contacts.count({ role: 'lead' })).toBe(leads.landed - leads.mergedIntoUsers);
			const userEmails = new Set(
				intercom.contacts
					.all()
					.filter((c) => c.role === 'user' && c.email)
					.map((c) => String(c.email).toLowerCase()),
			);
			const leadsWithUserEmail = intercom.contacts
				.all()
				.filter(
					(c) => c.role === 'lead' && c.email && userEmails.has(String(c.email).toLowerCase()),
				);
			expect(leadsWithUserEmail).toEqual([]);
			// Converted leads are their contact already.
			const converted = [...org.records('Lead')].filter((lead) => lead.IsConverted === true).length;
			expect(leads.skipped).toBe(converted);

			// Contacts are attached to their account's company; tickets to their contact and company.
			const contact = [...org.records('Contact')].find(
				(c) => c.AccountId && intercom.contacts.byExternalId(String(c.Id)),
			)!;
			const company = intercom.companies.byCompanyId(String(contact.AccountId))!;
			expect(
				JSON.stringify(intercom.contacts.byExternalId(String(contact.Id))!.companies),
			).toContain(company.id);
			const ticket = intercom.tickets.all()[0];
			const kase = [...org.records('Case')].find(
				(c) => String(c.Id) === ticket.ticket_attributes.salesforce_case_id,
			)!;
			expect(ticket.ticket_attributes._default_title_).toBe(
				kase.Subject ?? ticket.ticket_attributes._default_title_,
			);
			expect(JSON.stringify(ticket.contacts)).toContain(
				intercom.contacts.byExternalId(String(kase.ContactId))!.id,
			);
			// The Salesforce user with no Intercom teammate is named.
			expect(report.usersWithoutIntercomTeammate.length).toBeGreaterThan(0);
		});

		it('creates nothing twice when run again', async () => {
			const before = {
				contacts: intercom.contacts.count(),
				companies: intercom.companies.count(),
				tickets: intercom.tickets.count(),
			};
			const { byObject } = await migrate({ dryRun: false });
			expect(intercom.contacts.count()).toBe(before.contacts);
			expect(intercom.companies.count()).toBe(before.companies);
			expect(intercom.tickets.count()).toBe(before.tickets);
			expect(byObject('Contact').accountedFor).toBe(true);
			expect(byObject('Case').accountedFor).toBe(true);
		});
	},
);
