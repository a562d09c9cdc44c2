/**
 * The real describe responses in ../shared/fixtures/salesforce/describe (beside the repo), for the
 * tests; plus the standard fields of User, Task and Note, which have no fixture.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { ObjectName } from './types';

export const DESCRIBE_DIR = path.join(__dirname, '../../../../shared/fixtures/salesforce/describe');

export interface DescribeField {
	name: string;
	type: string;
	nillable: boolean;
	referenceTo: string[];
	picklistValues: { value: string; active: boolean }[];
	length: number;
}

export interface Describe {
	name: string;
	keyPrefix: string;
	fields: DescribeField[];
}

/** Objects with a describe fixture. */
export const DESCRIBED: readonly ObjectName[] = ['Account', 'Contact', 'Lead', 'Opportunity', 'OpportunityContactRole', 'Case', 'Event'];

export function loadDescribe(object: ObjectName): Describe {
	return JSON.parse(fs.readFileSync(path.join(DESCRIBE_DIR, `${object}.describe.json`), 'utf8')) as Describe;
}

/**
 * Standard API fields (Salesforce Object Reference, User, Task and Note) with their types, for the
 * objects the fixtures do not describe. Only the fields the generator uses are listed.
 */
export const STANDARD_FIELDS: Readonly<Partial<Record<ObjectName, Readonly<Record<string, string>>>>> = {
	User: {
		Id: 'id', Username: 'string', LastName: 'string', FirstName: 'string', Name: 'string', CompanyName: 'string',
		Division: 'string', Department: 'string', Title: 'string', Street: 'textarea', City: 'string', State: 'string',
		PostalCode: 'string', Country: 'string', Email: 'email', Phone: 'phone', MobilePhone: 'phone', Alias: 'string',
		CommunityNickname: 'string', IsActive: 'boolean', TimeZoneSidKey: 'picklist', UserRoleId: 'reference',
		LocaleSidKey: 'picklist', EmailEncodingKey: 'picklist', ProfileId: 'reference', UserType: 'picklist',
		LanguageLocaleKey: 'picklist', EmployeeNumber: 'string', ManagerId: 'reference', LastLoginDate: 'datetime',
		CreatedDate: 'datetime', CreatedById: 'reference', LastModifiedDate: 'datetime', LastModifiedById: 'reference',
		SystemModstamp: 'datetime',
	},
	Task: {
		Id: 'id', WhoId: 'reference', WhatId: 'reference', Subject: 'combobox', ActivityDate: 'date', Status: 'picklist',
		Priority: 'picklist', IsHighPriority: 'boolean', OwnerId: 'reference', Description: 'textarea', IsDeleted: 'boolean',
		AccountId: 'reference', IsClosed: 'boolean', CreatedDate: 'datetime', CreatedById: 'reference',
		LastModifiedDate: 'datetime', LastModifiedById: 'reference', SystemModstamp: 'datetime', IsArchived: 'boolean',
		CallDurationInSeconds: 'int', CallType: 'picklist', CallDisposition: 'string', CallObject: 'string',
		ReminderDateTime: 'datetime', IsReminderSet: 'boolean', RecurrenceActivityId: 'reference', IsRecurrence: 'boolean',
		TaskSubtype: 'picklist', CompletedDateTime: 'datetime',
	},
	Note: {
		Id: 'id', IsDeleted: 'boolean', ParentId: 'reference', Title: 'string', IsPrivate: 'boolean', Body: 'textarea',
		OwnerId: 'reference', CreatedDate: 'datetime', CreatedById: 'reference', LastModifiedDate: 'datetime',
		LastModifiedById: 'reference', SystemModstamp: 'datetime',
	},
};

/** Fields of the standard lists that Salesforce never leaves empty (the rest are treated as nillable). */
const STANDARD_REQUIRED: ReadonlySet<string> = new Set([
	'Note.Id', 'Note.IsDeleted', 'Note.ParentId', 'Note.Title', 'Note.IsPrivate', 'Note.OwnerId', 'Note.CreatedDate',
	'Note.CreatedById', 'Note.LastModifiedDate', 'Note.LastModifiedById', 'Note.SystemModstamp',
]);

/** Where each reference field of User, Task and Note may point. */
export const STANDARD_REFERENCES: Readonly<Record<string, readonly string[]>> = {
	'User.UserRoleId': ['UserRole'],
	'User.ProfileId': ['Profile'],
	'User.ManagerId': ['User'],
	'User.CreatedById': ['User'],
	'User.LastModifiedById': ['User'],
	'Task.WhoId': ['Contact', 'Lead'],
	'Task.WhatId': ['Account', 'Opportunity', 'Case'],
	'Task.OwnerId': ['User'],
	'Task.AccountId': ['Account'],
	'Task.CreatedById': ['User'],
	'Task.LastModifiedById': ['User'],
	'Task.RecurrenceActivityId': ['Task'],
	'Note.ParentId': ['Account', 'Contact', 'Lead', 'Opportunity', 'Case'],
	'Note.OwnerId': ['User'],
	'Note.CreatedById': ['User'],
	'Note.LastModifiedById': ['User'],
};

/** Field name -> { type, referenceTo, picklist, nillable } for any generated object. */
export function fieldTypes(object: ObjectName): Map<string, { type: string; referenceTo: readonly string[]; picklist: readonly string[] | null; nillable: boolean }> {
	const out = new Map<string, { type: string; referenceTo: readonly string[]; picklist: readonly string[] | null; nillable: boolean }>();
	const standard = STANDARD_FIELDS[object];
	if (standard) {
		for (const [name, type] of Object.entries(standard)) {
			const key = `${object}.${name}`;
			out.set(name, { type, referenceTo: STANDARD_REFERENCES[key] ?? [], picklist: null, nillable: !STANDARD_REQUIRED.has(key) });
		}
		return out;
	}
	for (const f of loadDescribe(object).fields) {
		out.set(f.name, {
			type: f.type,
			referenceTo: f.referenceTo ?? [],
			picklist: f.picklistValues && f.picklistValues.length > 0 ? f.picklistValues.map((p) => p.value) : null,
			nillable: f.nillable,
		});
	}
	return out;
}
