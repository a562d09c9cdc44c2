/**
 * Association types (crm-apis.md 2.6): HubSpot's HUBSPOT_DEFINED type ids between the standard
 * objects, from @hubspot/api-client's `AssociationTypes` enum, each with its inverse (creating
 * contact→company 279 also creates company→contact 280). Labels: `Primary` for the primary
 * company of a contact, deal or ticket; `Parent Company` / `Child Company`; null for the
 * unlabelled default. USER_DEFINED labels and custom objects' types get ids from 1001 up.
 */
import { validationError } from '../errors';

export type AssociationCategory = 'HUBSPOT_DEFINED' | 'USER_DEFINED' | 'INTEGRATOR_DEFINED';

export interface AssociationDefinition {
	readonly fromObjectTypeId: string;
	readonly toObjectTypeId: string;
	readonly typeId: number;
	readonly inverseTypeId: number;
	readonly category: AssociationCategory;
	readonly label: string | null;
	/** The v3 name (`contact_to_company`, `contact_to_company_unlabeled`). */
	readonly name: string;
}

type Row = [
	from: string,
	to: string,
	typeId: number,
	inverse: number,
	label: string | null,
	name: string,
];

const CORE: Row[] = [
	['0-1', '0-2', 279, 280, null, 'contact_to_company_unlabeled'],
	['0-2', '0-1', 280, 279, null, 'company_to_contact_unlabeled'],
	['0-1', '0-2', 1, 2, 'Primary', 'contact_to_company'],
	['0-2', '0-1', 2, 1, 'Primary', 'company_to_contact'],
	['0-3', '0-1', 3, 4, null, 'deal_to_contact'],
	['0-1', '0-3', 4, 3, null, 'contact_to_deal'],
	['0-3', '0-2', 341, 342, null, 'deal_to_company_unlabeled'],
	['0-2', '0-3', 342, 341, null, 'company_to_deal_unlabeled'],
	['0-3', '0-2', 5, 6, 'Primary', 'deal_to_company'],
	['0-2', '0-3', 6, 5, 'Primary', 'company_to_deal'],
	['0-5', '0-1', 16, 15, null, 'ticket_to_contact'],
	['0-1', '0-5', 15, 16, null, 'contact_to_ticket'],
	['0-5', '0-2', 339, 340, null, 'ticket_to_company_unlabeled'],
	['0-2', '0-5', 340, 339, null, 'company_to_ticket_unlabeled'],
	['0-5', '0-2', 26, 25, 'Primary', 'ticket_to_company'],
	['0-2', '0-5', 25, 26, 'Primary', 'company_to_ticket'],
	['0-3', '0-5', 27, 28, null, 'deal_to_ticket'],
	['0-5', '0-3', 28, 27, null, 'ticket_to_deal'],
	['0-2', '0-2', 13, 14, 'Child Company', 'parent_to_child_company'],
	['0-2', '0-2', 14, 13, 'Parent Company', 'child_to_parent_company'],
	['0-1', '0-1', 449, 449, null, 'contact_to_contact'],
	['0-2', '0-2', 450, 450, null, 'company_to_company'],
	['0-3', '0-3', 451, 451, null, 'deal_to_deal'],
	['0-5', '0-5', 452, 452, null, 'ticket_to_ticket'],
	['0-48', '0-47', 399, 400, null, 'call_to_meeting'],
	['0-47', '0-48', 400, 399, null, 'meeting_to_call'],
];

/** Engagement → contact, company, deal, ticket (and back): [typeId from engagement, inverse]. */
const ENGAGEMENTS: Array<[string, string, Array<[string, string, number, number]>]> = [
	[
		'0-46',
		'note',
		[
			['0-1', 'contact', 202, 201],
			['0-2', 'company', 190, 189],
			['0-3', 'deal', 214, 213],
			['0-5', 'ticket', 228, 227],
		],
	],
	[
		'0-27',
		'task',
		[
			['0-1', 'contact', 204, 203],
			['0-2', 'company', 192, 191],
			['0-3', 'deal', 216, 215],
			['0-5', 'ticket', 230, 229],
		],
	],
	[
		'0-47',
		'meeting',
		[
			['0-1', 'contact', 200, 199],
			['0-2', 'company', 188, 187],
			['0-3', 'deal', 212, 211],
			['0-5', 'ticket', 226, 225],
		],
	],
	[
		'0-48',
		'call',
		[
			['0-1', 'contact', 194, 193],
			['0-2', 'company', 182, 181],
			['0-3', 'deal', 206, 205],
			['0-5', 'ticket', 220, 219],
		],
	],
	[
		'0-49',
		'email',
		[
			['0-1', 'contact', 198, 197],
			['0-2', 'company', 186, 185],
			['0-3', 'deal', 210, 209],
			['0-5', 'ticket', 224, 223],
		],
	],
];

function hubspotDefinedRows(): Row[] {
	const rows = [...CORE];
	for (const [engagementId, engagement, targets] of ENGAGEMENTS) {
		for (const [targetId, target, typeId, inverse] of targets) {
			rows.push([engagementId, targetId, typeId, inverse, null, `${engagement}_to_${target}`]);
			rows.push([targetId, engagementId, inverse, typeId, null, `${target}_to_${engagement}`]);
		}
	}
	return rows;
}

export class AssociationDefinitions {
	private readonly byPair = new Map<string, AssociationDefinition[]>();
	private nextTypeId = 1001;

	constructor() {
		for (const [from, to, typeId, inverse, label, name] of hubspotDefinedRows()) {
			this.add({
				fromObjectTypeId: from,
				toObjectTypeId: to,
				typeId,
				inverseTypeId: inverse,
				category: 'HUBSPOT_DEFINED',
				label,
				name,
			});
		}
	}

	forPair(from: string, to: string): AssociationDefinition[] {
		return this.byPair.get(pairKey(from, to)) ?? [];
	}

	find(
		from: string,
		to: string,
		typeId: number,
		category?: string,
	): AssociationDefinition | undefined {
		return this.forPair(from, to).find(
			(d) => d.typeId === typeId && (category === undefined || d.category === category),
		);
	}

	/** A type from `from` to any type (inline associations of a create name only the type id). */
	findFrom(from: string, typeId: number, category?: string): AssociationDefinition | undefined {
		for (const [pair, definitions] of this.byPair) {
			if (!pair.startsWith(`${from}|`)) continue;
			const found = definitions.find(
				(d) => d.typeId === typeId && (category === undefined || d.category === category),
			);
			if (found) return found;
		}
		return undefined;
	}

	/** The unlabelled type `associate/default` uses between two types. */
	defaultFor(from: string, to: string): AssociationDefinition | undefined {
		return this.forPair(from, to).find((d) => d.label === null);
	}

	/** A type (and its inverse) from a USER_DEFINED label or a custom object's schema. */
	addPair(
		from: { id: string; singular: string },
		to: { id: string; singular: string },
		label: string | null,
		inverseLabel: string | null = label,
	): AssociationDefinition {
		const typeId = this.nextTypeId++;
		const inverseTypeId = from.id === to.id && label === inverseLabel ? typeId : this.nextTypeId++;
		const name = `${from.singular}_to_${to.singular}${label ? `_${slug(label)}` : ''}`;
		const forward: AssociationDefinition = {
			fromObjectTypeId: from.id,
			toObjectTypeId: to.id,
			typeId,
			inverseTypeId,
			category: 'USER_DEFINED',
			label,
			name,
		};
		this.add(forward);
		if (inverseTypeId !== typeId) {
			this.add({
				fromObjectTypeId: to.id,
				toObjectTypeId: from.id,
				typeId: inverseTypeId,
				inverseTypeId: typeId,
				category: 'USER_DEFINED',
				label: inverseLabel,
				name: `${to.singular}_to_${from.singular}${inverseLabel ? `_${slug(inverseLabel)}` : ''}`,
			});
		}
		return forward;
	}

	/** The definition behind an `{associationCategory, associationTypeId}` of a request, or 400. */
	require(from: string, to: string, spec: unknown): AssociationDefinition {
		const s = (spec ?? {}) as { associationCategory?: unknown; associationTypeId?: unknown };
		const typeId = Number(s.associationTypeId);
		const found = Number.isInteger(typeId)
			? this.find(
					from,
					to,
					typeId,
					typeof s.associationCategory === 'string' ? s.associationCategory : undefined,
				)
			: undefined;
		if (!found) {
			throw validationError(
				`${String(s.associationCategory)} association type ${String(s.associationTypeId)} is not valid between ${from} and ${to}`,
				{
					subCategory: 'crm.associations.INVALID_ASSOCIATION_TYPE',
					context: { associationTypeId: [String(s.associationTypeId)] },
				},
			);
		}
		return found;
	}

	private add(definition: AssociationDefinition): void {
		const key = pairKey(definition.fromObjectTypeId, definition.toObjectTypeId);
		const list = this.byPair.get(key) ?? [];
		list.push(definition);
		this.byPair.set(key, list);
	}
}

const pairKey = (from: string, to: string) => `${from}|${to}`;

const slug = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, '_');
