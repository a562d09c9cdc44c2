/** Console output: one table per object pair, then the totals. */
import { ratio, type PairScore } from './score';

const pct = (n: number, d: number): string => `${(ratio(n, d) * 100).toFixed(1)}%`;

export function printPair(key: string, s: PairScore): void {
	console.log(`\n== ${key}`);
	console.table({
		[key]: {
			gold: s.goldRows,
			'top-1': `${s.correct}/${s.expectedRows} (${pct(s.correct, s.expectedRows)})`,
			coverage: `${s.proposed}/${s.goldRows} (${pct(s.proposed, s.goldRows)})`,
			'null mapped': s.nullMapped.length,
			'engine rows': s.engineRows,
			'type-incompatible': s.incompatible.length,
		},
	});
	for (const line of s.wrong) console.log(`  wrong:        ${line}`);
	for (const line of s.nullMapped) console.log(`  null mapped:  ${line}`);
	for (const line of s.incompatible) console.log(`  incompatible: ${line}`);
}

export interface Totals {
	goldRows: number;
	expectedRows: number;
	correct: number;
	proposed: number;
	nullMapped: number;
	incompatible: number;
}

export function sum(scores: PairScore[]): Totals {
	return scores.reduce<Totals>(
		(t, s) => ({
			goldRows: t.goldRows + s.goldRows,
			expectedRows: t.expectedRows + s.expectedRows,
			correct: t.correct + s.correct,
			proposed: t.proposed + s.proposed,
			nullMapped: t.nullMapped + s.nullMapped.length,
			incompatible: t.incompatible + s.incompatible.length,
		}),
		{ goldRows: 0, expectedRows: 0, correct: 0, proposed: 0, nullMapped: 0, incompatible: 0 },
	);
}
