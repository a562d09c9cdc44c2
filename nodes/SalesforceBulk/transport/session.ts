import {
	NodeOperationError,
	type ICredentialDataDecryptedObject,
	type IExecuteFunctions,
	type ILoadOptionsFunctions,
} from 'n8n-workflow';
import { loginUrlOf } from '../../../credentials/salesforceShared';
import { credentialTypeFor, type SalesforceAuthentication } from './credentialTypes';

type Context = IExecuteFunctions | ILoadOptionsFunctions;

export interface SalesforceSession {
	accessToken: string;
	instanceUrl: string;
	apiVersion: string;
}

function credentialTypeOf(context: Context): string {
	return credentialTypeFor(context.getNodeParameter('authentication', 0) as SalesforceAuthentication);
}

function sessionFrom(credentials: ICredentialDataDecryptedObject): Partial<SalesforceSession> {
	const oauth = credentials.oauthTokenData as { access_token?: string; instance_url?: string } | undefined;
	const instanceUrl =
		(credentials.instanceUrlOverride as string) ||
		(credentials.sessionInstanceUrl as string) ||
		oauth?.instance_url;
	return {
		accessToken: (credentials.accessToken as string) || oauth?.access_token,
		instanceUrl: instanceUrl?.replace(/\/+$/, ''),
		apiVersion: String(credentials.apiVersion || '64.0'),
	};
}

/**
 * A call through n8n's credential machinery: it runs the credential's login (preAuthentication)
 * when no session is stored, or refreshes an OAuth2 token, on a 401, and stores the new session.
 * The identity endpoint is cheap and does not count against the org's API request limit.
 */
async function touchSession(context: Context, credentialType: string): Promise<void> {
	const credentials = await context.getCredentials(credentialType);
	const oauth = credentials.oauthTokenData as { instance_url?: string } | undefined;
	const base = oauth?.instance_url ?? loginUrlOf(credentials);
	await context.helpers.httpRequestWithAuthentication.call(context, credentialType, {
		method: 'GET',
		url: `${base.replace(/\/+$/, '')}/services/oauth2/userinfo`,
		json: true,
	});
}

/** The current session of the node's Salesforce credential, logging in first when there is none. */
export async function currentSession(context: Context): Promise<SalesforceSession> {
	const credentialType = credentialTypeOf(context);
	let session = sessionFrom(await context.getCredentials(credentialType));
	if (!session.accessToken || !session.instanceUrl) {
		await touchSession(context, credentialType);
		session = sessionFrom(await context.getCredentials(credentialType));
	}
	if (!session.accessToken || !session.instanceUrl) {
		throw new NodeOperationError(
			context.getNode(),
			'Salesforce did not return a session for this credential',
			{ description: 'Open the Salesforce credential and use its "Test" button to see why.' },
		);
	}
	return session as SalesforceSession;
}

/** Renews the session after Salesforce rejected it (401 INVALID_SESSION_ID) and returns the new one. */
export async function renewedSession(context: Context): Promise<SalesforceSession> {
	await touchSession(context, credentialTypeOf(context));
	return await currentSession(context);
}
