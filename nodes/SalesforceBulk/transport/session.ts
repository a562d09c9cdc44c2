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
	return credentialTypeFor(
		context.getNodeParameter('authentication', 0) as SalesforceAuthentication,
	);
}

function sessionFrom(credentials: ICredentialDataDecryptedObject): Partial<SalesforceSession> {
	const oauth = credentials.oauthTokenData as
		| { access_token?: string; instance_url?: string }
		| undefined;
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
 * A call through n8n's credential machinery, which logs in first (preAuthentication) when no
 * session is stored, and on a 401 logs in again or refreshes the OAuth2 token, then stores the new
 * session for the credential.
 */
async function touch(context: Context, credentialType: string, url: string): Promise<void> {
	await context.helpers.httpRequestWithAuthentication.call(context, credentialType, {
		method: 'GET',
		url,
		json: true,
	});
}

/** The current session of the node's Salesforce credential, logging in first when there is none. */
export async function currentSession(context: Context): Promise<SalesforceSession> {
	const credentialType = credentialTypeOf(context);
	let session = sessionFrom(await context.getCredentials(credentialType));
	if (!session.accessToken || !session.instanceUrl) {
		// The identity endpoint answers on the login host, before the instance is known.
		const credentials = await context.getCredentials(credentialType);
		await touch(context, credentialType, `${loginUrlOf(credentials)}/services/oauth2/userinfo`);
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
	const credentialType = credentialTypeOf(context);
	const stale = await currentSession(context);
	// The REST root answers 401 to a stale session, which is what makes n8n renew it.
	await touch(context, credentialType, `${stale.instanceUrl}/services/data/v${stale.apiVersion}`);
	return await currentSession(context);
}
