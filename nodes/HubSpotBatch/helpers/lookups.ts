import type { IExecuteFunctions } from 'n8n-workflow';
import type { HubSpotPropertyDefinition } from '../../shared/convert/hubspotValues';
import { oncePerExecution } from '../../shared/executionCache';
import type { HubSpotApi } from '../transport/client';

export interface Owner {
	id: string;
	email?: string;
	firstName?: string;
	lastName?: string;
	userId?: number;
	archived?: boolean;
}

export interface Pipeline {
	id: string;
	label: string;
	stages: Array<{ id: string; label: string }>;
}

/** Every property of an object type, as the properties API describes it. */
export async function fetchProperties(
	api: HubSpotApi,
	objectType: string,
): Promise<HubSpotPropertyDefinition[]> {
	const page = await api.call(
		async (client) => await client.crm.properties.coreApi.getAllWithHttpInfo(objectType, false),
	);
	return page.results as unknown as HubSpotPropertyDefinition[];
}

export async function fetchOwners(api: HubSpotApi): Promise<Owner[]> {
	const owners: Owner[] = [];
	let after: string | undefined;
	do {
		const page = await api.call(
			async (client) =>
				await client.crm.owners.ownersApi.getPageWithHttpInfo(undefined, after, 500),
		);
		owners.push(...(page.results as Owner[]));
		after = page.paging?.next?.after;
	} while (after);
	return owners;
}

export async function fetchPipelines(api: HubSpotApi, objectType: string): Promise<Pipeline[]> {
	const page = await api.call(
		async (client) => await client.crm.pipelines.pipelinesApi.getAllWithHttpInfo(objectType),
	);
	return page.results.map((pipeline) => ({
		id: pipeline.id,
		label: pipeline.label,
		stages: pipeline.stages.map((stage) => ({ id: stage.id, label: stage.label })),
	}));
}

/** Look-ups made once per execution, whatever the number of items and batches. */
export function executionLookups(context: IExecuteFunctions, api: HubSpotApi) {
	const executionId = `${context.getExecutionId()}:${context.getNode().id}:${api.baseUrl}`;
	return {
		properties: async (objectType: string) =>
			await oncePerExecution(
				executionId,
				`properties:${objectType}`,
				async () => await fetchProperties(api, objectType),
			),
		owners: async () =>
			await oncePerExecution(executionId, 'owners', async () => await fetchOwners(api)),
		pipelines: async (objectType: string) =>
			await oncePerExecution(
				executionId,
				`pipelines:${objectType}`,
				async () => await fetchPipelines(api, objectType),
			),
	};
}

export type ExecutionLookups = ReturnType<typeof executionLookups>;
