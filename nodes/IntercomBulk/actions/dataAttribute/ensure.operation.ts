import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { attempt } from '../../../shared/attempt';
import { Outcomes } from '../../../shared/outcomes';
import { rateStatsAt, summaryHint } from '../../../shared/runSummary';
import { dataTypeOf, listDataAttributes, type DataAttribute } from '../../helpers/dataAttributes';
import { intercomApi } from '../../transport/client';
import { reasonFromError } from '../../transport/errors';
import { dryRunOption, optionsCollection } from '../common.descriptions';
import { modelProperty } from './modelProperty';

const show = { resource: ['dataAttribute'], operation: ['ensure'] };

export const description: INodeProperties[] = [
	modelProperty(show),
	{
		displayName: 'Attributes',
		name: 'source',
		type: 'options',
		options: [
			{
				name: 'From a Mapping Document',
				value: 'mapping',
				description:
					"The attributes a CRM Field Mapper suggestion proposes to create (the input item's createProperties)",
			},
			{
				name: 'One per Input Item',
				value: 'items',
				description:
					'Each item describes an attribute: name, data_type (or type), description, options',
			},
		],
		default: 'mapping',
		displayOptions: { show },
	},
	optionsCollection(show, [dryRunOption]),
];

interface Wanted {
	name: string;
	dataType: string | undefined;
	description?: string;
	options?: string[];
	itemIndex: number;
}

const CUSTOM_PREFIX = 'custom_attributes.';

function wantedFrom(json: IDataObject, itemIndex: number): Wanted {
	const options = Array.isArray(json.options)
		? (json.options as Array<string | { value?: string }>).map((o) =>
				typeof o === 'string' ? o : String(o.value),
			)
		: undefined;
	return {
		name: String(json.name ?? '').replace(CUSTOM_PREFIX, ''),
		dataType: dataTypeOf(json.data_type ?? json.type),
		description: (json.description as string | undefined) ?? (json.label as string | undefined),
		...(options && options.length > 0 && { options }),
		itemIndex,
	};
}

/**
 * Creates the custom attributes that do not exist yet (Intercom refuses a write that names an
 * unknown one) and checks that those that do have the type the values need. Safe to run again.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	const outcomes = new Outcomes();
	const model = this.getNodeParameter('model', 0) as 'contact' | 'company';
	const source = this.getNodeParameter('source', 0) as 'mapping' | 'items';
	const { dryRun } = this.getNodeParameter('options', 0, {}) as { dryRun?: boolean };
	const wanted: Wanted[] = [];
	items.forEach((item, itemIndex) => {
		if (source === 'items') wanted.push(wantedFrom(item.json, itemIndex));
		else
			for (const entry of (item.json.createProperties as IDataObject[] | undefined) ?? [])
				wanted.push(wantedFrom(entry, itemIndex));
	});

	const api = await intercomApi(this);
	const before = rateStatsAt(api.rate);
	const existing = new Map<string, DataAttribute>();
	for (const attribute of await listDataAttributes(api, model, true))
		existing.set(attribute.name.toLowerCase(), attribute);

	for (const want of wanted) {
		const known = existing.get(want.name.toLowerCase());
		if (!want.name || !want.dataType) {
			outcomes.fail([want.itemIndex], {
				category: 'VALIDATION_ERROR',
				property: want.name || 'name',
				message: want.name
					? `"${want.name}": no Intercom data type for this type; use string, integer, float, boolean, date or datetime`
					: 'The attribute has no name',
			});
			continue;
		}
		if (known) {
			const sameType = dataTypeOf(known.data_type) === want.dataType;
			if (sameType || known.data_type === 'string')
				outcomes.succeed([want.itemIndex], {
					name: known.name,
					data_type: known.data_type,
					model,
					status: 'exists',
				});
			else
				outcomes.fail([want.itemIndex], {
					category: 'VALIDATION_ERROR',
					property: want.name,
					message: `The ${model} attribute "${known.name}" exists as ${known.data_type}, but the values are ${want.dataType}: rename the new attribute in the mapping, or change the existing one in Intercom`,
				});
			continue;
		}
		if (dryRun) {
			outcomes.succeed([want.itemIndex], {
				name: want.name,
				data_type: want.dataType,
				model,
				status: 'would be created',
			});
			continue;
		}
		const created = await attempt(
			async () =>
				await api.call((client) =>
					client.dataAttributes.create({
						name: want.name,
						model,
						data_type: want.dataType,
						...(want.description && { description: want.description.slice(0, 255) }),
						...(want.options && { options: want.options.map((value) => ({ value })) }),
					} as never),
				),
		);
		if (created.ok) {
			const attribute = created.value as DataAttribute;
			existing.set(want.name.toLowerCase(), attribute);
			outcomes.succeed([want.itemIndex], {
				name: attribute.name,
				data_type: attribute.data_type,
				model,
				status: 'created',
			});
		} else
			outcomes.fail([want.itemIndex], reasonFromError(created.error), { attribute: want.name });
	}
	this.addExecutionHints(summaryHint('attributes in place', outcomes, api.rate, before));
	return outcomes.toOutputs();
}
