import { createOrg } from './index';
import { OBJECT_NAMES } from './types';

const seconds = (datetime: string) => Date.parse(datetime.replace('+0000', 'Z')) / 1000;

describe('timestamps', () => {
	it('keep CreatedDate <= LastModifiedDate <= SystemModstamp <= now, in whole seconds', () => {
		const org = createOrg({ seed: 4, totalRecords: 2000 });
		const now = seconds(org.now);
		const problems: string[] = [];
		for (const object of OBJECT_NAMES) {
			for (const r of org.records(object)) {
				const [c, m, s] = [seconds(r.CreatedDate as string), seconds(r.LastModifiedDate as string), seconds(r.SystemModstamp as string)];
				if (!(c <= m && m <= s && s <= now)) problems.push(`${object} ${String(r.Id)}: ${String(r.CreatedDate)} ${String(r.LastModifiedDate)} ${String(r.SystemModstamp)}`);
			}
		}
		expect(problems.slice(0, 10)).toEqual([]);
	});

	it('cluster SystemModstamp in groups of sharedTimestampEvery consecutive records', () => {
		const org = createOrg({ seed: 4, totalRecords: 3000, sharedTimestampEvery: 10, sharedTimestampRate: 1 });
		const problems: string[] = [];
		for (const object of OBJECT_NAMES) {
			const stamps = [...org.records(object)].map((r) => r.SystemModstamp);
			for (let first = 0; first < stamps.length; first += 10) {
				const group = stamps.slice(first, first + 10);
				const g = org.modstampGroup(object, first);
				const ok = new Set(group).size === 1 && g.first === first && g.last === first + group.length - 1 && g.clustered && g.SystemModstamp === group[0];
				if (!ok) problems.push(`${object} group at ${first}: ${JSON.stringify(g)} ${JSON.stringify(group)}`);
			}
		}
		expect(problems.slice(0, 5)).toEqual([]);
		expect(org.modstampOf('Contact', 19)).toBe(org.modstampOf('Contact', 10));
	});

	it('cluster only the configured share of groups by default, and report them', () => {
		const org = createOrg({ seed: 4, totalRecords: 8000 }); // groups of 25, 20% of them clustered
		const contacts = [...org.records('Contact')];
		let clusteredGroups = 0;
		let groups = 0;
		const problems: string[] = [];
		for (let first = 0; first < contacts.length; first += 25) {
			groups++;
			const g = org.modstampGroup('Contact', first);
			const members = contacts.slice(first, first + 25);
			if (g.clustered) {
				clusteredGroups++;
				if (!members.every((r) => r.SystemModstamp === g.SystemModstamp)) problems.push(`group ${first}: not shared`);
				if (g.mode === 'bulkUpdate' && !members.every((r) => r.LastModifiedDate === g.SystemModstamp)) problems.push(`group ${first}: LastModifiedDate`);
			} else if (g.SystemModstamp !== null || new Set(members.map((r) => r.SystemModstamp)).size <= members.length / 2) {
				problems.push(`group ${first}: clustered but not reported`);
			}
		}
		expect(problems).toEqual([]);
		expect(clusteredGroups / groups).toBeGreaterThan(0.1);
		expect(clusteredGroups / groups).toBeLessThan(0.3);
		// Some bulk updates land exactly on a month boundary.
		const boundaries = contacts.filter((r) => /-01T00:00:00\.000\+0000$/.test(r.SystemModstamp as string)).length;
		expect(boundaries).toBeGreaterThan(0);
	});

	it('do not cluster with sharedTimestampEvery 1 or rate 0', () => {
		for (const options of [{ sharedTimestampEvery: 1 }, { sharedTimestampRate: 0 }]) {
			const org = createOrg({ seed: 4, totalRecords: 2000, ...options });
			for (let i = 0; i < org.counts.Contact; i += 13) expect(org.modstampGroup('Contact', i).clustered).toBe(false);
			const stamps = [...org.records('Contact')].map((r) => r.SystemModstamp);
			expect(new Set(stamps).size).toBeGreaterThan(stamps.length * 0.95);
		}
	});

	it('create records in index order over the history window, and honour `now`', () => {
		const org = createOrg({ seed: 4, totalRecords: 2000, now: '2024-01-01T00:00:00Z', historyDays: 365 });
		expect(org.now).toBe('2024-01-01T00:00:00.000+0000');
		const created = [...org.records('Account')].filter((_, i) => org.anomalyAt('Account', i) !== 'boundaryDate').map((r) => seconds(r.CreatedDate as string));
		for (let i = 1; i < created.length; i++) expect(created[i]).toBeGreaterThanOrEqual(created[i - 1]);
		expect(created[0]).toBeGreaterThanOrEqual(seconds('2023-01-01T00:00:00.000+0000'));
		expect(created[created.length - 1]).toBeLessThanOrEqual(seconds('2024-01-01T00:00:00.000+0000'));
		expect(org.timestamps('Account', 7)).toEqual({
			CreatedDate: org.record('Account', 7).CreatedDate,
			LastModifiedDate: org.record('Account', 7).LastModifiedDate,
			SystemModstamp: org.record('Account', 7).SystemModstamp,
		});
	});
});
