export { N8nInstance, freePort, type CredentialImport, type WorkflowImport } from './n8nInstance';
export { ExecutionResult, type Item } from './executionResult';
export { runtimes, selectedRuntimes, type N8nRuntime } from './runtimes';
export { packAndInstall } from './installedPackage';
export { templateSalesforceCredential } from './salesforceCredential';
export { inviteToHubSpot, templateHubSpotCredential } from './hubspotCredential';
export { intercomTeammates, templateIntercomCredential } from './intercomCredential';
export { template, withSettings } from './templates';
export { FormSession, type FormPage } from './forms';
