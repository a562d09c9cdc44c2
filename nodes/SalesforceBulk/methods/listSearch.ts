import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { salesforceConnection } from '../transport/connection';

const PAGE_SIZE = 100;

/** Queryable objects whose API name or label matches the search, a page at a time. */
export async function searchObjects(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const connection = await salesforceConnection(this);
	const { sobjects } = await connection.describeGlobal();
	const needle = filter?.toLowerCase() ?? '';
	const matches = sobjects.filter(
		(object) =>
			object.queryable &&
			(!needle ||
				object.name.toLowerCase().includes(needle) ||
				object.label.toLowerCase().includes(needle)),
	);
	const start = Number(paginationToken ?? 0);
	const page = matches.slice(start, start + PAGE_SIZE);
	return {
		results: page.map((object) => ({
			name: `${object.label} (${object.name})`,
			value: object.name,
		})),
		paginationToken: start + PAGE_SIZE < matches.length ? String(start + PAGE_SIZE) : undefined,
	};
}
