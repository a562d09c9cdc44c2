/**
 * The contacts `bench:intercom` writes: one generator, kept as JavaScript source so that n8n's Code
 * node (ours: in the page sub-workflow; the built-in side: in its sub-workflow) runs exactly the
 * function this process uses to know what must have landed in the fake Intercom.
 */
import * as vm from 'node:vm';
import type { FakeIntercom } from '../../fakes/intercom';

export interface BenchContact {
	/** `003<tag><13 digits>`: 18 characters, like a Salesforce Contact Id. */
	external_id: string;
	/** `<tag, lower case>-bench-<index>@example.com`. */
	email: string;
	name: string;
	phone: string;
	/** Unix seconds. */
	signed_up_at: number;
}

/**
 * `(index, tag) => contact`, index from 0; `tag` (two letters) keeps the sides apart: ours `Ic`,
 * the built-in node's `Bi`. Standard Intercom fields only, so no data attribute is needed.
 */
export const BENCH_CONTACT_SOURCE = `function benchContact(index, tag) {
	const first = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Margaret', 'Niklaus'];
	const last = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson', 'Hamilton', 'Wirth'];
	return {
		external_id: '003' + tag + String(index).padStart(13, '0'),
		email: tag.toLowerCase() + '-bench-' + index + '@example.com',
		name: first[index % 10] + ' ' + last[Math.floor(index / 10) % 10],
		phone: '+1 555 ' + String(index % 10000000).padStart(7, '0'),
		signed_up_at: 1700000000 + index,
	};
}`;

export const benchContact = vm.runInNewContext(`(${BENCH_CONTACT_SOURCE})`) as (
	index: number,
	tag: string,
) => BenchContact;

export interface LandedContacts {
	/** Generated external_ids (indexes 0..records-1) held by a contact in the fake. */
	landed: number;
	/** `records` − `landed`. */
	lost: number;
	/** Contacts beyond one per generated record (matched by external_id, else by email). */
	duplicated: number;
	/** Contacts beyond one per generated external_id (the fake's unique index makes it 0). */
	duplicatedByExternalId: number;
	/** Contacts beyond one per generated email (users' emails are unique in the fake: 0). */
	duplicatedByEmail: number;
	/** Generated contacts that landed without their external_id (found by email only). */
	withoutExternalId: number;
	/** Landed contacts whose compared fields (default email, name, phone) differ from the generated ones. */
	mismatched: number;
	/** Contacts of that tag whose external_id or email points at no index below `records`. */
	strays: number;
}

function indexOf(value: unknown, pattern: RegExp): number | undefined {
	const match = typeof value === 'string' ? pattern.exec(value) : null;
	return match ? Number(match[1]) : undefined;
}

export type ComparedField = 'email' | 'name' | 'phone';

/** What the fake holds of the `records` generated contacts of one tag. */
export function landedContacts(
	fake: FakeIntercom,
	records: number,
	tag: string,
	compared: ComparedField[] = ['email', 'name', 'phone'],
): LandedContacts {
	const byExternalId = new RegExp(`^003${tag}(\\d{13})$`);
	const byEmail = new RegExp(`^${tag.toLowerCase()}-bench-(\\d+)@example\\.com$`, 'i');
	const perRecord = new Map<number, number>();
	const perExternalId = new Map<number, number>();
	const perEmail = new Map<number, number>();
	const bump = (map: Map<number, number>, index: number) =>
		map.set(index, (map.get(index) ?? 0) + 1);
	const inRange = (index: number | undefined): index is number =>
		index !== undefined && Number.isSafeInteger(index) && index >= 0 && index < records;
	let withoutExternalId = 0;
	let mismatched = 0;
	let strays = 0;
	for (const contact of fake.contacts.all()) {
		const fromExternalId = indexOf(contact.external_id, byExternalId);
		const fromEmail = indexOf(contact.email, byEmail);
		if (fromExternalId === undefined && fromEmail === undefined) continue;
		if (!inRange(fromExternalId) && !inRange(fromEmail)) {
			strays++;
			continue;
		}
		if (inRange(fromExternalId)) bump(perExternalId, fromExternalId);
		if (inRange(fromEmail)) bump(perEmail, fromEmail);
		const index = inRange(fromExternalId) ? fromExternalId : (fromEmail as number);
		if (!inRange(fromExternalId)) withoutExternalId++;
		bump(perRecord, index);
		if ((perRecord.get(index) ?? 0) > 1) continue;
		const expected = benchContact(index, tag);
		const differs = (field: ComparedField) =>
			field === 'email'
				? String(contact.email ?? '').toLowerCase() !== expected.email
				: contact[field] !== expected[field];
		if (compared.some(differs)) mismatched++;
	}
	const beyondOne = (map: Map<number, number>) =>
		[...map.values()].reduce((sum, count) => sum + count - 1, 0);
	return {
		landed: perExternalId.size,
		lost: records - perExternalId.size,
		duplicated: beyondOne(perRecord),
		duplicatedByExternalId: beyondOne(perExternalId),
		duplicatedByEmail: beyondOne(perEmail),
		withoutExternalId,
		mismatched,
		strays,
	};
}
