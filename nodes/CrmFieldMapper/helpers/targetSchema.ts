import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';
import type { HubSpotProperty, IntercomDataAttribute, MappingInput } from '../../shared/mapping';
import { executionLookups } from '../../HubSpotBatch/helpers/lookups';
import { hubSpotApi } from '../../HubSpotBatch/transport/client';

/** The target side of a suggestion: HubSpot's properties read with the credential, or fields given as input. */
export async function targetOf(
	context: IExecuteFunctions,
	itemIndex: number,
): Promise<MappingInput['target']> {
	const system = context.getNodeParameter('targetSystem', itemIndex) as 'hubspot' | 'intercom';
	const object = context.getNodeParameter('targetObject', itemIndex) as string;
	const from = context.getNodeParameter('targetSchema', itemIndex) as 'hubspot' | 'input';
	if (system === 'hubspot' && from === 'hubspot') {
		const properties = await executionLookups(context, await hubSpotApi(context)).properties(
			object,
		);
		return { system, object, properties: properties as HubSpotProperty[] };
	}
	const fields = context.getNodeParameter('targetFields', itemIndex) as unknown;
	const list = typeof fields === 'string' ? (JSON.parse(fields) as unknown) : fields;
	if (!Array.isArray(list)) {
		throw new NodeOperationError(context.getNode(), 'Target Fields must be a list', {
			itemIndex,
			description:
				system === 'hubspot'
					? "Give the `results` of HubSpot's GET /crm/v3/properties/{object}, for example {{ $json.results }}."
					: "Give the `data` of Intercom's GET /data_attributes, for example {{ $json.data }}.",
		});
	}
	return system === 'hubspot'
		? { system, object, properties: list as HubSpotProperty[] }
		: { system, object, attributes: list as IntercomDataAttribute[] };
}
