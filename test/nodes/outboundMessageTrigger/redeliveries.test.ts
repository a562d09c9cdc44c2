import type { IDataObject } from 'n8n-workflow';
import {
	forgetSeenInProcess,
	recordDeliveries,
} from '../../../nodes/SalesforceOutboundMessageTrigger/helpers/redeliveries';

const HOUR = 60 * 60 * 1000;
const start = Date.UTC(2025, 4, 1, 10);

describe('recordDeliveries: redeliveries are emitted once', () => {
	beforeEach(() => forgetSeenInProcess());

	it('tells fresh notification ids from ones already seen, in any order', () => {
		const staticData: IDataObject = {};
		expect(recordDeliveries(staticData, 'w1:T', ['a', 'b'], { now: start })).toEqual({
			fresh: ['a', 'b'],
			repeated: [],
		});
		// Retries arrive out of order, mixed with new notifications.
		expect(recordDeliveries(staticData, 'w1:T', ['c', 'b', 'a'], { now: start + HOUR })).toEqual({
			fresh: ['c'],
			repeated: ['b', 'a'],
		});
		expect(Object.keys(staticData.seenNotifications as object).sort()).toEqual(['a', 'b', 'c']);
	});

	it('remembers across n8n restarts through the static data alone', () => {
		const staticData: IDataObject = {};
		recordDeliveries(staticData, 'w1:T', ['a'], { now: start });
		forgetSeenInProcess(); // a restart
		const saved = JSON.parse(JSON.stringify(staticData)) as IDataObject;
		expect(recordDeliveries(saved, 'w1:T', ['a'], { now: start + 2 * HOUR }).repeated).toEqual([
			'a',
		]);
	});

	it('forgets ids after the 24-hour window', () => {
		const staticData: IDataObject = {};
		recordDeliveries(staticData, 'w1:T', ['a'], { now: start });
		recordDeliveries(staticData, 'w1:T', ['b'], { now: start + 23 * HOUR });
		const later = recordDeliveries(staticData, 'w1:T', ['a', 'b'], { now: start + 25 * HOUR });
		expect(later).toEqual({ fresh: ['a'], repeated: ['b'] });
	});

	it('keeps at most maxEntries ids, evicting the oldest', () => {
		const staticData: IDataObject = {};
		for (let i = 0; i < 5; i++) {
			recordDeliveries(staticData, 'w1:T', [`id${i}`], { now: start + i * 1000, maxEntries: 3 });
		}
		expect(Object.keys(staticData.seenNotifications as object)).toEqual(['id2', 'id3', 'id4']);
	});

	it('does not lose ids when concurrent deliveries each save their own copy of the static data', () => {
		// n8n loads the static data for each webhook call and saves it whole afterwards: two concurrent
		// calls start from the same copy and the last save wins.
		const base: IDataObject = {};
		const copyA = JSON.parse(JSON.stringify(base)) as IDataObject;
		const copyB = JSON.parse(JSON.stringify(base)) as IDataObject;
		recordDeliveries(copyA, 'w1:T', ['a'], { now: start });
		expect(recordDeliveries(copyB, 'w1:T', ['b', 'a'], { now: start })).toEqual({
			fresh: ['b'],
			repeated: ['a'],
		});
		// copyB is saved last; it still holds 'a'.
		expect(Object.keys(copyB.seenNotifications as object).sort()).toEqual(['a', 'b']);
	});

	it('keeps workflows and nodes apart', () => {
		recordDeliveries({}, 'w1:T', ['a'], { now: start });
		expect(recordDeliveries({}, 'w2:T', ['a'], { now: start }).fresh).toEqual(['a']);
	});

	it('leaves the static data untouched when nothing changed (no needless save)', () => {
		const staticData: IDataObject = {};
		recordDeliveries(staticData, 'w1:T', ['a'], { now: start });
		const before = staticData.seenNotifications;
		recordDeliveries(staticData, 'w1:T', ['a'], { now: start + 1000 });
		expect(staticData.seenNotifications).toBe(before);
	});
});
