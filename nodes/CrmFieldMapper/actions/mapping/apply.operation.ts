import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { applyMapping, type MappingDocument } from '../../../shared/mapping';
import { Outcomes } from '../../../shared/outcomes';
import { mappingDocumentOf } from '../../helpers/mappingDocument';
import { mappingSourceProperties } from '../common.descriptions';

const show = { operation: ['apply'] };

export const description: INodeProperties[] = [
	...mappingSourceProperties(['apply']),
	{
		displayName: 'Owners',
		name: 'owners',
		type: 'json',
		default: '{}',
		description:
			"Salesforce user ID → the target's owner (HubSpot: the owner's email or ID; Intercom: the admin ID), for example from a User extract. Empty: owner values pass through as they are.",
		displayOptions: { show },
	},
	{
		displayName: 'Write Fields Without a Home',
		name: 'newProperties',
		type: 'boolean',
		default: true,
		description:
			'Whether fields no target property holds are written to the properties Suggest proposed for them (its createProperties). Create those first with HubSpot Batch → Property → Ensure.',
		displayOptions: { show },
	},
	{
		displayName: 'Extra Properties',
		name: 'extraProperties',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Property',
		default: {},
		description:
			'Properties set on every record besides the mapping: a constant, or an n8n expression computed per record, such as a full name built from the first and last names',
		options: [
			{
				displayName: 'Property',
				name: 'values',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'lifecyclestage',
					},
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
		displayOptions: { show },
	},
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		options: [
			{
				name: 'Properties',
				value: 'properties',
				description: 'One flat item per record, ready for HubSpot Batch with "Map Automatically"',
			},
			{
				name: 'Properties and Associations',
				value: 'withAssociations',
				description: 'The properties, and the references to associate, side by side',
			},
		],
		default: 'properties',
		displayOptions: { show },
	},
];

/**
 * Salesforce records turned into target records. A record whose values all convert comes out on
 * "Mapped"; one with a value that does not goes to "Failed" with each field and reason, and the
 * original record, so nothing is dropped silently.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[][]> {
	const outcomes = new Outcomes();
	// One mapping and one owner table per run (expressions are read for the first item).
	const document: MappingDocument = mappingDocumentOf(this, 0);
	const ownersGiven = this.getNodeParameter('owners', 0, '{}') as unknown;
	const ownerMap = (
		typeof ownersGiven === 'string' ? JSON.parse(ownersGiven || '{}') : ownersGiven
	) as Record<string, string>;
	const owners = Object.keys(ownerMap ?? {}).length > 0 ? ownerMap : undefined;
	const output = this.getNodeParameter('output', 0) as 'properties' | 'withAssociations';
	const newProperties = this.getNodeParameter('newProperties', 0, true) as boolean;
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const record = items[itemIndex].json;
		const result = applyMapping(document, record, { owners, newProperties });
		const extra = this.getNodeParameter('extraProperties.values', itemIndex, []) as Array<{
			name: string;
			value: unknown;
		}>;
		for (const { name, value } of extra) if (name) result.properties[name] = value;
		if (result.errors.length > 0) {
			outcomes.fail(
				[itemIndex],
				{
					category: 'VALIDATION_ERROR',
					message: result.errors.map((error) => `${error.field}: ${error.message}`).join('; '),
					property: result.errors[0].field,
				},
				{ errors: result.errors as unknown as IDataObject[], record },
			);
			continue;
		}
		outcomes.succeed(
			[itemIndex],
			output === 'properties'
				? (result.properties as IDataObject)
				: ({
						properties: result.properties,
						associations: result.associations,
					} as unknown as IDataObject),
		);
	}
	return outcomes.toOutputs();
}
