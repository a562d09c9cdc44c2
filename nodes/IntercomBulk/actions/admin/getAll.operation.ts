import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { intercomApi } from '../../transport/client';

/** The workspace's admins (teammates), one item each: Salesforce users are matched to them by email. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const api = await intercomApi(this);
	const list = (await api.call((client) => client.admins.list())) as { admins?: IDataObject[] };
	return (list.admins ?? []).map((admin) => ({ json: admin, pairedItem: { item: 0 } }));
}
