/**
 * What the fakes hold after a migration, checked record by record against the generated org and
 * against the template's own "Migration report":
 *
 * - an object migrated to HubSpot records (target `companies`, `contacts`, `deals`, `tickets`,
 *   `tasks`, `meetings`…): each Salesforce Id (`org.idOf`) looked up by `salesforce_id` among the
 *   HubSpot records of the target type: found once (landed), more than once (duplicated), or not
 *   at all;
 * - OpportunityContactRole (target `associations`): the deal of its OpportunityId associated with
 *   the contact of its ContactId in the fake, or not;
 * - `lost`: records of neither kind that the report does not count as failed or skipped (with
 *   their reason) either; `reportAgrees`: the report's counts are what the fakes show.
 */
import type { FakeHubSpot } from '../../fakes/hubspot';
import type { ObjectName } from '../../fakes/org';
import type { FakeOrg } from './org';
import { ASSOCIATIONS_TARGET, type MigratedObject } from './template';

/** One row of the template's "Migration report" (`objects`). */
export interface ReportRow {
	object: string;
	target: string;
	salesforceCount: number;
	extracted: number;
	landed: number;
	failed: number;
	skipped: number;
	associated: number;
	associationsFailed: number;
	pages?: number;
	accountedFor: boolean;
}

export interface MigrationReport {
	dryRun: boolean;
	objects: ReportRow[];
	complete: boolean;
	failures: Array<{ object: string; stage: string; reason?: { message?: string } }>;
}

export interface ObjectCheck {
	object: string;
	target: string;
	/** Records of the object in the fake Salesforce. */
	salesforce: number;
	/** Records found in HubSpot by their Salesforce Id; for contact roles, associations found. */
	inHubSpot: number | null;
	/** HubSpot records beyond the first holding one Salesforce Id of the object. */
	duplicated: number | null;
	/** From the template's report. */
	failed: number | null;
	skipped: number | null;
	associated: number | null;
	associationsFailed: number | null;
	pages: number | null;
	/** Neither in HubSpot nor reported as failed or skipped. */
	lost: number | null;
	reportAgrees: boolean;
	/** What does not agree, in words. */
	disagreements: string[];
}

interface KeyIndex {
	/** salesforce_id → HubSpot id of the first record holding it. */
	ids: Map<string, string>;
	/** salesforce_id → records holding it, only where more than one. */
	extra: Map<string, number>;
}

/** The HubSpot records of one type by `salesforce_id`. */
function keyIndex(hubspot: FakeHubSpot, type: string): KeyIndex {
	const ids = new Map<string, string>();
	const extra = new Map<string, number>();
	for (const record of hubspot.objects(type).all()) {
		const key = record.properties.salesforce_id;
		if (typeof key !== 'string' || key === '') continue;
		if (ids.has(key)) extra.set(key, (extra.get(key) ?? 1) + 1);
		else ids.set(key, record.id);
	}
	return { ids, extra };
}

export class HubSpotChecker {
	private readonly indexes = new Map<string, KeyIndex>();

	constructor(
		private readonly hubspot: FakeHubSpot,
		private readonly org: FakeOrg,
	) {}

	private index(type: string): KeyIndex {
		let index = this.indexes.get(type);
		if (!index) {
			index = keyIndex(this.hubspot, type);
			this.indexes.set(type, index);
		}
		return index;
	}

	/** Found and duplicated records of an object migrated to HubSpot records. */
	private records(object: ObjectName, target: string, count: number) {
		const { ids, extra } = this.index(target);
		let found = 0;
		let duplicated = 0;
		for (let i = 0; i < count; i++) {
			const id = this.org.idOf(object, i);
			if (!ids.has(id)) continue;
			found++;
			duplicated += (extra.get(id) ?? 1) - 1;
		}
		return { found, duplicated };
	}

	/** Contact roles whose deal and contact are associated in the fake. */
	private contactRoles(): number {
		const deals = this.index('deals').ids;
		const contacts = this.index('contacts').ids;
		const pairs = new Set(
			this.hubspot.associations('deals', 'contacts').map((edge) => `${edge.fromId}>${edge.toId}`),
		);
		let found = 0;
		for (const role of this.org.records('OpportunityContactRole')) {
			const deal = deals.get(String(role.OpportunityId));
			const contact = contacts.get(String(role.ContactId));
			if (deal && contact && pairs.has(`${deal}>${contact}`)) found++;
		}
		return found;
	}

	check(migrated: MigratedObject, report: MigrationReport | undefined): ObjectCheck {
		const { object, target } = migrated;
		const salesforce = this.org.counts[object as ObjectName] ?? 0;
		const row = report?.objects.find((r) => r.object === object);
		const disagreements: string[] = [];
		let inHubSpot: number | null = null;
		let duplicated: number | null = null;
		if (target !== ASSOCIATIONS_TARGET) {
			({ found: inHubSpot, duplicated } = this.records(object as ObjectName, target, salesforce));
		} else if (object === 'OpportunityContactRole') {
			inHubSpot = this.contactRoles();
			duplicated = 0;
		}
		const failed = row ? Number(row.failed) : null;
		const skipped = row ? Number(row.skipped) : null;
		let lost: number | null = null;
		if (!row) disagreements.push('not in the report');
		else {
			if (row.extracted !== salesforce)
				disagreements.push(`extracted ${row.extracted} of ${salesforce}`);
			if (row.salesforceCount !== salesforce)
				disagreements.push(
					`reports ${row.salesforceCount} in Salesforce, the fake holds ${salesforce}`,
				);
			if (!row.accountedFor) disagreements.push('not accounted for');
			if (target !== ASSOCIATIONS_TARGET && inHubSpot !== null && row.landed !== inHubSpot)
				disagreements.push(`reports ${row.landed} landed, HubSpot holds ${inHubSpot}`);
		}
		if (inHubSpot !== null && failed !== null && skipped !== null) {
			const missing = salesforce - inHubSpot;
			lost = Math.max(0, missing - failed - skipped);
			if (missing !== failed + skipped)
				disagreements.push(
					`${missing} not in HubSpot, ${failed} reported failed and ${skipped} skipped`,
				);
		}
		return {
			object,
			target,
			salesforce,
			inHubSpot,
			duplicated,
			failed,
			skipped,
			associated: row ? Number(row.associated) : null,
			associationsFailed: row ? Number(row.associationsFailed ?? 0) : null,
			pages: row?.pages ?? null,
			lost,
			reportAgrees: disagreements.length === 0,
			disagreements,
		};
	}

	/**
	 * Associations in the fake between the record targets, each pair of types once (an association
	 * also stores its inverse), e.g. `contacts ↔ companies`.
	 */
	associations(targets: string[]): Record<string, number> {
		const types = [...new Set(targets)].filter((t) => t !== ASSOCIATIONS_TARGET);
		const counts: Record<string, number> = {};
		types.forEach((from, i) => {
			for (const to of types.slice(i + 1)) {
				const edges = this.hubspot.associations(from, to).length;
				if (edges > 0) counts[`${from} ↔ ${to}`] = edges;
			}
		});
		return counts;
	}
}

/** Sums a field over the checks; null when any is null. */
export function sumOf(
	checks: ObjectCheck[],
	pick: (check: ObjectCheck) => number | null,
): number | null {
	let sum = 0;
	for (const check of checks) {
		const value = pick(check);
		if (value === null) return null;
		sum += value;
	}
	return sum;
}
