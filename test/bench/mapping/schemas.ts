/**
 * The schemas the bench feeds the engine: Salesforce describes (shared fixtures), HubSpot
 * properties as the fake portal's properties API lists them, Intercom data attributes built from
 * the Intercom OpenAPI fixtures.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { startFakeHubSpot } from '../../fakes/hubspot';
import { parseCsv } from './csv';
import type { Describe, HubSpotPropertyView, IntercomDataAttribute } from './types';

/** `../shared` beside the repository (also in CI). */
const SHARED = path.resolve(__dirname, '../../../../shared/fixtures');

export function loadDescribe(object: string): Describe {
	const file = path.join(SHARED, 'salesforce/describe', `${object}.describe.json`);
	return JSON.parse(readFileSync(file, 'utf8')) as Describe;
}

/** GET /crm/v3/properties/{type} `results` for each type, from a fake portal started for the call. */
export async function loadHubSpotProperties(
	types: readonly string[],
): Promise<Record<string, HubSpotPropertyView[]>> {
	const hs = await startFakeHubSpot({ log: { storeBodies: false, storeHeaders: false } });
	try {
		const out: Record<string, HubSpotPropertyView[]> = {};
		for (const type of types) {
			const response = await fetch(`${hs.url}/crm/v3/properties/${type}`, {
				headers: { Authorization: `Bearer ${hs.token}` },
			});
			if (!response.ok) throw new Error(`properties ${type}: HTTP ${response.status}`);
			out[type] = ((await response.json()) as { results: HubSpotPropertyView[] }).results;
		}
		return out;
	} finally {
		await hs.stop();
	}
}

function readCsv(name: string): Array<Record<string, string>> {
	return parseCsv(readFileSync(path.join(SHARED, 'intercom', name), 'utf8'));
}

/** Contact schema properties that are objects or references, not data attributes. */
const NOT_ATTRIBUTES = new Set(['object', '$ref']);

/**
 * Contact attributes from the contact schema (REST API 2.11): scalar properties only; the `*_at`
 * integers are Unix timestamps, which the data attributes API reports as `date`.
 */
function contactAttributes(): IntercomDataAttribute[] {
	return readCsv('intercom_contact_schema_fields.csv')
		.filter((r) => r.model === 'contact' && !NOT_ATTRIBUTES.has(r.type) && r.field !== 'type')
		.map((r) => ({
			type: 'data_attribute',
			name: r.field,
			full_name: r.field,
			label: r.field.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()),
			description: r.description,
			data_type: r.field.endsWith('_at') && r.type === 'integer' ? 'date' : r.type,
			model: 'contact',
			custom: false,
			api_writable: r.writable_on_create === 'True',
		}));
}

/** Company attributes from the example response of GET /data_attributes?model=company (custom ones left out). */
function companyAttributes(): IntercomDataAttribute[] {
	return readCsv('intercom_company_data_attributes_example.csv')
		.filter((r) => r.model === 'company' && r.custom === 'False')
		.map((r) => ({
			type: 'data_attribute',
			name: r.name,
			full_name: r.full_name,
			label: r.label,
			description: r.description,
			data_type: r.data_type,
			model: 'company',
			custom: false,
			api_writable: r.api_writable === 'True',
		}));
}

export function loadIntercomAttributes(model: 'contact' | 'company'): IntercomDataAttribute[] {
	return model === 'contact' ? contactAttributes() : companyAttributes();
}
