/**
 * Companies keyed by their 24-hex Intercom `id`, with a unique index on the `company_id` the
 * workspace assigns (it never changes once set). Plans are named; each name gets a plan id.
 */
import { InMemoryStore } from '../../common';

export interface CompanyRecord {
	readonly id: string;
	readonly companyId: string;
	readonly name: string | null;
	readonly planName: string | null;
	readonly size: number | null;
	readonly website: string | null;
	readonly industry: string | null;
	readonly monthlySpend: number;
	readonly sessionCount: number;
	/** Unix seconds. */
	readonly remoteCreatedAt: number | null;
	readonly lastRequestAt: number | null;
	readonly createdAt: number;
	readonly updatedAt: number;
	readonly customAttributes: Readonly<Record<string, unknown>>;
}

export class CompanyStore {
	private readonly items = new InMemoryStore<CompanyRecord, 'companyId'>({
		idOf: (c) => c.id,
		indexes: { companyId: { key: (c) => c.companyId } },
	});
	private readonly plans = new Map<string, string>();

	get size(): number {
		return this.items.size;
	}

	get(id: string): CompanyRecord | undefined {
		return this.items.get(id);
	}

	byCompanyId(companyId: string): CompanyRecord | undefined {
		return this.items.getBy('companyId', companyId);
	}

	/** Intercom id first, then the workspace's `company_id` (ticket creation accepts either). */
	resolve(idOrCompanyId: string): CompanyRecord | undefined {
		return this.get(idOrCompanyId) ?? this.byCompanyId(idOrCompanyId);
	}

	insert(record: CompanyRecord): CompanyRecord {
		return this.items.insert(record);
	}

	replace(record: CompanyRecord): CompanyRecord {
		return this.items.update(record.id, () => record) as CompanyRecord;
	}

	delete(id: string): boolean {
		return this.items.delete(id);
	}

	values(): CompanyRecord[] {
		return [...this.items.values()];
	}

	planId(name: string, nextId: () => number): string {
		let id = this.plans.get(name);
		if (!id) this.plans.set(name, (id = String(nextId())));
		return id;
	}

	existingPlanId(name: string): string | undefined {
		return this.plans.get(name);
	}
}
