/** Scores one object pair's engine rows against the gold rows and the compatibility table. */
import { hubspotKind, incompatibility, intercomKind, type TargetKind } from './compatibility';
import type {
	DescribeField,
	EngineRow,
	GoldRow,
	HubSpotPropertyView,
	IntercomDataAttribute,
} from './types';

export interface PairInput {
	gold: GoldRow[];
	rows: EngineRow[];
	fields: DescribeField[];
	/** Target name -> kind (HubSpot property names; Intercom full_name and name). */
	targets: Map<string, TargetKind>;
}

export interface PairScore {
	goldRows: number;
	/** Gold rows with an expected target. */
	expectedRows: number;
	correct: number;
	/** Gold rows (any) where the engine proposed a target. */
	proposed: number;
	wrong: string[];
	nullMapped: string[];
	incompatible: string[];
	engineRows: number;
}

export function hubspotTargets(properties: HubSpotPropertyView[]): Map<string, TargetKind> {
	return new Map(properties.map((p) => [p.name, hubspotKind(p)]));
}

export function intercomTargets(attributes: IntercomDataAttribute[]): Map<string, TargetKind> {
	const out = new Map<string, TargetKind>();
	// full_name first (plan.name), then the bare name unless taken (company name wins over plan name).
	for (const a of attributes) out.set(a.full_name, intercomKind(a));
	for (const a of attributes) if (!out.has(a.name)) out.set(a.name, intercomKind(a));
	return out;
}

export function scorePair({ gold, rows, fields, targets }: PairInput): PairScore {
	const bySource = new Map(rows.map((r) => [r.sourceField, r]));
	const fieldByName = new Map(fields.map((f) => [f.name, f]));
	const score: PairScore = {
		goldRows: gold.length,
		expectedRows: 0,
		correct: 0,
		proposed: 0,
		wrong: [],
		nullMapped: [],
		incompatible: [],
		engineRows: rows.length,
	};
	for (const g of gold) {
		const got = bySource.get(g.sourceField)?.targetProperty ?? null;
		if (got !== null) score.proposed++;
		if (g.expected === null) {
			if (got !== null) score.nullMapped.push(`${g.sourceField} -> ${got} (expected none)`);
			continue;
		}
		score.expectedRows++;
		if (got === g.expected) score.correct++;
		else score.wrong.push(`${g.sourceField} -> ${got ?? '(none)'} (expected ${g.expected})`);
	}
	for (const r of rows) {
		if (r.targetProperty === null) continue;
		const field = fieldByName.get(r.sourceField);
		const kind = targets.get(r.targetProperty);
		// A row naming a field or a property the schemas do not have cannot be checked or written.
		const why = !field
			? 'source field not in the describe'
			: kind === undefined
				? 'target not in the target schema'
				: incompatibility(field, kind);
		if (why) {
			const transform = r.transform ? ` [transform ${r.transform}]` : '';
			score.incompatible.push(`${r.sourceField} -> ${r.targetProperty}${transform}: ${why}`);
		}
	}
	return score;
}

export const ratio = (n: number, d: number): number =>
	d === 0 ? 1 : Math.round((n / d) * 10000) / 10000;
