import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { applyMapping } from '../../../shared/mapping';
import { mappingDocumentOf } from '../../helpers/mappingDocument';
import { mappingSourceProperties } from '../common.descriptions';

const show = { operation: ['assess'] };

export const description: INodeProperties[] = [
	...mappingSourceProperties(['assess']),
	{
		displayName: 'Email Field',
		name: 'emailField',
		type: 'string',
		default: 'Email',
		description:
			'The Salesforce field holding the email (checked for form and duplicates); empty to skip',
		displayOptions: { show },
	},
	{
		displayName: 'Website Field',
		name: 'websiteField',
		type: 'string',
		default: 'Website',
		description:
			'The Salesforce field holding the web address (duplicate company domains); empty to skip',
		displayOptions: { show },
	},
	{
		displayName: 'Known Record IDs',
		name: 'knownIds',
		type: 'json',
		default: '[]',
		description:
			'IDs of the records references may point at (for example every Account ID); a reference to an ID not in the list is an orphan. Empty: only malformed IDs are flagged.',
		displayOptions: { show },
	},
];

const EMAIL = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[^\s@"<>(),;:.]{2,}$/;
const SALESFORCE_ID = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/;

function domainOf(value: string): string | undefined {
	const text = value.trim().toLowerCase();
	if (!text) return undefined;
	return (
		text
			.replace(/^[a-z]+:\/\//, '')
			.replace(/^www\./, '')
			.split(/[/?#]/)[0] || undefined
	);
}

function isEmpty(value: unknown): boolean {
	return value === null || value === undefined || value === '';
}

/**
 * A data-quality report on the records before they are migrated: how full each field is, emails
 * that are malformed or shared, company domains that repeat, references that point nowhere, and
 * values the mapping cannot carry (picklist values without an option, text too long). The first
 * output is the summary; the second, each record with a problem and its flags.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	const document = mappingDocumentOf(this, 0);
	const emailField = this.getNodeParameter('emailField', 0, '') as string;
	const websiteField = this.getNodeParameter('websiteField', 0, '') as string;
	const knownGiven = this.getNodeParameter('knownIds', 0, '[]') as unknown;
	const known = new Set(
		((typeof knownGiven === 'string' ? JSON.parse(knownGiven || '[]') : knownGiven) as string[]) ??
			[],
	);
	const references = document.rows
		.filter((row) => row.transform === 'association')
		.map((row) => row.sourceField);

	const filled: Record<string, number> = {};
	const emails = new Map<string, number[]>();
	const domains = new Map<string, number[]>();
	const unconvertible: Record<string, Record<string, number>> = {};
	const flags = items.map(() => [] as string[]);
	let invalidEmails = 0;
	let orphanReferences = 0;

	items.forEach((item, index) => {
		const record = item.json;
		for (const [field, value] of Object.entries(record))
			if (!isEmpty(value)) filled[field] = (filled[field] ?? 0) + 1;
		const email = emailField ? record[emailField] : undefined;
		if (typeof email === 'string' && email.trim() !== '') {
			if (!EMAIL.test(email.trim())) {
				invalidEmails++;
				flags[index].push(`invalid email "${email}"`);
			}
			const key = email.trim().toLowerCase();
			emails.set(key, [...(emails.get(key) ?? []), index]);
		}
		const domain =
			websiteField && typeof record[websiteField] === 'string'
				? domainOf(record[websiteField] as string)
				: undefined;
		if (domain) domains.set(domain, [...(domains.get(domain) ?? []), index]);
		for (const field of references) {
			const value = record[field];
			if (isEmpty(value)) continue;
			const id = String(value);
			if (
				!SALESFORCE_ID.test(id) ||
				(known.size > 0 && !known.has(id) && !known.has(id.slice(0, 15)))
			) {
				orphanReferences++;
				flags[index].push(`${field} points at ${id}, which is not among the known records`);
			}
		}
		for (const error of applyMapping(document, record).errors) {
			unconvertible[error.field] ??= {};
			const shown = String(error.value).slice(0, 80);
			unconvertible[error.field][shown] = (unconvertible[error.field][shown] ?? 0) + 1;
			flags[index].push(`${error.field}: ${error.message}`);
		}
	});
	const shared = (groups: Map<string, number[]>, what: string) => {
		let count = 0;
		for (const [value, indexes] of groups) {
			if (indexes.length < 2) continue;
			count += indexes.length;
			for (const index of indexes)
				flags[index].push(`${what} ${value} shared with ${indexes.length - 1} other record(s)`);
		}
		return count;
	};
	const duplicateEmails = shared(emails, 'email');
	const duplicateDomains = shared(domains, 'domain');

	const total = items.length;
	const summary: IDataObject = {
		object: document.source.object,
		target: `${document.target.system} ${document.target.object}`,
		records: total,
		recordsWithProblems: flags.filter((list) => list.length > 0).length,
		invalidEmails,
		duplicateEmails,
		duplicateDomains,
		orphanReferences,
		unconvertibleValues: unconvertible,
		fillRates: Object.fromEntries(
			Object.entries(filled)
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([field, count]) => [field, Math.round((count / total) * 1000) / 1000]),
		),
	};
	const flagged = items.flatMap((item, index) =>
		flags[index].length > 0
			? [
					{
						json: { Id: item.json.Id ?? null, flags: flags[index], record: item.json },
						pairedItem: { item: index },
					},
				]
			: [],
	);
	return [[{ json: summary, pairedItem: items.map((_, item) => ({ item })) }], flagged];
}
