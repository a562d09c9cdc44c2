/** n8n's built-in Intercom node against the fake Intercom, for `bench:intercom`: see README.md. */
export { INTERCOM_API_HOSTS, runBuiltinIntercom, type RunBuiltinIntercomOptions } from './run';
export {
	BUILTIN_INTERCOM_CREDENTIAL_ID,
	builtinIntercomCreateWorkflow,
	builtinIntercomCredential,
	type BuiltinCreateOptions,
	type BuiltinCreateSummary,
	type BuiltinCreateWorkflows,
} from './workflow';
