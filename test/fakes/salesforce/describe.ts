/**
 * The org's schema: the real fixture describes (served byte for byte while nothing was added to
 * them), User, Task and Note built from standard-field knowledge, and whatever custom fields and objects a
 * test adds. Lookups by object and field name are case-insensitive, as in SOQL.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeField, makeObjectDescribe, type FieldSpec } from './fieldDescribe';
import { customObjectStandardFields, noteDescribe, taskDescribe, userDescribe } from './standardDescribes';
import type { FieldDescribe, SObjectDescribe } from './types';

/** The fixtures beside the repository: ../shared/fixtures/salesforce/describe. */
export const DEFAULT_DESCRIBE_DIR = path.resolve(__dirname, '../../../../shared/fixtures/salesforce/describe');

/** Keys of a describe that the global describe (`GET /sobjects`) repeats for each object. */
const GLOBAL_KEYS = [
	'activateable',
	'associateEntityType',
	'associateParentEntity',
	'createable',
	'custom',
	'customSetting',
	'deepCloneable',
	'deletable',
	'deprecatedAndHidden',
	'feedEnabled',
	'hasSubtypes',
	'isInterface',
	'isSubtype',
	'keyPrefix',
	'label',
	'labelPlural',
	'layoutable',
	'mergeable',
	'mruEnabled',
	'name',
	'queryable',
	'replicateable',
	'retrieveable',
	'searchable',
	'triggerable',
	'undeletable',
	'updateable',
] as const;

export class ObjectSchema {
	private readonly fieldsByName = new Map<string, FieldDescribe>();
	private readonly relationshipsByName = new Map<string, FieldDescribe>();

	constructor(
		readonly describe: SObjectDescribe,
		/** The fixture's bytes, served as long as no field was added. */
		private raw?: Buffer,
	) {
		for (const field of describe.fields) this.index(field);
	}

	get name(): string {
		return this.describe.name;
	}

	get keyPrefix(): string | null {
		return this.describe.keyPrefix;
	}

	get fields(): readonly FieldDescribe[] {
		return this.describe.fields;
	}

	field(name: string): FieldDescribe | undefined {
		return this.fieldsByName.get(name.toLowerCase());
	}

	/** The reference field whose relationshipName is `name` (`Account` -> AccountId). */
	relationship(name: string): FieldDescribe | undefined {
		return this.relationshipsByName.get(name.toLowerCase());
	}

	hasField(name: string): boolean {
		return this.fieldsByName.has(name.toLowerCase());
	}

	/** The components of a compound field (BillingAddress -> BillingStreet, BillingCity...). */
	components(compound: string): FieldDescribe[] {
		return this.describe.fields.filter((f) => f.compoundFieldName === compound && f.name !== compound);
	}

	addField(field: FieldDescribe): void {
		if (this.hasField(field.name)) throw new Error(`${this.name} already has a field ${field.name}`);
		this.describe.fields.push(field);
		this.index(field);
		this.raw = undefined;
	}

	/** The describe response body: the fixture's bytes when untouched. */
	body(): Buffer | SObjectDescribe {
		return this.raw ?? this.describe;
	}

	/** This object's entry in the global describe. */
	globalEntry(apiVersion: string): Record<string, unknown> {
		const entry: Record<string, unknown> = {};
		for (const key of GLOBAL_KEYS) entry[key] = this.describe[key] ?? null;
		const base = `/services/data/v${apiVersion}/sobjects/${this.name}`;
		entry.urls = { rowTemplate: `${base}/{ID}`, describe: `${base}/describe`, sobject: base };
		return entry;
	}

	private index(field: FieldDescribe): void {
		this.fieldsByName.set(field.name.toLowerCase(), field);
		if (field.type === 'reference' && field.relationshipName) {
			this.relationshipsByName.set(field.relationshipName.toLowerCase(), field);
		}
	}
}

export interface DescribeRegistryOptions {
	/** Folder of `<Object>.describe.json` files; default the shared fixtures. */
	describeDir?: string;
	/** Load the fixture files at all (default true). */
	fixtures?: boolean;
	/** Used in the `urls` of the describes the fake builds. */
	apiVersion: string;
}

/** Custom field input: name ending in `__c` plus any describe keys (defaults per type otherwise). */
export type CustomFieldInput = FieldSpec | (FieldDescribe & { type: FieldSpec['type'] });

export interface CustomObjectInput {
	name: string;
	label?: string;
	labelPlural?: string;
	keyPrefix?: string;
	fields?: CustomFieldInput[];
}

export class DescribeRegistry {
	private readonly byName = new Map<string, ObjectSchema>();
	private readonly byPrefix = new Map<string, ObjectSchema>();
	private nextCustomPrefix = 0;

	constructor(private readonly options: DescribeRegistryOptions) {
		if (options.fixtures !== false) {
			const dir = options.describeDir ?? DEFAULT_DESCRIBE_DIR;
			for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.describe.json')).sort()) {
				const raw = fs.readFileSync(path.join(dir, file));
				this.register(new ObjectSchema(JSON.parse(raw.toString('utf8')) as SObjectDescribe, raw));
			}
		}
		for (const describe of [userDescribe(options.apiVersion), taskDescribe(options.apiVersion), noteDescribe(options.apiVersion)]) {
			if (!this.get(describe.name)) this.register(new ObjectSchema(describe));
		}
	}

	get(name: string): ObjectSchema | undefined {
		return this.byName.get(name.toLowerCase());
	}

	/** The object an id belongs to, by its 3-character key prefix. */
	forId(id: string): ObjectSchema | undefined {
		return this.byPrefix.get(id.slice(0, 3));
	}

	all(): ObjectSchema[] {
		return [...this.byName.values()].sort((a, b) => a.name.localeCompare(b.name));
	}

	addCustomField(objectName: string, input: CustomFieldInput): FieldDescribe {
		const schema = this.get(objectName);
		if (!schema) throw new Error(`No such object ${objectName}`);
		schema.addField(toField(input));
		return schema.field(input.name) as FieldDescribe;
	}

	addCustomObject(input: CustomObjectInput): SObjectDescribe {
		if (!input.name.endsWith('__c')) throw new Error(`A custom object's name ends in __c: ${input.name}`);
		if (this.get(input.name)) throw new Error(`Object ${input.name} already exists`);
		const keyPrefix = input.keyPrefix ?? this.customPrefix();
		const label = input.label ?? input.name.slice(0, -3).replace(/_/g, ' ');
		const describe = makeObjectDescribe({
			name: input.name,
			label,
			labelPlural: input.labelPlural,
			keyPrefix,
			custom: true,
			fields: [...customObjectStandardFields(label), ...(input.fields ?? []).map(toField)],
			apiVersion: this.options.apiVersion,
		});
		this.register(new ObjectSchema(describe));
		return describe;
	}

	private register(schema: ObjectSchema): void {
		this.byName.set(schema.name.toLowerCase(), schema);
		if (schema.keyPrefix) this.byPrefix.set(schema.keyPrefix, schema);
	}

	/** a00, a01, ... as Salesforce hands out custom object prefixes. */
	private customPrefix(): string {
		for (;;) {
			const n = this.nextCustomPrefix++;
			const prefix = `a${'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(n / 36) % 36]}${'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'[n % 36]}`;
			if (!this.byPrefix.has(prefix)) return prefix;
		}
	}
}

function toField(input: CustomFieldInput): FieldDescribe {
	if (!input.name.endsWith('__c')) throw new Error(`A custom field's name ends in __c: ${input.name}`);
	const spec = input as FieldSpec;
	const base = makeField({ ...spec, custom: true });
	// Any describe key given verbatim wins over the defaults (`picklist` is the spec's shorthand).
	const verbatim: Record<string, unknown> = { ...input };
	delete verbatim.picklist;
	return { ...base, ...verbatim, custom: true } as FieldDescribe;
}
