/**
 * From a snapshot to what the client sees: Bulk CSV cells (columns named as selected, canonical
 * case: `Id`, `Account.Name`) and REST JSON records (`attributes`, nested relationship objects,
 * compound address objects).
 */
import type { RecordStore } from '../records';
import type { FieldDescribe, SfRecord, SfValue } from '../types';
import { csvText, jsonValue, storedValue } from '../values';
import type { Snapshot } from './execute';
import type { FieldRef, QueryPlan } from './plan';

/** The record a field reference reads in row `i` of a snapshot. */
function holder(snapshot: Snapshot, i: number, ref: FieldRef): SfRecord | null {
	if (ref.steps.length === 0) return snapshot.rows[i];
	return snapshot.parents.get(ref.pathKey)?.[i] ?? null;
}

function rawValue(snapshot: Snapshot, i: number, ref: FieldRef, store: RecordStore): SfValue {
	if (ref.detached) return null;
	const record = holder(snapshot, i, ref);
	if (!record) return null;
	if (ref.virtualType) return typeof record.Id === 'string' ? (store.objectOf(record.Id) ?? null) : null;
	return storedValue(record[ref.field.name], ref.field.type);
}

export interface CsvProjection {
	header: string[];
	cells(row: number): Array<string | null>;
}

export function csvProjection(plan: QueryPlan, snapshot: Snapshot, store: RecordStore): CsvProjection {
	const refs = plan.select.flatMap((item) => (item.kind === 'field' ? [item.ref] : []));
	return {
		header: refs.map((ref) => ref.path),
		cells: (row) => refs.map((ref) => csvText(rawValue(snapshot, row, ref, store), ref.field.type)),
	};
}

const ADDRESS_KEYS: Record<string, string> = {
	Street: 'street',
	City: 'city',
	State: 'state',
	StateCode: 'stateCode',
	PostalCode: 'postalCode',
	Country: 'country',
	CountryCode: 'countryCode',
	Latitude: 'latitude',
	Longitude: 'longitude',
	GeocodeAccuracy: 'geocodeAccuracy',
};

/** `BillingAddress` -> `{city, country, geocodeAccuracy, latitude, longitude, postalCode, state, street}`. */
function compoundValue(record: SfRecord, field: FieldDescribe, schemaFields: readonly FieldDescribe[]): SfValue | object {
	const prefix = field.name.replace(/Address$/, '');
	const parts: Record<string, SfValue> = {};
	let any = false;
	for (const component of schemaFields.filter((f) => f.compoundFieldName === field.name && f.name !== field.name)) {
		const key = ADDRESS_KEYS[component.name.slice(prefix.length)] ?? component.name;
		const value = jsonValue(record[component.name], component);
		parts[key] = value;
		if (value !== null) any = true;
	}
	if (!any) return null;
	return Object.fromEntries(Object.keys(parts).sort().map((k) => [k, parts[k]]));
}

export function sobjectUrl(version: string, objectName: string, id: SfValue | undefined): string {
	return `/services/data/v${version}/sobjects/${objectName}/${String(id ?? '')}`;
}

/** One record of a REST query response. */
export function jsonRecord(
	plan: QueryPlan,
	snapshot: Snapshot,
	i: number,
	store: RecordStore,
	version: string,
): Record<string, unknown> {
	const row = snapshot.rows[i];
	const out: Record<string, unknown> = {
		attributes: { type: plan.object.name, url: sobjectUrl(version, plan.object.name, row.Id) },
	};
	for (const item of plan.select) {
		if (item.kind !== 'field') continue;
		const ref = item.ref;
		let target: Record<string, unknown> | null = out;
		for (let depth = 0; depth < ref.steps.length && target; depth++) {
			const step = ref.steps[depth];
			const pathKey = ref.steps
				.slice(0, depth + 1)
				.map((s) => s.relationshipName)
				.join('.');
			const parent = snapshot.parents.get(pathKey)?.[i] ?? null;
			const existing: unknown = target[step.relationshipName];
			if (!parent || ref.detached) {
				if (existing === undefined) target[step.relationshipName] = null;
				target = null;
				break;
			}
			if (existing && typeof existing === 'object') {
				target = existing as Record<string, unknown>;
				continue;
			}
			const type = step.polymorphic ? 'Name' : step.targets[0];
			const realType = (typeof parent.Id === 'string' && store.objectOf(parent.Id)) || step.targets[0];
			const nested: Record<string, unknown> = {
				attributes: { type, url: sobjectUrl(version, realType, parent.Id) },
			};
			target[step.relationshipName] = nested;
			target = nested;
		}
		if (!target) continue;
		const holderRecord = holder(snapshot, i, ref);
		if (ref.field.type === 'address' && holderRecord) {
			const objectName = ref.steps.length === 0 ? plan.object.name : ref.steps[ref.steps.length - 1].targets[0];
			target[ref.field.name] = compoundValue(holderRecord, ref.field, store.fieldsOf(objectName));
		} else {
			target[ref.field.name] = jsonValue(rawValue(snapshot, i, ref, store), ref.field);
		}
	}
	return out;
}

/** The single AggregateResult row of `SELECT COUNT(Id) cnt FROM ...`. */
export function aggregateRecord(plan: QueryPlan, snapshot: Snapshot, store: RecordStore): Record<string, unknown> {
	const out: Record<string, unknown> = { attributes: { type: 'AggregateResult' } };
	for (const item of plan.select) {
		if (item.kind !== 'count') continue;
		let n = 0;
		for (let i = 0; i < snapshot.rows.length; i++) {
			if (rawValue(snapshot, i, item.ref, store) !== null) n++;
		}
		out[item.alias] = n;
	}
	return out;
}
