import type { SystemKnowledge } from './types';

/**
 * Standard Salesforce fields against Intercom's standard attributes (REST API 2.11 contact and
 * company schemas, and the data attributes Intercom lists by default). The Salesforce Id keys
 * contacts (`external_id`) and companies (`company_id`); the owner becomes the admin with the
 * Salesforce user's email.
 */
const PERSON = {
	Id: { property: 'external_id', transform: 'key' },
	Email: 'email',
	Phone: 'phone',
	Name: 'name',
	OwnerId: { property: 'owner_id', transform: 'owner' },
	CreatedDate: 'signed_up_at',
	HasOptedOutOfEmail: 'unsubscribed_from_emails',
} as const;

export const INTERCOM_KNOWLEDGE: SystemKnowledge = {
	Contact: [
		{ targetObject: 'contact', fields: { ...PERSON }, references: { AccountId: 'company' } },
	],
	Lead: [{ targetObject: 'contact', fields: { ...PERSON }, references: {} }],
	Account: [
		{
			targetObject: 'company',
			fields: {
				Id: { property: 'company_id', transform: 'key' },
				Name: 'name',
				Website: 'website',
				Industry: 'industry',
				NumberOfEmployees: 'size',
				CreatedDate: 'remote_created_at',
			},
			references: {},
		},
	],
	Case: [
		{
			targetObject: 'ticket',
			fields: {
				Id: { property: 'external_id', transform: 'key' },
				Subject: '_default_title_',
				Description: '_default_description_',
			},
			references: { ContactId: 'contact', AccountId: 'company' },
		},
	],
};
