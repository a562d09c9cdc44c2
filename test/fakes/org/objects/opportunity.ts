/**
 * Opportunity (006). Fields in the order of Opportunity.describe.json. StageName, Probability,
 * IsClosed, IsWon and ForecastCategory follow Salesforce's default stage settings.
 */
import {
	BOUNDARY_DATES,
	EMOJI_TEXTS,
	QUOTED_NAMES,
	QUOTED_TEXTS,
	UNICODE_TEXTS,
	longText,
	occurrenceOf,
	overLongString,
	withSpaces,
} from '../awkward';
import { Stream, type OrgContext } from '../context';
import { danglingId } from '../ids';
import { danglingKey, opportunityAccount } from '../references';
import { DAY, dateToEpoch, sfDate, sfDateTime } from '../timeline';
import type { SfRecord } from '../types';
import { FIXTURE_OPPORTUNITY_NAMES, NEXT_STEPS } from '../vocabulary';
import { SOURCES, accountBaseName } from './account';
import { auditFields, between, catchPhrase, idOrNull, maybe, paragraph } from './common';

/** Default stages: name, probability, forecast category name. */
export const STAGES: readonly (readonly [string, number, string])[] = [
	['Prospecting', 10, 'Pipeline'],
	['Qualification', 10, 'Pipeline'],
	['Needs Analysis', 20, 'Pipeline'],
	['Value Proposition', 50, 'Pipeline'],
	['Id. Decision Makers', 60, 'Pipeline'],
	['Perception Analysis', 70, 'Pipeline'],
	['Proposal/Price Quote', 75, 'Pipeline'],
	['Negotiation/Review', 90, 'Pipeline'],
	['Closed Won', 100, 'Closed'],
	['Closed Lost', 0, 'Omitted'],
];
const STAGE_WEIGHTS = [8, 7, 6, 6, 5, 5, 6, 5, 20, 22];
/** ForecastCategoryName -> ForecastCategory (the API enum). */
export const FORECAST_CATEGORY: Readonly<Record<string, string>> = {
	Omitted: 'Omitted',
	Pipeline: 'Pipeline',
	'Best Case': 'BestCase',
	Commit: 'Forecast',
	Closed: 'Closed',
};
const TYPES = ['Existing Customer - Upgrade', 'Existing Customer - Replacement', 'Existing Customer - Downgrade', 'New Customer'];
const UNITS = ['Licenses', 'Seats', 'Units', 'Widgets', 'Hours', 'Subscriptions'];
const EDGE_AMOUNTS = [0, 0.01, 999_999_999_999.99, -1250.5, 1_234_567.89];

export function opportunityRecord(ctx: OrgContext, o: number): SfRecord {
	const r = ctx.rng('Opportunity', o, Stream.Fields);
	const kind = ctx.kindAt('Opportunity', o);
	const full = kind !== 'nullHeavy';
	const k = kind ? occurrenceOf(kind, o) : 0;
	const audit = auditFields(ctx, 'Opportunity', o);
	const s = ctx.stamps('Opportunity', o);
	const a = opportunityAccount(ctx, o);

	const [stage, probability, defaultForecast] = r.weighted(STAGES, STAGE_WEIGHTS);
	const closed = stage === 'Closed Won' || stage === 'Closed Lost';
	let forecast = defaultForecast;
	if (probability >= 75 && !closed) forecast = r.weighted(['Pipeline', 'Best Case', 'Commit'], [5, 3, 2]);

	let name: string;
	if (r.chance(0.3) || a === null) name = a === null ? catchPhrase(r) : r.pick(FIXTURE_OPPORTUNITY_NAMES);
	else name = `${accountBaseName(ctx, a)} - ${r.between(5, 500)} ${r.pick(UNITS)}`;
	let amount = maybe(r, full, 0.95, () => (r.chance(0.5) ? r.between(10, 5000) * 100 : r.decimal(500, 750000, 2)));
	let quantity = maybe(r, full, 0.15, () => r.decimal(1, 500, 2));
	let nextStep = closed ? null : maybe(r, full, 0.3, () => r.pick(NEXT_STEPS));
	let description = maybe(r, full, 0.25, () => paragraph(r));
	let accountId = idOrNull(ctx, 'Account', a);

	let closeEpoch: number;
	if (closed) closeEpoch = Math.min(ctx.nowSeconds, s.created + r.between(10, 180) * DAY);
	else closeEpoch = Math.max(s.created, ctx.nowSeconds - 30 * DAY) + r.between(0, 365) * DAY;
	let closeDate = sfDate(closeEpoch);

	switch (kind) {
		case 'unicode':
			name = UNICODE_TEXTS[k % UNICODE_TEXTS.length];
			break;
		case 'emoji':
			name = EMOJI_TEXTS[k % EMOJI_TEXTS.length];
			break;
		case 'quotesCommasNewlines':
			name = QUOTED_NAMES[k % QUOTED_NAMES.length];
			nextStep = QUOTED_NAMES[(k + 1) % QUOTED_NAMES.length];
			description = QUOTED_TEXTS[k % QUOTED_TEXTS.length];
			break;
		case 'leadingTrailingSpaces':
			name = withSpaces(name, k);
			nextStep = withSpaces(nextStep ?? r.pick(NEXT_STEPS), k + 1);
			break;
		case 'longText':
			description = longText(k);
			break;
		case 'overLongString':
			name = overLongString(name);
			nextStep = overLongString(nextStep ?? r.pick(NEXT_STEPS));
			break;
		case 'danglingReference':
			accountId = danglingId('001', danglingKey('Opportunity', o));
			break;
		case 'boundaryDate':
			closeDate = BOUNDARY_DATES[k % BOUNDARY_DATES.length];
			closeEpoch = dateToEpoch(closeDate);
			break;
		case 'numberEdge':
			amount = EDGE_AMOUNTS[k % EDGE_AMOUNTS.length];
			quantity = k % 2 === 0 ? 0.01 : 99_999_999.99;
			break;
		default:
	}
	const close = new Date(closeEpoch * 1000);
	const fiscalYear = close.getUTCFullYear();
	const fiscalQuarter = Math.floor(close.getUTCMonth() / 3) + 1;

	return {
		Id: ctx.idOf('Opportunity', o),
		IsDeleted: false,
		AccountId: accountId,
		IsPrivate: r.chance(0.03),
		Name: name,
		Description: description,
		StageName: stage,
		Amount: amount,
		Probability: probability,
		ExpectedRevenue: amount === null ? null : Math.round(amount * probability) / 100,
		TotalOpportunityQuantity: quantity,
		CloseDate: closeDate,
		Type: maybe(r, full, 0.6, () => r.pick(TYPES)),
		NextStep: nextStep,
		LeadSource: maybe(r, full, 0.5, () => r.pick(SOURCES)),
		IsClosed: closed,
		IsWon: stage === 'Closed Won',
		ForecastCategory: FORECAST_CATEGORY[forecast],
		ForecastCategoryName: forecast,
		CampaignId: null,
		HasOpportunityLineItem: false,
		Pricebook2Id: null,
		OwnerId: audit.OwnerId,
		CreatedDate: audit.CreatedDate,
		CreatedById: audit.CreatedById,
		LastModifiedDate: audit.LastModifiedDate,
		LastModifiedById: audit.LastModifiedById,
		SystemModstamp: audit.SystemModstamp,
		LastActivityDate: maybe(r, full, 0.4, () => sfDate(between(r, s.created, ctx.nowSeconds))),
		LastStageChangeDate: maybe(r, full, 0.6, () => sfDateTime(between(r, s.created, s.lastModified))),
		FiscalQuarter: fiscalQuarter,
		FiscalYear: fiscalYear,
		Fiscal: `${fiscalYear} ${fiscalQuarter}`,
		ContactId: null,
		LastViewedDate: maybe(r, full, 0.3, () => sfDateTime(between(r, s.lastModified, ctx.nowSeconds))),
		LastReferencedDate: maybe(r, full, 0.3, () => sfDateTime(between(r, s.lastModified, ctx.nowSeconds))),
		HasOpenActivity: !closed && r.chance(0.3),
		HasOverdueTask: !closed && r.chance(0.08),
		LastAmountChangedHistoryId: null,
		LastCloseDateChangedHistoryId: null,
	};
}
