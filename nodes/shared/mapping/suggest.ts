import { sourceKind, transformFor } from './compatibility';
import {
	isGeocodePart,
	knowledgeFor,
	knownMapping,
	SYSTEM_FIELDS,
	type ObjectKnowledge,
} from './knowledge';
import { propertyToCreate, transformForNewProperty } from './newProperties';
import { mapPicklistValues, picklistFit } from './picklists';
import { targetFields } from './targets';
import type {
	ApprovedRow,
	MappingDocument,
	MappingInput,
	MappingRow,
	SalesforceField,
	TargetField,
	Transform,
} from './types';
import { nameSimilarity } from './words';

/** Below this a name-based match is not suggested at all; below REVIEW it is flagged for a person. */
const SIMILARITY_FLOOR = 0.65;
const REVIEW_BELOW = 0.8;

/** Properties a record of these types cannot be created without. */
const REQUIRED: Record<string, string[]> = {
	tickets: ['subject', 'hs_pipeline_stage'],
	notes: ['hs_timestamp'],
	tasks: ['hs_timestamp'],
	meetings: ['hs_timestamp'],
	calls: ['hs_timestamp'],
	emails: ['hs_timestamp'],
	ticket: ['_default_title_'],
};

interface Context {
	input: MappingInput;
	targets: Map<string, TargetField>;
	knowledge: ObjectKnowledge | undefined;
	memory: Map<string, ApprovedRow>;
	systemName: string;
	/** Fields worth keeping that found no home: a property is proposed for each. */
	homeless: Set<string>;
}

function row(
	field: SalesforceField,
	rest: Omit<MappingRow, 'sourceField' | 'sourceLabel' | 'sourceType'>,
): MappingRow {
	return {
		sourceField: field.name,
		sourceLabel: field.label ?? field.name,
		sourceType: field.type,
		...rest,
	};
}

function none(field: SalesforceField, reason: string, transform: Transform = 'none'): MappingRow {
	return row(field, {
		targetProperty: null,
		confidence: 1,
		transform,
		reason,
		origin: 'none',
		review: false,
	});
}

/** A mapping to `target`, with its picklist values mapped and the review flag set. */
function mapped(
	field: SalesforceField,
	target: TargetField,
	transform: Transform,
	confidence: number,
	reason: string,
	origin: MappingRow['origin'],
): MappingRow {
	const result = row(field, {
		targetProperty: target.name,
		confidence,
		transform,
		reason,
		origin,
		review: false,
	});
	if (transform === 'picklist' || transform === 'multipicklist') {
		const { valueMap, unmatched } = mapPicklistValues(field, target);
		result.valueMap = valueMap;
		if (unmatched.length > 0) {
			result.unmatchedValues = unmatched;
			result.review = true;
			result.reason += `; ${unmatched.length} value${unmatched.length === 1 ? '' : 's'} without a matching option`;
		}
	}
	if (transform === 'range') result.ranges = target.options.map((option) => option.value);
	if (target.maxLength && (target.kind === 'text' || target.kind === 'phone'))
		result.maxLength = target.maxLength;
	result.review ||= confidence < REVIEW_BELOW;
	return result;
}

function fromMemory(context: Context, field: SalesforceField): MappingRow | undefined {
	const approved = context.memory.get(field.name);
	if (!approved) return undefined;
	if (approved.targetProperty === null)
		return { ...none(field, 'Left unmapped by a person before'), origin: 'memory' };
	const target = context.targets.get(approved.targetProperty);
	const transform = approved.transform ?? (target && transformFor(field, target));
	if (!target || !transform) return undefined;
	const result = mapped(field, target, transform, 1, 'Approved by a person before', 'memory');
	if (transform === 'html' && approved.heading) result.heading = approved.heading;
	if (approved.valueMap) {
		result.valueMap = approved.valueMap;
		result.unmatchedValues = undefined;
		result.review = false;
	}
	return result;
}

function fromKnowledge(context: Context, field: SalesforceField): MappingRow | undefined {
	const reference = context.knowledge?.references[field.name];
	if (typeof reference === 'string') {
		return row(field, {
			targetProperty: null,
			confidence: 0.95,
			transform: 'association',
			associateWith: reference,
			reason: `A reference: the record is associated with its ${reference} record, found by this Salesforce Id`,
			origin: 'knowledge',
			review: false,
		});
	}
	if (reference) {
		const targets = [...new Set(Object.values(reference))].join(', ');
		return row(field, {
			targetProperty: null,
			confidence: 0.95,
			transform: 'association',
			associateByPrefix: reference,
			reason: `A reference to one of several objects: the record is associated with the ${targets} record its Id names`,
			origin: 'knowledge',
			review: false,
		});
	}
	const known = knownMapping(context.knowledge, field.name);
	if (!known) return undefined;
	if (known.property === null)
		return {
			...none(field, known.note ?? 'Not written as a property of its own'),
			origin: 'knowledge',
		};
	const target = context.targets.get(known.property);
	if (known.transform === 'key') {
		return row(field, {
			targetProperty: known.property,
			confidence: 1,
			transform: 'key',
			reason: `The Salesforce Id is the key records are matched on${target ? '' : ' (a unique property the HubSpot Batch node creates with Property → Ensure)'}`,
			origin: 'knowledge',
			review: false,
		});
	}
	if (!target) return undefined;
	const transform = known.transform ?? transformFor(field, target);
	if (!transform) return undefined;
	const reason =
		known.note ??
		`${context.input.source.object}.${field.name} is ${context.systemName}'s standard ${target.label}`;
	const result = mapped(field, target, transform, 0.97, reason, 'knowledge');
	if (known.heading) result.heading = known.heading;
	return result;
}

/** The target field whose name and label are most like the source's, of a type its values convert to. */
function fromSimilarity(
	context: Context,
	field: SalesforceField,
	taken: Set<string>,
): MappingRow | undefined {
	let best: { target: TargetField; transform: Transform; score: number } | undefined;
	for (const target of context.targets.values()) {
		if (target.readOnly || taken.has(target.name)) continue;
		const transform = transformFor(field, target);
		if (!transform) continue;
		let score = nameSimilarity(field, target);
		if (transform === 'picklist' || transform === 'multipicklist')
			score = score * (0.7 + 0.3 * picklistFit(field, target));
		if (!best || score > best.score) best = { target, transform, score };
	}
	if (!best || best.score < SIMILARITY_FLOOR) return undefined;
	const confidence = Math.round(Math.min(best.score, 0.92) * 100) / 100;
	return mapped(
		field,
		best.target,
		best.transform,
		confidence,
		`Name and type match ${best.target.label} (${best.target.name})`,
		'similarity',
	);
}

/** Fields that are not the customer's data: they are not migrated. */
function skipReason(field: SalesforceField, context: Context): string | undefined {
	if (SYSTEM_FIELDS.has(field.name)) return 'A Salesforce system field';
	if (isGeocodePart(field.name)) return 'Geocoding detail of an address';
	const kind = sourceKind(field);
	if (kind === 'compound') return 'A compound field; its parts are mapped one by one';
	if (kind === 'binary') return 'Binary content is not migrated as a property';
	if (field.encrypted) return 'Encrypted in Salesforce; not migrated';
	if (kind === 'reference')
		return `A reference to ${(field.referenceTo ?? []).join(' or ') || 'another record'} with no association in ${context.systemName}`;
	if (field.createable === false && field.updateable === false && !field.custom)
		return 'Computed by Salesforce from other fields';
	return undefined;
}

function suggestRow(context: Context, field: SalesforceField, taken: Set<string>): MappingRow {
	return (
		fromMemory(context, field) ??
		fromKnowledge(context, field) ??
		(skipReason(field, context) ? none(field, skipReason(field, context)!) : undefined) ??
		fromSimilarity(context, field, taken) ??
		homeless(context, field)
	);
}

function homeless(context: Context, field: SalesforceField): MappingRow {
	context.homeless.add(field.name);
	return none(field, `No ${context.systemName} property holds it; one can be created`);
}

/**
 * A mapping from a Salesforce object to a target object: one row per source field, with the
 * target property (or none), the transform, a confidence and a reason; the properties worth
 * creating; the target's required properties no field fills. Deterministic: the same input gives
 * the same document, without network or model.
 */
export function suggestMapping(input: MappingInput): MappingDocument {
	const system = input.target.system;
	const context: Context = {
		input,
		targets: new Map(targetFields(input.target).map((target) => [target.name, target])),
		knowledge: knowledgeFor(system, input.source.object, input.target.object),
		memory: new Map((input.memory ?? []).map((approved) => [approved.sourceField, approved])),
		systemName: system === 'hubspot' ? 'HubSpot' : 'Intercom',
		homeless: new Set(),
	};
	const fields = input.source.describe.fields;
	// Surer rows claim their target first; a later field wanting the same target looks elsewhere.
	const firstPass = fields.map((field) => suggestRow(context, field, new Set()));
	const order = fields
		.map((_, index) => index)
		.sort((a, b) => firstPass[b].confidence - firstPass[a].confidence || a - b);
	const taken = new Set<string>();
	const rows = new Array<MappingRow>(fields.length);
	for (const index of order) {
		let result = firstPass[index];
		if (result.targetProperty && taken.has(result.targetProperty))
			result = suggestRow(context, fields[index], taken);
		if (result.targetProperty && taken.has(result.targetProperty))
			result = homeless(context, fields[index]);
		if (result.targetProperty) taken.add(result.targetProperty);
		rows[index] = result;
	}

	const names = new Set([...context.targets.keys()]);
	const createProperties = fields
		.map((field, index) => ({ field, index }))
		.filter(
			({ field, index }) => context.homeless.has(field.name) && rows[index].targetProperty === null,
		)
		.map(({ field, index }) => {
			const property = propertyToCreate(system, field, names, input.target.object);
			names.add(property.name);
			rows[index] = {
				...rows[index],
				createAs: property.name,
				transform: transformForNewProperty(system, field),
				maxLength: system === 'intercom' ? 255 : 65_536,
				reason: `No ${context.systemName} property holds it; written to the new property ${property.name}`,
			};
			return property;
		});
	// The key property, when the target does not have it yet (HubSpot's salesforce_id).
	const keyRow = rows.find((result) => result.transform === 'key');
	if (keyRow?.targetProperty && !context.targets.has(keyRow.targetProperty)) {
		createProperties.unshift({
			sourceField: keyRow.sourceField,
			name: keyRow.targetProperty,
			label: 'Salesforce ID',
			type: 'string',
			fieldType: 'text',
			hasUniqueValue: true,
		});
	}
	const unmappedRequired = (REQUIRED[input.target.object] ?? []).filter((name) => !taken.has(name));
	return {
		version: 1,
		source: { system: 'salesforce', object: input.source.object },
		target: { system, object: input.target.object },
		rows,
		createProperties,
		unmappedRequired,
		review: rows.filter((result) => result.review).map((result) => result.sourceField),
	};
}
