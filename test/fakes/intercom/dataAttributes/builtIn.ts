/**
 * Intercom's own (non-custom) data attributes, as `GET /data_attributes` lists them before any
 * custom one. The company list is the recorded example of descriptions/2.11; the contact list is
 * the fake's selection of the contact model's standard fields.
 */
import type { DataAttribute, DataModel } from './registry';

type Row = [
	name: string,
	fullName: string,
	label: string,
	description: string,
	dataType: string,
	apiWritable: boolean,
];

// One row per attribute reads better than prettier's layout.
// prettier-ignore
const COMPANY: Row[] = [
	['name', 'name', 'Company name', 'The name of a company', 'string', true],
	['company_id', 'company_id', 'Company ID', 'A number identifying a company', 'string', false],
	['last_request_at', 'last_request_at', 'Company last seen', 'The last day anyone from a company visited your site or app', 'date', false],
	['remote_created_at', 'remote_created_at', 'Company created at', 'The day a company was added to Intercom', 'date', true],
	['user_count', 'user_count', 'People', 'The number of people in a company', 'integer', false],
	['session_count', 'session_count', 'Company web sessions', "All visits from anyone in a company to your product's site or app", 'integer', false],
	['name', 'plan.name', 'Plan', 'A specific plan or level within your product that companies have signed up to', 'string', false],
	['monthly_spend', 'monthly_spend', 'Monthly Spend', 'The monthly revenue you receive from a company', 'float', true],
	['size', 'size', 'Company size', 'The number of people employed in this company, expressed as a single number', 'integer', true],
	['industry', 'industry', 'Company industry', "The category or domain this company belongs to e.g. 'ecommerce' or 'SaaS'", 'string', true],
	['website', 'website', 'Company website', "The web address for the company's primary marketing site", 'string', true],
	['id', 'id', 'ID', 'The Intercom defined id representing the company', 'string', false],
	['created_at', 'created_at', 'Created at', 'The time the company was added to Intercom', 'date', false],
	['updated_at', 'updated_at', 'Updated at', 'The last time the company was updated', 'date', false],
	['id', 'plan.id', 'Plan ID', 'The Intercom defined id representing the plan', 'string', false],
	['app_id', 'app_id', 'App ID', 'The Intercom defined id representing the app', 'string', false],
];

// prettier-ignore
const CONTACT: Row[] = [
	['id', 'id', 'ID', 'The Intercom defined id representing the contact', 'string', false],
	['name', 'name', 'Name', "A person's full name", 'string', true],
	['email', 'email', 'Email', "A person's email address", 'string', true],
	['phone', 'phone', 'Phone', "A person's phone number", 'string', true],
	['external_id', 'external_id', 'User ID', 'A number identifying a user', 'string', true],
	['role', 'role', 'Role', 'Whether the contact is a user or a lead', 'string', false],
	['owner_id', 'owner_id', 'Owner', 'The teammate who owns the contact', 'integer', true],
	['avatar', 'avatar', 'Avatar', "An image URL of the contact's avatar", 'string', true],
	['signed_up_at', 'signed_up_at', 'Signed up', 'The time the user signed up', 'date', true],
	['last_seen_at', 'last_seen_at', 'Last seen', 'The last time the contact used your product', 'date', true],
	['created_at', 'created_at', 'First seen', 'The time the contact was added to Intercom', 'date', false],
	['updated_at', 'updated_at', 'Updated at', 'The last time the contact was updated', 'date', false],
	['last_contacted_at', 'last_contacted_at', 'Last contacted', 'The last time a teammate messaged the contact', 'date', false],
	['last_replied_at', 'last_replied_at', 'Last heard from', 'The last time the contact messaged in', 'date', false],
	['last_email_opened_at', 'last_email_opened_at', 'Last opened email', 'The last time the contact opened an email', 'date', false],
	['last_email_clicked_at', 'last_email_clicked_at', 'Last clicked on link in email', 'The last time the contact clicked a link in an email', 'date', false],
	['unsubscribed_from_emails', 'unsubscribed_from_emails', 'Unsubscribed from emails', 'Whether the contact unsubscribed from emails', 'boolean', true],
	['has_hard_bounced', 'has_hard_bounced', 'Has hard bounced', 'Whether an email to the contact hard bounced', 'boolean', false],
	['marked_email_as_spam', 'marked_email_as_spam', 'Marked email as spam', 'Whether the contact marked an email as spam', 'boolean', false],
	['language_override', 'language_override', 'Language override', 'The language the Messenger uses for the contact', 'string', true],
	['browser', 'browser', 'Browser', 'The browser the contact last used', 'string', false],
	['os', 'os', 'OS', 'The operating system the contact last used', 'string', false],
	['country', 'location.country', 'Country', 'The country the contact is in', 'string', false],
	['region', 'location.region', 'Region', 'The region the contact is in', 'string', false],
	['city', 'location.city', 'City', 'The city the contact is in', 'string', false],
];

function build(model: DataModel, rows: Row[]): DataAttribute[] {
	return rows.map(([name, fullName, label, description, dataType, apiWritable]) => ({
		model,
		name,
		fullName,
		label,
		description,
		dataType,
		apiWritable,
		uiWritable: false,
		messengerWritable: true,
		custom: false,
		archived: false,
	}));
}

export const BUILT_IN_ATTRIBUTES: Readonly<Record<DataModel, readonly DataAttribute[]>> = {
	contact: build('contact', CONTACT),
	company: build('company', COMPANY),
};
