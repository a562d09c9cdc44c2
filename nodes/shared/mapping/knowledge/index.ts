import type { TargetSystem } from '../types';
import { HUBSPOT_KNOWLEDGE } from './hubspot';
import { INTERCOM_KNOWLEDGE } from './intercom';
import type { KnownMapping, ObjectKnowledge } from './types';

export type { KnownMapping, ObjectKnowledge } from './types';
export { isGeocodePart, SYSTEM_FIELDS } from './systemFields';

const KNOWLEDGE = { hubspot: HUBSPOT_KNOWLEDGE, intercom: INTERCOM_KNOWLEDGE };

/** What the knowledge base knows about a Salesforce object written to a target object, if anything. */
export function knowledgeFor(
	system: TargetSystem,
	sourceObject: string,
	targetObject: string,
): ObjectKnowledge | undefined {
	return KNOWLEDGE[system][sourceObject]?.find((entry) => entry.targetObject === targetObject);
}

export function knownMapping(
	entry: ObjectKnowledge | undefined,
	field: string,
): KnownMapping | undefined {
	const known = entry?.fields[field];
	return typeof known === 'string' ? { property: known } : known;
}
