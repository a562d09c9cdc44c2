/** HubSpot's standard CRM objects the node writes, by the name the v3 API takes in its paths. */
export const STANDARD_OBJECT_TYPES = [
	{ name: 'Contacts', value: 'contacts' },
	{ name: 'Companies', value: 'companies' },
	{ name: 'Deals', value: 'deals' },
	{ name: 'Tickets', value: 'tickets' },
	{ name: 'Notes', value: 'notes' },
	{ name: 'Tasks', value: 'tasks' },
	{ name: 'Meetings', value: 'meetings' },
	{ name: 'Calls', value: 'calls' },
	{ name: 'Emails', value: 'emails' },
] as const;

/** The pipeline property and its stage property, for the objects that have pipelines. */
export const PIPELINE_PROPERTIES: Record<string, { pipeline: string; stage: string }> = {
	deals: { pipeline: 'pipeline', stage: 'dealstage' },
	tickets: { pipeline: 'hs_pipeline', stage: 'hs_pipeline_stage' },
};

export const OWNER_PROPERTY = 'hubspot_owner_id';

/** The unique property that holds the Salesforce record Id, which upserts are keyed on. */
export const SALESFORCE_ID_PROPERTY = 'salesforce_id';

/** The property group the node creates its properties in. */
export const PROPERTY_GROUP = { name: 'salesforce_migration', label: 'Salesforce migration' };
