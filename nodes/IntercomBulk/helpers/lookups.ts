import type { IExecuteFunctions } from 'n8n-workflow';
import { attempt } from '../../shared/attempt';
import { forget, oncePerExecution, remember } from '../../shared/executionCache';
import type { IntercomApi } from '../transport/client';
import { statusOf } from '../transport/ratePolicy';

const companyKey = (companyId: string) => `intercom-company:${companyId}`;

/** The answer was a 404: the record is not there (any other failure is passed on). */
async function unlessNotFound<T>(lookup: () => Promise<T>): Promise<T | undefined> {
	const found = await attempt(lookup);
	if (found.ok) return found.value;
	if (statusOf(found.error) === 404) return undefined;
	throw found.error;
}

/**
 * Intercom's id of the company with this `company_id` (the Salesforce Account Id), looked up
 * once per execution; attaching a contact takes Intercom's id, not `company_id`.
 */
export async function intercomCompanyId(
	context: IExecuteFunctions,
	api: IntercomApi,
	companyId: string,
): Promise<string | undefined> {
	return await oncePerExecution(context.getExecutionId(), companyKey(companyId), async () => {
		const company = await unlessNotFound(
			async () => await api.call((client) => client.companies.retrieve({ company_id: companyId })),
		);
		const found = company as { id?: string; type?: string; data?: Array<{ id?: string }> };
		// Older versions answer with the company, newer with a list of one.
		return found?.id && found.type === 'company' ? found.id : found?.data?.[0]?.id;
	});
}

/** A company this execution just wrote: later attachments need no look-up. */
export function rememberCompany(context: IExecuteFunctions, companyId: string, id: string): void {
	remember(context.getExecutionId(), companyKey(companyId), id);
}

/** A company just deleted: no execution attaches anything to it any more. */
export function forgetCompany(companyId: string): void {
	forget(companyKey(companyId));
}

export interface FoundContact {
	id: string;
	external_id?: string | null;
	email?: string | null;
	role?: string;
}

/**
 * The contact with this `external_id`. Read directly, not through search, which shows a new
 * contact only minutes after it was written.
 */
export async function contactByExternalId(
	api: IntercomApi,
	externalId: string,
): Promise<FoundContact | undefined> {
	const found = await unlessNotFound(
		async () =>
			await api.call((client) =>
				client.contacts.showContactByExternalId({ external_id: externalId }),
			),
	);
	const contact = found as (FoundContact & { type?: string; data?: FoundContact[] }) | undefined;
	if (!contact) return undefined;
	return contact.type === 'list' ? contact.data?.[0] : contact.id ? contact : undefined;
}

export async function contactById(api: IntercomApi, id: string): Promise<FoundContact> {
	return (await api.call((client) => client.contacts.find({ contact_id: id }))) as FoundContact;
}
