import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { fetchOwners } from '../../helpers/lookups';
import { hubSpotApi } from '../../transport/client';

export const description: INodeProperties[] = [];

/** Every owner of the portal, one item each: the table to match Salesforce users by email. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const owners = await fetchOwners(await hubSpotApi(this));
	return owners.map((owner) => ({
		json: {
			id: owner.id,
			email: owner.email ?? null,
			firstName: owner.firstName ?? null,
			lastName: owner.lastName ?? null,
			userId: owner.userId ?? null,
			archived: owner.archived ?? false,
		},
		pairedItem: { item: 0 },
	}));
}
