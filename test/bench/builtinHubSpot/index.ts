/** n8n's built-in HubSpot node against the fake HubSpot, for `bench:hubspot`: see README.md. */
export { builtinContact, builtinContactIndex, type BuiltinContact } from './contacts';
export { makeLocalCertificates, type LocalCertificates } from './certificates';
export {
	DNS_REDIRECT_PRELOAD,
	HUBSPOT_API_HOSTS,
	startHubSpotRedirect,
	type HubSpotRedirect,
} from './redirect';
export {
	runBuiltinHubSpot,
	type BuiltinHubSpotFigures,
	type RunBuiltinHubSpotOptions,
} from './run';
export { TlsForwarder, type TlsForwarderOptions } from './tlsForwarder';
export {
	BUILTIN_HUBSPOT_CREDENTIAL_ID,
	builtinHubSpotCredential,
	builtinHubSpotUpsertWorkflow,
	type BuiltinUpsertOptions,
	type BuiltinUpsertSummary,
	type BuiltinUpsertWorkflows,
} from './workflow';
