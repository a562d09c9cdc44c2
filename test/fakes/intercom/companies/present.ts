/** Companies as the API returns them (descriptions/2.11's recorded `company` examples). */
import type { IntercomContext } from '../context';
import type { CompanyRecord } from './store';

export function renderCompany(ctx: IntercomContext, c: CompanyRecord) {
	const planId = c.planName === null ? undefined : ctx.companies.existingPlanId(c.planName);
	return {
		type: 'company',
		company_id: c.companyId,
		id: c.id,
		app_id: ctx.settings.workspaceId,
		name: c.name,
		remote_created_at: c.remoteCreatedAt,
		created_at: c.createdAt,
		updated_at: c.updatedAt,
		...(c.lastRequestAt !== null && { last_request_at: c.lastRequestAt }),
		monthly_spend: c.monthlySpend,
		session_count: c.sessionCount,
		user_count: ctx.memberships.contactCount(c.id),
		...(c.size !== null && { size: c.size }),
		...(c.website !== null && { website: c.website }),
		...(c.industry !== null && { industry: c.industry }),
		tags: { type: 'tag.list', tags: [] },
		segments: { type: 'segment.list', segments: [] },
		plan: c.planName === null ? {} : { type: 'plan', id: planId, name: c.planName },
		custom_attributes: { ...c.customAttributes },
	};
}

export type RenderedCompany = ReturnType<typeof renderCompany>;
