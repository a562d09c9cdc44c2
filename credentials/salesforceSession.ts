import { createSign } from 'node:crypto';
import type { ICredentialDataDecryptedObject, IHttpRequestHelper } from 'n8n-workflow';
import { loginUrlOf } from './salesforceShared';

interface TokenResponse {
	access_token: string;
	instance_url: string;
}

/** Exchanges a grant at `{loginUrl}/services/oauth2/token` for a session (Salesforce's OAuth 2.0 flows). */
export async function requestSession(
	helper: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
	form: Record<string, string>,
): Promise<{ accessToken: string; sessionInstanceUrl: string }> {
	const response = (await helper.helpers.httpRequest({
		method: 'POST',
		url: `${loginUrlOf(credentials)}/services/oauth2/token`,
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(form).toString(),
		json: true,
	})) as TokenResponse;
	return { accessToken: response.access_token, sessionInstanceUrl: response.instance_url };
}

function base64url(input: string | Buffer): string {
	return Buffer.from(input).toString('base64url');
}

/** An RS256 JWT bearer assertion as Salesforce's OAuth 2.0 JWT bearer flow expects it. */
export function jwtAssertion(
	clientId: string,
	username: string,
	audience: string,
	privateKeyPem: string,
	nowSeconds = Math.floor(Date.now() / 1000),
): string {
	const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
	const claims = base64url(
		JSON.stringify({ iss: clientId, sub: username, aud: audience, exp: nowSeconds + 180 }),
	);
	// Keys pasted into a one-line field arrive with literal "\n" sequences.
	const key = privateKeyPem.replace(/\\n/g, '\n');
	const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(key);
	return `${header}.${claims}.${base64url(signature)}`;
}
