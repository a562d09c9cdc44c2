import { fieldTypes } from './describeFixtures';
import { parseSalesforceId } from './ids';
import { createOrg } from './index';
import { OBJECT_NAMES, type ObjectName, type SfRecord } from './types';

/** Objects the generator does not produce (profiles, roles): their ids are fixed placeholders. */
const NOT_GENERATED = new Set(['Profile', 'UserRole']);

describe('referential integrity', () => {
	const org = createOrg({ seed: 33, totalRecords: 3000 });
	const all = Object.fromEntries(OBJECT_NAMES.map((object) => [object, [...org.records(object)]])) as Record<ObjectName, SfRecord[]>;

	/** `${object}:${index}:${field}` -> missing id, from the manifest. */
	const dangling = new Map<string, string>();
	for (const object of OBJECT_NAMES) {
		const group = org.anomalies(object, { limit: Infinity }).danglingReference;
		for (const entry of group?.entries ?? []) for (const field of entry.fields) dangling.set(`${object}:${entry.index}:${field}`, entry.related!.id);
	}

	it('lists some dangling references', () => {
		expect(dangling.size).toBeGreaterThanOrEqual(7);
	});

	it.each(OBJECT_NAMES)('every %s reference points at an existing record of an allowed object, except the listed dangling ones', (object) => {
		const types = fieldTypes(object);
		const problems: string[] = [];
		let checked = 0;
		all[object].forEach((record, index) => {
			for (const [field, value] of Object.entries(record)) {
				const t = types.get(field)!;
				if (t.type !== 'reference' || value === null) continue;
				if (t.referenceTo.every((target) => NOT_GENERATED.has(target))) continue;
				checked++;
				const key = `${object}:${index}:${field}`;
				const target = org.locate(value as string);
				if (dangling.has(key)) {
					// Listed as dangling: a well-formed id of the right object that really does not exist.
					if (dangling.get(key) !== value) problems.push(`${key}: value ${String(value)} is not the listed ${dangling.get(key)}`);
					if (target !== null) problems.push(`${key}: listed as dangling but ${String(value)} exists`);
					if (parseSalesforceId(value as string) === null) problems.push(`${key}: malformed id`);
				} else if (target === null) {
					problems.push(`${key}: ${String(value)} does not exist`);
				} else if (!t.referenceTo.includes(target.object)) {
					problems.push(`${key}: points at a ${target.object}, expected ${t.referenceTo.join('|')}`);
				}
			}
		});
		expect(problems.slice(0, 20)).toEqual([]);
		if (org.counts[object] > 0) expect(checked).toBeGreaterThan(0);
	});

	it('every dangling reference in the manifest is in its record', () => {
		for (const [key, id] of dangling) {
			const [object, index, field] = key.split(':');
			expect(all[object as ObjectName][Number(index)][field]).toBe(id);
		}
	});

	it('most Contacts belong to an Account; Opportunities too', () => {
		const withAccount = all.Contact.filter((c) => c.AccountId !== null && org.locate(c.AccountId as string)).length;
		expect(withAccount / all.Contact.length).toBeGreaterThan(0.85);
		expect(all.Opportunity.filter((o) => o.AccountId !== null).length / all.Opportunity.length).toBeGreaterThan(0.9);
	});

	it('keeps derived references consistent', () => {
		const byId = new Map<string, SfRecord>();
		for (const object of OBJECT_NAMES) for (const r of all[object]) byId.set(r.Id as string, r);
		for (const k of all.Case) {
			const contact = k.ContactId === null ? undefined : byId.get(k.ContactId as string);
			if (contact) {
				expect(k.ContactEmail).toBe(contact.Email);
				if (contact.AccountId !== null && byId.has(contact.AccountId as string)) expect(k.AccountId).toBe(contact.AccountId);
			}
		}
		for (const object of ['Task', 'Event'] as const) {
			for (const t of all[object]) {
				const what = t.WhatId === null ? undefined : byId.get(t.WhatId as string);
				if (what && (t.WhatId as string).startsWith('001')) expect(t.AccountId).toBe(t.WhatId);
				if (what && (t.WhatId as string).startsWith('006')) expect(t.AccountId).toBe(what.AccountId);
				// Salesforce does not allow a WhatId with a Lead as WhoId.
				if (typeof t.WhoId === 'string' && t.WhoId.startsWith('00Q')) expect(t.WhatId).toBeNull();
			}
		}
		for (const l of all.Lead.filter((x) => x.IsConverted)) {
			const contact = byId.get(l.ConvertedContactId as string)!;
			expect(contact).toBeDefined();
			expect(l.ConvertedAccountId).toBe(contact.AccountId !== null && byId.has(contact.AccountId as string) ? contact.AccountId : null);
		}
	});

	it('hangs notes on accounts, contacts, opportunities, leads (converted ones too) and cases', () => {
		const parents = new Map<string, number>();
		for (const note of all.Note) {
			const parent = org.locate(note.ParentId as string);
			if (parent) parents.set(parent.object, (parents.get(parent.object) ?? 0) + 1);
		}
		expect([...parents.keys()].sort()).toEqual(['Account', 'Case', 'Contact', 'Lead', 'Opportunity']);
		expect(parents.get('Account')! / all.Note.length).toBeGreaterThan(0.2);
		const leadsById = new Map(all.Lead.map((lead) => [lead.Id as string, lead]));
		expect(all.Note.some((note) => leadsById.get(note.ParentId as string)?.IsConverted === true)).toBe(true);
	});

	it('gives each Opportunity with contact roles exactly one primary role, on a contact', () => {
		const primaries = new Map<string, number>();
		for (const r of all.OpportunityContactRole) {
			if (!primaries.has(r.OpportunityId as string)) primaries.set(r.OpportunityId as string, 0);
			if (r.IsPrimary) primaries.set(r.OpportunityId as string, primaries.get(r.OpportunityId as string)! + 1);
		}
		expect([...primaries.values()].every((n) => n === 1)).toBe(true);
		const withRoles = primaries.size / all.Opportunity.length;
		expect(withRoles).toBeGreaterThan(0.5);
		expect(withRoles).toBeLessThan(0.7);
	});

	it('spreads ownership over the users, most of it on a few', () => {
		const owners = new Map<string, number>();
		for (const object of OBJECT_NAMES) for (const r of all[object]) if (typeof r.OwnerId === 'string') owners.set(r.OwnerId, (owners.get(r.OwnerId) ?? 0) + 1);
		expect(owners.size).toBe(org.counts.User);
	});
});
