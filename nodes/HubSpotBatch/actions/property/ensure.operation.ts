import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { attempt } from '../../../shared/attempt';
import { mapConcurrently } from '../../../shared/batching';
import type { HubSpotPropertyDefinition } from '../../../shared/convert/hubspotValues';
import { forget } from '../../../shared/executionCache';
import { Outcomes } from '../../../shared/outcomes';
import { fetchProperties } from '../../helpers/lookups';
import { PROPERTY_GROUP, SALESFORCE_ID_PROPERTY } from '../../helpers/objectTypes';
import { hubSpotApi, type HubSpotApi } from '../../transport/client';
import { reasonFromError } from '../../transport/errors';
import { dryRunOption, objectTypeProperty, optionsCollection } from '../common.descriptions';
import { rateStatsAt, summaryHint } from '../runSummary';

const show = { resource: ['property'], operation: ['ensure'] };

export const description: INodeProperties[] = [
	objectTypeProperty({ displayOptions: { show } }),
	{
		displayName: 'Properties',
		name: 'source',
		type: 'options',
		options: [
			{
				name: 'Salesforce ID Property Only',
				value: 'salesforceId',
				description: `The unique "${SALESFORCE_ID_PROPERTY}" property that upserts match records on`,
			},
			{
				name: 'From a Mapping Document',
				value: 'mapping',
				description:
					"The properties a CRM Field Mapper suggestion proposes to create (the input item's createProperties), and the Salesforce ID property",
			},
			{
				name: 'One per Input Item',
				value: 'items',
				description:
					'Each item describes a property: name, label, type, fieldType, options, description, hasUniqueValue (the Salesforce ID property is added)',
			},
		],
		default: 'salesforceId',
		displayOptions: { show },
	},
	optionsCollection(show, [dryRunOption]),
];

interface WantedProperty {
	name: string;
	label: string;
	type: string;
	fieldType: string;
	groupName: string;
	description?: string;
	hasUniqueValue?: boolean;
	options?: Array<{ label: string; value: string; displayOrder?: number; hidden?: boolean }>;
}

const FIELD_TYPE_OF: Record<string, string> = {
	string: 'text',
	number: 'number',
	date: 'date',
	datetime: 'date',
	bool: 'booleancheckbox',
	enumeration: 'select',
	phone_number: 'phonenumber',
};

const SALESFORCE_ID: WantedProperty = {
	name: SALESFORCE_ID_PROPERTY,
	label: 'Salesforce ID',
	type: 'string',
	fieldType: 'text',
	groupName: PROPERTY_GROUP.name,
	hasUniqueValue: true,
	description: 'The ID of the Salesforce record this record was migrated from',
};

class PropertyInputError extends Error {}

/** The property an item describes, or why it describes none. */
function wantedFrom(json: IDataObject): WantedProperty | string {
	const name = String(json.name ?? '').trim();
	if (!/^[a-z][a-z0-9_]*$/.test(name) || name.startsWith('hs_'))
		return `"${name}" is not a valid property name: lower-case letters, digits and underscores, starting with a letter, not with hs_`;
	const type = String(json.type ?? 'string');
	if (!FIELD_TYPE_OF[type])
		return `"${type}" is not a HubSpot property type: ${Object.keys(FIELD_TYPE_OF).join(', ')}`;
	const options = Array.isArray(json.options)
		? (json.options as IDataObject[]).map((option, displayOrder) => ({
				label: String(option.label ?? option.value),
				value: String(option.value ?? option.label),
				displayOrder,
				hidden: option.hidden === true,
			}))
		: undefined;
	if (type === 'enumeration' && (!options || options.length === 0))
		return `The enumeration property "${name}" needs options`;
	return {
		name,
		label: String(json.label ?? name),
		type,
		fieldType: String(json.fieldType ?? FIELD_TYPE_OF[type]),
		groupName: String(json.groupName ?? PROPERTY_GROUP.name),
		...(json.description !== undefined && { description: String(json.description) }),
		...(json.hasUniqueValue === true && { hasUniqueValue: true }),
		...(options && { options }),
	};
}

async function ensureGroup(api: HubSpotApi, objectType: string): Promise<void> {
	const groups = await api.call(
		async (client) => await client.crm.properties.groupsApi.getAllWithHttpInfo(objectType),
	);
	if (groups.results.some((group) => group.name === PROPERTY_GROUP.name)) return;
	await api.call(
		async (client) =>
			await client.crm.properties.groupsApi.createWithHttpInfo(objectType, {
				...PROPERTY_GROUP,
				displayOrder: -1,
			}),
	);
}

type Ensured = { status: 'created' | 'exists' | 'updated' | 'wouldCreate' | 'wouldUpdate' };

/** Creates the property, or adds the options it lacks; refuses a same-named property of another type. */
async function ensureOne(
	api: HubSpotApi,
	objectType: string,
	wanted: WantedProperty,
	existing: HubSpotPropertyDefinition | undefined,
	dryRun: boolean,
): Promise<Ensured> {
	if (!existing) {
		if (dryRun) return { status: 'wouldCreate' };
		await api.call(
			async (client) =>
				await client.crm.properties.coreApi.createWithHttpInfo(objectType, wanted as never),
		);
		return { status: 'created' };
	}
	if (existing.type !== wanted.type)
		throw new PropertyInputError(
			`HubSpot already has a property "${wanted.name}" of type ${existing.type}, not ${wanted.type}. Rename the field in the mapping, or change the property in HubSpot`,
		);
	if (wanted.hasUniqueValue && !existing.hasUniqueValue)
		throw new PropertyInputError(
			`The property "${wanted.name}" exists but does not require unique values, and HubSpot cannot change that. Archive it in HubSpot and run again, or match records on another property`,
		);
	const known = new Set((existing.options ?? []).map((option) => option.value));
	const added = (wanted.options ?? []).filter((option) => !known.has(option.value));
	if (added.length === 0) return { status: 'exists' };
	if (dryRun) return { status: 'wouldUpdate' };
	const options = [...(existing.options ?? []), ...added].map((option, displayOrder) => ({
		...option,
		displayOrder,
	}));
	await api.call(
		async (client) =>
			await client.crm.properties.coreApi.updateWithHttpInfo(objectType, wanted.name, {
				options,
			} as never),
	);
	return { status: 'updated' };
}

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	const objectType = this.getNodeParameter('objectType', 0) as string;
	const source = this.getNodeParameter('source', 0) as 'salesforceId' | 'items' | 'mapping';
	const fromItems = source === 'items';
	const dryRun = (this.getNodeParameter('options', 0, {}) as { dryRun?: boolean }).dryRun === true;
	const api = await hubSpotApi(this);
	const statsBefore = rateStatsAt(api.rate);
	const outcomes = new Outcomes();

	// The Salesforce ID property first, standing for every item unless the items describe properties.
	const wanted: Array<{ itemIndexes: number[]; property?: WantedProperty; error?: string }> = [
		{
			itemIndexes: source === 'salesforceId' ? items.map((_, index) => index) : [],
			property: SALESFORCE_ID,
		},
	];
	// Each described property: an item (From Items), or an entry of an item's createProperties.
	const described = fromItems
		? items.map((item, index) => ({ json: item.json, index }))
		: source === 'mapping'
			? items.flatMap((item, index) =>
					((item.json.createProperties as IDataObject[] | undefined) ?? []).map((json) => ({
						json,
						index,
					})),
				)
			: [];
	for (const { json, index } of described) {
		const parsed = wantedFrom(json);
		if (typeof parsed === 'string') wanted.push({ itemIndexes: [index], error: parsed });
		else {
			// One request per property, however many items name it.
			const same = wanted.find((entry) => entry.property?.name === parsed.name);
			if (!same) wanted.push({ itemIndexes: [index], property: parsed });
			else if (!same.itemIndexes.includes(index)) same.itemIndexes.push(index);
		}
	}

	if (!dryRun) await ensureGroup(api, objectType);
	const existing = new Map((await fetchProperties(api, objectType)).map((p) => [p.name, p]));
	await mapConcurrently(wanted, 4, async ({ itemIndexes, property, error }) => {
		const json = { objectType, name: property?.name ?? null };
		if (!property) {
			outcomes.fail(
				itemIndexes,
				{ category: 'VALIDATION_ERROR', message: error ?? 'Invalid property' },
				json,
			);
			return;
		}
		const ensured = await attempt(
			async () => await ensureOne(api, objectType, property, existing.get(property.name), dryRun),
		);
		if (ensured.ok) {
			const { status } = ensured.value;
			outcomes.succeed(itemIndexes, {
				...json,
				status,
				type: property.type,
				fieldType: property.fieldType,
			});
		} else {
			const failure = ensured.error;
			const reason =
				failure instanceof PropertyInputError
					? { category: 'CONFLICT', property: property.name, message: failure.message }
					: reasonFromError(failure);
			outcomes.fail(itemIndexes, reason, json);
		}
	});
	forget(`properties:${objectType}`);
	this.addExecutionHints(
		summaryHint(`${objectType} properties ensured`, outcomes, api.rate, statsBefore),
	);
	return outcomes.toOutputs();
}
