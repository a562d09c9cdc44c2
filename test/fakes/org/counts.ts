/** How many records of each object an org of a given total size holds. */
import { OBJECT_NAMES, type ObjectName, type OrgCounts } from './types';

/** Share of the total per object (sums to 1). */
export const PROPORTIONS: Readonly<Record<ObjectName, number>> = {
	User: 0.005,
	Account: 0.1,
	Contact: 0.295,
	Lead: 0.2,
	Opportunity: 0.1,
	OpportunityContactRole: 0.07,
	Case: 0.08,
	Task: 0.1,
	Event: 0.02,
	Note: 0.03,
};

/** The objects a classic Note can hang on here (ParentId); a Note needs at least one of them. */
export const NOTE_PARENTS = ['Account', 'Contact', 'Opportunity', 'Lead', 'Case'] as const;

export const MIN_USERS = 5;

export function zeroCounts(): OrgCounts {
	return Object.fromEntries(OBJECT_NAMES.map((name) => [name, 0])) as OrgCounts;
}

/**
 * Splits `totalRecords` into realistic per-object counts that add up to exactly `totalRecords`:
 * Users 0.5% (at least 5), Accounts 10%, Contacts 29.5% (plus the rounding remainder), Leads 20%,
 * Opportunities 10%, OpportunityContactRoles 7%, Cases 8%, Tasks 10%, Events 2%, Notes 3%.
 */
export function orgCounts(totalRecords: number): OrgCounts {
	if (!Number.isSafeInteger(totalRecords) || totalRecords < 0) throw new RangeError(`totalRecords must be a non-negative integer: ${totalRecords}`);
	const counts = zeroCounts();
	counts.User = Math.min(totalRecords, Math.max(MIN_USERS, Math.floor(totalRecords * PROPORTIONS.User)));
	for (const name of OBJECT_NAMES) {
		if (name !== 'User' && name !== 'Contact') counts[name] = Math.floor(totalRecords * PROPORTIONS[name]);
	}
	let rest = totalRecords - OBJECT_NAMES.reduce((sum, name) => sum + counts[name], 0);
	// Tiny orgs: the minimum of 5 users can leave a negative remainder; take it from the largest objects.
	while (rest < 0) {
		const largest = OBJECT_NAMES.filter((n) => n !== 'User').reduce((a, b) => (counts[b] > counts[a] ? b : a));
		counts[largest]--;
		rest++;
	}
	counts.Contact += rest;
	if (counts.OpportunityContactRole > 0 && (counts.Opportunity === 0 || counts.Contact === 0)) {
		counts.Contact += counts.OpportunityContactRole;
		counts.OpportunityContactRole = 0;
	}
	if (counts.Note > 0 && NOTE_PARENTS.every((parent) => counts[parent] === 0)) {
		counts.Contact += counts.Note;
		counts.Note = 0;
	}
	return counts;
}

export function totalOf(counts: Readonly<OrgCounts>): number {
	return OBJECT_NAMES.reduce((sum, name) => sum + counts[name], 0);
}
