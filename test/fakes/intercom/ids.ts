/**
 * Identifiers as Intercom writes them: contacts and companies get 24-hex object ids (creation
 * second, a per-workspace part, a counter: `667d60a88a68186f43bafdb8`); notes, tickets, ticket
 * types, their attributes and data attributes get numbers from their own counters.
 */
import type { Clock, SeededRandom } from '../common';
import { toSeconds } from './time';

export type Counter =
	| 'note'
	| 'ticket'
	| 'ticketNumber'
	| 'ticketType'
	| 'ticketAttribute'
	| 'dataAttribute'
	| 'ticketPart'
	| 'plan';

const FIRST: Record<Counter, number> = {
	note: 1,
	ticket: 401,
	ticketNumber: 1,
	ticketType: 1,
	ticketAttribute: 1,
	dataAttribute: 1,
	ticketPart: 1,
	plan: 1,
};

export class IdFactory {
	private readonly middle: string;
	private objectCount = 0;
	private readonly counters = new Map<Counter, number>();

	constructor(
		private readonly clock: Clock,
		random: SeededRandom,
	) {
		let middle = '';
		for (let i = 0; i < 10; i++) middle += random.int(0, 16).toString(16);
		this.middle = middle;
	}

	/** 24 lower-case hex digits, unique within the fake. */
	objectId(): string {
		const seconds = toSeconds(this.clock.now()) >>> 0;
		const counter = this.objectCount++ & 0xffffff;
		return (
			seconds.toString(16).padStart(8, '0') + this.middle + counter.toString(16).padStart(6, '0')
		);
	}

	next(counter: Counter): number {
		const value = this.counters.get(counter) ?? FIRST[counter];
		this.counters.set(counter, value + 1);
		return value;
	}
}
