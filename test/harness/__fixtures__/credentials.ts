/** Test-only credential types: one per way n8n-core authenticates a request. */
import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';

/** Generic `authenticate` with `={{$credentials.x}}` expressions; `apiVersion` is left to its default. */
export class HarnessApiKeyApi implements ICredentialType {
	name = 'harnessApiKeyApi';

	displayName = 'Harness API Key';

	properties: INodeProperties[] = [
		{ displayName: 'API Key', name: 'apiKey', type: 'string', typeOptions: { password: true }, default: '' },
		{ displayName: 'API Version', name: 'apiVersion', type: 'string', default: 'v1' },
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'X-Api-Key': '={{$credentials.apiKey}}',
				'X-Api-Version': '={{$credentials.apiVersion}}',
			},
			qs: { client: 'harness' },
		},
	};
}

/** A session token fetched by `preAuthentication` into an `expirable` hidden field. */
export class HarnessSessionApi implements ICredentialType {
	name = 'harnessSessionApi';

	displayName = 'Harness Session';

	properties: INodeProperties[] = [
		{ displayName: 'Login URL', name: 'loginUrl', type: 'string', default: '' },
		{ displayName: 'Username', name: 'username', type: 'string', default: '' },
		{ displayName: 'Password', name: 'password', type: 'string', typeOptions: { password: true }, default: '' },
		{
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true },
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const { token } = (await this.helpers.httpRequest({
			method: 'POST',
			url: credentials.loginUrl as string,
			body: { username: credentials.username, password: credentials.password },
			json: true,
		})) as { token: string };
		return { sessionToken: token };
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.sessionToken}}' } },
	};
}

/** An OAuth2 client-credentials credential, as community nodes write them (`extends: ['oAuth2Api']`). */
export class HarnessOAuth2Api implements ICredentialType {
	name = 'harnessOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Harness OAuth2';

	properties: INodeProperties[] = [
		{ displayName: 'Grant Type', name: 'grantType', type: 'hidden', default: 'clientCredentials' },
		{ displayName: 'Scope', name: 'scope', type: 'hidden', default: 'records.read' },
		{ displayName: 'Authentication', name: 'authentication', type: 'hidden', default: 'header' },
	];
}

export const fixtureCredentialTypes = [
	new HarnessApiKeyApi(),
	new HarnessSessionApi(),
	new HarnessOAuth2Api(),
];
