/** A high-fidelity fake HubSpot CRM (v3 objects, properties, v4 associations, v1 contacts) over real HTTP: see README.md. */
export { startFakeHubSpot } from './startFakeHubSpot';
export type {
	FakeHubSpot,
	FakeHubSpotOptions,
	FakeHubSpotSeed,
	FakeObjects,
} from './startFakeHubSpot';
export { DEFAULT_SCOPES } from './auth';
export type {
	AppIdentity,
	OAuthAppOptions,
	OAuthTokenResponse,
	PrivateAppTokenOptions,
} from './auth';
export type { AssociationCategory, AssociationDefinition } from './associations/definitions';
export type { AssociationEdge } from './associations/store';
export type { HubSpotContext, HubSpotSettings } from './context';
export { HubSpotError, serverErrorFault } from './errors';
export type { ErrorDetail, PropertyValidationResult, StandardError } from './errors';
export type { HsRecord } from './objects/records';
export { STANDARD_OBJECT_TYPES } from './objectTypes';
export type { ObjectTypeDef } from './objectTypes';
export { DEFAULT_OWNERS } from './owners';
export type { Owner, OwnerInput } from './owners';
export { DEFAULT_DEAL_PIPELINES, DEFAULT_TICKET_PIPELINES } from './pipelines';
export type { Pipeline, PipelineInput, PipelineStage, PipelineStageInput } from './pipelines';
export type {
	PropertyDefinition,
	PropertyGroup,
	PropertyOption,
	PropertyType,
} from './properties/definition';
export type { PropertyCreate } from './properties/registry';
export type { SchemaInput } from './schemas';
