/**
 * Which contacts are attached to which companies, both ways, in attach order. A company's
 * `user_count` and a contact's `companies` are read from here, so they never drift apart.
 */
export const MAX_COMPANIES_PER_CONTACT = 1000;

export class Memberships {
	private readonly byContact = new Map<string, Set<string>>();
	private readonly byCompany = new Map<string, Set<string>>();

	/** False when the pair was already attached. */
	attach(contactId: string, companyId: string): boolean {
		const companies = this.setOf(this.byContact, contactId);
		if (companies.has(companyId)) return false;
		companies.add(companyId);
		this.setOf(this.byCompany, companyId).add(contactId);
		return true;
	}

	detach(contactId: string, companyId: string): boolean {
		const removed = this.byContact.get(contactId)?.delete(companyId) ?? false;
		this.byCompany.get(companyId)?.delete(contactId);
		return removed;
	}

	isAttached(contactId: string, companyId: string): boolean {
		return this.byContact.get(contactId)?.has(companyId) ?? false;
	}

	companiesOf(contactId: string): string[] {
		return [...(this.byContact.get(contactId) ?? [])];
	}

	contactsOf(companyId: string): string[] {
		return [...(this.byCompany.get(companyId) ?? [])];
	}

	companyCount(contactId: string): number {
		return this.byContact.get(contactId)?.size ?? 0;
	}

	contactCount(companyId: string): number {
		return this.byCompany.get(companyId)?.size ?? 0;
	}

	removeContact(contactId: string): void {
		for (const companyId of this.byContact.get(contactId) ?? []) {
			this.byCompany.get(companyId)?.delete(contactId);
		}
		this.byContact.delete(contactId);
	}

	removeCompany(companyId: string): void {
		for (const contactId of this.byCompany.get(companyId) ?? []) {
			this.byContact.get(contactId)?.delete(companyId);
		}
		this.byCompany.delete(companyId);
	}

	private setOf(map: Map<string, Set<string>>, key: string): Set<string> {
		let set = map.get(key);
		if (!set) map.set(key, (set = new Set()));
		return set;
	}
}
