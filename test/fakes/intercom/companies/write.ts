/**
 * `POST /companies` create-or-update by `company_id` and `PUT /companies/{id}` (crm-apis.md
 * 3.5). Malformed input is 400 `bad_request` "bad 'x' parameter" (the endpoint's documented
 * example), unknown custom attributes 400 `parameter_invalid`. `monthly_spend` is truncated to
 * an integer and capped at 2**31-1; `company_id` cannot change once set. Everything is checked
 * before anything is written.
 */
import {
	applyCustomChanges,
	checkCustomAttributes,
	EMPTY_VALUES,
} from '../dataAttributes/customValues';
import type { IntercomContext } from '../context';
import { badParameter, IntercomError } from '../errors';
import { rejectUnknownKeys, type JsonObject } from '../http';
import type { CompanyRecord } from './store';

const FIELDS = [
	'company_id',
	'name',
	'plan',
	'size',
	'website',
	'industry',
	'custom_attributes',
	'remote_created_at',
	'monthly_spend',
];
const CREATE_OR_UPDATE = new Set(FIELDS);
const MAX_MONTHLY_SPEND = 2 ** 31 - 1;

interface CompanyChanges {
	name?: string | null;
	planName?: string | null;
	size?: number | null;
	website?: string | null;
	industry?: string | null;
	remoteCreatedAt?: number | null;
	monthlySpend?: number;
	custom: Record<string, unknown>;
}

function readChanges(ctx: IntercomContext, body: JsonObject): CompanyChanges {
	rejectUnknownKeys(body, CREATE_OR_UPDATE);
	const changes: CompanyChanges = { custom: {} };
	for (const [key, field] of [
		['name', 'name'],
		['plan', 'planName'],
		['website', 'website'],
		['industry', 'industry'],
	] as const) {
		const value = body[key];
		if (value === undefined) continue;
		if (value !== null && typeof value !== 'string') throw badParameter(key);
		changes[field] = value;
	}
	const size = wholeNumber(body, 'size');
	if (size !== undefined) changes.size = size;
	const remoteCreatedAt = wholeNumber(body, 'remote_created_at');
	if (remoteCreatedAt !== undefined) changes.remoteCreatedAt = remoteCreatedAt;
	const spend = body.monthly_spend;
	if (spend !== undefined && spend !== null) {
		const value = typeof spend === 'string' && spend.trim() !== '' ? Number(spend) : spend;
		if (typeof value !== 'number' || !Number.isFinite(value)) throw badParameter('monthly_spend');
		const truncated = Math.trunc(value);
		if (truncated > MAX_MONTHLY_SPEND || truncated < -MAX_MONTHLY_SPEND)
			throw badParameter('monthly_spend');
		changes.monthlySpend = truncated;
	}
	changes.custom = checkCustomAttributes(ctx.dataAttributes, 'company', body.custom_attributes);
	return changes;
}

/** Integers, or strings holding one (descriptions/2.11's own example sends `size: '100'`). */
function wholeNumber(body: JsonObject, key: string): number | null | undefined {
	const raw = body[key];
	if (raw === undefined || raw === null) return raw;
	const value = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
	if (typeof value !== 'number' || !Number.isInteger(value)) throw badParameter(key);
	return value;
}

function companyIdOf(body: JsonObject): string | undefined {
	const raw = body.company_id;
	if (raw === undefined || raw === null || raw === '') return undefined;
	if (typeof raw !== 'string' && typeof raw !== 'number') throw badParameter('company_id');
	return String(raw);
}

function apply(
	ctx: IntercomContext,
	current: CompanyRecord,
	changes: CompanyChanges,
): CompanyRecord {
	if (changes.planName) ctx.companies.planId(changes.planName, () => ctx.ids.next('plan'));
	const next: CompanyRecord = {
		...current,
		...(changes.name !== undefined && { name: changes.name }),
		...(changes.planName !== undefined && { planName: changes.planName }),
		...(changes.size !== undefined && { size: changes.size }),
		...(changes.website !== undefined && { website: changes.website }),
		...(changes.industry !== undefined && { industry: changes.industry }),
		...(changes.remoteCreatedAt !== undefined && { remoteCreatedAt: changes.remoteCreatedAt }),
		...(changes.monthlySpend !== undefined && { monthlySpend: changes.monthlySpend }),
		customAttributes: applyCustomChanges(current.customAttributes, changes.custom),
	};
	return JSON.stringify(next) === JSON.stringify(current)
		? current
		: { ...next, updatedAt: ctx.nowSeconds() };
}

/** `POST /companies`: the stored company and whether it was created. */
export function createOrUpdateCompany(
	ctx: IntercomContext,
	body: JsonObject,
): { company: CompanyRecord; created: boolean } {
	const changes = readChanges(ctx, body);
	const companyId = companyIdOf(body);
	if (companyId === undefined)
		throw new IntercomError(400, 'bad_request', 'company_id not specified');
	const existing = ctx.companies.byCompanyId(companyId);
	if (existing) {
		const next = apply(ctx, existing, changes);
		if (next !== existing) ctx.companies.replace(next);
		return { company: next, created: false };
	}
	const now = ctx.nowSeconds();
	const blank: CompanyRecord = {
		id: ctx.ids.objectId(),
		companyId,
		name: null,
		planName: null,
		size: null,
		website: null,
		industry: null,
		monthlySpend: 0,
		sessionCount: 0,
		remoteCreatedAt: null,
		lastRequestAt: null,
		createdAt: now,
		updatedAt: now,
		customAttributes: EMPTY_VALUES,
	};
	const created = apply(ctx, blank, changes);
	ctx.companies.insert({ ...created, updatedAt: now });
	return { company: ctx.companies.get(blank.id) as CompanyRecord, created: true };
}

/** `PUT /companies/{id}`: `company_id` may be repeated but not changed. */
export function updateCompany(
	ctx: IntercomContext,
	current: CompanyRecord,
	body: JsonObject,
): CompanyRecord {
	const companyId = companyIdOf(body);
	if (companyId !== undefined && companyId !== current.companyId) {
		throw new IntercomError(400, 'bad_request', "company_id can't be updated");
	}
	const next = apply(ctx, current, readChanges(ctx, body));
	if (next !== current) ctx.companies.replace(next);
	return next;
}
