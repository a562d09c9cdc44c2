import { createOrg, orgCounts, totalOf } from './index';
import { OBJECT_NAMES, type ObjectName, type SfRecord } from './types';

function dump(org: ReturnType<typeof createOrg>): string {
	return OBJECT_NAMES.map((object) => [...org.records(object)].map((r) => JSON.stringify(r)).join('\n')).join('\n');
}

describe('orgCounts', () => {
	it.each([0, 1, 7, 100, 1000, 12_345, 1_000_000, 9_000_001])('splits %d records into parts that add up exactly', (total) => {
		const counts = orgCounts(total);
		expect(totalOf(counts)).toBe(total);
		for (const object of OBJECT_NAMES) expect(counts[object]).toBeGreaterThanOrEqual(0);
	});

	it('uses realistic proportions with at least 5 users', () => {
		expect(orgCounts(1000)).toEqual({
			User: 5, Account: 100, Contact: 295, Lead: 200, Opportunity: 100, OpportunityContactRole: 70, Case: 80, Task: 100, Event: 20, Note: 30,
		});
		const big = orgCounts(1_000_000);
		expect(big).toEqual({
			User: 5000, Account: 100_000, Contact: 295_000, Lead: 200_000, Opportunity: 100_000, OpportunityContactRole: 70_000, Case: 80_000, Task: 100_000, Event: 20_000, Note: 30_000,
		});
		expect(orgCounts(20).User).toBe(5);
	});

	it('rejects a negative or fractional total', () => {
		expect(() => orgCounts(-1)).toThrow(RangeError);
		expect(() => orgCounts(1.5)).toThrow(RangeError);
	});
});

describe('createOrg', () => {
	it('is deterministic: the same seed and size give byte-identical records', () => {
		const a = dump(createOrg({ seed: 42, totalRecords: 1000 }));
		const b = dump(createOrg({ seed: 42, totalRecords: 1000 }));
		expect(a).toBe(b);
		expect(createOrg({ seed: 'forty-two', totalRecords: 300 }).record('Contact', 5)).toEqual(createOrg({ seed: 'forty-two', totalRecords: 300 }).record('Contact', 5));
	});

	it('gives different records for a different seed', () => {
		const a = createOrg({ seed: 1, totalRecords: 1000 });
		const b = createOrg({ seed: 2, totalRecords: 1000 });
		for (const object of OBJECT_NAMES) {
			const differing = [...a.records(object)].filter((r, i) => JSON.stringify(r) !== JSON.stringify(b.record(object, i))).length;
			expect(differing).toBeGreaterThan(a.counts[object] * 0.9);
		}
	});

	it('computes any record on its own: random access equals streaming, in any order', () => {
		const org = createOrg({ seed: 9, totalRecords: 2000 });
		for (const object of OBJECT_NAMES) {
			const streamed = [...org.records(object)];
			expect(streamed).toHaveLength(org.counts[object]);
			for (let i = streamed.length - 1; i >= 0; i -= 7) expect(org.record(object, i)).toEqual(streamed[i]);
			expect([...org.records(object, { from: 3, to: 9 })]).toEqual(streamed.slice(3, 9));
		}
		// A bigger org computes record 999,999 without generating anything before it.
		const big = createOrg({ seed: 9, totalRecords: 4_000_000 });
		expect(big.counts.Contact).toBeGreaterThan(1_000_000);
		expect(big.record('Contact', 999_999).Id).toBe(big.idOf('Contact', 999_999));
	});

	it('keeps the requested counts and accepts explicit per-object counts', () => {
		const org = createOrg({ seed: 1, counts: { Account: 3, Contact: 10 } });
		expect(org.counts).toEqual({ User: 5, Account: 3, Contact: 10, Lead: 0, Opportunity: 0, OpportunityContactRole: 0, Case: 0, Task: 0, Event: 0, Note: 0 });
		expect([...org.records('Contact')]).toHaveLength(10);
		expect([...org.records('Lead')]).toHaveLength(0);
		const mixed = createOrg({ seed: 1, totalRecords: 1000, counts: { Lead: 7 } });
		expect(mixed.counts.Lead).toBe(7);
		expect(mixed.counts.Account).toBe(100);
		expect(createOrg().totalRecords).toBe(1000);
		expect(() => createOrg({ counts: { User: 0, Contact: 1 } })).toThrow(RangeError);
		expect(() => createOrg({ counts: { OpportunityContactRole: 1, Contact: 1 } })).toThrow(RangeError);
		expect(() => createOrg({ counts: { Note: 1, Task: 1 } })).toThrow(/Note needs a parent/);
		expect(createOrg({ counts: { Case: 2, Note: 4 } }).record('Note', 3).ParentId).toMatch(/^500/);
		expect(() => org.record('Contact', 10)).toThrow(RangeError);
		expect(() => org.idOf('Account', -1)).toThrow(RangeError);
	});

	it('gives every record of an object the same keys in the same order, and JSON-typed values', () => {
		const org = createOrg({ seed: 5, totalRecords: 2000 });
		const problems: string[] = [];
		for (const object of OBJECT_NAMES) {
			const keys = org.fields(object).join(',');
			for (const record of org.records(object)) {
				if (Object.keys(record).join(',') !== keys) problems.push(`${object} ${String(record.Id)}: keys differ`);
				for (const [field, value] of Object.entries(record)) {
					const ok = value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
					if (!ok) problems.push(`${object}.${field} = ${String(value)}`);
				}
			}
		}
		expect(problems).toEqual([]);
		expect(createOrg({ counts: { Account: 1 } }).fields('Event')).toContain('StartDateTime');
	});

	it('gives every record Id, IsDeleted=false (User has none, as in Salesforce), OwnerId where the object has one, and the audit timestamps', () => {
		const org = createOrg({ seed: 5, totalRecords: 1000 });
		const noOwner: ObjectName[] = ['User', 'OpportunityContactRole'];
		const problems: string[] = [];
		for (const object of OBJECT_NAMES) {
			for (const r of org.records(object) as Iterable<SfRecord>) {
				const where = `${object} ${String(r.Id)}`;
				if (!/^[0-9A-Za-z]{18}$/.test(r.Id as string)) problems.push(`${where}: Id`);
				for (const f of ['CreatedDate', 'LastModifiedDate', 'SystemModstamp', 'CreatedById', 'LastModifiedById']) if (r[f] === null) problems.push(`${where}: ${f}`);
				if (object === 'User' ? 'IsDeleted' in r : r.IsDeleted !== false) problems.push(`${where}: IsDeleted`);
				if (noOwner.includes(object) ? 'OwnerId' in r : !/^005/.test(String(r.OwnerId))) problems.push(`${where}: OwnerId`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('gives both values of boolean fields somewhere in an org', () => {
		const org = createOrg({ seed: 5, totalRecords: 3000 });
		const all = Object.fromEntries(OBJECT_NAMES.map((object) => [object, [...org.records(object)]])) as Record<ObjectName, SfRecord[]>;
		const expectBoth = (object: ObjectName, field: string) => {
			const values = new Set(all[object].map((r) => r[field]));
			expect([field, values.has(true) && values.has(false)]).toEqual([field, true]);
		};
		expectBoth('User', 'IsActive');
		expectBoth('Account', 'IsPartner');
		expectBoth('Contact', 'IsEmailBounced');
		expectBoth('Lead', 'IsConverted');
		expectBoth('Lead', 'IsUnreadByOwner');
		expectBoth('Opportunity', 'IsClosed');
		expectBoth('Opportunity', 'IsWon');
		expectBoth('Opportunity', 'IsPrivate');
		expectBoth('OpportunityContactRole', 'IsPrimary');
		expectBoth('Case', 'IsClosed');
		expectBoth('Case', 'IsEscalated');
		expectBoth('Task', 'IsClosed');
		expectBoth('Task', 'IsHighPriority');
		expectBoth('Event', 'IsAllDayEvent');
		expectBoth('Note', 'IsPrivate');
	});

	it('writes notes as people do: a title, mostly a one-line body, some private, some title only', () => {
		const org = createOrg({ seed: 6, totalRecords: 20_000 });
		const notes = [...org.records('Note')];
		expect(notes).toHaveLength(600);
		const share = (test: (note: SfRecord) => boolean) => notes.filter(test).length / notes.length;
		expect(share((n) => n.IsPrivate === true)).toBeGreaterThan(0.03);
		expect(share((n) => n.IsPrivate === true)).toBeLessThan(0.15);
		expect(share((n) => n.Body === null)).toBeGreaterThan(0.08);
		expect(share((n) => n.Body === null)).toBeLessThan(0.25);
		expect(notes.every((n) => typeof n.Title === 'string' && n.Title.length > 0)).toBe(true);
		// Clean titles fit the describe's 80 characters; text HTML would misread is part of ordinary notes.
		expect(notes.filter((n, i) => org.anomalyAt('Note', i) === null).every((n) => String(n.Title).length <= 80)).toBe(true);
		expect(notes.some((n, i) => org.anomalyAt('Note', i) === null && /[&>]/.test(String(n.Body)))).toBe(true);
	});

	it('keeps Opportunity stage, probability, IsClosed, IsWon and forecast category consistent', () => {
		const org = createOrg({ seed: 8, totalRecords: 3000 });
		const probability: Record<string, number> = {
			Prospecting: 10, Qualification: 10, 'Needs Analysis': 20, 'Value Proposition': 50, 'Id. Decision Makers': 60,
			'Perception Analysis': 70, 'Proposal/Price Quote': 75, 'Negotiation/Review': 90, 'Closed Won': 100, 'Closed Lost': 0,
		};
		const category: Record<string, string> = { Omitted: 'Omitted', Pipeline: 'Pipeline', 'Best Case': 'BestCase', Commit: 'Forecast', Closed: 'Closed' };
		const stages = new Set<string>();
		for (const o of org.records('Opportunity')) {
			const stage = o.StageName as string;
			stages.add(stage);
			expect(o.Probability).toBe(probability[stage]);
			expect(o.IsClosed).toBe(stage.startsWith('Closed'));
			expect(o.IsWon).toBe(stage === 'Closed Won');
			expect(o.ForecastCategory).toBe(category[o.ForecastCategoryName as string]);
			if (stage === 'Closed Won') expect(o.ForecastCategoryName).toBe('Closed');
			if (stage === 'Closed Lost') expect(o.ForecastCategoryName).toBe('Omitted');
			if (o.Amount !== null) expect(o.ExpectedRevenue).toBeCloseTo(((o.Amount as number) * (o.Probability as number)) / 100, 1);
			expect(o.Fiscal).toBe(`${o.FiscalYear} ${o.FiscalQuarter}`);
		}
		expect(stages.size).toBe(10);
		const amounts = [...org.records('Opportunity')].map((o) => o.Amount).filter((a): a is number => typeof a === 'number');
		expect(amounts.some((a) => !Number.isInteger(a))).toBe(true);
	});
});
