import type { IDataObject } from 'n8n-workflow';
import { startFakeHubSpot, type FakeHubSpot } from '../fakes/hubspot';
import { createOrg, salesforceId } from '../fakes/org';
import { startFakeSalesforce, type FakeSalesforce } from '../fakes/salesforce';
import {
	N8nInstance,
	selectedRuntimes,
	inviteToHubSpot,
	templateHubSpotCredential,
	templateSalesforceCredential,
	template,
	withSettings,
} from './harness';

const COUNTS = {
	User: 8,
	Account: 120,
	Contact: 360,
	Lead: 200,
	Opportunity: 120,
	OpportunityContactRole: 150,
	Case: 90,
	Task: 150,
	Event: 80,
	Note: 160,
};

/** A note on a Contract, an object the template does not migrate, added to the generated ones. */
const NOTES = COUNTS.Note + 1;
const CONTRACT_ID = salesforceId('800', 4242);

/** What each migrated object becomes in HubSpot (OpportunityContactRoles become associations). */
const HUBSPOT_TYPES = ['companies', 'contacts', 'deals', 'tickets', 'tasks', 'meetings', 'notes'];

/** What a HubSpot note's body should be: the title in bold, then the text, as HTML showing them as typed. */
function noteBody(title: unknown, body: unknown): string {
	const html = (text: string) =>
		text
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/\r\n|\r|\n/g, '<br>');
	return (
		(title ? `<p><strong>${html(String(title))}</strong></p>` : '') +
		(body ? `<p>${html(String(body))}</p>` : '')
	);
}

interface ObjectReport {
	object: string;
	target: string;
	salesforceCount: number;
	extracted: number;
	landed: number;
	failed: number;
	skipped: number;
	associated: number;
	associationsFailed: number;
	accountedFor: boolean;
}

interface Failure {
	stage: string;
	object: string;
	id: string | null;
	reason: { message: string };
}

describe.each(selectedRuntimes())(
	'Salesforce to HubSpot migration template in real n8n ($name $version)',
	(runtime) => {
		let salesforce: FakeSalesforce;
		let hubspot: FakeHubSpot;
		let n8n: N8nInstance;
		let org: ReturnType<typeof createOrg>;
		let users: IDataObject[];
		let contractNote: IDataObject;
		let migrated: Awaited<ReturnType<typeof migrate>>;

		beforeAll(async () => {
			org = createOrg({ seed: 11, counts: COUNTS });
			salesforce = await startFakeSalesforce({ log: { storeBodies: false } });
			for (const object of org.objectNames)
				if (org.counts[object]) salesforce.load(object, org.records(object));
			users = [...org.records('User')] as IDataObject[];
			contractNote = salesforce.insert('Note', {
				ParentId: CONTRACT_ID,
				Title: 'Contract terms',
				Body: 'Signed for two years.',
				IsPrivate: false,
				OwnerId: String(users[0].Id),
			});
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
				failures: Failure[];
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
			expect(byObject('Task').extracted).toBe(COUNTS.Task);
			expect(byObject('Event').extracted).toBe(COUNTS.Event);
			expect(byObject('Note').extracted).toBe(NOTES);
			for (const type of HUBSPOT_TYPES) expect(hubspot.objects(type).count()).toBe(0);
			for (const type of ['contacts', 'companies', 'deals', 'tickets']) {
				expect(hubspot.associations('tasks', type)).toEqual([]);
				expect(hubspot.associations('notes', type)).toEqual([]);
			}
			expect(hubspot.properties('companies').get('salesforce_id')).toBeUndefined();
			expect(hubspot.properties('tasks').get('salesforce_id')).toBeUndefined();
			expect(hubspot.properties('notes').get('salesforce_id')).toBeUndefined();
		});

		it('migrates the org in dependency order: every record landed or reported, associations made', async () => {
			migrated = await migrate({ dryRun: false, dealPipeline: 'Sales Pipeline' });
			const { report, byObject } = migrated;
			for (const object of ['Account', 'Contact', 'Lead', 'Opportunity', 'Case', 'Task', 'Event']) {
				const row = byObject(object);
				expect(row.extracted).toBe(COUNTS[object as keyof typeof COUNTS]);
				expect(row.accountedFor).toBe(true);
			}
			expect(byObject('Note')).toMatchObject({ extracted: NOTES, accountedFor: true });
			expect(report.objects.map((o) => o.object).slice(-3)).toEqual(['Task', 'Event', 'Note']);
			expect(hubspot.objects('companies').count()).toBe(byObject('Account').landed);
			expect(hubspot.objects('contacts').count()).toBe(
				byObject('Contact').landed + byObject('Lead').landed,
			);
			expect(hubspot.objects('deals').count()).toBe(byObject('Opportunity').landed);
			expect(hubspot.objects('tickets').count()).toBe(byObject('Case').landed);
			expect(hubspot.objects('tasks').count()).toBe(byObject('Task').landed);
			expect(hubspot.objects('meetings').count()).toBe(byObject('Event').landed);
			expect(hubspot.objects('notes').count()).toBe(byObject('Note').landed);
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

		it('lands every task and meeting with its activity date, associated with its contact, company, deal or ticket', async () => {
			const { report, byObject } = migrated;
			const leads = new Map([...org.records('Lead')].map((lead) => [String(lead.Id), lead]));
			const failuresOf = (object: string, id: string) =>
				report.failures.filter((f) => f.object === object && f.id === id);
			const exercised = { lead: 0, convertedLead: 0, deals: 0, tickets: 0, unresolved: 0 };
			for (const [object, type] of [
				['Task', 'tasks'],
				['Event', 'meetings'],
			] as const) {
				const row = byObject(object);
				expect(row.landed).toBeGreaterThan(COUNTS[object] * 0.75);
				expect(row.landed + row.failed + row.skipped).toBe(COUNTS[object]);
				expect(row.associationsFailed).toBe(
					report.failures.filter((f) => f.object === object && f.stage.startsWith('associate'))
						.length,
				);
				let pairs = 0;
				for (const record of org.records(object)) {
					const id = String(record.Id);
					const failures = failuresOf(object, id);
					const landed = hubspot.objects(type).find('salesforce_id', id);
					const notLanded = failures.filter(
						(f) => f.stage === 'apply mapping' || f.stage === 'upsert',
					);
					if (!landed) {
						// Not in HubSpot: reported, with the reason.
						expect(notLanded).toHaveLength(1);
						expect(notLanded[0].reason.message).toEqual(expect.any(String));
						continue;
					}
					expect(notLanded).toEqual([]);
					// The activity date HubSpot requires: a task's due date (else when it was completed,
					// else created), a meeting's start.
					const timestamp =
						object === 'Task'
							? record.ActivityDate
								? `${String(record.ActivityDate)}T00:00:00.000Z`
								: (record.CompletedDateTime ?? record.CreatedDate)
							: record.StartDateTime;
					expect(landed.properties.hs_timestamp).toEqual(expect.any(String));
					expect(Date.parse(landed.properties.hs_timestamp)).toBe(Date.parse(String(timestamp)));

					// The records it names, by their Salesforce Id: the person (a converted lead's Contact),
					// the account, and the opportunity or case.
					const who = String(record.WhoId ?? '');
					const what = String(record.WhatId ?? '');
					const lead = who.startsWith('00Q') ? leads.get(who) : undefined;
					const named: Record<string, string[]> = {
						contacts: who ? [lead?.IsConverted ? String(lead.ConvertedContactId) : who] : [],
						companies: record.AccountId ? [String(record.AccountId)] : [],
						deals: what.startsWith('006') ? [what] : [],
						tickets: what.startsWith('500') ? [what] : [],
					};
					for (const [toType, keys] of Object.entries(named)) {
						const inHubSpot = keys
							.map((key) => hubspot.objects(toType).find('salesforce_id', key)?.id)
							.filter((hubspotId): hubspotId is string => hubspotId !== undefined);
						expect(
							hubspot
								.associations(type, toType, landed.id)
								.map((a) => a.toId)
								.sort(),
						).toEqual(inHubSpot.sort());
						pairs += inHubSpot.length;
						// A reference to a record HubSpot does not hold is reported, not lost.
						const reported = failures.filter((f) => f.stage === `associate with ${toType}`);
						const missing = keys.filter(
							(key) => !hubspot.objects(toType).find('salesforce_id', key),
						);
						expect(reported).toHaveLength(missing.length);
						if (missing.length) {
							expect(reported[0].reason.message).toContain(missing[0]);
							exercised.unresolved++;
						}
						if (inHubSpot.length && toType === 'contacts' && lead)
							exercised[lead.IsConverted ? 'convertedLead' : 'lead']++;
						if (inHubSpot.length && (toType === 'deals' || toType === 'tickets'))
							exercised[toType]++;
					}
				}
				expect(row.associated).toBe(pairs);
			}
			// The org's tasks and events name every kind of record, so every rule above was used.
			for (const count of Object.values(exercised)) expect(count).toBeGreaterThan(0);
		});

		it('lands every note once: its title and text as HTML, its date, owner and privacy, associated with the record it hangs on', async () => {
			const { report, byObject } = migrated;
			const row = byObject('Note');
			expect(row.landed).toBeGreaterThan(COUNTS.Note * 0.75);
			expect(row.landed + row.failed + row.skipped).toBe(NOTES);
			expect(row.skipped).toBe(0);
			const noteFailures = report.failures.filter((f) => f.object === 'Note');
			expect(row.associationsFailed).toBe(
				noteFailures.filter((f) => f.stage.startsWith('associate')).length,
			);
			const leads = new Map([...org.records('Lead')].map((lead) => [String(lead.Id), lead]));
			const ownerIds = new Map(
				users.slice(0, -1).map((user, index) => [user.Id, String(70_000 + index)]),
			);
			const TARGETS: Record<string, string> = {
				'001': 'companies',
				'003': 'contacts',
				'00Q': 'contacts',
				'006': 'deals',
				'500': 'tickets',
			};
			const exercised = {
				companies: 0,
				contacts: 0,
				lead: 0,
				convertedLead: 0,
				deals: 0,
				tickets: 0,
				missingParent: 0,
				private: 0,
				titleOnly: 0,
				lineBreaks: 0,
				markup: 0,
				notLanded: 0,
			};
			const notes = [...org.records('Note'), contractNote];
			expect(notes).toHaveLength(NOTES);
			let pairs = 0;
			for (const note of notes) {
				const id = String(note.Id);
				const failures = noteFailures.filter((f) => f.id === id);
				const landed = hubspot.objects('notes').findAll('salesforce_id', id);
				const notLanded = failures.filter(
					(f) => f.stage === 'apply mapping' || f.stage === 'upsert',
				);
				if (landed.length === 0) {
					// Not in HubSpot: reported once, with the reason (here: an owner HubSpot does not have).
					expect(notLanded).toHaveLength(1);
					expect(notLanded[0].reason.message).toEqual(expect.any(String));
					expect(ownerIds.has(String(note.OwnerId))).toBe(false);
					exercised.notLanded++;
					continue;
				}
				expect(landed).toHaveLength(1);
				const hsNote = landed[0];
				expect(notLanded).toEqual([]);
				expect(hsNote.properties.hs_note_body).toBe(noteBody(note.Title, note.Body));
				expect(Date.parse(hsNote.properties.hs_timestamp)).toBe(
					Date.parse(String(note.CreatedDate).replace('+0000', 'Z')),
				);
				expect(hsNote.properties.hubspot_owner_id).toBe(ownerIds.get(String(note.OwnerId)));
				expect(hsNote.properties.is_private).toBe(String(note.IsPrivate));
				if (note.IsPrivate === true) exercised.private++;
				if (!note.Body) exercised.titleOnly++;
				if (/[\r\n]/.test(String(note.Body ?? ''))) {
					expect(hsNote.properties.hs_note_body).toContain('<br>');
					expect(hsNote.properties.hs_note_body).not.toMatch(/[\r\n]/);
					exercised.lineBreaks++;
				}
				if (String(note.Body ?? '').includes('<script>')) {
					expect(hsNote.properties.hs_note_body).toContain('&lt;script&gt;');
					expect(hsNote.properties.hs_note_body).not.toContain('<script>');
					exercised.markup++;
				}

				// The record it hangs on, by its Salesforce Id: a converted lead's is the Contact it became.
				const parent = String(note.ParentId);
				const lead = leads.get(parent);
				const toType = TARGETS[parent.slice(0, 3)];
				const key = lead?.IsConverted ? String(lead.ConvertedContactId) : parent;
				for (const type of ['companies', 'contacts', 'deals', 'tickets']) {
					const linked = hubspot.associations('notes', type, hsNote.id).map((a) => a.toId);
					const expected =
						type === toType ? hubspot.objects(type).find('salesforce_id', key)?.id : undefined;
					expect(linked).toEqual(expected ? [expected] : []);
					pairs += linked.length;
				}
				const associationFailures = failures.filter((f) => f.stage.startsWith('associate'));
				if (!toType) {
					// A Contract is not migrated: the note lands without an association, and that is reported.
					expect(associationFailures.map((f) => f.stage)).toEqual([
						'associate with related record',
					]);
					expect(associationFailures[0].reason.message).toContain(parent);
					exercised.missingParent++;
				} else if (!hubspot.objects(toType).find('salesforce_id', key)) {
					// Its record is not in HubSpot (failed, or deleted in Salesforce): landed, and reported.
					expect(associationFailures.map((f) => f.stage)).toEqual([`associate with ${toType}`]);
					expect(associationFailures[0].reason.message).toContain(key);
					exercised.missingParent++;
				} else {
					expect(associationFailures).toEqual([]);
					if (lead) exercised[lead.IsConverted ? 'convertedLead' : 'lead']++;
					else exercised[toType as 'companies' | 'contacts' | 'deals' | 'tickets']++;
				}
			}
			expect(row.associated).toBe(pairs);
			// The generated notes hang on every kind of record and carry every awkward value above.
			expect(exercised).toEqual(
				Object.fromEntries(Object.keys(exercised).map((k) => [k, expect.any(Number)])),
			);
			for (const [what, count] of Object.entries(exercised))
				expect([what, count > 0]).toEqual([what, true]);
		});

		it('changes nothing when run again', async () => {
			const counts = () => HUBSPOT_TYPES.map((type) => hubspot.objects(type).count());
			const associations = () =>
				['tasks', 'meetings', 'notes'].flatMap((from) =>
					['contacts', 'companies', 'deals', 'tickets'].map(
						(to) => hubspot.associations(from, to).length,
					),
				);
			const before = { counts: counts(), associations: associations() };
			const { byObject } = await migrate({ dryRun: false, dealPipeline: 'Sales Pipeline' });
			expect({ counts: counts(), associations: associations() }).toEqual(before);
			for (const object of ['Account', 'Task', 'Event', 'Note'])
				expect(byObject(object).accountedFor).toBe(true);
		});
	},
);
