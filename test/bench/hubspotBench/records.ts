/**
 * The records `bench:hubspot` writes: one generator, kept as JavaScript source so that n8n's Code
 * node (in the page sub-workflow) runs exactly the function this process uses to know the keys
 * that must have landed in the fake.
 */
import * as vm from 'node:vm';
import type { FakeHubSpot } from '../../fakes/hubspot';

export type BenchObjectType = 'contacts' | 'companies';

export const BENCH_OBJECT_TYPES: BenchObjectType[] = ['contacts', 'companies'];

/**
 * `(objectType, index) => properties`, index from 0. Contacts: `salesforce_id` 003Bn + 13 digits,
 * email, firstname, lastname, phone. Companies: 001Bn + 13 digits, name, domain, city (free text
 * only: no enumeration such as industry).
 */
export const BENCH_RECORD_SOURCE = `function benchRecord(objectType, index) {
	const digits = String(index).padStart(13, '0');
	if (objectType === 'contacts') {
		const first = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Margaret', 'Niklaus'];
		const last = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson', 'Hamilton', 'Wirth'];
		return {
			salesforce_id: '003Bn' + digits,
			email: 'bench-' + index + '@example.com',
			firstname: first[index % 10],
			lastname: last[Math.floor(index / 10) % 10],
			phone: '+1 555 ' + String(index % 10000000).padStart(7, '0'),
		};
	}
	const cities = ['Boston', 'Dublin', 'Berlin', 'Paris', 'Sydney', 'Toronto', 'Tokyo', 'Madrid'];
	return {
		salesforce_id: '001Bn' + digits,
		name: 'Bench Company ' + index,
		domain: 'bench-company-' + index + '.example.com',
		city: cities[index % 8],
	};
}`;

export const benchRecord = vm.runInNewContext(`(${BENCH_RECORD_SOURCE})`) as (
	objectType: BenchObjectType,
	index: number,
) => Record<string, string>;

/** The `salesforce_id` prefix of one object type's generated records. */
const KEY_PREFIX: Record<BenchObjectType, string> = { contacts: '003Bn', companies: '001Bn' };

export interface LandedRecords {
	/** Distinct generated keys (0..count-1) present in the fake. */
	landed: number;
	/** Fake records holding a generated key beyond the first per key. */
	duplicated: number;
}

/** What the fake holds of the `count` generated records of one type, by `salesforce_id`. */
export function landedRecords(
	fake: FakeHubSpot,
	objectType: BenchObjectType,
	count: number,
): LandedRecords {
	const prefix = KEY_PREFIX[objectType];
	const seen = new Set<number>();
	let matching = 0;
	for (const record of fake.objects(objectType).all()) {
		const key = String(record.properties.salesforce_id ?? '');
		if (!key.startsWith(prefix)) continue;
		const index = Number(key.slice(prefix.length));
		if (!Number.isSafeInteger(index) || index < 0 || index >= count) continue;
		matching++;
		seen.add(index);
	}
	return { landed: seen.size, duplicated: matching - seen.size };
}
