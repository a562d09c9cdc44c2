/** The object pairs the bench runs, and the gold rows of each. */
import hubspotGold from './gold/hubspot.json';
import intercomGold from './gold/intercom.json';
import type { GoldRow, TargetSystem } from './types';

export interface Pair {
	key: string;
	sourceObject: string;
	target: TargetSystem;
	targetObject: string;
}

export const PAIRS: readonly Pair[] = [
	{
		key: 'Account->hubspot.companies',
		sourceObject: 'Account',
		target: 'hubspot',
		targetObject: 'companies',
	},
	{
		key: 'Contact->hubspot.contacts',
		sourceObject: 'Contact',
		target: 'hubspot',
		targetObject: 'contacts',
	},
	{
		key: 'Lead->hubspot.contacts',
		sourceObject: 'Lead',
		target: 'hubspot',
		targetObject: 'contacts',
	},
	{
		key: 'Opportunity->hubspot.deals',
		sourceObject: 'Opportunity',
		target: 'hubspot',
		targetObject: 'deals',
	},
	{
		key: 'Case->hubspot.tickets',
		sourceObject: 'Case',
		target: 'hubspot',
		targetObject: 'tickets',
	},
	{
		key: 'Account->intercom.company',
		sourceObject: 'Account',
		target: 'intercom',
		targetObject: 'company',
	},
	{
		key: 'Contact->intercom.contact',
		sourceObject: 'Contact',
		target: 'intercom',
		targetObject: 'contact',
	},
	{
		key: 'Lead->intercom.contact',
		sourceObject: 'Lead',
		target: 'intercom',
		targetObject: 'contact',
	},
];

const GOLD = [...(hubspotGold as GoldRow[]), ...(intercomGold as GoldRow[])];

export function goldOf(pair: Pair): GoldRow[] {
	return GOLD.filter(
		(g) =>
			g.sourceObject === pair.sourceObject &&
			g.target === pair.target &&
			g.targetObject === pair.targetObject,
	);
}
