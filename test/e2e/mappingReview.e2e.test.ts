import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { startFakeHubSpot, type FakeHubSpot } from '../fakes/hubspot';
import { startFakeIntercom, type FakeIntercom } from '../fakes/intercom';
import { createOrg } from '../fakes/org';
import { startFakeSalesforce, type FakeSalesforce } from '../fakes/salesforce';
import {
	FormSession,
	N8nInstance,
	intercomTeammates,
	inviteToHubSpot,
	selectedRuntimes,
	template,
	templateHubSpotCredential,
	templateIntercomCredential,
	templateSalesforceCredential,
	type FormPage,
	type N8nRuntime,
} from './harness';

const COUNTS = {
	User: 4,
	Account: 20,
	Contact: 60,
	Lead: 20,
	Opportunity: 0,
	OpportunityContactRole: 0,
	Case: 0,
	Task: 0,
	Event: 0,
};
const LOGIN = { user: 'ops', password: 'e2e-review-password' };
const APPROVALS = 'crmFieldMapperApprovals';

interface ApprovedRow {
	sourceField: string;
	targetProperty: string | null;
	transform?: string;
}

async function activate(n8n: N8nInstance, runtime: N8nRuntime, id: string): Promise<void> {
	if (runtime.name === 'n8n-v1') await n8n.cli(['update:workflow', `--id=${id}`, '--active=true']);
	else await n8n.cli(['publish:workflow', `--id=${id}`]);
}

/** The approvals a workflow keeps in its static data, by "Source→system.object". */
async function approvalsOf(
	n8n: N8nInstance,
	id: string,
): Promise<Record<string, { rows: ApprovedRow[] }>> {
	const file = path.join(n8n.userFolder, `export-${id}-${Date.now()}.json`);
	await n8n.cli(['export:workflow', `--id=${id}`, `--output=${file}`]);
	const [workflow] = JSON.parse(fs.readFileSync(file, 'utf8')) as Array<{
		staticData?: { global?: IDataObject } | null;
	}>;
	return (workflow.staticData?.global?.[APPROVALS] ?? {}) as Record<
		string,
		{ rows: ApprovedRow[] }
	>;
}

/** The text of an HTML page, tags dropped and entities of the few kinds the workflow writes. */
const textOf = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&gt;/g, '>')
		.replace(/&lt;/g, '<')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');

describe.each(selectedRuntimes())(
	'Salesforce mapping review template in real n8n ($name $version)',
	(runtime) => {
		let salesforce: FakeSalesforce;
		let hubspot: FakeHubSpot;
		let intercom: FakeIntercom;
		let n8n: N8nInstance;
		let formUrl: string;
		const session = new FormSession({
			Authorization: `Basic ${Buffer.from(`${LOGIN.user}:${LOGIN.password}`).toString('base64')}`,
		});

		beforeAll(async () => {
			const org = createOrg({ seed: 5, counts: COUNTS });
			salesforce = await startFakeSalesforce({ log: { storeBodies: false } });
			for (const object of org.objectNames)
				if (org.counts[object]) salesforce.load(object, org.records(object));
			hubspot = await startFakeHubSpot({ log: { storeBodies: false } });
			const users = [...org.records('User')] as IDataObject[];
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
				{
					id: 'mapping-review-login',
					name: 'Mapping review login',
					type: 'httpBasicAuth',
					data: LOGIN,
				},
			]);
			for (const file of [
				'salesforce-to-hubspot-migration-page.json',
				'salesforce-to-intercom-migration-page.json',
				'salesforce-webhook-sync-object.json',
			])
				await n8n.publishWorkflow(await n8n.importWorkflow(template(file)));
			const review = await n8n.importWorkflow(template('salesforce-mapping-review.json'));
			await activate(n8n, runtime, review);
			const baseUrl = await n8n.start();
			formUrl = `${baseUrl}/form/salesforce-mapping-review`;
			// n8n answers its health check before it has registered the form's webhook.
			const deadline = Date.now() + 120_000;
			while ((await fetch(formUrl, { headers: {} })).status === 404 && Date.now() < deadline)
				await new Promise((resolve) => setTimeout(resolve, 250));
		});

		afterAll(async () => {
			await n8n?.dispose();
			await hubspot?.stop();
			await intercom?.stop();
			await salesforce?.stop();
		});

		/** The form's first page filled in (HubSpot, Account and Contact by default): the review page. */
		async function reviewPage(
			target = 'HubSpot',
			objects = ['Account', 'Contact'],
		): Promise<FormPage> {
			const start = await session.open(formUrl);
			expect(start.html).toContain('Review the Salesforce field mappings');
			return await session.submit(start, { 'field-0': target, 'field-1': objects });
		}

		/** The review page's field names by label ("Changes to Contact" → "field-3"). */
		function fieldsOf(page: FormPage): Record<string, string> {
			const fields: Record<string, string> = {};
			for (const match of page.html.matchAll(
				/<label[^>]*for=['"](field-\d+)['"][^>]*>\s*([^<]+?)\s*</g,
			))
				fields[match[2]] = match[1];
			return fields;
		}

		it('asks for a login', async () => {
			expect((await fetch(formUrl)).status).toBe(401);
		});

		it("shows each object's suggestion and, when just looking, keeps nothing", async () => {
			const page = await reviewPage();
			const text = textOf(page.html);
			expect(text).toContain('Account → HubSpot companies');
			expect(text).toContain('Contact → HubSpot contacts');
			// The Contact table: Email goes to email, Title to jobtitle, AccountId is an association.
			expect(text).toMatch(/Email Email, email email/);
			expect(text).toMatch(/Title Title, string jobtitle/);
			expect(text).toMatch(/AccountId [^<]*associated with companies/);
			const fields = fieldsOf(page);
			expect(Object.keys(fields)).toEqual(
				expect.arrayContaining(['Changes to Account', 'Changes to Contact', 'Decision']),
			);
			const done = await session.submit(page, {
				[fields['Changes to Contact']]: 'Title = skip',
				[fields.Decision]: 'Approve nothing (just looking)',
			});
			expect(textOf(done.html)).toContain('Nothing kept (just looking)');
			expect(await approvalsOf(n8n, 'sfToHubSpotPage1')).toEqual({});
			expect(await approvalsOf(n8n, 'sfWebhookSyncObj')).toEqual({});
		});

		it("keeps the approved mappings, with the reviewer's changes, in the migration and the webhook sync", async () => {
			const page = await reviewPage();
			const fields = fieldsOf(page);
			const done = await session.submit(page, {
				[fields['Changes to Account']]: '',
				[fields['Changes to Contact']]: [
					'Title = skip',
					'Department = company',
					'AssistantName = no_such_property',
					'Nonsense = email',
				].join('\n'),
				[fields.Decision]: 'Approve, with my changes',
			});
			const text = textOf(done.html);
			expect(text).toContain('Mappings kept');
			expect(text).toContain('Kept in: sfToHubSpotPage1, sfWebhookSyncObj');
			expect(text).toContain('Title → skipped: done');
			expect(text).toContain('Department → company: done');
			expect(text).toMatch(/AssistantName → no_such_property: did not take/);
			expect(text).toContain('"Nonsense = email": Contact has no field "Nonsense"');

			for (const workflow of ['sfToHubSpotPage1', 'sfWebhookSyncObj']) {
				const approvals = await approvalsOf(n8n, workflow);
				expect(Object.keys(approvals).sort()).toEqual([
					'Account→hubspot.companies',
					'Contact→hubspot.contacts',
				]);
				const rows = approvals['Contact→hubspot.contacts'].rows;
				const row = (field: string) => rows.find((r) => r.sourceField === field);
				expect(row('Title')).toMatchObject({ targetProperty: null, transform: 'none' });
				expect(row('Department')).toMatchObject({ targetProperty: 'company' });
				expect(row('Email')).toMatchObject({ targetProperty: 'email' });
			}
		});

		it('shows the approved mapping when the review is opened again', async () => {
			const page = await reviewPage();
			const text = textOf(page.html);
			expect(text).toMatch(/Title Title, string \(not migrated\)/);
			expect(text).toMatch(/Department Department, string company .*?Approved by a person before/);
			await session.submit(page, { [fieldsOf(page).Decision]: 'Approve nothing (just looking)' });
		});

		it('reviews the Intercom mapping through the Intercom migration, objects it does not move left out', async () => {
			const page = await reviewPage('Intercom', ['Lead', 'Opportunity']);
			const text = textOf(page.html);
			expect(text).toContain('Lead → Intercom contact');
			expect(text).not.toContain('Opportunity →');
			const fields = fieldsOf(page);
			const done = await session.submit(page, {
				[fields['Changes to Lead']]: 'Title = skip',
				[fields.Decision]: 'Approve, with my changes',
			});
			expect(textOf(done.html)).toContain('Kept in: sfToIntercomPg01, sfWebhookSyncObj');
			expect(textOf(done.html)).toContain('Title → skipped: done');
			const approvals = await approvalsOf(n8n, 'sfToIntercomPg01');
			expect(Object.keys(approvals)).toEqual(['Lead→intercom.contact']);
			expect(
				approvals['Lead→intercom.contact'].rows.find((r) => r.sourceField === 'Title'),
			).toMatchObject({
				targetProperty: null,
				transform: 'none',
			});
			expect(Object.keys(await approvalsOf(n8n, 'sfWebhookSyncObj')).sort()).toEqual([
				'Account→hubspot.companies',
				'Contact→hubspot.contacts',
				'Lead→intercom.contact',
			]);
		});
	},
);
