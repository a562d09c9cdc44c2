/**
 * The contacts the built-in side writes: one generator, kept as JavaScript source so that n8n's Code
 * node runs exactly the function this process uses to check what landed in the fake.
 */
import * as vm from 'node:vm';

export interface BuiltinContact {
	email: string;
	firstname: string;
	lastname: string;
	company: string;
}

/** `(i, seed, prefix) => contact`, `i` from 1: `<prefix>-<i>@example.com`, names picked by seed. */
export const BUILTIN_CONTACT_SOURCE = `function builtinContact(i, seed, prefix) {
	const first = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Margaret', 'Niklaus'];
	const last = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson', 'Hamilton', 'Wirth'];
	const h = (Math.imul(i, 2654435761) ^ seed) >>> 0;
	return {
		email: prefix + '-' + i + '@example.com',
		firstname: first[h % 10],
		lastname: last[(h >>> 8) % 10],
		company: 'Company ' + ((h >>> 16) % 100),
	};
}`;

export const builtinContact = vm.runInNewContext(`(${BUILTIN_CONTACT_SOURCE})`) as (
	i: number,
	seed: number,
	prefix: string,
) => BuiltinContact;

/** The index `i` of a generated email, or undefined for any other address. */
export function builtinContactIndex(email: string, prefix: string): number | undefined {
	const match = /^(.+)-(\d+)@example\.com$/i.exec(email);
	return match && match[1].toLowerCase() === prefix.toLowerCase() ? Number(match[2]) : undefined;
}
