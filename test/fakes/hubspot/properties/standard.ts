/**
 * The HubSpot-defined properties and groups each standard object type starts with: names,
 * labels, `type` / `fieldType` and enumeration options as a new portal has them. Options of the
 * pipeline properties (`pipeline`, `dealstage`, `hs_pipeline`, `hs_pipeline_stage`) come from the
 * pipelines store at read time; `hubspot_owner_id` is validated against the owners.
 */
import type { ObjectTypeDef } from '../objectTypes';
import {
	hubspotProperty as p,
	options,
	type PropertyDefinition,
	type PropertyGroup,
} from './definition';
import { industryOptions } from './industries';

/** The properties whose options are a pipeline's id or its stages' ids, per object type id. */
export const PIPELINE_PROPERTIES: Readonly<Record<string, { pipeline: string; stage: string }>> = {
	'0-3': { pipeline: 'pipeline', stage: 'dealstage' },
	'0-5': { pipeline: 'hs_pipeline', stage: 'hs_pipeline_stage' },
};

export const OWNER_PROPERTY = 'hubspot_owner_id';

const LIFECYCLE_STAGES = options(
	['subscriber', 'Subscriber'],
	['lead', 'Lead'],
	['marketingqualifiedlead', 'Marketing Qualified Lead'],
	['salesqualifiedlead', 'Sales Qualified Lead'],
	['opportunity', 'Opportunity'],
	['customer', 'Customer'],
	['evangelist', 'Evangelist'],
	['other', 'Other'],
);

const LEAD_STATUSES = options(
	['NEW', 'New'],
	['OPEN', 'Open'],
	['IN_PROGRESS', 'In Progress'],
	['OPEN_DEAL', 'Open Deal'],
	['UNQUALIFIED', 'Unqualified'],
	['ATTEMPTED_TO_CONTACT', 'Attempted to Contact'],
	['CONNECTED', 'Connected'],
	['BAD_TIMING', 'Bad Timing'],
);

function owner(group: string, label: string): PropertyDefinition {
	return p(group, OWNER_PROPERTY, label, 'enumeration', 'select', {
		externalOptions: true,
		referencedObjectType: 'OWNER',
		readOnlyDefinition: false,
	});
}

/** hs_object_id and the created / modified dates every type has (values computed per record). */
export function systemProperties(type: ObjectTypeDef): PropertyDefinition[] {
	const group = type.defaultGroup;
	return [
		p(group, type.createdProperty, 'Create Date', 'datetime', 'date'),
		p(group, type.modifiedProperty, 'Last Modified Date', 'datetime', 'date', {
			readOnlyValue: true,
		}),
		p(group, 'hs_object_id', 'Record ID', 'number', 'number', { readOnlyValue: true }),
	];
}

function contacts(): PropertyDefinition[] {
	const g = 'contactinformation';
	return [
		p(g, 'email', 'Email', 'string', 'text', { formField: true }),
		p(g, 'firstname', 'First Name', 'string', 'text', { formField: true }),
		p(g, 'lastname', 'Last Name', 'string', 'text', { formField: true }),
		p(g, 'salutation', 'Salutation', 'string', 'text'),
		p(g, 'phone', 'Phone Number', 'string', 'phonenumber', { formField: true }),
		p(g, 'mobilephone', 'Mobile Phone Number', 'string', 'phonenumber'),
		p(g, 'fax', 'Fax Number', 'string', 'text'),
		p(g, 'company', 'Company Name', 'string', 'text', { formField: true }),
		p(g, 'website', 'Website URL', 'string', 'text'),
		p(g, 'jobtitle', 'Job Title', 'string', 'text'),
		p(g, 'industry', 'Industry', 'string', 'text'),
		p(g, 'annualrevenue', 'Annual Revenue', 'string', 'text'),
		p(g, 'numemployees', 'Number of Employees', 'enumeration', 'select', {
			options: options('1-5', '5-25', '25-50', '50-100', '100-500', '500-1000', '1000+'),
		}),
		p(g, 'address', 'Street Address', 'string', 'text'),
		p(g, 'city', 'City', 'string', 'text'),
		p(g, 'state', 'State/Region', 'string', 'text'),
		p(g, 'zip', 'Postal Code', 'string', 'text'),
		p(g, 'country', 'Country/Region', 'string', 'text'),
		p(g, 'date_of_birth', 'Date of birth', 'string', 'text'),
		p(g, 'message', 'Message', 'string', 'textarea'),
		p(g, 'twitterhandle', 'Twitter Username', 'string', 'text'),
		p(g, 'lifecyclestage', 'Lifecycle Stage', 'enumeration', 'radio', {
			options: LIFECYCLE_STAGES,
		}),
		p(g, 'hs_lead_status', 'Lead Status', 'enumeration', 'radio', { options: LEAD_STATUSES }),
		p(g, 'hs_additional_emails', 'Additional email addresses', 'enumeration', 'checkbox', {
			readOnlyValue: true,
		}),
		p(g, 'closedate', 'Close Date', 'datetime', 'date'),
		p(
			'emailinformation',
			'hs_email_optout',
			'Unsubscribed from all email',
			'bool',
			'booleancheckbox',
			{
				options: options(['true', 'Yes'], ['false', 'No']),
			},
		),
		p('sales_properties', 'notes_last_updated', 'Last Activity Date', 'datetime', 'date', {
			readOnlyValue: true,
		}),
		owner(g, 'Contact owner'),
	];
}

function companies(): PropertyDefinition[] {
	const g = 'companyinformation';
	return [
		p(g, 'name', 'Company name', 'string', 'text'),
		p(g, 'domain', 'Company Domain Name', 'string', 'text'),
		p(g, 'website', 'Website URL', 'string', 'text'),
		p(g, 'phone', 'Phone Number', 'string', 'phonenumber'),
		p(g, 'address', 'Street Address', 'string', 'text'),
		p(g, 'address2', 'Street Address 2', 'string', 'text'),
		p(g, 'city', 'City', 'string', 'text'),
		p(g, 'state', 'State/Region', 'string', 'text'),
		p(g, 'zip', 'Postal Code', 'string', 'text'),
		p(g, 'country', 'Country/Region', 'string', 'text'),
		p(g, 'timezone', 'Time Zone', 'string', 'text'),
		p(g, 'industry', 'Industry', 'enumeration', 'select', { options: industryOptions() }),
		p(g, 'numberofemployees', 'Number of Employees', 'number', 'number'),
		p(g, 'annualrevenue', 'Annual Revenue', 'number', 'number', { showCurrencySymbol: true }),
		p(g, 'description', 'Description', 'string', 'textarea'),
		p(g, 'founded_year', 'Year Founded', 'string', 'text'),
		p(g, 'is_public', 'Is Public', 'bool', 'booleancheckbox', {
			options: options(['true', 'True'], ['false', 'False']),
		}),
		p(g, 'type', 'Type', 'enumeration', 'select', {
			options: options(
				['PROSPECT', 'Prospect'],
				['PARTNER', 'Partner'],
				['RESELLER', 'Reseller'],
				['VENDOR', 'Vendor'],
				['OTHER', 'Other'],
			),
		}),
		p(g, 'lifecyclestage', 'Lifecycle Stage', 'enumeration', 'radio', {
			options: LIFECYCLE_STAGES,
		}),
		p(g, 'hs_lead_status', 'Lead Status', 'enumeration', 'radio', { options: LEAD_STATUSES }),
		p('socialmediainformation', 'linkedin_company_page', 'LinkedIn Company Page', 'string', 'text'),
		p('socialmediainformation', 'twitterhandle', 'Twitter Handle', 'string', 'text'),
		owner(g, 'Company owner'),
	];
}

function deals(): PropertyDefinition[] {
	const g = 'dealinformation';
	return [
		p(g, 'dealname', 'Deal Name', 'string', 'text'),
		p(g, 'amount', 'Amount', 'number', 'number', { showCurrencySymbol: true }),
		p(g, 'pipeline', 'Pipeline', 'enumeration', 'select'),
		p(g, 'dealstage', 'Deal Stage', 'enumeration', 'radio'),
		p(g, 'closedate', 'Close Date', 'datetime', 'date'),
		p(g, 'dealtype', 'Deal Type', 'enumeration', 'radio', {
			options: options(['newbusiness', 'New Business'], ['existingbusiness', 'Existing Business']),
		}),
		p(g, 'description', 'Deal Description', 'string', 'textarea'),
		p(g, 'hs_priority', 'Priority', 'enumeration', 'radio', {
			options: options(['low', 'Low'], ['medium', 'Medium'], ['high', 'High']),
		}),
		p(g, 'closed_lost_reason', 'Closed Lost Reason', 'string', 'textarea'),
		p(g, 'closed_won_reason', 'Closed Won Reason', 'string', 'textarea'),
		owner(g, 'Deal owner'),
	];
}

function tickets(): PropertyDefinition[] {
	const g = 'ticketinformation';
	return [
		p(g, 'subject', 'Ticket name', 'string', 'text'),
		p(g, 'content', 'Ticket description', 'string', 'textarea'),
		p(g, 'hs_pipeline', 'Pipeline', 'enumeration', 'select'),
		p(g, 'hs_pipeline_stage', 'Ticket status', 'enumeration', 'radio'),
		p(g, 'hs_ticket_priority', 'Priority', 'enumeration', 'select', {
			options: options(
				['LOW', 'Low'],
				['MEDIUM', 'Medium'],
				['HIGH', 'High'],
				['URGENT', 'Urgent'],
			),
		}),
		p(g, 'hs_ticket_category', 'Category', 'enumeration', 'checkbox', {
			options: options(
				['PRODUCT_ISSUE', 'Product Issue'],
				['BILLING_ISSUE', 'Billing Issue'],
				['FEATURE_REQUEST', 'Feature Request'],
				['GENERAL_INQUIRY', 'General Inquiry'],
			),
		}),
		p(g, 'source_type', 'Source', 'enumeration', 'select', {
			options: options(['CHAT', 'Chat'], ['EMAIL', 'Email'], ['FORM', 'Form'], ['PHONE', 'Phone']),
		}),
		p(g, 'closed_date', 'Close date', 'datetime', 'date'),
		owner(g, 'Ticket owner'),
	];
}

function engagement(group: string, extra: PropertyDefinition[]): PropertyDefinition[] {
	return [
		p(group, 'hs_timestamp', 'Activity date', 'datetime', 'date'),
		...extra,
		owner(group, 'Activity assigned to'),
	];
}

const ENGAGEMENTS: Record<string, () => PropertyDefinition[]> = {
	'0-46': () =>
		engagement('engagement', [
			p('engagement', 'hs_note_body', 'Note body', 'string', 'html'),
			p('engagement', 'hs_attachment_ids', 'Attached file IDs', 'string', 'text'),
		]),
	'0-27': () =>
		engagement('task', [
			p('task', 'hs_task_subject', 'Task Title', 'string', 'text'),
			p('task', 'hs_task_body', 'Task notes', 'string', 'html'),
			p('task', 'hs_task_status', 'Task Status', 'enumeration', 'select', {
				options: options(
					['NOT_STARTED', 'Not Started'],
					['IN_PROGRESS', 'In Progress'],
					['WAITING', 'Waiting'],
					['COMPLETED', 'Completed'],
					['DEFERRED', 'Deferred'],
				),
			}),
			p('task', 'hs_task_priority', 'Priority', 'enumeration', 'select', {
				options: options(['NONE', 'None'], ['LOW', 'Low'], ['MEDIUM', 'Medium'], ['HIGH', 'High']),
			}),
			p('task', 'hs_task_type', 'Task Type', 'enumeration', 'select', {
				options: options(
					['CALL', 'Call'],
					['EMAIL', 'Email'],
					['TODO', 'To-do'],
					['LINKED_IN', 'LinkedIn'],
				),
			}),
		]),
	'0-47': () =>
		engagement('meeting', [
			p('meeting', 'hs_meeting_title', 'Meeting name', 'string', 'text'),
			p('meeting', 'hs_meeting_body', 'Meeting description', 'string', 'html'),
			p('meeting', 'hs_internal_meeting_notes', 'Internal Meeting Notes', 'string', 'html'),
			p('meeting', 'hs_meeting_external_url', 'External URL', 'string', 'text'),
			p('meeting', 'hs_meeting_location', 'Location', 'string', 'text'),
			p('meeting', 'hs_meeting_start_time', 'Meeting start time', 'datetime', 'date'),
			p('meeting', 'hs_meeting_end_time', 'Meeting end time', 'datetime', 'date'),
			p('meeting', 'hs_meeting_outcome', 'Meeting outcome', 'enumeration', 'select', {
				options: options(
					['SCHEDULED', 'Scheduled'],
					['COMPLETED', 'Completed'],
					['RESCHEDULED', 'Rescheduled'],
					['NO_SHOW', 'No Show'],
					['CANCELED', 'Canceled'],
				),
			}),
		]),
	'0-48': () =>
		engagement('call', [
			p('call', 'hs_call_title', 'Call Title', 'string', 'text'),
			p('call', 'hs_call_body', 'Call notes', 'string', 'html'),
			p('call', 'hs_call_duration', 'Call duration', 'number', 'number'),
			p('call', 'hs_call_direction', 'Call direction', 'enumeration', 'select', {
				options: options(['INBOUND', 'Inbound'], ['OUTBOUND', 'Outbound']),
			}),
			p('call', 'hs_call_status', 'Call status', 'enumeration', 'select', {
				options: options(
					['BUSY', 'Busy'],
					['CALLING_CRM_USER', 'Calling CRM User'],
					['CANCELED', 'Canceled'],
					['COMPLETED', 'Completed'],
					['CONNECTING', 'Connecting'],
					['FAILED', 'Failed'],
					['IN_PROGRESS', 'In Progress'],
					['NO_ANSWER', 'No Answer'],
					['QUEUED', 'Queued'],
					['RINGING', 'Ringing'],
				),
			}),
			p('call', 'hs_call_from_number', 'From number', 'string', 'text'),
			p('call', 'hs_call_to_number', 'To number', 'string', 'text'),
			p('call', 'hs_call_disposition', 'Call outcome', 'string', 'text'),
			p('call', 'hs_call_recording_url', 'Recording URL', 'string', 'text'),
		]),
	'0-49': () =>
		engagement('email', [
			p('email', 'hs_email_subject', 'Email subject', 'string', 'text'),
			p('email', 'hs_email_text', 'Email body', 'string', 'textarea'),
			p('email', 'hs_email_html', 'Email HTML body', 'string', 'html'),
			p('email', 'hs_email_headers', 'Email headers', 'string', 'textarea'),
			p('email', 'hs_email_direction', 'Email direction', 'enumeration', 'select', {
				options: options(
					['EMAIL', 'Sent by owner'],
					['INCOMING_EMAIL', 'Reply from contact'],
					['FORWARDED_EMAIL', 'Forwarded'],
				),
			}),
			p('email', 'hs_email_status', 'Email send status', 'enumeration', 'select', {
				options: options('BOUNCED', 'FAILED', 'SCHEDULED', 'SENDING', 'SENT'),
			}),
		]),
};

const BY_TYPE: Record<string, () => PropertyDefinition[]> = {
	'0-1': contacts,
	'0-2': companies,
	'0-3': deals,
	'0-5': tickets,
	...ENGAGEMENTS,
};

/** Every HubSpot-defined property of a type, system properties included, in display order. */
export function standardProperties(type: ObjectTypeDef): PropertyDefinition[] {
	const own = BY_TYPE[type.objectTypeId]?.() ?? [];
	return [...own, ...systemProperties(type)].map((definition, displayOrder) => ({
		...definition,
		displayOrder: definition.displayOrder >= 0 ? definition.displayOrder : displayOrder,
	}));
}

const GROUP_LABELS: Record<string, string> = {
	contactinformation: 'Contact information',
	emailinformation: 'Email information',
	sales_properties: 'Sales properties',
	socialmediainformation: 'Social media information',
	companyinformation: 'Company information',
	dealinformation: 'Deal information',
	ticketinformation: 'Ticket properties',
	engagement: 'Engagement',
	task: 'Task information',
	meeting: 'Meeting information',
	call: 'Call information',
	email: 'Email information',
};

/** The groups a type's standard properties use, plus its default group. */
export function standardGroups(
	type: ObjectTypeDef,
	definitions: PropertyDefinition[],
): PropertyGroup[] {
	const names = [type.defaultGroup, ...definitions.map((d) => d.groupName)];
	return [...new Set(names)].map((name, displayOrder) => ({
		name,
		label: GROUP_LABELS[name] ?? `${type.labels.singular} information`,
		displayOrder,
		archived: false,
	}));
}
