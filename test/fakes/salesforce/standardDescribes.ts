/**
 * Describes for the standard objects the org generator produces but no fixture covers: User,
 * Task and Note. Fields, types, lengths, nillability, createability and picklists follow Salesforce's
 * Object Reference; every entry is a complete `fields[]` object (see fieldDescribe.ts).
 * Also the standard fields every custom object gets.
 */
import { makeField, makeObjectDescribe, type FieldSpec } from './fieldDescribe';
import type { FieldDescribe, SObjectDescribe } from './types';

const readOnly = { createable: false, updateable: false } as const;

function auditFields(): FieldSpec[] {
	return [
		{ name: 'CreatedDate', type: 'datetime', nillable: false, defaultedOnCreate: true, ...readOnly },
		{ name: 'CreatedById', type: 'reference', label: 'Created By ID', referenceTo: ['User'], relationshipName: 'CreatedBy', nillable: false, defaultedOnCreate: true, ...readOnly },
		{ name: 'LastModifiedDate', type: 'datetime', nillable: false, defaultedOnCreate: true, ...readOnly },
		{ name: 'LastModifiedById', type: 'reference', label: 'Last Modified By ID', referenceTo: ['User'], relationshipName: 'LastModifiedBy', nillable: false, defaultedOnCreate: true, ...readOnly },
		{ name: 'SystemModstamp', type: 'datetime', label: 'System Modstamp', nillable: false, defaultedOnCreate: true, ...readOnly },
	];
}

const GEOCODE_ACCURACY = ['Address', 'NearAddress', 'Block', 'Street', 'ExtendedZip', 'Zip', 'Neighborhood', 'City', 'County', 'State', 'Unknown'];
const TIME_ZONES = [
	'Pacific/Kiritimati', 'Pacific/Auckland', 'Australia/Sydney', 'Asia/Tokyo', 'Asia/Singapore', 'Asia/Shanghai',
	'Asia/Kolkata', 'Asia/Dubai', 'Europe/Moscow', 'Europe/Athens', 'Europe/Berlin', 'Europe/Paris', 'Europe/London',
	'GMT', 'America/Sao_Paulo', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix',
	'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu',
];
const LOCALES = ['en_US', 'en_GB', 'en_AU', 'en_CA', 'de_DE', 'fr_FR', 'es_ES', 'it_IT', 'ja_JP', 'zh_CN', 'pt_BR', 'nl_NL'];
const LANGUAGES = ['en_US', 'de', 'es', 'fr', 'it', 'ja', 'sv', 'ko', 'zh_TW', 'zh_CN', 'pt_BR', 'nl_NL', 'da', 'th', 'fi', 'ru', 'es_MX', 'no'];
const ENCODINGS = ['UTF-8', 'ISO-8859-1', 'Shift_JIS', 'ISO-2022-JP', 'EUC-JP', 'ks_c_5601-1987', 'Big5', 'GB2312'];
const USER_TYPES = ['Standard', 'PowerPartner', 'PowerCustomerSuccess', 'CustomerSuccess', 'Guest', 'CspLitePortal', 'CsnOnly', 'SelfService'];

const addressPart = (name: string, type: FieldSpec['type'], extra: Partial<FieldSpec> = {}): FieldSpec => ({
	name,
	type,
	compoundFieldName: 'Address',
	...extra,
});

const USER_FIELDS: FieldSpec[] = [
	{ name: 'Id', type: 'id', label: 'User ID' },
	{ name: 'Username', type: 'string', length: 80, nillable: false, unique: true, idLookup: true },
	{ name: 'LastName', type: 'string', length: 80, nillable: false, compoundFieldName: 'Name', extraTypeInfo: 'personname' },
	{ name: 'FirstName', type: 'string', length: 40, compoundFieldName: 'Name', extraTypeInfo: 'personname' },
	{ name: 'MiddleName', type: 'string', length: 40, compoundFieldName: 'Name', extraTypeInfo: 'personname' },
	{ name: 'Suffix', type: 'string', length: 40, compoundFieldName: 'Name', extraTypeInfo: 'personname' },
	{ name: 'Name', type: 'string', label: 'Full Name', length: 121, nillable: false, nameField: true, extraTypeInfo: 'personname', ...readOnly },
	{ name: 'CompanyName', type: 'string', label: 'Company Name', length: 80 },
	{ name: 'Division', type: 'string', length: 80 },
	{ name: 'Department', type: 'string', length: 80 },
	{ name: 'Title', type: 'string', length: 80 },
	addressPart('Street', 'textarea', { length: 255 }),
	addressPart('City', 'string', { length: 40 }),
	addressPart('State', 'string', { label: 'State/Province', length: 80 }),
	addressPart('PostalCode', 'string', { label: 'Zip/Postal Code', length: 20 }),
	addressPart('Country', 'string', { length: 80 }),
	addressPart('Latitude', 'double', { scale: 15 }),
	addressPart('Longitude', 'double', { scale: 15 }),
	addressPart('GeocodeAccuracy', 'picklist', { label: 'Geocode Accuracy', length: 40, picklist: GEOCODE_ACCURACY, restrictedPicklist: true }),
	{ name: 'Address', type: 'address', ...readOnly },
	{ name: 'Email', type: 'email', length: 128, nillable: false },
	{ name: 'SenderEmail', type: 'email', label: 'Email Sender Address', length: 80 },
	{ name: 'SenderName', type: 'string', label: 'Email Sender Name', length: 80 },
	{ name: 'Signature', type: 'textarea', label: 'Email Signature', length: 1333 },
	{ name: 'Phone', type: 'phone' },
	{ name: 'Fax', type: 'phone' },
	{ name: 'MobilePhone', type: 'phone', label: 'Mobile' },
	{ name: 'Alias', type: 'string', length: 8, nillable: false },
	{ name: 'CommunityNickname', type: 'string', label: 'Nickname', length: 40, nillable: false, unique: true },
	{ name: 'BadgeText', type: 'string', label: 'User Photo badge text overlay', length: 80, ...readOnly },
	{ name: 'IsActive', type: 'boolean', label: 'Active' },
	{ name: 'TimeZoneSidKey', type: 'picklist', label: 'Time Zone', length: 40, nillable: false, picklist: TIME_ZONES, restrictedPicklist: true },
	{ name: 'UserRoleId', type: 'reference', label: 'Role ID', referenceTo: ['UserRole'], relationshipName: 'UserRole' },
	{ name: 'LocaleSidKey', type: 'picklist', label: 'Locale', length: 40, nillable: false, picklist: LOCALES, restrictedPicklist: true },
	{ name: 'ReceivesInfoEmails', type: 'boolean', label: 'Info Emails' },
	{ name: 'ReceivesAdminInfoEmails', type: 'boolean', label: 'Admin Info Emails' },
	{ name: 'EmailEncodingKey', type: 'picklist', label: 'Email Encoding', length: 40, nillable: false, picklist: ENCODINGS, restrictedPicklist: true },
	{ name: 'ProfileId', type: 'reference', label: 'Profile ID', referenceTo: ['Profile'], relationshipName: 'Profile', nillable: false },
	{ name: 'UserType', type: 'picklist', label: 'User Type', length: 40, picklist: USER_TYPES, restrictedPicklist: true, defaultedOnCreate: true, ...readOnly },
	{ name: 'LanguageLocaleKey', type: 'picklist', label: 'Language', length: 40, nillable: false, picklist: LANGUAGES, restrictedPicklist: true },
	{ name: 'EmployeeNumber', type: 'string', label: 'Employee Number', length: 20 },
	{ name: 'DelegatedApproverId', type: 'reference', label: 'Delegated Approver ID', referenceTo: ['Group', 'User'], relationshipName: null },
	{ name: 'ManagerId', type: 'reference', label: 'Manager ID', referenceTo: ['User'], relationshipName: 'Manager' },
	{ name: 'LastLoginDate', type: 'datetime', label: 'Last Login', ...readOnly },
	{ name: 'LastPasswordChangeDate', type: 'datetime', label: 'Last Password Change or Reset', ...readOnly },
	...auditFields(),
	{ name: 'ContactId', type: 'reference', label: 'Contact ID', referenceTo: ['Contact'], relationshipName: 'Contact' },
	{ name: 'AccountId', type: 'reference', label: 'Account ID', referenceTo: ['Account'], relationshipName: 'Account', ...readOnly },
	{ name: 'FederationIdentifier', type: 'string', label: 'SAML Federation ID', length: 512, idLookup: true },
	{ name: 'AboutMe', type: 'textarea', label: 'About Me', length: 1000 },
	{ name: 'FullPhotoUrl', type: 'url', label: 'Url for full-sized Photo', length: 1024, extraTypeInfo: 'imageurl', ...readOnly },
	{ name: 'SmallPhotoUrl', type: 'url', label: 'Photo', length: 1024, extraTypeInfo: 'imageurl', ...readOnly },
	{ name: 'IsProfilePhotoActive', type: 'boolean', label: 'Has Profile Photo', ...readOnly },
	{ name: 'LastViewedDate', type: 'datetime', label: 'Last Viewed Date', ...readOnly },
	{ name: 'LastReferencedDate', type: 'datetime', label: 'Last Referenced Date', ...readOnly },
];

/** The objects an activity's WhatId may point at (a standard org has many more). */
const WHAT_TARGETS = ['Account', 'Asset', 'Campaign', 'Case', 'Contract', 'Opportunity', 'Order', 'Product2', 'Solution'];
const RECURRENCE_TYPES = ['RecursDaily', 'RecursEveryWeekday', 'RecursMonthly', 'RecursMonthlyNth', 'RecursWeekly', 'RecursYearly', 'RecursYearlyNth'];

const TASK_FIELDS: FieldSpec[] = [
	{ name: 'Id', type: 'id', label: 'Activity ID' },
	{ name: 'WhoId', type: 'reference', label: 'Name ID', referenceTo: ['Contact', 'Lead'], relationshipName: 'Who' },
	{ name: 'WhatId', type: 'reference', label: 'Related To ID', referenceTo: WHAT_TARGETS, relationshipName: 'What' },
	{ name: 'WhoCount', type: 'int', label: 'Relation Count', digits: 9, ...readOnly },
	{ name: 'WhatCount', type: 'int', label: 'Related To Count', digits: 9, ...readOnly },
	{ name: 'Subject', type: 'combobox', nameField: true, picklist: ['Call', 'Send Letter', 'Send Quote', 'Other'] },
	{ name: 'ActivityDate', type: 'date', label: 'Due Date Only' },
	{ name: 'Status', type: 'picklist', length: 40, nillable: false, defaultedOnCreate: true, picklist: ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred'] },
	{ name: 'Priority', type: 'picklist', length: 40, nillable: false, defaultedOnCreate: true, picklist: ['High', 'Normal', 'Low'] },
	{ name: 'IsHighPriority', type: 'boolean', label: 'High Priority', ...readOnly },
	{ name: 'OwnerId', type: 'reference', label: 'Assigned To ID', referenceTo: ['Group', 'User'], relationshipName: 'Owner', nillable: false, defaultedOnCreate: true },
	{ name: 'Description', type: 'textarea', length: 32000 },
	{ name: 'Type', type: 'picklist', length: 40, picklist: ['Call', 'Email', 'Meeting', 'Other'] },
	{ name: 'IsDeleted', type: 'boolean', label: 'Deleted', ...readOnly },
	{ name: 'AccountId', type: 'reference', label: 'Account ID', referenceTo: ['Account'], relationshipName: 'Account', ...readOnly },
	{ name: 'IsClosed', type: 'boolean', label: 'Closed', ...readOnly },
	...auditFields(),
	{ name: 'IsArchived', type: 'boolean', label: 'Archived', ...readOnly },
	{ name: 'CallDurationInSeconds', type: 'int', label: 'Call Duration', digits: 8 },
	{ name: 'CallType', type: 'picklist', length: 40, picklist: ['Internal', 'Inbound', 'Outbound'], restrictedPicklist: true },
	{ name: 'CallDisposition', type: 'string', label: 'Call Result', length: 255 },
	{ name: 'CallObject', type: 'string', label: 'Call Object Identifier', length: 255 },
	{ name: 'ReminderDateTime', type: 'datetime', label: 'Reminder Date/Time' },
	{ name: 'IsReminderSet', type: 'boolean', label: 'Reminder Set' },
	{ name: 'RecurrenceActivityId', type: 'reference', label: 'Recurrence Activity ID', referenceTo: ['Task'], relationshipName: null, ...readOnly },
	{ name: 'IsRecurrence', type: 'boolean', label: 'Create Recurring Series of Tasks', createable: true, updateable: false },
	{ name: 'RecurrenceStartDateOnly', type: 'date', label: 'Recurrence Start' },
	{ name: 'RecurrenceEndDateOnly', type: 'date', label: 'Recurrence End' },
	{ name: 'RecurrenceTimeZoneSidKey', type: 'picklist', label: 'Recurrence Time Zone', length: 40, picklist: TIME_ZONES, restrictedPicklist: true },
	{ name: 'RecurrenceType', type: 'picklist', label: 'Recurrence Type', length: 40, picklist: RECURRENCE_TYPES, restrictedPicklist: true },
	{ name: 'RecurrenceInterval', type: 'int', label: 'Recurrence Interval', digits: 9 },
	{ name: 'RecurrenceDayOfWeekMask', type: 'int', label: 'Recurrence Day of Week Mask', digits: 9 },
	{ name: 'RecurrenceDayOfMonth', type: 'int', label: 'Recurrence Day of Month', digits: 9 },
	{ name: 'RecurrenceInstance', type: 'picklist', label: 'Recurrence Instance', length: 40, picklist: ['First', 'Second', 'Third', 'Fourth', 'Last'], restrictedPicklist: true },
	{ name: 'RecurrenceMonthOfYear', type: 'picklist', label: 'Recurrence Month of Year', length: 40, picklist: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'], restrictedPicklist: true },
	{ name: 'RecurrenceRegeneratedType', type: 'picklist', label: 'Repeat This Task', length: 40, picklist: ['RecurrenceRegenerateAfterDueDate', 'RecurrenceRegenerateAfterToday', 'RecurrenceRegenerated'], restrictedPicklist: true },
	{ name: 'TaskSubtype', type: 'picklist', label: 'Task Subtype', length: 40, picklist: ['Task', 'Email', 'ListEmail', 'Cadence', 'Call', 'LinkedIn'], restrictedPicklist: true, createable: true, updateable: false },
	{ name: 'CompletedDateTime', type: 'datetime', label: 'Completed Date/Time', ...readOnly },
];

/** What a classic Note can be attached to in a standard org (custom objects add theirs). */
const NOTE_PARENTS = ['Account', 'Asset', 'Campaign', 'Case', 'Contact', 'Contract', 'Lead', 'Opportunity', 'Order', 'Product2', 'Solution'];

const NOTE_FIELDS: FieldSpec[] = [
	{ name: 'Id', type: 'id', label: 'Note ID' },
	{ name: 'IsDeleted', type: 'boolean', label: 'Deleted', ...readOnly },
	{ name: 'ParentId', type: 'reference', label: 'Parent ID', referenceTo: NOTE_PARENTS, relationshipName: 'Parent', nillable: false, createable: true, updateable: false },
	{ name: 'Title', type: 'string', length: 80, nillable: false, nameField: true },
	{ name: 'IsPrivate', type: 'boolean', label: 'Private' },
	{ name: 'Body', type: 'textarea', length: 32000 },
	{ name: 'OwnerId', type: 'reference', label: 'Owner ID', referenceTo: ['User'], relationshipName: 'Owner', nillable: false, defaultedOnCreate: true },
	...auditFields(),
];

export function userDescribe(apiVersion: string): SObjectDescribe {
	return makeObjectDescribe({
		name: 'User',
		label: 'User',
		labelPlural: 'Users',
		keyPrefix: '005',
		fields: USER_FIELDS.map(makeField),
		deletable: false,
		undeletable: false,
		feedEnabled: true,
		apiVersion,
	});
}

export function taskDescribe(apiVersion: string): SObjectDescribe {
	return makeObjectDescribe({
		name: 'Task',
		label: 'Task',
		labelPlural: 'Tasks',
		keyPrefix: '00T',
		fields: TASK_FIELDS.map(makeField),
		apiVersion,
	});
}

export function noteDescribe(apiVersion: string): SObjectDescribe {
	return makeObjectDescribe({
		name: 'Note',
		label: 'Note',
		labelPlural: 'Notes',
		keyPrefix: '002',
		fields: NOTE_FIELDS.map(makeField),
		apiVersion,
	});
}

/** The standard fields of every custom object (Name is its name field). */
export function customObjectStandardFields(label: string): FieldDescribe[] {
	const specs: FieldSpec[] = [
		{ name: 'Id', type: 'id', label: 'Record ID' },
		{ name: 'OwnerId', type: 'reference', label: 'Owner ID', referenceTo: ['Group', 'User'], relationshipName: 'Owner', nillable: false, defaultedOnCreate: true },
		{ name: 'IsDeleted', type: 'boolean', label: 'Deleted', ...readOnly },
		{ name: 'Name', type: 'string', label: `${label} Name`, length: 80, nameField: true, nillable: true },
		...auditFields(),
		{ name: 'LastViewedDate', type: 'datetime', label: 'Last Viewed Date', ...readOnly },
		{ name: 'LastReferencedDate', type: 'datetime', label: 'Last Referenced Date', ...readOnly },
	];
	return specs.map(makeField);
}
