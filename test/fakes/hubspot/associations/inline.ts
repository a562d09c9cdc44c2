/**
 * Associations given inline when creating records (`POST /crm/v3/objects/{t}` and
 * `batch/create`): `associations: [{to: {id}, types: [{associationCategory, associationTypeId}]}]`.
 * The target's object type follows from the type id, as in HubSpot.
 */
import type { HubSpotContext } from '../context';
import { validationError } from '../errors';
import type { ObjectTypeDef } from '../objectTypes';
import type { AssociationDefinition } from './definitions';

export interface PlannedAssociation {
	toId: string;
	definition: AssociationDefinition;
}

/** Checks inline associations before the record exists; throws a 400 HubSpotError. */
export function planInlineAssociations(
	ctx: HubSpotContext,
	type: ObjectTypeDef,
	associations: unknown,
): PlannedAssociation[] {
	if (associations === undefined || associations === null) return [];
	if (!Array.isArray(associations))
		throw validationError('Invalid input JSON: "associations" must be an array');
	const planned: PlannedAssociation[] = [];
	for (const association of associations as Array<{ to?: { id?: unknown }; types?: unknown }>) {
		const toId = String(association?.to?.id ?? '');
		const specs = Array.isArray(association?.types) ? association.types : [];
		for (const spec of specs as Array<{
			associationCategory?: unknown;
			associationTypeId?: unknown;
		}>) {
			const definition = ctx.associations.definitions.findFrom(
				type.objectTypeId,
				Number(spec?.associationTypeId),
				typeof spec?.associationCategory === 'string' ? spec.associationCategory : undefined,
			);
			if (!definition) {
				throw validationError(
					`${String(spec?.associationCategory)} association type ${String(spec?.associationTypeId)} is not valid from ${type.objectTypeId}`,
					{ subCategory: 'crm.associations.INVALID_ASSOCIATION_TYPE' },
				);
			}
			const targetType = ctx.types.find(definition.toObjectTypeId);
			const target = targetType && ctx.store(targetType).get(toId);
			if (!targetType || !target || target.archived) {
				throw validationError(
					`${targetType?.errorName ?? definition.toObjectTypeId} ${toId} does not exist`,
					{
						subCategory: 'crm.associations.INVALID_OBJECT_IDS',
						context: { toObjectId: [toId] },
					},
				);
			}
			planned.push({ toId, definition });
		}
	}
	return planned;
}

export function applyInlineAssociations(
	ctx: HubSpotContext,
	fromId: string,
	planned: PlannedAssociation[],
): void {
	for (const { toId, definition } of planned) ctx.associations.add(fromId, toId, definition);
}
