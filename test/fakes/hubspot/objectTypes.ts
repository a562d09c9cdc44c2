/**
 * The object types the portal knows: HubSpot's standard ones (`0-1` contacts ... `0-49` emails)
 * and custom objects (`2-xxxx`) added through the schemas API or the facade. A path segment may
 * name a type by its plural or singular name, its object type id, or (custom objects) its
 * fully qualified name `p{portalId}_{name}`.
 */
import { unknownObjectType } from './errors';

export interface ObjectTypeDef {
	/** `0-1`, `2-7000001`. */
	readonly objectTypeId: string;
	/** Path name: `contacts`; for custom objects the schema's name. */
	readonly name: string;
	readonly singular: string;
	readonly labels: { readonly singular: string; readonly plural: string };
	readonly custom: boolean;
	/** `contact` for standard types, `p{portalId}_{name}` for custom ones. */
	readonly fullyQualifiedName: string;
	/** As HubSpot writes the type in messages: `CONTACT`, `COMPANY`, `P12345_CARS`. */
	readonly errorName: string;
	/** Returned when a request names no properties. */
	readonly defaultProperties: readonly string[];
	/** Matched by a search's free-text `query`. */
	readonly searchableProperties: readonly string[];
	/** Must have a value on create. */
	readonly requiredProperties: readonly string[];
	readonly primaryDisplayProperty: string;
	readonly secondaryDisplayProperties: readonly string[];
	/** Property group new properties default to, e.g. `contactinformation`. */
	readonly defaultGroup: string;
	/** System properties computed from the record: creation and modification dates. */
	readonly createdProperty: 'createdate' | 'hs_createdate';
	readonly modifiedProperty: 'lastmodifieddate' | 'hs_lastmodifieddate';
	/** The scope family: `crm.objects.contacts`, `tickets`, `crm.objects.custom`. */
	readonly scope: string;
	readonly description?: string;
	readonly createdAt?: number;
	readonly updatedAt?: number;
}

const ENGAGEMENT_DEFAULTS = ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'];

function standard(
	objectTypeId: string,
	name: string,
	singular: string,
	labels: [string, string],
	rest: Partial<ObjectTypeDef> &
		Pick<ObjectTypeDef, 'defaultProperties' | 'primaryDisplayProperty'>,
): ObjectTypeDef {
	return {
		objectTypeId,
		name,
		singular,
		labels: { singular: labels[0], plural: labels[1] },
		custom: false,
		fullyQualifiedName: singular,
		errorName: singular.toUpperCase(),
		searchableProperties: [],
		requiredProperties: [],
		secondaryDisplayProperties: [],
		defaultGroup: `${singular}information`,
		createdProperty: 'hs_createdate',
		modifiedProperty: 'hs_lastmodifieddate',
		scope: 'crm.objects.contacts',
		...rest,
	};
}

export const STANDARD_OBJECT_TYPES: readonly ObjectTypeDef[] = [
	standard('0-1', 'contacts', 'contact', ['Contact', 'Contacts'], {
		defaultProperties: [
			'createdate',
			'email',
			'firstname',
			'hs_object_id',
			'lastmodifieddate',
			'lastname',
		],
		searchableProperties: [
			'firstname',
			'lastname',
			'email',
			'phone',
			'mobilephone',
			'company',
			'hs_additional_emails',
		],
		primaryDisplayProperty: 'email',
		secondaryDisplayProperties: ['firstname', 'lastname'],
		createdProperty: 'createdate',
		modifiedProperty: 'lastmodifieddate',
	}),
	standard('0-2', 'companies', 'company', ['Company', 'Companies'], {
		defaultProperties: ['createdate', 'domain', 'hs_lastmodifieddate', 'hs_object_id', 'name'],
		searchableProperties: ['name', 'domain', 'website', 'phone'],
		primaryDisplayProperty: 'name',
		secondaryDisplayProperties: ['domain'],
		createdProperty: 'createdate',
		scope: 'crm.objects.companies',
	}),
	standard('0-3', 'deals', 'deal', ['Deal', 'Deals'], {
		defaultProperties: [
			'amount',
			'closedate',
			'createdate',
			'dealname',
			'dealstage',
			'hs_lastmodifieddate',
			'hs_object_id',
			'pipeline',
		],
		searchableProperties: ['dealname'],
		primaryDisplayProperty: 'dealname',
		createdProperty: 'createdate',
		scope: 'crm.objects.deals',
	}),
	standard('0-5', 'tickets', 'ticket', ['Ticket', 'Tickets'], {
		defaultProperties: [
			'content',
			'createdate',
			'hs_lastmodifieddate',
			'hs_object_id',
			'hs_pipeline',
			'hs_pipeline_stage',
			'hs_ticket_category',
			'hs_ticket_priority',
			'subject',
		],
		searchableProperties: ['subject', 'content'],
		requiredProperties: ['subject', 'hs_pipeline_stage'],
		primaryDisplayProperty: 'subject',
		createdProperty: 'createdate',
		scope: 'tickets',
	}),
	standard('0-46', 'notes', 'note', ['Note', 'Notes'], {
		defaultProperties: ENGAGEMENT_DEFAULTS,
		searchableProperties: ['hs_note_body'],
		requiredProperties: ['hs_timestamp'],
		primaryDisplayProperty: 'hs_note_body',
		defaultGroup: 'engagement',
	}),
	standard('0-27', 'tasks', 'task', ['Task', 'Tasks'], {
		defaultProperties: ENGAGEMENT_DEFAULTS,
		searchableProperties: ['hs_task_subject', 'hs_task_body'],
		requiredProperties: ['hs_timestamp'],
		primaryDisplayProperty: 'hs_task_subject',
		defaultGroup: 'task',
	}),
	standard('0-47', 'meetings', 'meeting', ['Meeting', 'Meetings'], {
		defaultProperties: ENGAGEMENT_DEFAULTS,
		searchableProperties: ['hs_meeting_title', 'hs_meeting_body'],
		requiredProperties: ['hs_timestamp'],
		primaryDisplayProperty: 'hs_meeting_title',
		defaultGroup: 'meeting',
	}),
	standard('0-48', 'calls', 'call', ['Call', 'Calls'], {
		defaultProperties: ENGAGEMENT_DEFAULTS,
		searchableProperties: ['hs_call_title', 'hs_call_body'],
		requiredProperties: ['hs_timestamp'],
		primaryDisplayProperty: 'hs_call_title',
		defaultGroup: 'call',
	}),
	standard('0-49', 'emails', 'email', ['Email', 'Emails'], {
		defaultProperties: ENGAGEMENT_DEFAULTS,
		searchableProperties: ['hs_email_subject', 'hs_email_text'],
		requiredProperties: ['hs_timestamp'],
		primaryDisplayProperty: 'hs_email_subject',
		defaultGroup: 'email',
	}),
];

export interface CustomTypeInput {
	name: string;
	labels: { singular: string; plural: string };
	primaryDisplayProperty?: string;
	secondaryDisplayProperties?: string[];
	requiredProperties?: string[];
	searchableProperties?: string[];
	description?: string;
}

export class ObjectTypeRegistry {
	private readonly byKey = new Map<string, ObjectTypeDef>();
	private readonly types: ObjectTypeDef[] = [];
	private nextCustom = 1;

	constructor(
		private readonly portalId: number,
		private readonly customIdBase: number,
	) {
		for (const type of STANDARD_OBJECT_TYPES) this.register(type);
	}

	/** The type a path segment names; 400 "Unable to infer object type from" otherwise. */
	resolve(segment: string): ObjectTypeDef {
		const type = this.find(segment);
		if (!type) throw unknownObjectType(segment);
		return type;
	}

	find(segment: string): ObjectTypeDef | undefined {
		return this.byKey.get(segment.toLowerCase());
	}

	all(): readonly ObjectTypeDef[] {
		return this.types;
	}

	custom(): ObjectTypeDef[] {
		return this.types.filter((t) => t.custom);
	}

	addCustom(input: CustomTypeInput, now: number): ObjectTypeDef {
		const objectTypeId = `2-${this.customIdBase + this.nextCustom++}`;
		const fullyQualifiedName = `p${this.portalId}_${input.name}`;
		const type: ObjectTypeDef = {
			objectTypeId,
			name: input.name,
			singular: input.name,
			labels: { ...input.labels },
			custom: true,
			fullyQualifiedName,
			errorName: fullyQualifiedName.toUpperCase(),
			defaultProperties: ENGAGEMENT_DEFAULTS,
			searchableProperties: input.searchableProperties ?? [],
			requiredProperties: input.requiredProperties ?? [],
			primaryDisplayProperty: input.primaryDisplayProperty ?? 'hs_object_id',
			secondaryDisplayProperties: input.secondaryDisplayProperties ?? [],
			defaultGroup: `${input.name}_information`,
			createdProperty: 'hs_createdate',
			modifiedProperty: 'hs_lastmodifieddate',
			scope: 'crm.objects.custom',
			description: input.description,
			createdAt: now,
			updatedAt: now,
		};
		this.register(type);
		return type;
	}

	private register(type: ObjectTypeDef): void {
		this.types.push(type);
		for (const key of [type.objectTypeId, type.name, type.singular, type.fullyQualifiedName]) {
			this.byKey.set(key.toLowerCase(), type);
		}
	}
}

/** The scope an object endpoint needs: `crm.objects.contacts.write`, `tickets`, ... */
export function objectScope(type: ObjectTypeDef, access: 'read' | 'write'): string {
	return type.scope === 'tickets' ? 'tickets' : `${type.scope}.${access}`;
}
