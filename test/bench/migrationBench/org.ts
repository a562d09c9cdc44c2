/**
 * The generated Salesforce orgs of `bench:migration` (test/fakes/org, seed 42) and the fakes they
 * are loaded into.
 */
import type { IDataObject } from 'n8n-workflow';
import { inviteToHubSpot } from '../../e2e/harness';
import { startFakeHubSpot, type FakeHubSpot } from '../../fakes/hubspot';
import {
	createOrg,
	OBJECT_NAMES,
	orgCounts,
	type ObjectName,
	type OrgCounts,
} from '../../fakes/org';
import { startFakeSalesforce, type FakeSalesforce } from '../../fakes/salesforce';

export const SEED = 42;
/** HubSpot's Professional tier: requests per rolling 10 s and per day, for a private app. */
export const TEN_SECONDLY_LIMIT = 190;
export const DAILY_LIMIT = 650_000;
/** Users of the Contacts-only orgs of the memory runs: the same at every size. */
export const MEMORY_RUN_USERS = 50;

export type FakeOrg = ReturnType<typeof createOrg>;

function isGenerated(object: string): object is ObjectName {
	return (OBJECT_NAMES as readonly string[]).includes(object);
}

/**
 * `orgCounts(total)` (the generator's realistic proportions), with the objects the template does not
 * migrate at 0, Users apart (the template reads them for the owners). Throws for an object the
 * template migrates that the generator cannot make.
 */
export function migrationCounts(total: number, migrated: string[]): OrgCounts {
	const unknown = migrated.filter((object) => !isGenerated(object));
	if (unknown.length > 0)
		throw new Error(
			`The template migrates ${unknown.join(', ')}, which the fake org generator (test/fakes/org) does not make`,
		);
	const counts = orgCounts(total);
	for (const name of OBJECT_NAMES)
		if (name !== 'User' && !migrated.includes(name)) counts[name] = 0;
	return counts;
}

/** Contacts only, with MEMORY_RUN_USERS owners; no Accounts, so AccountId is empty (0.5 % dangling). */
export function contactsOnlyCounts(contacts: number): OrgCounts {
	const counts = Object.fromEntries(OBJECT_NAMES.map((name) => [name, 0])) as OrgCounts;
	counts.User = MEMORY_RUN_USERS;
	counts.Contact = contacts;
	return counts;
}

export interface Fakes {
	org: FakeOrg;
	salesforce: FakeSalesforce;
	hubspot: FakeHubSpot;
	stop(): Promise<void>;
}

export function hubSpotOptions(): Parameters<typeof startFakeHubSpot>[0] {
	return {
		tenSecondlyLimit: TEN_SECONDLY_LIMIT,
		dailyLimit: DAILY_LIMIT,
		log: { storeBodies: false, storeHeaders: false },
	};
}

/** A fake HubSpot at Professional limits whose owners are the org's users (as a migration plan asks). */
export async function startHubSpotFor(org: FakeOrg): Promise<FakeHubSpot> {
	const hubspot = await startFakeHubSpot(hubSpotOptions());
	inviteToHubSpot(hubspot, [...org.records('User')] as IDataObject[]);
	return hubspot;
}

/** Generates the org, loads it into a fresh fake Salesforce, and starts a fresh fake HubSpot. */
export async function startFakes(counts: OrgCounts): Promise<Fakes> {
	const org = createOrg({ seed: SEED, counts });
	const salesforce = await startFakeSalesforce({
		log: { storeBodies: false, storeHeaders: false },
	});
	try {
		for (const object of org.objectNames) {
			if (!counts[object]) continue;
			const loaded = salesforce.load(object, org.records(object));
			if (loaded !== counts[object])
				throw new Error(`The fake Salesforce holds ${loaded} ${object}s, not ${counts[object]}`);
		}
		const hubspot = await startHubSpotFor(org);
		return {
			org,
			salesforce,
			hubspot,
			stop: async () => {
				await hubspot.stop();
				await salesforce.stop();
			},
		};
	} catch (error) {
		await salesforce.stop();
		throw error;
	}
}

/**
 * The Contacts-only runs migrate no Accounts, but the template's "Associate with companies" looks
 * the Contacts' AccountIds up by `salesforce_id` (0.5 % dangling ones here), which HubSpot refuses
 * (400, non-unique property) when companies have no such property. A real Contacts-only run comes
 * after the Accounts were migrated: the property is there, as the template's Ensure makes it.
 */
export function companiesHaveSalesforceId(hubspot: FakeHubSpot): void {
	hubspot.addProperty('companies', {
		name: 'salesforce_id',
		label: 'Salesforce ID',
		type: 'string',
		fieldType: 'text',
		groupName: 'companyinformation',
		hasUniqueValue: true,
		description: 'The ID of the Salesforce record this record was migrated from',
	});
}
