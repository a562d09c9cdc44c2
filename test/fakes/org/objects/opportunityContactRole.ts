/** OpportunityContactRole (00K). Fields in the order of OpportunityContactRole.describe.json; it has no OwnerId. */
import { Stream, type OrgContext } from '../context';
import { danglingId } from '../ids';
import { danglingKey, roleContact, roleIsPrimary, roleOpportunity } from '../references';
import type { SfRecord } from '../types';
import { auditFields } from './common';

export const ROLES = [
	'Business User', 'Decision Maker', 'Economic Buyer', 'Economic Decision Maker', 'Evaluator',
	'Executive Sponsor', 'Influencer', 'Technical Buyer', 'Other',
];

export function opportunityContactRoleRecord(ctx: OrgContext, i: number): SfRecord {
	const r = ctx.rng('OpportunityContactRole', i, Stream.Fields);
	const kind = ctx.kindAt('OpportunityContactRole', i);
	const audit = auditFields(ctx, 'OpportunityContactRole', i);
	const contact = roleContact(ctx, i);
	return {
		Id: ctx.idOf('OpportunityContactRole', i),
		OpportunityId: ctx.idOf('Opportunity', roleOpportunity(ctx, i)),
		ContactId: contact === null ? danglingId('003', danglingKey('OpportunityContactRole', i)) : ctx.idOf('Contact', contact),
		Role: kind === 'nullHeavy' || r.chance(0.1) ? null : r.pick(ROLES),
		IsPrimary: roleIsPrimary(ctx, i),
		CreatedDate: audit.CreatedDate,
		CreatedById: audit.CreatedById,
		LastModifiedDate: audit.LastModifiedDate,
		LastModifiedById: audit.LastModifiedById,
		SystemModstamp: audit.SystemModstamp,
		IsDeleted: false,
	};
}
