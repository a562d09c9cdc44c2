import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { fetchPipelines } from '../../helpers/lookups';
import { hubSpotApi } from '../../transport/client';

export const description: INodeProperties[] = [
	{
		displayName: 'Object Type',
		name: 'pipelineObjectType',
		type: 'options',
		options: [
			{ name: 'Deals', value: 'deals' },
			{ name: 'Tickets', value: 'tickets' },
		],
		default: 'deals',
		displayOptions: { show: { resource: ['pipeline'], operation: ['getAll'] } },
	},
];

/** Every pipeline of deals or tickets with its stages: the table to map Salesforce stages. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const objectType = this.getNodeParameter('pipelineObjectType', 0) as string;
	const pipelines = await fetchPipelines(await hubSpotApi(this), objectType);
	return pipelines.map((pipeline) => ({
		json: { objectType, ...pipeline },
		pairedItem: { item: 0 },
	}));
}
