import type { ICredentialTestRequest, INodeProperties } from 'n8n-workflow';

export const HUBSPOT_API_URL = 'https://api.hubapi.com';

export const baseUrlProperty: INodeProperties = {
	displayName: 'Base URL',
	name: 'baseUrl',
	type: 'string',
	default: HUBSPOT_API_URL,
	placeholder: HUBSPOT_API_URL,
	description:
		"HubSpot's API host. Change it only for an EU data-centre host, a proxy or a local test server.",
};

/** Account details: the cheapest authenticated call, allowed for any token whatever its scopes. */
export const hubSpotCredentialTest: ICredentialTestRequest = {
	request: {
		baseURL: "={{$credentials.baseUrl.replace(/\\/+$/, '')}}",
		url: '/account-info/v3/details',
		method: 'GET',
	},
};

/** Scopes the migration needs: read and write CRM records and their schemas, and read owners. */
export const HUBSPOT_SCOPES = [
	'oauth',
	'crm.objects.contacts.read',
	'crm.objects.contacts.write',
	'crm.objects.companies.read',
	'crm.objects.companies.write',
	'crm.objects.deals.read',
	'crm.objects.deals.write',
	'tickets',
	'crm.objects.owners.read',
	'crm.objects.custom.read',
	'crm.objects.custom.write',
	'crm.schemas.contacts.read',
	'crm.schemas.contacts.write',
	'crm.schemas.companies.read',
	'crm.schemas.companies.write',
	'crm.schemas.deals.read',
	'crm.schemas.deals.write',
	'crm.schemas.custom.read',
];
