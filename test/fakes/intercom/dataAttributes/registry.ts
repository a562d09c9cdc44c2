/**
 * Data attributes (crm-apis.md 3.6): the built-in ones and the custom ones (CDAs) a workspace
 * creates. Custom attributes must exist before contacts or companies carry them.
 *
 * Creation refusals are 400 `parameter_invalid` with descriptions/2.11's exact messages: a name
 * used on either model ("You already have 'X' in your company data. To save this as new people
 * data, use a different name."), a name with characters other than letters, digits, spaces,
 * underscores, hyphens and currency symbols, an unknown data type ("Data Type isn't an option"),
 * a bad model, and options that are not an array ("Options isn't an array").
 */
import { IntercomError, parameterInvalid, parameterNotFound } from '../errors';
import type { JsonObject } from '../http';
import type { IdFactory } from '../ids';
import { BUILT_IN_ATTRIBUTES } from './builtIn';

export type DataModel = 'contact' | 'company';

export const CUSTOM_DATA_TYPES = [
	'string',
	'integer',
	'float',
	'boolean',
	'datetime',
	'date',
] as const;
export type CustomDataType = (typeof CUSTOM_DATA_TYPES)[number];

export interface DataAttribute {
	/** Custom attributes only. */
	readonly id?: number;
	readonly model: DataModel;
	readonly name: string;
	readonly fullName: string;
	readonly label: string;
	readonly description?: string;
	readonly dataType: string;
	/** List attributes: the allowed values. */
	readonly options?: readonly string[];
	readonly apiWritable: boolean;
	readonly uiWritable: boolean;
	readonly messengerWritable: boolean;
	readonly custom: boolean;
	readonly archived: boolean;
	readonly adminId?: string;
	readonly createdAt?: number;
	readonly updatedAt?: number;
}

/** What a test or a seed passes; the API body uses the snake_case names. */
export interface DataAttributeInput {
	name: string;
	model: DataModel;
	data_type: CustomDataType | 'options';
	description?: string;
	options?: Array<string | { value: string }>;
	messenger_writable?: boolean;
}

const NAME_PATTERN = /^[\p{L}\p{N}\p{Sc} _-]+$/u;
const MODEL_WORD: Record<DataModel, string> = { contact: 'people', company: 'company' };

export class DataAttributeRegistry {
	private readonly custom = new Map<number, DataAttribute>();

	constructor(
		private readonly ids: IdFactory,
		private readonly nowSeconds: () => number,
		private readonly defaultAdminId: () => string,
	) {}

	/** Built-in attributes first, then custom ones in creation order. */
	list(model?: DataModel, includeArchived = false): DataAttribute[] {
		const models: DataModel[] = model ? [model] : ['contact', 'company'];
		const result: DataAttribute[] = [];
		for (const m of models) {
			result.push(...BUILT_IN_ATTRIBUTES[m]);
			for (const attr of this.custom.values()) {
				if (attr.model === m && (includeArchived || !attr.archived)) result.push(attr);
			}
		}
		return result;
	}

	getById(id: number): DataAttribute | undefined {
		return this.custom.get(id);
	}

	/** The live custom attribute a `custom_attributes` key names (names compare exactly). */
	liveCustom(model: DataModel, name: string): DataAttribute | undefined {
		for (const attr of this.custom.values()) {
			if (attr.model === model && attr.name === name && !attr.archived) return attr;
		}
		return undefined;
	}

	create(body: JsonObject): DataAttribute {
		const { model, name } = body;
		if (model !== 'contact' && model !== 'company') {
			throw parameterInvalid('The Data Attribute model field must be either contact or company');
		}
		if (typeof name !== 'string' || name.trim() === '') {
			throw parameterNotFound('Name is a required parameter.');
		}
		if (!NAME_PATTERN.test(name)) {
			throw parameterInvalid(
				'Your name for this attribute must only contain alphanumeric characters, currency symbols, and hyphens',
			);
		}
		let dataType = body.data_type;
		const options = body.options === undefined ? undefined : normaliseOptions(body.options);
		if (dataType === 'options') dataType = 'string';
		if (
			typeof dataType !== 'string' ||
			!(CUSTOM_DATA_TYPES as readonly string[]).includes(dataType)
		) {
			throw parameterInvalid("Data Type isn't an option");
		}
		if (options && dataType !== 'string') {
			throw parameterInvalid('Options can only be given for string attributes');
		}
		const taken = this.nameOwner(name);
		if (taken) {
			throw parameterInvalid(
				`You already have '${taken.name}' in your ${MODEL_WORD[taken.model]} data. To save this as new ${MODEL_WORD[model]} data, use a different name.`,
			);
		}
		const now = this.nowSeconds();
		const attr: DataAttribute = {
			id: this.ids.next('dataAttribute'),
			model,
			name,
			fullName: `custom_attributes.${name}`,
			label: name,
			...(typeof body.description === 'string' && { description: body.description }),
			dataType,
			...(options && { options }),
			apiWritable: true,
			uiWritable: false,
			messengerWritable: body.messenger_writable === true,
			custom: true,
			archived: false,
			adminId: this.defaultAdminId(),
			createdAt: now,
			updatedAt: now,
		};
		this.custom.set(attr.id as number, attr);
		return attr;
	}

	update(id: number, body: JsonObject): DataAttribute {
		const current = this.custom.get(id);
		if (!current) {
			throw new IntercomError(
				404,
				'field_not_found',
				"We couldn't find that data attribute to update",
			);
		}
		let next: DataAttribute = { ...current };
		if (body.options !== undefined) next = { ...next, options: normaliseOptions(body.options) };
		if (body.description !== undefined) {
			if (typeof body.description !== 'string')
				throw parameterInvalid("Description isn't a string");
			next = { ...next, description: body.description };
		}
		if (body.archived !== undefined) {
			if (typeof body.archived !== 'boolean') throw parameterInvalid("Archived isn't a boolean");
			next = { ...next, archived: body.archived };
		}
		if (body.messenger_writable !== undefined) {
			next = { ...next, messengerWritable: body.messenger_writable === true };
		}
		next = { ...next, updatedAt: this.nowSeconds() };
		this.custom.set(id, next);
		return next;
	}

	/** A built-in or custom attribute (archived ones included) with this name on either model. */
	private nameOwner(name: string): DataAttribute | undefined {
		const wanted = name.toLowerCase();
		for (const attr of this.custom.values()) if (attr.name.toLowerCase() === wanted) return attr;
		for (const model of ['contact', 'company'] as const) {
			const builtIn = BUILT_IN_ATTRIBUTES[model].find(
				(a) => a.fullName === a.name && a.name.toLowerCase() === wanted,
			);
			if (builtIn) return builtIn;
		}
		return undefined;
	}
}

/** `["a", "b"]` (2.11) or `[{value: "a"}]` (2.14 and the update endpoint). */
function normaliseOptions(raw: unknown): string[] {
	const fail = () => parameterInvalid("Options isn't an array");
	if (!Array.isArray(raw)) throw fail();
	return raw.map((option) => {
		if (typeof option === 'string') return option;
		if (
			option &&
			typeof option === 'object' &&
			typeof (option as { value?: unknown }).value === 'string'
		) {
			return (option as { value: string }).value;
		}
		throw fail();
	});
}

export function renderDataAttribute(attr: DataAttribute) {
	return {
		...(attr.id !== undefined && { id: attr.id }),
		type: 'data_attribute',
		name: attr.name,
		full_name: attr.fullName,
		label: attr.label,
		...(attr.description !== undefined && { description: attr.description }),
		data_type: attr.dataType,
		...(attr.options && { options: [...attr.options] }),
		api_writable: attr.apiWritable,
		ui_writable: attr.uiWritable,
		messenger_writable: attr.messengerWritable,
		custom: attr.custom,
		archived: attr.archived,
		...(attr.custom && {
			admin_id: attr.adminId,
			created_at: attr.createdAt,
			updated_at: attr.updatedAt,
		}),
		model: attr.model,
	};
}
