import type { ICredentialTestRequest, INodeProperties } from 'n8n-workflow';

/** Salesforce REST API version used when a credential leaves it at its default. */
export const DEFAULT_SALESFORCE_API_VERSION = '64.0';

export const apiVersionProperty: INodeProperties = {
	displayName: 'API Version',
	name: 'apiVersion',
	type: 'string',
	default: DEFAULT_SALESFORCE_API_VERSION,
	placeholder: DEFAULT_SALESFORCE_API_VERSION,
	description:
		'Salesforce REST API version, such as 64.0. Use the newest version your org supports.',
};

export const loginEnvironmentProperties: INodeProperties[] = [
	{
		displayName: 'Environment',
		name: 'environment',
		type: 'options',
		options: [
			{ name: 'Production', value: 'production', description: 'https://login.salesforce.com' },
			{ name: 'Sandbox', value: 'sandbox', description: 'https://test.salesforce.com' },
			{
				name: 'My Domain or Custom Login URL',
				value: 'custom',
				description: 'Your My Domain URL, or any other login URL (for example a local test server)',
			},
		],
		default: 'production',
	},
	{
		displayName: 'Login URL',
		name: 'loginUrl',
		type: 'string',
		default: '',
		placeholder: 'https://acme.my.salesforce.com',
		required: true,
		displayOptions: { show: { environment: ['custom'] } },
	},
];

/**
 * Hidden fields that n8n fills through the credential's preAuthentication and keeps until
 * Salesforce rejects the token (`expirable`), so a session is not requested for every call.
 */
export const sessionProperties: INodeProperties[] = [
	{
		displayName: 'Session Token',
		name: 'accessToken',
		type: 'hidden',
		typeOptions: { expirable: true, password: true },
		default: '',
	},
	{
		displayName: 'Session Instance URL',
		name: 'sessionInstanceUrl',
		type: 'hidden',
		typeOptions: { expirable: true },
		default: '',
	},
];

export const instanceUrlOverrideProperty: INodeProperties = {
	displayName: 'Instance URL Override',
	name: 'instanceUrlOverride',
	type: 'string',
	default: '',
	placeholder: 'https://acme.my.salesforce.com',
	description:
		'Leave empty to use the instance URL Salesforce returns at login. Set it to reach a specific instance, a proxy or a local test server.',
};

export function loginUrlOf(credentials: { environment?: unknown; loginUrl?: unknown }): string {
	if (credentials.environment === 'sandbox') return 'https://test.salesforce.com';
	if (credentials.environment === 'custom')
		return String(credentials.loginUrl ?? '').replace(/\/+$/, '');
	return 'https://login.salesforce.com';
}

/**
 * The login host plus a path, as an n8n expression for fields resolved before any session exists.
 * A credential's own fields are `$self` in its property defaults and `$credentials` in requests.
 */
export function loginUrlExpression(
	path = '',
	scope: '$self' | '$credentials' = '$credentials',
): string {
	const host = `(${scope}.environment === 'sandbox' ? 'https://test.salesforce.com' : ${scope}.environment === 'custom' ? ${scope}.loginUrl.replace(/\\/+$/, '') : 'https://login.salesforce.com')`;
	return path ? `={{${host} + '${path}'}}` : `={{${host}}}`;
}

/** The credential test: the connected user's identity, which any permission set may read. */
export const salesforceCredentialTest: ICredentialTestRequest = {
	request: { baseURL: loginUrlExpression(), url: '/services/oauth2/userinfo', method: 'GET' },
};

export const bearerAuthentication = {
	type: 'generic' as const,
	properties: { headers: { Authorization: '=Bearer {{$credentials.accessToken}}' } },
};
