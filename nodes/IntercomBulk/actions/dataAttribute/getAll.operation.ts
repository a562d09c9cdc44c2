import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { listDataAttributes } from '../../helpers/dataAttributes';
import { intercomApi } from '../../transport/client';
import { modelProperty } from './modelProperty';

const show = { resource: ['dataAttribute'], operation: ['getAll'] };

export const description: INodeProperties[] = [
	modelProperty(show),
	{
		displayName: 'Include Archived',
		name: 'includeArchived',
		type: 'boolean',
		default: false,
		description: 'Whether to list archived attributes too',
		displayOptions: { show },
	},
];

/** The model's data attributes, one item each: what CRM Field Mapper → Suggest takes as Target Fields. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const model = this.getNodeParameter('model', 0) as 'contact' | 'company';
	const includeArchived = this.getNodeParameter('includeArchived', 0, false) as boolean;
	const attributes = await listDataAttributes(await intercomApi(this), model, includeArchived);
	return attributes.map((attribute) => ({
		json: attribute as unknown as IDataObject,
		pairedItem: { item: 0 },
	}));
}
