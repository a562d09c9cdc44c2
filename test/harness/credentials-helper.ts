/**
 * n8n's `ICredentialsHelper` over the harness credential store, following what the n8n 1.123
 * CLI's CredentialsHelper does with credential types (credentials overwrites, external
 * secrets and the database are the parts left out). n8n-core calls it from:
 * - `getCredentials()` in node contexts -> `getDecrypted`;
 * - `httpRequestWithAuthentication` / `requestWithAuthentication` -> `getParentTypes`
 *   (an 'oAuth2Api' ancestor sends the request down n8n-core's OAuth2 path), then
 *   `preAuthentication(…, false)`, `authenticate`, and on a 401 `preAuthentication(…, true)`
 *   and `authenticate` again before one retry;
 * - the OAuth2 path -> `updateCredentialsOauthTokenData` after fetching or refreshing a token.
 */
import { Credentials, getAdditionalKeys } from 'n8n-core';
import { ICredentialsHelper, isExpression, NodeHelpers, Workflow } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialsExpressionResolveValues,
	IDataObject,
	IExecuteData,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeParameters,
	IRequestOptionsSimplified,
	IWorkflowDataProxyAdditionalKeys,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { NO_OP_NODE_TYPE } from './builtin-nodes';
import type { CredentialStore } from './credential-store';
import type { HarnessCredentialTypes } from './credential-types';
import { HarnessNodeTypes } from './node-types';

export class HarnessCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly credentialTypes: HarnessCredentialTypes,
		private readonly store: CredentialStore,
	) {
		super();
	}

	getParentTypes(name: string): string[] {
		return this.credentialTypes.getParentTypes(name);
	}

	getCredentialsProperties(type: string) {
		return this.credentialTypes.getProperties(type);
	}

	async getCredentials(nodeCredentials: INodeCredentialsDetails, type: string): Promise<Credentials> {
		const credentials = new Credentials(nodeCredentials, type);
		credentials.setData(this.store.get(nodeCredentials, type));
		return credentials;
	}

	/** Saved data, with defaults from the type's (and its parents') properties, expressions resolved. */
	async getDecrypted(
		additionalData: IWorkflowExecuteAdditionalData,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		mode: WorkflowExecuteMode,
		executeData?: IExecuteData,
		raw?: boolean,
		expressionResolveValues?: ICredentialsExpressionResolveValues,
	): Promise<ICredentialDataDecryptedObject> {
		const saved = this.store.get(nodeCredentials, type);
		if (raw === true) return saved;

		const data = (NodeHelpers.getNodeParameters(
			this.getCredentialsProperties(type),
			saved as INodeParameters,
			true,
			false,
			null,
			null,
		) ?? {}) as ICredentialDataDecryptedObject;
		if (saved.oauthTokenData !== undefined) data.oauthTokenData = saved.oauthTokenData;
		for (const key of ['allowedHttpRequestDomains', 'allowedDomains']) {
			if (data[key] === undefined && saved[key] !== undefined) data[key] = saved[key];
		}

		const additionalKeys = getAdditionalKeys(additionalData, mode, null, { secretsEnabled: false });
		if (expressionResolveValues) {
			const { workflow, runExecutionData, runIndex, itemIndex, node, connectionInputData } =
				expressionResolveValues;
			try {
				return workflow.expression.getParameterValue(
					data as INodeParameters,
					runExecutionData,
					runIndex,
					itemIndex,
					node.name,
					connectionInputData,
					mode,
					additionalKeys,
					executeData,
					false,
					data,
				) as ICredentialDataDecryptedObject;
			} catch (error) {
				(error as Error).message += ' [Error resolving credentials]';
				throw error;
			}
		}
		const { workflow, node } = detachedWorkflow();
		return workflow.expression.getComplexParameterValue(
			node,
			data as INodeParameters,
			mode,
			additionalKeys,
			undefined,
			undefined,
			data,
		) as ICredentialDataDecryptedObject;
	}

	/** A credential type's `authenticate`: its function, or generic properties with `={{$credentials.x}}`. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		incomingRequestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const requestOptions = incomingRequestOptions as IHttpRequestOptions;
		const { authenticate } = this.credentialTypes.getByName(typeName);
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		if (typeof authenticate !== 'object') return requestOptions;

		requestOptions.headers ??= {};
		if (authenticate.type !== 'generic') return requestOptions;
		const target = requestOptions as unknown as Record<string, IDataObject | undefined>;
		const additionalKeys = { $credentials: credentials } as IWorkflowDataProxyAdditionalKeys;
		const resolve = (value: string) => {
			if (!isExpression(value)) return value;
			const resolved = workflow.expression.getSimpleParameterValue(
				node,
				value,
				'internal',
				additionalKeys,
				undefined,
				'',
			);
			return resolved ? resolved.toString() : '';
		};
		for (const [outerKey, entries] of Object.entries(authenticate.properties)) {
			for (const [key, value] of Object.entries(entries as Record<string, string>)) {
				(target[outerKey] ??= {})[resolve(key)] = resolve(value);
			}
		}
		return requestOptions;
	}

	/**
	 * Runs the type's `preAuthentication` when its first `expirable` hidden property is empty or
	 * the credentials were rejected (401), saves the result, and returns the updated data.
	 */
	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const credentialType = this.credentialTypes.getByName(typeName);
		const expirable = credentialType.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (expirable === undefined || typeof credentialType.preAuthentication !== 'function') {
			return undefined;
		}
		if (credentials[expirable.name] !== '' && !credentialsExpired) return undefined;

		const output = await credentialType.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		const ref = node.credentials?.[credentialType.name];
		if (ref === undefined) return undefined;
		const updated = Object.assign(credentials, output);
		await this.updateCredentials(ref, credentialType.name, updated);
		return updated;
	}

	async updateCredentials(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.store.set(nodeCredentials, type, data);
	}

	async updateCredentialsOauthTokenData(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		const saved = this.store.get(nodeCredentials, type);
		this.store.set(nodeCredentials, type, { ...saved, oauthTokenData: data.oauthTokenData });
	}
}

/** Credentials read outside a node run (e.g. trigger contexts) resolve against an empty workflow. */
function detachedWorkflow() {
	const node: INode = {
		id: 'credentials',
		name: '',
		type: NO_OP_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: new HarnessNodeTypes(),
	});
	return { workflow, node };
}
