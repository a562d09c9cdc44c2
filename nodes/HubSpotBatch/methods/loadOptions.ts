import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { STANDARD_OBJECT_TYPES } from '../helpers/objectTypes';
import { hubSpotApi } from '../transport/client';

/** HubSpot's standard objects, then the portal's custom objects (by their object type id). */
export async function getObjectTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const api = await hubSpotApi(this);
	const schemas = await api.call(
		async (client) => await client.crm.schemas.coreApi.getAllWithHttpInfo(),
	);
	const custom = schemas.results.map((schema) => ({
		name: `${schema.labels.plural ?? schema.name} (custom)`,
		value: schema.objectTypeId ?? schema.fullyQualifiedName ?? schema.name,
		description: schema.fullyQualifiedName ?? '',
	}));
	return [...STANDARD_OBJECT_TYPES.map((type) => ({ ...type })), ...custom];
}
