/**
 * Mapping bench: runs suggestMapping for every Salesforce -> HubSpot / Intercom object pair and
 * scores it against the documented gold set (test/bench/mapping/README.md). BENCH_RECORDS is
 * accepted and ignored: the bench maps schemas, not records.
 */
import { suggestMapping } from '../../nodes/shared/mapping';
import { goldOf, PAIRS, type Pair } from './mapping/pairs';
import { printPair, sum } from './mapping/report';
import { loadDescribe, loadHubSpotProperties, loadIntercomAttributes } from './mapping/schemas';
import { hubspotTargets, intercomTargets, ratio, scorePair, type PairScore } from './mapping/score';
import type { EngineRow, HubSpotPropertyView, PropertyToCreateView } from './mapping/types';

type MappingInput = Parameters<typeof suggestMapping>[0];

async function main(): Promise<void> {
	if (process.env.BENCH_RECORDS) {
		console.log(
			`BENCH_RECORDS=${process.env.BENCH_RECORDS} ignored: this bench maps schemas, not records.`,
		);
	}
	const hubspotTypes = [
		...new Set(PAIRS.filter((p) => p.target === 'hubspot').map((p) => p.targetObject)),
	];
	const hubspot = await loadHubSpotProperties(hubspotTypes);
	const byPair: Record<
		string,
		{ top1: number; coverage: number; typeIncompatible: number; goldRows: number }
	> = {};
	const scores: PairScore[] = [];
	for (const pair of PAIRS) {
		const score = runPair(pair, hubspot);
		scores.push(score);
		printPair(pair.key, score);
		byPair[pair.key] = {
			top1: ratio(score.correct, score.expectedRows),
			coverage: ratio(score.proposed, score.goldRows),
			typeIncompatible: score.incompatible.length,
			goldRows: score.goldRows,
		};
	}
	const t = sum(scores);
	const top1 = ratio(t.correct, t.expectedRows);
	const coverage = ratio(t.proposed, t.goldRows);
	console.log(
		`\nOverall: top-1 ${t.correct}/${t.expectedRows}, coverage ${t.proposed}/${t.goldRows}, ` +
			`null rows mapped ${t.nullMapped}, type-incompatible ${t.incompatible}`,
	);
	console.log(
		JSON.stringify({
			bench: 'mapping',
			top1,
			coverage,
			typeIncompatible: t.incompatible,
			goldRows: t.goldRows,
			byPair,
		}),
	);
	if (t.incompatible > 0 || top1 < 0.97) process.exitCode = 1;
}

function runPair(pair: Pair, hubspot: Record<string, HubSpotPropertyView[]>): PairScore {
	const describe = loadDescribe(pair.sourceObject);
	const source = { system: 'salesforce', object: pair.sourceObject, describe } as const;
	if (pair.target === 'hubspot') {
		const properties = hubspot[pair.targetObject];
		const input = {
			source,
			target: { system: 'hubspot', object: pair.targetObject, properties },
		} as unknown as MappingInput;
		const answer = suggestMapping(input);
		// Properties the engine proposes to create count as part of the target schema.
		const created = (answer.createProperties ?? []) as PropertyToCreateView[];
		const targets = hubspotTargets([
			...properties,
			...created.map((c) => ({ ...c, label: c.name }) as HubSpotPropertyView),
		]);
		const rows = answer.rows as EngineRow[];
		return scorePair({ gold: goldOf(pair), rows, fields: describe.fields, targets });
	}
	const attributes = loadIntercomAttributes(pair.targetObject as 'contact' | 'company');
	const input = {
		source,
		target: { system: 'intercom', object: pair.targetObject, attributes },
	} as unknown as MappingInput;
	const rows = suggestMapping(input).rows as EngineRow[];
	return scorePair({
		gold: goldOf(pair),
		rows,
		fields: describe.fields,
		targets: intercomTargets(attributes),
	});
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
