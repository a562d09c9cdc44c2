/**
 * Stand-in for n8n-nodes-base's `oAuth2Api` credential, the parent that OAuth2 credentials
 * name in `extends`. n8n-core only takes its OAuth2 request path for types whose parents
 * include 'oAuth2Api', and fills defaults through the merged parent properties, so the
 * property names, defaults and display rules follow n8n 1.123's; descriptions are left out.
 * (oAuth1Api is not provided.)
 */
import type { ICredentialType, INodeProperties } from 'n8n-workflow';

const whenNotDynamic = { useDynamicClientRegistration: [false] };

function field(
	name: string,
	type: INodeProperties['type'],
	defaultValue: INodeProperties['default'],
	show: Record<string, Array<string | boolean>> = whenNotDynamic,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return { displayName: name, name, type, default: defaultValue, displayOptions: { show }, ...extra };
}

export class OAuth2ApiStandIn implements ICredentialType {
	name = 'oAuth2Api';

	displayName = 'OAuth2 API (harness stand-in)';

	genericAuth = true;

	properties: INodeProperties[] = [
		{ displayName: 'useDynamicClientRegistration', name: 'useDynamicClientRegistration', type: 'hidden', default: false },
		field('grantType', 'options', 'authorizationCode', whenNotDynamic, {
			options: [
				{ name: 'Authorization Code', value: 'authorizationCode' },
				{ name: 'Client Credentials', value: 'clientCredentials' },
				{ name: 'PKCE', value: 'pkce' },
			],
		}),
		field('serverUrl', 'string', '', { useDynamicClientRegistration: [true] }, { required: true }),
		field('authUrl', 'string', '', { ...whenNotDynamic, grantType: ['authorizationCode', 'pkce'] }, { required: true }),
		field('accessTokenUrl', 'string', '', whenNotDynamic, { required: true }),
		field('clientId', 'string', '', whenNotDynamic, { required: true }),
		field('clientSecret', 'string', '', whenNotDynamic, { required: true, typeOptions: { password: true } }),
		field('scope', 'string', ''),
		field('authQueryParameters', 'string', '', { ...whenNotDynamic, grantType: ['authorizationCode', 'pkce'] }),
		field('authentication', 'options', 'header', whenNotDynamic, {
			options: [
				{ name: 'Body', value: 'body' },
				{ name: 'Header', value: 'header' },
			],
		}),
		field('sendAdditionalBodyProperties', 'boolean', false, {
			...whenNotDynamic,
			grantType: ['clientCredentials'],
			authentication: ['body'],
		}),
		field('additionalBodyProperties', 'json', '', {
			...whenNotDynamic,
			grantType: ['clientCredentials'],
			authentication: ['body'],
			sendAdditionalBodyProperties: [true],
		}),
		{ displayName: 'ignoreSSLIssues', name: 'ignoreSSLIssues', type: 'boolean', default: false, doNotInherit: true },
	];
}
