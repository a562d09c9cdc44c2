import { InMemoryStore, UniqueConstraintError } from './index';

interface Contact {
	id: string;
	email?: string;
	externalId?: string;
	name?: string;
}

function contacts() {
	return new InMemoryStore<Contact, 'email' | 'externalId'>({
		idOf: (c) => c.id,
		indexes: {
			email: { key: (c) => c.email, caseInsensitive: true },
			externalId: { key: (c) => c.externalId },
		},
	});
}

describe('InMemoryStore', () => {
	it('inserts, gets, updates and deletes by id', () => {
		const store = contacts();
		store.insert({ id: '1', email: 'a@example.com', name: 'Ann' });
		expect(store.get('1')).toEqual({ id: '1', email: 'a@example.com', name: 'Ann' });
		expect(store.update('1', { name: 'Anna' })).toEqual({
			id: '1',
			email: 'a@example.com',
			name: 'Anna',
		});
		expect(store.update('1', (c) => ({ ...c, name: `${c.name}!` }))?.name).toBe('Anna!');
		expect(store.update('missing', { name: 'x' })).toBeUndefined();
		expect(() => store.update('1', { id: '2' })).toThrow('cannot change the id');
		expect(store.size).toBe(1);
		expect(store.delete('1')).toBe(true);
		expect(store.delete('1')).toBe(false);
		expect([store.size, store.get('1'), store.getBy('email', 'a@example.com')]).toEqual([
			0,
			undefined,
			undefined,
		]);
	});

	it('rejects duplicate ids and unique index values, naming the existing owner', () => {
		const store = contacts();
		store.insert({ id: '1', email: 'a@example.com', externalId: 'sf-001' });
		expect(() => store.insert({ id: '1' })).toThrow(UniqueConstraintError);
		let conflict: unknown;
		try {
			store.insert({ id: '2', externalId: 'sf-001' });
		} catch (error) {
			conflict = error;
		}
		expect(conflict).toMatchObject({ index: 'externalId', value: 'sf-001', existingId: '1' });
		expect(store.size).toBe(1);
		store.insert({ id: '2', email: 'b@example.com' });
		expect(() => store.update('2', { email: 'A@EXAMPLE.COM' })).toThrow(UniqueConstraintError);
		expect(store.get('2')?.email).toBe('b@example.com'); // failed update changed nothing
		expect(store.getBy('email', 'b@example.com')?.id).toBe('2');
	});

	it('looks up case-insensitive indexes whatever the case, and exact ones exactly', () => {
		const store = contacts();
		store.insert({ id: '1', email: 'Ann.Lee@Example.com', externalId: 'AbC' });
		expect(store.getBy('email', 'ann.lee@example.COM')?.id).toBe('1');
		expect(store.getBy('externalId', 'AbC')?.id).toBe('1');
		expect(store.getBy('externalId', 'abc')).toBeUndefined();
		expect(() => store.insert({ id: '2', email: 'ANN.LEE@EXAMPLE.COM' })).toThrow(
			UniqueConstraintError,
		);
	});

	it('moves index entries on update and frees them on delete; empty values are not indexed', () => {
		const store = contacts();
		store.insert({ id: '1', email: 'old@example.com' });
		store.insert({ id: '2' });
		store.insert({ id: '3', email: '' });
		store.update('1', { email: 'new@example.com' });
		expect(store.getBy('email', 'old@example.com')).toBeUndefined();
		expect(store.getBy('email', 'new@example.com')?.id).toBe('1');
		store.insert({ id: '4', email: 'old@example.com' });
		store.delete('1');
		store.insert({ id: '5', email: 'new@example.com' });
		expect(store.getBy('email', 'new@example.com')?.id).toBe('5');
	});

	it('upserts by id, keeping the original position', () => {
		const store = contacts();
		expect(store.upsert({ id: 'a', name: 'first' }).created).toBe(true);
		store.insert({ id: 'b' });
		expect(store.upsert({ id: 'a', name: 'second' })).toEqual({
			item: { id: 'a', name: 'second' },
			created: false,
		});
		expect([...store.values()].map((c) => c.id)).toEqual(['a', 'b']);
	});

	it('pages in insertion order with cursors that survive deletes', () => {
		const store = contacts();
		for (let i = 1; i <= 7; i++) store.insert({ id: `c${i}` });
		const first = store.page({ limit: 3 });
		expect(first.items.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
		expect(first.next).toBeDefined();
		store.delete('c4');
		const second = store.page({ after: first.next, limit: 3 });
		expect(second.items.map((c) => c.id)).toEqual(['c5', 'c6', 'c7']);
		expect(second.next).toBeUndefined();
		expect(
			store
				.page({ limit: 10, where: (c) => Number(c.id.slice(1)) % 2 === 1 })
				.items.map((c) => c.id),
		).toEqual(['c1', 'c3', 'c5', 'c7']);
		expect(() => store.page({ after: 'garbage', limit: 1 })).toThrow(RangeError);
		expect(() => store.page({ limit: 0 })).toThrow(RangeError);
	});

	it('keeps cursors valid across deletions and compaction in the middle of a walk', () => {
		const store = contacts();
		for (let i = 0; i < 10_000; i++) store.insert({ id: String(i), email: `u${i}@example.com` });
		for (let i = 0; i < 10_000; i += 3) store.delete(String(i));
		const seen: string[] = [];
		let after: string | undefined;
		do {
			const page = store.page({ after, limit: 100 });
			seen.push(...page.items.map((c) => c.id));
			if (seen.length === 100) {
				// Most of the store goes away behind and ahead of the cursor: the slots are compacted.
				for (let i = 5000; i < 10_000; i++) store.delete(String(i));
				store.delete(page.items[0].id);
			}
			after = page.next;
		} while (after);
		const expected = Array.from({ length: 5000 }, (_, i) => String(i)).filter(
			(id) => Number(id) % 3 !== 0,
		);
		expect(seen).toEqual(expected);
		expect(store.size).toBe(expected.length - 1);
		expect(store.getBy('email', 'u4999@example.com')?.id).toBe('4999');
		expect(store.getBy('email', 'u5000@example.com')).toBeUndefined();
	});
});
