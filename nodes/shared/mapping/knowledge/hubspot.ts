import type { SystemKnowledge } from './types';

/**
 * Standard Salesforce fields against HubSpot's standard properties: the correspondences HubSpot's
 * own Salesforce integration uses by default (knowledge.hubspot.com, "Salesforce integration
 * default field mappings"), plus the engagement properties of HubSpot's CRM API documentation
 * for tasks, meetings and notes. The Salesforce Id goes to the unique `salesforce_id` property created by
 * the HubSpot Batch node, the owner to `hubspot_owner_id` (resolved by email).
 */
const PERSON = {
	Id: { property: 'salesforce_id', transform: 'key' },
	FirstName: 'firstname',
	LastName: 'lastname',
	Salutation: 'salutation',
	Email: 'email',
	Phone: 'phone',
	MobilePhone: 'mobilephone',
	Fax: 'fax',
	Title: 'jobtitle',
	OwnerId: { property: 'hubspot_owner_id', transform: 'owner' },
	CreatedDate: 'createdate',
} as const;

export const HUBSPOT_KNOWLEDGE: SystemKnowledge = {
	Contact: [
		{
			targetObject: 'contacts',
			fields: {
				...PERSON,
				MailingStreet: 'address',
				MailingCity: 'city',
				MailingState: 'state',
				MailingPostalCode: 'zip',
				MailingCountry: 'country',
				Birthdate: 'date_of_birth',
				Department: 'department',
				HasOptedOutOfEmail: 'hs_email_optout',
			},
			references: { AccountId: 'companies' },
		},
	],
	Lead: [
		{
			targetObject: 'contacts',
			fields: {
				...PERSON,
				Street: 'address',
				City: 'city',
				State: 'state',
				PostalCode: 'zip',
				Country: 'country',
				Company: 'company',
				Website: 'website',
				Industry: 'industry',
				AnnualRevenue: 'annualrevenue',
				NumberOfEmployees: 'numemployees',
				Status: 'hs_lead_status',
				HasOptedOutOfEmail: 'hs_email_optout',
			},
			references: {},
		},
	],
	Account: [
		{
			targetObject: 'companies',
			fields: {
				Id: { property: 'salesforce_id', transform: 'key' },
				Name: 'name',
				Website: 'website',
				Phone: 'phone',
				BillingStreet: 'address',
				BillingCity: 'city',
				BillingState: 'state',
				BillingPostalCode: 'zip',
				BillingCountry: 'country',
				Industry: 'industry',
				NumberOfEmployees: 'numberofemployees',
				AnnualRevenue: 'annualrevenue',
				Description: 'description',
				Type: 'type',
				YearStarted: 'founded_year',
				OwnerId: { property: 'hubspot_owner_id', transform: 'owner' },
				CreatedDate: 'createdate',
			},
			references: { ParentId: 'companies' },
		},
	],
	Opportunity: [
		{
			targetObject: 'deals',
			fields: {
				Id: { property: 'salesforce_id', transform: 'key' },
				Name: 'dealname',
				Amount: 'amount',
				CloseDate: 'closedate',
				StageName: 'dealstage',
				Type: 'dealtype',
				Description: 'description',
				NextStep: 'hs_next_step',
				OwnerId: { property: 'hubspot_owner_id', transform: 'owner' },
				CreatedDate: 'createdate',
			},
			references: { AccountId: 'companies', ContactId: 'contacts' },
		},
	],
	Case: [
		{
			targetObject: 'tickets',
			fields: {
				Id: { property: 'salesforce_id', transform: 'key' },
				Subject: 'subject',
				Description: 'content',
				Status: 'hs_pipeline_stage',
				Priority: 'hs_ticket_priority',
				Origin: 'source_type',
				ClosedDate: 'closed_date',
				OwnerId: { property: 'hubspot_owner_id', transform: 'owner' },
				CreatedDate: 'createdate',
			},
			references: { ContactId: 'contacts', AccountId: 'companies' },
		},
	],
	Task: [
		{
			targetObject: 'tasks',
			fields: {
				Id: { property: 'salesforce_id', transform: 'key' },
				Subject: 'hs_task_subject',
				Description: 'hs_task_body',
				Status: 'hs_task_status',
				Priority: 'hs_task_priority',
				ActivityDate: 'hs_timestamp',
				OwnerId: { property: 'hubspot_owner_id', transform: 'owner' },
			},
			references: { WhoId: 'contacts', WhatId: 'companies' },
		},
	],
	Event: [
		{
			targetObject: 'meetings',
			fields: {
				Id: { property: 'salesforce_id', transform: 'key' },
				Subject: 'hs_meeting_title',
				Description: 'hs_meeting_body',
				Location: 'hs_meeting_location',
				StartDateTime: 'hs_meeting_start_time',
				EndDateTime: 'hs_meeting_end_time',
				ActivityDateTime: 'hs_timestamp',
				OwnerId: { property: 'hubspot_owner_id', transform: 'owner' },
			},
			references: { WhoId: 'contacts', WhatId: 'companies' },
		},
	],
	Note: [
		{
			targetObject: 'notes',
			fields: {
				Id: { property: 'salesforce_id', transform: 'key' },
				// A HubSpot note is one HTML body: the Salesforce title becomes its bold first line.
				Body: {
					property: 'hs_note_body',
					transform: 'html',
					heading: 'Title',
					note: "The note's text as HTML (line breaks kept, markup characters shown as typed), its title first in bold",
				},
				Title: {
					property: null,
					note: 'HubSpot notes have no title: it is the first line of hs_note_body, in bold',
				},
				CreatedDate: 'hs_timestamp',
				OwnerId: { property: 'hubspot_owner_id', transform: 'owner' },
			},
			references: {
				ParentId: {
					'001': 'companies',
					'003': 'contacts',
					'00Q': 'contacts',
					'006': 'deals',
					'500': 'tickets',
				},
			},
		},
	],
};
