/**
 * The properties and property groups of every object type: HubSpot-defined ones from
 * standard.ts, custom ones created through the API or the facade. Enforces HubSpot's create
 * rules (name format, type/fieldType pairs, options for enumerations, unique names) and archives
 * rather than deletes. Options of pipeline properties are read from the pipelines store.
 */
import { HubSpotError, validationError } from '../errors';
import type { ObjectTypeDef } from '../objectTypes';
import type { PipelineStore } from '../pipelines';
import {
	FIELD_TYPES,
	FIELD_TYPES_BY_TYPE,
	PROPERTY_TYPES,
	type FieldType,
	type PropertyDefinition,
	type PropertyGroup,
	type PropertyOption,
	type PropertyType,
} from './definition';
import { PIPELINE_PROPERTIES, standardGroups, standardProperties } from './standard';

/** `POST /crm/v3/properties/{type}` body (properties.json `PropertyCreate`). */
export interface PropertyCreate {
	name: string;
	label: string;
	type: PropertyType;
	fieldType: FieldType;
	groupName: string;
	description?: string;
	options?: Array<Partial<PropertyOption> & { label: string; value: string }>;
	displayOrder?: number;
	hasUniqueValue?: boolean;
	hidden?: boolean;
	formField?: boolean;
	externalOptions?: boolean;
	referencedObjectType?: string;
	calculationFormula?: string;
}

export type PropertyUpdate = Partial<
	Pick<
		PropertyCreate,
		| 'label'
		| 'type'
		| 'fieldType'
		| 'groupName'
		| 'description'
		| 'options'
		| 'displayOrder'
		| 'hidden'
		| 'formField'
	>
>;

interface TypeProperties {
	readonly definitions: Map<string, PropertyDefinition>;
	readonly groups: Map<string, PropertyGroup>;
}

const NAME_PATTERN = /^[a-z][a-z0-9_]{0,99}$/;

export class PropertyRegistry {
	private readonly byType = new Map<string, TypeProperties>();

	constructor(
		private readonly pipelines: PipelineStore,
		private readonly now: () => number,
		/** Told when a property with `hasUniqueValue` appears (the record store indexes it). */
		private readonly onUniqueProperty: (type: ObjectTypeDef, name: string) => void,
	) {}

	/** Registers a type's HubSpot-defined properties and groups (custom types: the system ones). */
	initType(type: ObjectTypeDef): void {
		const definitions = standardProperties(type);
		this.byType.set(type.objectTypeId, {
			definitions: new Map(definitions.map((d) => [d.name, d])),
			groups: new Map(standardGroups(type, definitions).map((g) => [g.name, g])),
		});
	}

	/** A live (not archived) property. */
	get(type: ObjectTypeDef, name: string): PropertyDefinition | undefined {
		const definition = this.of(type).definitions.get(name);
		return definition && !definition.archived ? definition : undefined;
	}

	/** Live properties, or only archived ones when `archived` (as `?archived=true` lists them). */
	list(type: ObjectTypeDef, archived = false): PropertyDefinition[] {
		return [...this.of(type).definitions.values()].filter((d) => d.archived === archived);
	}

	/** Names of live properties with `hasUniqueValue: true`. */
	uniqueNames(type: ObjectTypeDef): string[] {
		return this.list(type)
			.filter((d) => d.hasUniqueValue)
			.map((d) => d.name);
	}

	/** A property's options as the API shows them (pipeline properties read the pipelines). */
	optionsOf(type: ObjectTypeDef, definition: PropertyDefinition): PropertyOption[] {
		const pipelineProps = PIPELINE_PROPERTIES[type.objectTypeId];
		if (pipelineProps?.pipeline === definition.name) {
			return this.pipelines.list(type.objectTypeId).map((p) => ({
				label: p.label,
				value: p.id,
				description: '',
				displayOrder: p.displayOrder,
				hidden: false,
			}));
		}
		if (pipelineProps?.stage === definition.name) {
			return this.pipelines.stages(type.objectTypeId).map(({ stage }) => ({
				label: stage.label,
				value: stage.id,
				description: '',
				displayOrder: stage.displayOrder,
				hidden: false,
			}));
		}
		return definition.options;
	}

	/** The API shape: the stored definition with its current options. */
	render(type: ObjectTypeDef, definition: PropertyDefinition): PropertyDefinition {
		return { ...definition, options: this.optionsOf(type, definition) };
	}

	create(type: ObjectTypeDef, input: unknown): PropertyDefinition {
		const body = checkCreate(input);
		const properties = this.of(type);
		const existing = properties.definitions.get(body.name);
		if (existing && !existing.archived) {
			throw new HubSpotError(
				409,
				'OBJECT_ALREADY_EXISTS',
				`Property named '${body.name}' already exists.`,
				{
					context: { name: [body.name] },
				},
			);
		}
		if (!properties.groups.get(body.groupName) || properties.groups.get(body.groupName)?.archived) {
			throw validationError(`Property group ${body.groupName} does not exist.`, {
				context: { groupName: [body.groupName] },
			});
		}
		const at = new Date(this.now()).toISOString();
		const definition: PropertyDefinition = {
			name: body.name,
			label: body.label,
			type: body.type,
			fieldType: body.fieldType,
			description: body.description ?? '',
			groupName: body.groupName,
			options: normaliseOptions(body.options ?? []),
			displayOrder: body.displayOrder ?? -1,
			calculated: body.fieldType === 'calculation_equation',
			externalOptions: body.externalOptions ?? false,
			hasUniqueValue: body.hasUniqueValue ?? false,
			hidden: body.hidden ?? false,
			hubspotDefined: false,
			formField: body.formField ?? false,
			...(body.referencedObjectType && { referencedObjectType: body.referencedObjectType }),
			modificationMetadata: { archivable: true, readOnlyDefinition: false, readOnlyValue: false },
			dataSensitivity: 'non_sensitive',
			createdAt: at,
			updatedAt: at,
			archived: false,
		};
		properties.definitions.set(definition.name, definition);
		if (definition.hasUniqueValue) this.onUniqueProperty(type, definition.name);
		return definition;
	}

	update(type: ObjectTypeDef, name: string, input: unknown): PropertyDefinition {
		const current = this.require(type, name);
		if (current.modificationMetadata.readOnlyDefinition) {
			throw validationError(
				`Property ${name} is a read-only HubSpot-defined property and can't be updated.`,
			);
		}
		if (input === null || typeof input !== 'object' || Array.isArray(input)) {
			throw validationError('Invalid input JSON: expected a PropertyUpdate object');
		}
		const patch = input as PropertyUpdate;
		const next: PropertyDefinition = {
			...current,
			...(patch.label !== undefined && { label: String(patch.label) }),
			...(patch.description !== undefined && { description: String(patch.description) }),
			...(patch.displayOrder !== undefined && { displayOrder: Number(patch.displayOrder) }),
			...(patch.hidden !== undefined && { hidden: Boolean(patch.hidden) }),
			...(patch.formField !== undefined && { formField: Boolean(patch.formField) }),
			...(patch.options !== undefined && {
				options: normaliseOptions(checkOptions(patch.options)),
			}),
			updatedAt: new Date(this.now()).toISOString(),
		};
		if (patch.type !== undefined) next.type = checkType(patch.type);
		if (patch.fieldType !== undefined) next.fieldType = checkFieldType(next.type, patch.fieldType);
		if (patch.groupName !== undefined) {
			if (!this.of(type).groups.has(String(patch.groupName))) {
				throw validationError(`Property group ${String(patch.groupName)} does not exist.`);
			}
			next.groupName = String(patch.groupName);
		}
		if (next.type === 'enumeration' && next.options.length === 0 && !next.externalOptions) {
			throw validationError('Enumeration properties must have at least one option.');
		}
		this.of(type).definitions.set(name, next);
		return next;
	}

	/** Archives a custom property (HubSpot-defined ones can't be). */
	archive(type: ObjectTypeDef, name: string): void {
		const current = this.require(type, name);
		if (!current.modificationMetadata.archivable) {
			throw validationError(
				`Property ${name} is a HubSpot-defined property and can't be archived.`,
			);
		}
		const at = new Date(this.now()).toISOString();
		this.of(type).definitions.set(name, {
			...current,
			archived: true,
			archivedAt: at,
			updatedAt: at,
		});
	}

	/** A live property or 404. */
	require(type: ObjectTypeDef, name: string): PropertyDefinition {
		const definition = this.get(type, name);
		if (!definition) {
			throw new HubSpotError(404, 'OBJECT_NOT_FOUND', `Property ${name} does not exist`, {
				context: { name: [name] },
			});
		}
		return definition;
	}

	groups(type: ObjectTypeDef): PropertyGroup[] {
		return [...this.of(type).groups.values()].filter((g) => !g.archived);
	}

	group(type: ObjectTypeDef, name: string): PropertyGroup {
		const group = this.of(type).groups.get(name);
		if (!group || group.archived) {
			throw new HubSpotError(404, 'OBJECT_NOT_FOUND', `Property group ${name} does not exist`);
		}
		return group;
	}

	createGroup(type: ObjectTypeDef, input: unknown): PropertyGroup {
		const body = (input ?? {}) as Partial<PropertyGroup>;
		if (typeof body.name !== 'string' || !NAME_PATTERN.test(body.name)) {
			throw validationError(
				'Property group names should be lowercase, start with a letter and have less than 100 characters.',
			);
		}
		if (typeof body.label !== 'string' || body.label === '')
			throw validationError('label is required');
		const groups = this.of(type).groups;
		if (groups.get(body.name) && !groups.get(body.name)?.archived) {
			throw new HubSpotError(
				409,
				'OBJECT_ALREADY_EXISTS',
				`Property group named '${body.name}' already exists.`,
			);
		}
		const group: PropertyGroup = {
			name: body.name,
			label: body.label,
			displayOrder: typeof body.displayOrder === 'number' ? body.displayOrder : -1,
			archived: false,
		};
		groups.set(group.name, group);
		return group;
	}

	updateGroup(type: ObjectTypeDef, name: string, input: unknown): PropertyGroup {
		const current = this.group(type, name);
		const body = (input ?? {}) as Partial<PropertyGroup>;
		const next: PropertyGroup = {
			...current,
			...(typeof body.label === 'string' && { label: body.label }),
			...(typeof body.displayOrder === 'number' && { displayOrder: body.displayOrder }),
		};
		this.of(type).groups.set(name, next);
		return next;
	}

	archiveGroup(type: ObjectTypeDef, name: string): void {
		const current = this.group(type, name);
		this.of(type).groups.set(name, { ...current, archived: true });
	}

	private of(type: ObjectTypeDef): TypeProperties {
		const properties = this.byType.get(type.objectTypeId);
		if (!properties) throw new Error(`No properties registered for ${type.objectTypeId}`);
		return properties;
	}
}

/** Checks a PropertyCreate body the way HubSpot's validation does (messages are the fake's own). */
export function checkCreate(input: unknown): PropertyCreate {
	if (input === null || typeof input !== 'object' || Array.isArray(input)) {
		throw validationError('Invalid input JSON: expected a PropertyCreate object');
	}
	const body = input as Partial<PropertyCreate>;
	for (const field of ['name', 'label', 'type', 'fieldType', 'groupName'] as const) {
		if (typeof body[field] !== 'string' || body[field] === '') {
			throw validationError(`Invalid input JSON: Missing required field "${field}"`, {
				context: { field: [field] },
			});
		}
	}
	const name = body.name as string;
	if (!NAME_PATTERN.test(name)) {
		throw validationError(
			`Names for properties should be lowercase and have less than 100 characters. Invalid names: [${name}]`,
		);
	}
	if (name.startsWith('hs_')) {
		throw validationError(`Property names starting with "hs_" are reserved for HubSpot: ${name}`);
	}
	const type = checkType(body.type);
	const fieldType = checkFieldType(type, body.fieldType);
	const opts = body.options === undefined ? [] : checkOptions(body.options);
	if (type === 'enumeration' && opts.length === 0 && !body.externalOptions) {
		throw validationError('Enumeration properties must have at least one option.');
	}
	if (body.hasUniqueValue && type !== 'string' && type !== 'number') {
		throw validationError(
			`hasUniqueValue is only supported for string and number properties, not ${type}.`,
		);
	}
	return { ...(body as PropertyCreate), type, fieldType, options: opts };
}

function checkType(type: unknown): PropertyType {
	if (!PROPERTY_TYPES.includes(type as PropertyType)) {
		throw validationError(
			`Invalid input JSON: "type" must be one of ${PROPERTY_TYPES.join(', ')}, got ${String(type)}`,
		);
	}
	return type as PropertyType;
}

function checkFieldType(type: PropertyType, fieldType: unknown): FieldType {
	if (!(FIELD_TYPES as readonly string[]).includes(fieldType as string)) {
		throw validationError(
			`Invalid input JSON: "fieldType" must be one of ${FIELD_TYPES.join(', ')}, got ${String(fieldType)}`,
		);
	}
	if (!FIELD_TYPES_BY_TYPE[type].includes(fieldType as FieldType)) {
		throw validationError(
			`Field type ${String(fieldType)} is not valid for a property of type ${type}.`,
		);
	}
	return fieldType as FieldType;
}

function checkOptions(
	value: unknown,
): Array<Partial<PropertyOption> & { label: string; value: string }> {
	if (!Array.isArray(value))
		throw validationError('Invalid input JSON: "options" must be an array');
	const seen = new Set<string>();
	return value.map((option, index) => {
		const o = (option ?? {}) as Partial<PropertyOption>;
		if (
			typeof o.value !== 'string' ||
			o.value === '' ||
			typeof o.label !== 'string' ||
			o.label === ''
		) {
			throw validationError(`Option ${index} must have a non-empty label and value.`);
		}
		if (seen.has(o.value)) throw validationError(`Duplicate option value: ${o.value}`);
		seen.add(o.value);
		return o as Partial<PropertyOption> & { label: string; value: string };
	});
}

function normaliseOptions(
	entries: Array<Partial<PropertyOption> & { label: string; value: string }>,
): PropertyOption[] {
	return entries.map((o, index) => ({
		label: o.label,
		value: o.value,
		description: o.description ?? '',
		displayOrder: o.displayOrder ?? index,
		hidden: o.hidden ?? false,
	}));
}
