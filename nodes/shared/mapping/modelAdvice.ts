import { transformFor } from './compatibility';
import { mapPicklistValues } from './picklists';
import { targetFields } from './targets';
import type { MappingDocument, MappingInput, MappingRow, SalesforceField } from './types';

/** Rows the engine is unsure of: flagged for review, or left without a home. */
export function unsureRows(document: MappingDocument): MappingRow[] {
	const creatable = new Set(document.createProperties.map((property) => property.sourceField));
	return document.rows.filter(
		(row) =>
			row.origin !== 'memory' &&
			row.transform !== 'key' &&
			(row.review || (row.targetProperty === null && creatable.has(row.sourceField))),
	);
}

/**
 * What a language model is asked: the unsure source fields and the target's writable fields,
 * schema only (names, labels, types, picklist values); never a record's values.
 */
export function modelPrompt(
	input: MappingInput,
	document: MappingDocument,
): { system: string; user: string } {
	const unsure = new Set(unsureRows(document).map((row) => row.sourceField));
	const sources = input.source.describe.fields
		.filter((field) => unsure.has(field.name))
		.map((field) => ({
			name: field.name,
			label: field.label,
			type: field.type,
			...(field.picklistValues && {
				values: field.picklistValues.slice(0, 30).map((v) => v.value),
			}),
		}));
	const targets = targetFields(input.target)
		.filter((target) => !target.readOnly)
		.map((target) => ({ name: target.name, label: target.label, type: target.kind }));
	return {
		system:
			'You map CRM fields. Answer with JSON only: {"mappings":[{"sourceField":"…","targetProperty":"…" or null,"reason":"…"}]}. ' +
			'Use only target names from the list. Choose null when no target holds the same information. Never map between types whose values cannot convert.',
		user: JSON.stringify({
			source: { system: 'salesforce', object: input.source.object, fields: sources },
			target: { system: input.target.system, object: input.target.object, fields: targets },
		}),
	};
}

interface ModelMapping {
	sourceField?: unknown;
	targetProperty?: unknown;
	reason?: unknown;
}

/** The JSON object in a model's answer (it may wrap it in prose or a code fence), or undefined. */
export function parseModelAnswer(text: string): ModelMapping[] | undefined {
	const start = text.indexOf('{');
	const end = text.lastIndexOf('}');
	if (start < 0 || end <= start) return undefined;
	try {
		const parsed = JSON.parse(text.slice(start, end + 1)) as { mappings?: unknown };
		return Array.isArray(parsed.mappings) ? (parsed.mappings as ModelMapping[]) : undefined;
	} catch {
		return undefined;
	}
}

export interface AdviceOutcome {
	document: MappingDocument;
	accepted: string[];
	/** Suggestions refused, with why: an unknown target, a read-only one, types that do not convert … */
	refused: Array<{ sourceField: string; targetProperty: unknown; why: string }>;
}

/**
 * The model's suggestions checked like the engine's own: for an unsure field only, to a
 * writable target of a type its values convert to, not taken by another field. Accepted ones
 * replace the engine's row (flagged for review); anything else leaves the engine's answer.
 */
export function acceptModelAdvice(
	input: MappingInput,
	document: MappingDocument,
	suggestions: ModelMapping[],
): AdviceOutcome {
	const unsure = new Set(unsureRows(document).map((row) => row.sourceField));
	const fields = new Map<string, SalesforceField>(
		input.source.describe.fields.map((field) => [field.name, field]),
	);
	const targets = new Map(targetFields(input.target).map((target) => [target.name, target]));
	const taken = new Set(
		document.rows.map((row) => row.targetProperty).filter((name): name is string => !!name),
	);
	const rows = document.rows.map((row) => ({ ...row }));
	const accepted: string[] = [];
	const refused: AdviceOutcome['refused'] = [];
	for (const suggestion of suggestions) {
		const sourceField = String(suggestion.sourceField ?? '');
		const refuse = (why: string) =>
			refused.push({ sourceField, targetProperty: suggestion.targetProperty, why });
		const field = fields.get(sourceField);
		if (!field || !unsure.has(sourceField)) {
			refuse('not a field the engine was unsure of');
			continue;
		}
		if (suggestion.targetProperty === null || suggestion.targetProperty === undefined) continue;
		const target = targets.get(String(suggestion.targetProperty));
		if (!target) {
			refuse('no such target property');
			continue;
		}
		if (target.readOnly) {
			refuse('the target property is read-only');
			continue;
		}
		const index = rows.findIndex((row) => row.sourceField === sourceField);
		if (taken.has(target.name) && rows[index].targetProperty !== target.name) {
			refuse('the target property already holds another field');
			continue;
		}
		const transform = transformFor(field, target);
		if (!transform) {
			refuse(`a ${field.type} value does not convert to ${target.kind}`);
			continue;
		}
		if (rows[index].targetProperty) taken.delete(rows[index].targetProperty!);
		taken.add(target.name);
		const reason =
			typeof suggestion.reason === 'string'
				? suggestion.reason.slice(0, 200)
				: 'suggested by the language model';
		const row: MappingRow = {
			...rows[index],
			targetProperty: target.name,
			transform,
			confidence: 0.7,
			origin: 'model',
			review: true,
			reason: `Language model: ${reason}`,
		};
		delete row.valueMap;
		delete row.unmatchedValues;
		if (transform === 'picklist' || transform === 'multipicklist') {
			const { valueMap, unmatched } = mapPicklistValues(field, target);
			row.valueMap = valueMap;
			if (unmatched.length > 0) row.unmatchedValues = unmatched;
		}
		rows[index] = row;
		accepted.push(sourceField);
	}
	const mapped = new Set(accepted);
	return {
		document: {
			...document,
			rows,
			createProperties: document.createProperties.filter(
				(property) => !mapped.has(property.sourceField),
			),
			review: rows.filter((row) => row.review).map((row) => row.sourceField),
		},
		accepted,
		refused,
	};
}
