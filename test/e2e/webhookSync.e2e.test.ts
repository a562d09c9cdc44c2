import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
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
	type N8nRuntime,
	type WorkflowImport,
	template,
} from './harness';
import {
	outboundNotificationId,
	soapOutboundMessage,
	type Notification,
} from './harness/outboundMessages';

const resultsFile = path.resolve(__dirname, '../../bench-results/webhook-sync-latency.txt');

const ORG_ID = '00D5J0000001ZxYUAU';
const SECRET = 'e2e-webhook-sync-secret';
const WEBHOOK_ID = '7d1c2b9e-5a34-4f0e-9b8d-3c6f1e2a4b70';
const ACK =
	'<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><notificationsResponse xmlns="http://soap.sforce.com/2005/09/outbound"><Ack>true</Ack></notificationsResponse></soapenv:Body></soapenv:Envelope>';
const COUNTS = {
	User: 6,
	Account: 30,
	Contact: 90,
	Lead: 40,
	Opportunity: 0,
	OpportunityContactRole: 0,
	Case: 0,
	Task: 0,
	Event: 0,
};

type Rec = IDataObject & { Id: string };

interface TargetSummary {
	enabled: boolean;
	target: string;
	landed: number;
	failed: number;
	linksFailed: number;
	landedIds: string[];
	failedIds: string[];
	accountedFor: boolean;
}

interface ObjectSummary {
	object: string;
	dryRun: boolean;
	received: number;
	read: number;
	notFound: string[];
	skipped: string[];
	hubspot: TargetSummary;
	intercom: TargetSummary;
	accountedFor: boolean;
}

interface Failure {
	target: string;
	stage: string;
	object: string;
	id: string | null;
	reason: IDataObject;
	landedAnyway?: boolean;
}

interface SyncReport {
	dryRun: boolean;
	targets: string;
	notifications: number;
	objects: ObjectSummary[];
	unsupported: Array<{ object: string; id: string; reason: string }>;
	complete: boolean;
	failures: Failure[];
}

/** A local HTTP server the test's copy of the workflow posts each Sync report to. */
interface Sink {
	url: string;
	reports: SyncReport[];
	close(): Promise<void>;
}

async function startSink(): Promise<Sink> {
	const reports: SyncReport[] = [];
	const server = http.createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			reports.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as SyncReport);
			response.setHeader('Content-Type', 'application/json');
			response.end('{"ok":true}');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/reports`,
		reports,
		close: async () => await new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

/**
 * The template as a user sets it up (organization, secret, settings), plus one node of the test's
 * own after the Sync report that posts the report to the sink, where the test reads it.
 */
function configured(settings: IDataObject, sinkUrl: string): WorkflowImport {
	const workflow = template('salesforce-webhook-sync.json');
	const nodes = workflow.nodes as Array<{ name: string; parameters: IDataObject }>;
	const trigger = nodes.find((n) => n.name === 'Salesforce Outbound Message Trigger')!;
	trigger.parameters.organizationId = ORG_ID;
	trigger.parameters.sharedSecret = SECRET;
	nodes.find((n) => n.name === 'Settings')!.parameters.jsonOutput = JSON.stringify(settings);
	nodes.push({
		id: '0b1c2d3e-0000-4000-8000-00000000e2e1',
		name: 'Test: post the report',
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		position: [2640, 0],
		parameters: {
			method: 'POST',
			url: sinkUrl,
			sendBody: true,
			specifyBody: 'json',
			jsonBody: '={{ JSON.stringify($json) }}',
			options: {},
		},
	} as never);
	(workflow.connections as IDataObject)['Sync report'] = {
		main: [[{ node: 'Test: post the report', type: 'main', index: 0 }]],
	};
	return workflow;
}

async function activate(n8n: N8nInstance, runtime: N8nRuntime, id: string): Promise<void> {
	if (runtime.name === 'n8n-v1') await n8n.cli(['update:workflow', `--id=${id}`, '--active=true']);
	else await n8n.cli(['publish:workflow', `--id=${id}`]);
}

async function waitFor(
	condition: () => boolean,
	what: string,
	timeoutMs = 60_000,
	pollMs = 50,
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, pollMs));
	}
}

const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));
const lower = (value: unknown) => String(value ?? '').toLowerCase();
const HUBSPOT_TYPE: Record<string, string> = {
	Account: 'companies',
	Contact: 'contacts',
	Lead: 'contacts',
};

describe.each(selectedRuntimes())(
	'Salesforce webhook sync template in real n8n ($name $version)',
	(runtime) => {
		let salesforce: FakeSalesforce;
		let hubspot: FakeHubSpot;
		let intercom: FakeIntercom;
		let n8n: N8nInstance;
		let sink: Sink;
		let endpoint: string;
		let org: ReturnType<typeof createOrg>;
		let nextNotification = 1;
		const records: Record<string, Rec[]> = {};
		const latencies: string[] = [];

		const notification = (object: string, record: Rec): Notification => ({
			notificationId: outboundNotificationId(nextNotification++),
			object,
			fields: {
				Id: record.Id,
				LastModifiedDate: String(record.LastModifiedDate ?? ''),
			},
		});
		const deliver = async (body: string, query = `?secret=${SECRET}`) => {
			const response = await fetch(`${endpoint}${query}`, {
				method: 'POST',
				headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: '""' },
				body,
			});
			return { status: response.status, body: await response.text() };
		};
		const message = (notifications: Notification[]) => soapOutboundMessage(ORG_ID, notifications);
		/** Current Salesforce values of a record (after the test's updates). */
		const current = (object: string, id: string): Rec => records[object].find((r) => r.Id === id)!;

		async function startN8n(settings: IDataObject): Promise<void> {
			const id = await n8n.importWorkflow(configured(settings, sink.url));
			await activate(n8n, runtime, id);
			const baseUrl = await n8n.start();
			endpoint = `${baseUrl}/webhook/${WEBHOOK_ID}/salesforce-outbound-message`;
			// n8n reports ready before it has registered the webhooks: probe with an empty body (a SOAP
			// fault once the trigger answers, 404 until then).
			let probe = 404;
			const deadline = Date.now() + 120_000;
			while (probe === 404 && Date.now() < deadline) {
				probe = (await deliver('')).status;
				if (probe === 404) await sleep(250);
			}
			expect(probe).toBe(500);
		}

		beforeAll(async () => {
			org = createOrg({ seed: 31, counts: COUNTS });
			salesforce = await startFakeSalesforce({ log: { storeBodies: false } });
			for (const object of org.objectNames)
				if (org.counts[object]) salesforce.load(object, org.records(object));
			for (const object of ['Account', 'Contact', 'Lead'] as const)
				records[object] = [...org.records(object)] as Rec[];
			const users = [...org.records('User')] as IDataObject[];
			hubspot = await startFakeHubSpot({ log: { storeBodies: false } });
			inviteToHubSpot(hubspot, users);
			intercom = await startFakeIntercom({
				log: { storeBodies: false },
				seed: { admins: intercomTeammates(users) },
			});
			sink = await startSink();
			n8n = N8nInstance.create(runtime);
			await n8n.importCredentials([
				templateSalesforceCredential(salesforce),
				templateHubSpotCredential(hubspot),
				templateIntercomCredential(intercom),
			]);
			await n8n.publishWorkflow(
				await n8n.importWorkflow(template('salesforce-webhook-sync-object.json')),
			);
		});

		afterAll(async () => {
			if (latencies.length) {
				fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
				fs.appendFileSync(
					resultsFile,
					`${new Date().toISOString()} ${runtime.name} ${runtime.version}\n${latencies.join('\n')}\n`,
				);
			}
			// E2E_WEBHOOK_SYNC_REPORTS=<file>: the sync reports of the run, for a look at the failures.
			if (process.env.E2E_WEBHOOK_SYNC_REPORTS)
				fs.writeFileSync(
					process.env.E2E_WEBHOOK_SYNC_REPORTS,
					JSON.stringify(sink?.reports, null, 1),
				);
			await n8n?.dispose();
			await sink?.close();
			await intercom?.stop();
			await hubspot?.stop();
			await salesforce?.stop();
		});

		it('in a dry run writes nothing and reports what it would write', async () => {
			await startN8n({ dryRun: true, targets: 'both' });
			const answer = await deliver(
				message([
					notification('Account', records.Account[20]),
					notification('Contact', records.Contact[60]),
					notification('Lead', records.Lead[30]),
				]),
			);
			expect(answer).toEqual({ status: 200, body: ACK });
			await waitFor(() => sink.reports.length === 1, 'the dry-run report');
			const [report] = sink.reports;
			expect(report.dryRun).toBe(true);
			expect(report.objects.map((o) => o.object)).toEqual(['Account', 'Contact', 'Lead']);
			for (const summary of report.objects) {
				expect(summary.read).toBe(1);
				expect(summary.accountedFor).toBe(true);
				expect(summary.hubspot.landed + summary.hubspot.failed).toBe(1);
				expect(summary.intercom.landed + summary.intercom.failed).toBe(1);
			}
			expect(hubspot.objects('companies').count()).toBe(0);
			expect(hubspot.objects('contacts').count()).toBe(0);
			expect(hubspot.properties('companies').get('salesforce_id')).toBeUndefined();
			expect(intercom.companies.count()).toBe(0);
			expect(intercom.contacts.count()).toBe(0);
			expect(intercom.dataAttributes.list('contact').filter((a) => a.custom)).toEqual([]);
			await n8n.stop();
			sink.reports.length = 0;
		});

		// The records of the first deliveries, by message.
		const notified: Record<string, Set<string>> = {
			Account: new Set(),
			Contact: new Set(),
			Lead: new Set(),
		};
		let deleted: Rec;
		/** The first deliveries' notifications, by message, and the messages as sent. */
		const firstLists: Notification[][] = [];
		const firstMessages: string[] = [];
		let firstReports: SyncReport[] = [];

		it('syncs the records of concurrent deliveries into HubSpot and Intercom: every one landed or reported, nothing else', async () => {
			await startN8n({ dryRun: false, targets: 'both' });
			const accountsOf = (from: number, to: number) => records.Account.slice(from, to);
			const contactsOf = (accounts: Rec[]) => {
				const ids = new Set(accounts.map((a) => a.Id));
				return records.Contact.filter((c) => ids.has(String(c.AccountId)));
			};
			const batches = [
				{
					accounts: accountsOf(0, 6),
					leads: records.Lead.slice(0, 10),
					extra: [] as Notification[],
				},
				{
					accounts: accountsOf(6, 12),
					leads: records.Lead.slice(10, 20),
					extra: [] as Notification[],
				},
			];
			// A contact whose account is not notified (so not in the targets), and one deleted since.
			const orphan = records.Contact.find(
				(c) => c.AccountId && !accountsOf(0, 12).some((a) => a.Id === c.AccountId),
			)!;
			deleted = records.Contact[records.Contact.length - 1];
			salesforce.delete('Contact', deleted.Id);
			batches[1].extra.push(notification('Contact', orphan), notification('Contact', deleted));
			// An object this workflow does not sync.
			batches[1].extra.push({
				notificationId: outboundNotificationId(nextNotification++),
				object: 'Opportunity',
				fields: { Id: '0065J000000Gx0001QQA' },
			});
			const messages = batches.map(({ accounts, leads, extra }) => {
				const people = contactsOf(accounts);
				// Mixed as Salesforce sends them: the order of the changes, not of the objects.
				const list = [
					...people.map((c) => notification('Contact', c)),
					...accounts.map((a) => notification('Account', a)),
					...leads.map((l) => notification('Lead', l)),
					...extra,
				];
				for (const n of list) if (notified[n.object]) notified[n.object].add(String(n.fields.Id));
				firstLists.push(list);
				firstMessages.push(message(list));
				return message(list);
			});
			const answers = await Promise.all(messages.map((body) => deliver(body)));
			for (const answer of answers) expect(answer).toEqual({ status: 200, body: ACK });
			await waitFor(() => sink.reports.length === 2, 'two sync reports', 120_000);

			const reports = sink.reports.slice(0, 2);
			firstReports = reports;
			for (const report of reports) {
				expect(report.dryRun).toBe(false);
				expect(report.complete).toBe(true);
			}
			expect(reports.flatMap((r) => r.unsupported)).toEqual([
				expect.objectContaining({ object: 'Opportunity', id: '0065J000000Gx0001QQA' }),
			]);
			const summaries = reports.flatMap((r) => r.objects);
			const failures = reports.flatMap((r) => r.failures);
			for (const failure of failures) expect(failure.reason.message).toEqual(expect.any(String));
			const landedIn = (target: 'hubspot' | 'intercom', object: string) =>
				new Set(summaries.filter((s) => s.object === object).flatMap((s) => s[target].landedIds));
			const failedIn = (target: 'hubspot' | 'intercom', object: string) =>
				new Set(summaries.filter((s) => s.object === object).flatMap((s) => s[target].failedIds));

			// The deleted contact is reported, converted leads skipped, every other record landed or
			// failed with its reason in each target.
			expect(summaries.flatMap((s) => s.notFound)).toEqual([deleted.Id]);
			const converted = records.Lead.filter(
				(l) => notified.Lead.has(l.Id) && l.IsConverted === true,
			).map((l) => l.Id);
			expect(summaries.flatMap((s) => s.skipped).sort()).toEqual(converted.sort());
			const tally = { landed: 0, failed: 0 };
			for (const object of ['Account', 'Contact', 'Lead']) {
				for (const target of ['hubspot', 'intercom'] as const) {
					const landed = landedIn(target, object);
					const failed = failedIn(target, object);
					for (const id of notified[object]) {
						if (id === deleted.Id || converted.includes(id)) {
							expect(landed.has(id) || failed.has(id)).toBe(false);
							continue;
						}
						expect({ id, target, outcome: landed.has(id) !== failed.has(id) }).toEqual({
							id,
							target,
							outcome: true,
						});
						if (failed.has(id)) {
							tally.failed++;
							expect(failures.some((f) => f.id === id && f.target.toLowerCase() === target)).toBe(
								true,
							);
						} else tally.landed++;
					}
				}
				// In HubSpot: each landed record once, with its current values; the failed ones absent.
				const type = HUBSPOT_TYPE[object];
				for (const id of landedIn('hubspot', object)) {
					const found = hubspot.objects(type).findAll('salesforce_id', id);
					expect({ id, copies: found.length }).toEqual({ id, copies: 1 });
					const record = current(object, id);
					if (object === 'Account' && String(record.Name).length <= 255)
						expect(found[0].properties.name.trim()).toBe(String(record.Name).trim());
					if (object !== 'Account' && record.Email)
						expect(lower(found[0].properties.email)).toBe(lower(record.Email));
				}
				for (const id of failedIn('hubspot', object))
					expect(hubspot.objects(type).find('salesforce_id', id)).toBeUndefined();
				// In Intercom: companies on company_id, contacts on external_id (a lead a user has the
				// email of is that user).
				for (const id of landedIn('intercom', object)) {
					const record = current(object, id);
					if (object === 'Account') {
						const company = intercom.companies.byCompanyId(id);
						expect({ id, found: !!company }).toEqual({ id, found: true });
						expect(company!.name!.trim()).toBe(String(record.Name).trim());
					} else {
						const contact =
							intercom.contacts.byExternalId(id) ??
							(object === 'Lead' && record.Email
								? intercom.contacts.byEmail(String(record.Email))
								: undefined);
						expect({ id, found: !!contact }).toEqual({ id, found: true });
						if (record.Email && object === 'Contact')
							expect(lower(contact!.email)).toBe(lower(record.Email));
					}
				}
			}
			expect(tally.landed).toBeGreaterThan(tally.failed * 3);

			// Nothing else: every record in the targets is one of the notified.
			const allNotified = new Set([...notified.Account, ...notified.Contact, ...notified.Lead]);
			const hubspotIds = [
				...hubspot.objects('companies').all(),
				...hubspot.objects('contacts').all(),
			].map((r) => r.properties.salesforce_id);
			expect(hubspotIds.filter((id) => !allNotified.has(id))).toEqual([]);
			expect(new Set(hubspotIds).size).toBe(hubspotIds.length);
			expect(hubspot.objects('companies').count()).toBe(landedIn('hubspot', 'Account').size);
			expect(hubspot.objects('contacts').count()).toBe(
				landedIn('hubspot', 'Contact').size + landedIn('hubspot', 'Lead').size,
			);
			expect(
				intercom.companies
					.all()
					.map((c) => String(c.company_id))
					.filter((id) => !allNotified.has(id)),
			).toEqual([]);
			expect(intercom.companies.count()).toBe(landedIn('intercom', 'Account').size);
			expect(
				intercom.contacts
					.all()
					.map((c) => String(c.external_id))
					.filter((id) => !allNotified.has(id)),
			).toEqual([]);
			// The orphan contact landed without its company, reported for the link.
			expect(
				failures.filter((f) => f.id === orphan.Id && f.landedAnyway).map((f) => f.target),
			).toEqual(expect.arrayContaining(['HubSpot', 'Intercom']));
			// A contact with an account is associated with its company in both targets.
			const linked = records.Contact.find(
				(c) =>
					notified.Contact.has(c.Id) &&
					landedIn('hubspot', 'Contact').has(c.Id) &&
					landedIn('hubspot', 'Account').has(String(c.AccountId)),
			)!;
			const hsContact = hubspot.objects('contacts').find('salesforce_id', linked.Id)!;
			const hsCompany = hubspot
				.objects('companies')
				.find('salesforce_id', String(linked.AccountId))!;
			expect(
				hubspot.associations('contacts', 'companies', hsContact.id).map((a) => a.toId),
			).toContain(hsCompany.id);
			const icContact = intercom.contacts.byExternalId(linked.Id);
			if (icContact && landedIn('intercom', 'Account').has(String(linked.AccountId)))
				expect(JSON.stringify(icContact.companies)).toContain(
					intercom.companies.byCompanyId(String(linked.AccountId))!.id,
				);
		});

		it('acknowledges redeliveries and refuses a malformed delivery without a run; a re-run changes nothing', async () => {
			const before = sink.reports.length;
			const snapshot = () => ({
				companies: hubspot.objects('companies').count(),
				contacts: hubspot.objects('contacts').count(),
				icCompanies: intercom.companies.count(),
				icContacts: intercom.contacts.count(),
			});
			const counts = snapshot();
			// The first messages again, as Salesforce retries them: acknowledged, nothing emitted.
			for (const body of firstMessages)
				expect(await deliver(body)).toEqual({ status: 200, body: ACK });
			const malformed = await deliver(firstMessages[0].slice(0, 400));
			expect(malformed.status).toBe(500);
			expect(malformed.body).toContain('<faultcode>soapenv:Client</faultcode>');
			expect(malformed.body).toMatch(/not well-formed XML/);
			// Then the records of the first message once more, unchanged, under fresh notification Ids (as
			// when a Flow fires again): one run, the same outcome, nothing duplicated.
			const rerun = firstLists[0].map((n) => ({
				...n,
				notificationId: outboundNotificationId(nextNotification++),
			}));
			expect(await deliver(message(rerun))).toEqual({ status: 200, body: ACK });
			await waitFor(() => sink.reports.length === before + 1, 'the re-run report', 60_000);
			await sleep(1500);
			expect(sink.reports.length).toBe(before + 1);
			const report = sink.reports[before];
			expect(report.complete).toBe(true);
			const outcome = (r: SyncReport) =>
				r.objects.map((o) => ({
					object: o.object,
					received: o.received,
					notFound: o.notFound,
					skipped: o.skipped,
					hubspot: [...o.hubspot.landedIds].sort(),
					intercom: [...o.intercom.landedIds].sort(),
				}));
			const first = firstReports.find((r) => r.notifications === firstLists[0].length)!;
			expect(outcome(report)).toEqual(outcome(first));
			expect(snapshot()).toEqual(counts);
		});

		it('passes on the changes of a later delivery, and only those, within seconds', async () => {
			const before = sink.reports.length;
			const landedAccount = records.Account.slice(0, 12).find(
				(a) =>
					hubspot.objects('companies').find('salesforce_id', a.Id) &&
					intercom.companies.byCompanyId(a.Id),
			)!;
			const landedContact = records.Contact.find(
				(c) =>
					notified.Contact.has(c.Id) &&
					hubspot.objects('contacts').find('salesforce_id', c.Id) &&
					intercom.contacts.byExternalId(c.Id),
			)!;
			const landedLead = records.Lead.find(
				(l) =>
					notified.Lead.has(l.Id) &&
					hubspot.objects('contacts').find('salesforce_id', l.Id) &&
					intercom.contacts.byExternalId(l.Id),
			)!;
			const hubspotState = () =>
				new Map(
					[...hubspot.objects('companies').all(), ...hubspot.objects('contacts').all()].map((r) => [
						r.properties.salesforce_id,
						r.updatedAt,
					]),
				);
			const intercomContactState = () =>
				new Map(intercom.contacts.all().map((c) => [String(c.external_id), JSON.stringify(c)]));
			const beforeHubSpot = hubspotState();
			const beforeIntercom = intercomContactState();
			const counts = [
				hubspot.objects('companies').count(),
				hubspot.objects('contacts').count(),
				intercom.companies.count(),
				intercom.contacts.count(),
			];

			const changes: Array<[string, Rec, IDataObject]> = [
				['Account', landedAccount, { Name: 'Renamed Holdings Ltd' }],
				['Contact', landedContact, { Email: 'changed.contact@example.org' }],
				['Lead', landedLead, { Email: 'changed.lead@example.org' }],
			];
			for (const [object, record, values] of changes) {
				salesforce.update(object, record.Id, values as Record<string, string>);
				const index = records[object].indexOf(record);
				records[object][index] = { ...record, ...values };
			}
			const landedNow = () => ({
				hubspotCompany:
					hubspot.objects('companies').find('salesforce_id', landedAccount.Id)?.properties.name ===
					'Renamed Holdings Ltd',
				intercomCompany:
					intercom.companies.byCompanyId(landedAccount.Id)?.name === 'Renamed Holdings Ltd',
				hubspotContact:
					hubspot.objects('contacts').find('salesforce_id', landedContact.Id)?.properties.email ===
					'changed.contact@example.org',
				intercomContact:
					intercom.contacts.byExternalId(landedContact.Id)?.email === 'changed.contact@example.org',
				hubspotLead:
					hubspot.objects('contacts').find('salesforce_id', landedLead.Id)?.properties.email ===
					'changed.lead@example.org',
				intercomLead:
					intercom.contacts.byExternalId(landedLead.Id)?.email === 'changed.lead@example.org',
			});
			const firstSeen: Record<string, number> = {};
			const started = performance.now();
			const answer = await deliver(
				message(changes.map(([object, record]) => notification(object, record))),
			);
			const acknowledged = performance.now() - started;
			expect(answer.body).toBe(ACK);
			await waitFor(
				() => {
					for (const [key, done] of Object.entries(landedNow()))
						if (done && firstSeen[key] === undefined) firstSeen[key] = performance.now() - started;
					return Object.values(landedNow()).every(Boolean);
				},
				'the changes in HubSpot and Intercom',
				60_000,
				20,
			);
			const allLanded = performance.now() - started;
			await waitFor(() => sink.reports.length === before + 1, 'the report', 60_000);
			const reported = performance.now() - started;
			latencies.push(
				`  delivery → ACK ${acknowledged.toFixed(0)} ms; → landed: ${Object.entries(firstSeen)
					.map(([key, ms]) => `${key} ${ms.toFixed(0)} ms`)
					.join(', ')}; all landed ${allLanded.toFixed(0)} ms; report ${reported.toFixed(0)} ms`,
			);
			const report = sink.reports[before];
			expect(report.complete).toBe(true);
			expect(
				report.objects.map((o) => [o.object, o.received, o.hubspot.landed, o.intercom.landed]),
			).toEqual([
				['Account', 1, 1, 1],
				['Contact', 1, 1, 1],
				['Lead', 1, 1, 1],
			]);
			// Nothing duplicated, nothing else touched.
			expect([
				hubspot.objects('companies').count(),
				hubspot.objects('contacts').count(),
				intercom.companies.count(),
				intercom.contacts.count(),
			]).toEqual(counts);
			const changed = new Set(changes.map(([, record]) => record.Id));
			const afterHubSpot = hubspotState();
			for (const [id, updatedAt] of beforeHubSpot)
				if (!changed.has(id))
					expect({ id, updatedAt: afterHubSpot.get(id) }).toEqual({ id, updatedAt });
			const afterIntercom = intercomContactState();
			for (const [id, state] of beforeIntercom)
				if (!changed.has(id)) expect({ id, state: afterIntercom.get(id) }).toEqual({ id, state });
			expect(allLanded).toBeLessThan(30_000);
		});
	},
);
