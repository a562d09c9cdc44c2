import type { SalesforceField, TargetField } from './types';
import { conceptsOf, overlap, squashed } from './words';

/**
 * Salesforce's standard picklist values whose HubSpot counterpart is documented but not found
 * by name: HubSpot's default deal pipeline and lead statuses against Salesforce's defaults.
 */
const KNOWN_VALUES: Record<string, string> = {
	// Opportunity.StageName → HubSpot's default deal stages
	prospecting: 'appointmentscheduled',
	qualification: 'qualifiedtobuy',
	needsanalysis: 'qualifiedtobuy',
	valueproposition: 'presentationscheduled',
	iddecisionmakers: 'decisionmakerboughtin',
	perceptionanalysis: 'decisionmakerboughtin',
	proposalpricequote: 'contractsent',
	negotiationreview: 'contractsent',
	// Lead.Status → HubSpot lead statuses
	opennotcontacted: 'NEW',
	workingcontacted: 'IN_PROGRESS',
	closedconverted: 'CONNECTED',
	closednotconverted: 'UNQUALIFIED',
	// Opportunity.Type → deal type
	newcustomer: 'newbusiness',
	existingcustomerupgrade: 'existingbusiness',
	existingcustomerreplacement: 'existingbusiness',
	existingcustomerdowngrade: 'existingbusiness',
	// Account.Industry → company industry, where the names differ
	agriculture: 'FARMING',
	communications: 'TELECOMMUNICATIONS',
	finance: 'FINANCIAL_SERVICES',
	healthcare: 'HOSPITAL_HEALTH_CARE',
	notforprofit: 'NON_PROFIT_ORGANIZATION_MANAGEMENT',
	recreation: 'RECREATIONAL_FACILITIES_AND_SERVICES',
	shipping: 'PACKAGE_FREIGHT_DELIVERY',
	technology: 'INFORMATION_TECHNOLOGY_AND_SERVICES',
	transportation: 'TRANSPORTATION_TRUCKING_RAILROAD',
	// Case.Status and Case.Origin → HubSpot's default ticket stages and sources
	working: '3',
	escalated: '3',
	web: 'FORM',
	// Account.Type → company type
	customerdirect: 'OTHER',
	customerchannel: 'RESELLER',
	channelpartnerreseller: 'RESELLER',
	installationpartner: 'PARTNER',
	technologypartner: 'PARTNER',
};

export interface ValueMapping {
	valueMap: Record<string, string>;
	unmatched: string[];
}

function activeValues(field: SalesforceField): Array<{ value: string; label: string }> {
	return (field.picklistValues ?? [])
		.filter((entry) => entry.active !== false)
		.map((entry) => ({ value: entry.value, label: entry.label ?? entry.value }));
}

/** The target option each active source value becomes: same value or label, a documented pair, or the closest label. */
export function mapPicklistValues(field: SalesforceField, target: TargetField): ValueMapping {
	const valueMap: Record<string, string> = {};
	const unmatched: string[] = [];
	const byName = new Map<string, string>();
	for (const option of target.options) {
		byName.set(squashed(option.value), option.value);
		byName.set(squashed(option.label), option.value);
	}
	const optionValues = new Set(target.options.map((option) => option.value));
	for (const { value, label } of activeValues(field)) {
		const known = KNOWN_VALUES[squashed(value)];
		const direct = byName.get(squashed(value)) ?? byName.get(squashed(label));
		let match = direct ?? (known && optionValues.has(known) ? known : undefined);
		if (!match) {
			let best = 0;
			for (const option of target.options) {
				const score = overlap(conceptsOf(label), conceptsOf(option.label));
				if (score > best && score >= 0.5) {
					best = score;
					match = option.value;
				}
			}
		}
		if (match) valueMap[value] = match;
		else unmatched.push(value);
	}
	return { valueMap, unmatched };
}

/** Share of the source's active values that found an option: how well two picklists fit. */
export function picklistFit(field: SalesforceField, target: TargetField): number {
	const total = activeValues(field).length;
	if (total === 0) return 0;
	return Object.keys(mapPicklistValues(field, target).valueMap).length / total;
}
