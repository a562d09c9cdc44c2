/**
 * Names compared as words: `ns__Annual_Rev__c`, `AnnualRevenue`, `annualrevenue` and "Annual
 * Revenue" all come down to the words `annual revenue`, whatever the casing, separators,
 * namespace prefix or custom suffix, with common abbreviations spelt out and synonyms folded.
 */

// Short forms found in Salesforce and HubSpot names.
const ABBREVIATIONS: Record<string, string> = {
	acct: 'account',
	addr: 'address',
	amt: 'amount',
	desc: 'description',
	dob: 'birth date',
	emp: 'employees',
	empl: 'employees',
	num: 'number',
	nbr: 'number',
	no: 'number',
	qty: 'quantity',
	rev: 'revenue',
	tel: 'phone',
	dept: 'department',
	mgr: 'manager',
	co: 'company',
	org: 'company',
	url: 'website',
	zip: 'postal code',
	zipcode: 'postal code',
	postcode: 'postal code',
	postalcode: 'postal code',
	firstname: 'first name',
	lastname: 'last name',
	jobtitle: 'job title',
	mobilephone: 'mobile phone',
	numemployees: 'number employees',
	numberofemployees: 'number employees',
	annualrevenue: 'annual revenue',
	closedate: 'close date',
	createdate: 'create date',
	dealname: 'deal name',
	dealstage: 'deal stage',
	dealtype: 'deal type',
	lifecyclestage: 'lifecycle stage',
};

// Words that mean the same thing in CRM field names; each folds to the first of its group.
const SYNONYM_GROUPS: string[][] = [
	['phone', 'telephone'],
	['mobile', 'cell', 'cellular'],
	['company', 'account', 'organization', 'organisation', 'business'],
	['website', 'web', 'homepage', 'domain'],
	['title', 'position'],
	['street', 'address'],
	['state', 'province', 'region'],
	['country', 'nation'],
	['description', 'details', 'notes', 'comments', 'content', 'body'],
	['employees', 'headcount', 'staff'],
	['revenue', 'turnover', 'sales'],
	['owner', 'assigned', 'assignee'],
	['stage', 'status', 'phase'],
	['name', 'subject', 'title'],
	['created', 'create', 'creation'],
	['birth', 'birthday', 'birthdate'],
	['priority', 'urgency'],
	['source', 'origin', 'channel'],
];

const SYNONYM_OF = new Map<string, string>();
for (const group of SYNONYM_GROUPS)
	for (const word of group) if (!SYNONYM_OF.has(word)) SYNONYM_OF.set(word, group[0]);

// Words that say nothing about what a field holds.
const NOISE = new Set([
	'the',
	'of',
	'a',
	'an',
	'hs',
	'c',
	'id',
	'field',
	'custom',
	'sf',
	'salesforce',
]);

/** The name without a managed package's namespace and without the `__c` custom suffix. */
export function bareName(name: string): string {
	const withoutSuffix = name.replace(/__(c|r|pc)$/i, '');
	return withoutSuffix.replace(/^[A-Za-z0-9]+__(?=[A-Za-z0-9])/, '');
}

/** The words of a name or a label, lower case, abbreviations spelt out, in order. */
export function wordsOf(text: string): string[] {
	const spaced = bareName(text)
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
		.replace(/[^A-Za-z0-9]+/g, ' ')
		.toLowerCase()
		.trim();
	if (!spaced) return [];
	return spaced
		.split(' ')
		.flatMap((word) => (ABBREVIATIONS[word] ?? word).split(' '))
		.filter((word) => word !== '');
}

/** The words that carry meaning, synonyms folded: what similarity compares. */
export function conceptsOf(text: string): Set<string> {
	return new Set(
		wordsOf(text)
			.filter((word) => !NOISE.has(word))
			.map((word) => SYNONYM_OF.get(word) ?? word),
	);
}

/** The name as a single lower-case run of letters and digits (`Annual_Revenue__c` → `annualrevenue`). */
export function squashed(text: string): string {
	return wordsOf(text).join('');
}

/** Sørensen–Dice overlap of two sets of concepts, 0 to 1. */
export function overlap(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let shared = 0;
	for (const word of a) if (b.has(word)) shared++;
	return (2 * shared) / (a.size + b.size);
}

/**
 * How alike two fields' names and labels are, 0 to 1: the same squashed name is 1, the same
 * concepts in name or label close to it, partial overlaps in proportion.
 */
export function nameSimilarity(
	source: { name: string; label?: string },
	target: { name: string; label?: string },
): number {
	if (squashed(source.name) === squashed(target.name)) return 1;
	const pairs: Array<[string, string]> = [[source.name, target.name]];
	if (source.label) pairs.push([source.label, target.name]);
	if (target.label) pairs.push([source.name, target.label]);
	if (source.label && target.label) pairs.push([source.label, target.label]);
	let best = 0;
	for (const [a, b] of pairs) {
		if (squashed(a) === squashed(b)) best = Math.max(best, 0.95);
		best = Math.max(best, 0.9 * overlap(conceptsOf(a), conceptsOf(b)));
	}
	return best;
}

/** A name HubSpot accepts for a new property: lower case, underscores, starting with a letter. */
export function propertyNameFor(sourceName: string): string {
	const words = wordsOf(sourceName.replace(/__(c|r|pc)$/i, ''));
	// ns__Field__c: a managed package's namespace, kept so two packages' fields do not clash.
	const namespace = /^([A-Za-z0-9]+)__[A-Za-z0-9_]+__(c|r|pc)$/i
		.exec(sourceName)?.[1]
		?.toLowerCase();
	const name = [...(namespace ? [namespace] : []), ...words].join('_').replace(/^[^a-z]+/, '');
	return name.startsWith('hs_') ? `sf_${name}` : name || 'salesforce_field';
}
