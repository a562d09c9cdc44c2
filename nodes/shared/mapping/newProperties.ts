import { sourceKind } from './compatibility';
import type { PropertyToCreate, SalesforceField, TargetSystem, Transform } from './types';
import { propertyNameFor } from './words';

/** HubSpot type and field type for a new property holding a Salesforce field's values. */
function hubSpotTypeOf(field: SalesforceField): { type: string; fieldType: string } {
	switch (sourceKind(field)) {
		case 'number':
			return { type: 'number', fieldType: 'number' };
		case 'boolean':
			return { type: 'bool', fieldType: 'booleancheckbox' };
		case 'date':
			return { type: 'date', fieldType: 'date' };
		case 'datetime':
			return { type: 'datetime', fieldType: 'date' };
		case 'choice':
			return {
				type: 'enumeration',
				fieldType: field.type === 'multipicklist' ? 'checkbox' : 'select',
			};
		case 'phone':
			return { type: 'string', fieldType: 'phonenumber' };
		default:
			return { type: 'string', fieldType: field.type === 'textarea' ? 'textarea' : 'text' };
	}
}

/** Intercom data attribute types: string, integer, float, boolean, date. */
function intercomTypeOf(field: SalesforceField): { type: string; fieldType: string } {
	switch (sourceKind(field)) {
		case 'number':
			return { type: field.type === 'int' ? 'integer' : 'float', fieldType: 'number' };
		case 'boolean':
			return { type: 'boolean', fieldType: 'boolean' };
		case 'date':
		case 'datetime':
			return { type: 'date', fieldType: 'date' };
		default:
			return { type: 'string', fieldType: 'text' };
	}
}

/**
 * Intercom keeps one namespace for the attributes of people and of companies, and refuses a
 * company attribute named like a people one (and the reverse): new attributes get a prefix per
 * model, so that Account.Phone and Contact.Phone cannot collide.
 */
function intercomName(object: string, name: string): string {
	const bare = name.replace(/^sf_/, '');
	return object === 'company' ? `sf_account_${bare}` : `sf_${bare}`;
}

/** The property to create for a field worth keeping, named so as not to clash with `taken`. */
export function propertyToCreate(
	system: TargetSystem,
	field: SalesforceField,
	taken: Set<string>,
	object = '',
): PropertyToCreate {
	let name = propertyNameFor(field.name);
	if (system === 'intercom') name = intercomName(object, name);
	if (taken.has(name)) name = `salesforce_${name}`;
	const { type, fieldType } = system === 'hubspot' ? hubSpotTypeOf(field) : intercomTypeOf(field);
	const options =
		type === 'enumeration'
			? (field.picklistValues ?? [])
					.filter((entry) => entry.active !== false)
					.map((entry) => ({ label: entry.label ?? entry.value, value: entry.value }))
			: undefined;
	return {
		sourceField: field.name,
		name,
		label: field.label ?? field.name,
		type,
		fieldType,
		...(options && options.length > 0 && { options }),
	};
}

/** How a field's values are written to the property created for them (options keep the picklist's values). */
export function transformForNewProperty(system: TargetSystem, field: SalesforceField): Transform {
	switch (sourceKind(field)) {
		case 'number':
			return 'number';
		case 'boolean':
			return 'boolean';
		case 'date':
			return system === 'intercom' ? 'datetime' : 'date';
		case 'datetime':
			return 'datetime';
		case 'choice':
			return field.type === 'multipicklist' ? 'text' : 'copy';
		default:
			return 'copy';
	}
}
