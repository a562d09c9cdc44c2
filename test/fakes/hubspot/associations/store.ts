/**
 * The associations between records: per (from type, to type) a map from a record id to the ids
 * it is associated with and the type ids of each association. Every write also writes the
 * inverse (contact→company 279 and company→contact 280), as HubSpot does.
 */
import type { AssociationDefinition, AssociationDefinitions } from './definitions';

export interface AssociationEdge {
	fromId: string;
	toId: string;
	typeIds: number[];
}

export class AssociationStore {
	/** `${fromTypeId}|${toTypeId}` → fromId → toId → type ids (ascending). */
	private readonly edges = new Map<string, Map<string, Map<string, number[]>>>();

	constructor(readonly definitions: AssociationDefinitions) {}

	/** Adds the association and its inverse; true when it was new. */
	add(fromId: string, toId: string, definition: AssociationDefinition): boolean {
		const { fromObjectTypeId: from, toObjectTypeId: to } = definition;
		const added = this.put(from, to, fromId, toId, definition.typeId);
		this.put(to, from, toId, fromId, definition.inverseTypeId);
		return added;
	}

	/** Removes the given type ids (all when omitted) between two records, and their inverses. */
	remove(from: string, fromId: string, to: string, toId: string, typeIds?: number[]): void {
		const current = this.typeIds(from, fromId, to, toId);
		const removing = typeIds ?? current;
		for (const typeId of removing) {
			if (!current.includes(typeId)) continue;
			this.drop(from, to, fromId, toId, typeId);
			const inverse = this.definitions.find(from, to, typeId)?.inverseTypeId;
			if (inverse !== undefined) this.drop(to, from, toId, fromId, inverse);
		}
	}

	/** Type ids between two records (empty when not associated). */
	typeIds(from: string, fromId: string, to: string, toId: string): number[] {
		return this.edges.get(key(from, to))?.get(fromId)?.get(toId) ?? [];
	}

	/** The records a record is associated with, in the order the associations were made. */
	list(from: string, fromId: string, to: string): AssociationEdge[] {
		const targets = this.edges.get(key(from, to))?.get(fromId);
		if (!targets) return [];
		return [...targets].map(([toId, typeIds]) => ({ fromId, toId, typeIds: [...typeIds] }));
	}

	/** Every association from one type to another. */
	all(from: string, to: string): AssociationEdge[] {
		const byFrom = this.edges.get(key(from, to));
		if (!byFrom) return [];
		const edges: AssociationEdge[] = [];
		for (const [fromId, targets] of byFrom) {
			for (const [toId, typeIds] of targets) edges.push({ fromId, toId, typeIds: [...typeIds] });
		}
		return edges;
	}

	/** Drops every association of a record (when it is purged). */
	forget(objectTypeId: string, id: string): void {
		for (const [pair, byFrom] of [...this.edges]) {
			const [from, to] = pair.split('|');
			if (from !== objectTypeId) continue;
			for (const toId of [...(byFrom.get(id)?.keys() ?? [])]) this.remove(from, id, to, toId);
		}
	}

	private put(from: string, to: string, fromId: string, toId: string, typeId: number): boolean {
		let byFrom = this.edges.get(key(from, to));
		if (!byFrom) this.edges.set(key(from, to), (byFrom = new Map()));
		let targets = byFrom.get(fromId);
		if (!targets) byFrom.set(fromId, (targets = new Map()));
		const typeIds = targets.get(toId) ?? [];
		if (typeIds.includes(typeId)) return false;
		targets.set(
			toId,
			[...typeIds, typeId].sort((a, b) => a - b),
		);
		return true;
	}

	private drop(from: string, to: string, fromId: string, toId: string, typeId: number): void {
		const targets = this.edges.get(key(from, to))?.get(fromId);
		const typeIds = targets?.get(toId);
		if (!targets || !typeIds) return;
		const rest = typeIds.filter((t) => t !== typeId);
		if (rest.length > 0) targets.set(toId, rest);
		else {
			targets.delete(toId);
			if (targets.size === 0) this.edges.get(key(from, to))?.delete(fromId);
		}
	}
}

const key = (from: string, to: string) => `${from}|${to}`;
