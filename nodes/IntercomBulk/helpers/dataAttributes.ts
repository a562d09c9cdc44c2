import type { IntercomApi } from '../transport/client';

export interface DataAttribute {
	id?: number | string;
	name: string;
	full_name?: string;
	label?: string;
	data_type: string;
	model?: string;
	custom?: boolean;
	archived?: boolean;
	api_writable?: boolean;
	options?: Array<string | { value: string }>;
	description?: string;
}

export async function listDataAttributes(
	api: IntercomApi,
	model: 'contact' | 'company',
	includeArchived = false,
): Promise<DataAttribute[]> {
	const list = (await api.call((client) =>
		client.dataAttributes.list({ model, include_archived: includeArchived }),
	)) as { data?: DataAttribute[] };
	return list.data ?? [];
}

/** Intercom's data types for the types CRM Field Mapper proposes (and HubSpot's, given by mistake). */
const DATA_TYPES: Record<string, string> = {
	string: 'string',
	text: 'string',
	enumeration: 'string',
	integer: 'integer',
	float: 'float',
	number: 'float',
	boolean: 'boolean',
	bool: 'boolean',
	date: 'date',
	datetime: 'datetime',
};

export function dataTypeOf(type: unknown): string | undefined {
	return DATA_TYPES[String(type ?? 'string').toLowerCase()];
}
