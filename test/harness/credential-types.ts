import { ApplicationError, NodeHelpers } from 'n8n-workflow';
import type { ICredentialType, ICredentialTypes, INodeProperties } from 'n8n-workflow';

import { OAuth2ApiStandIn } from './builtin-credentials';

/** The credential types of one run: the ones a test passes in, plus the `oAuth2Api` stand-in. */
export class HarnessCredentialTypes implements ICredentialTypes {
	private readonly types = new Map<string, ICredentialType>();

	constructor(credentialTypes: ICredentialType[] = []) {
		for (const type of [new OAuth2ApiStandIn(), ...credentialTypes]) this.types.set(type.name, type);
	}

	recognizes(type: string): boolean {
		return this.types.has(type);
	}

	getByName(type: string): ICredentialType {
		const credentialType = this.types.get(type);
		if (credentialType === undefined) {
			throw new ApplicationError(
				`Unknown credential type: ${type}. Pass its class to runWorkflow() in \`credentialTypes\``,
			);
		}
		return credentialType;
	}

	getSupportedNodes(type: string): string[] {
		return this.getByName(type).supportedNodes ?? [];
	}

	/** All ancestors through `extends`, nearest first (as n8n's CredentialTypes.getParentTypes). */
	getParentTypes(type: string): string[] {
		const parents = [...(this.types.get(type)?.extends ?? [])];
		for (const parent of [...parents]) parents.push(...this.getParentTypes(parent));
		return parents;
	}

	/**
	 * The properties n8n fills defaults from: a type's own merged over its parents'
	 * (n8n's CredentialsHelper.getCredentialsProperties), with `oauthTokenData` on the
	 * OAuth base type so token data survives `getNodeParameters`.
	 */
	getProperties(type: string): INodeProperties[] {
		const credentialType = this.getByName(type);
		if (credentialType.extends === undefined) {
			if (type !== 'oAuth2Api') return credentialType.properties;
			return [
				...credentialType.properties,
				{ displayName: 'oauthTokenData', name: 'oauthTokenData', type: 'json', required: false, default: {} },
			];
		}
		const merged: INodeProperties[] = [];
		for (const parent of credentialType.extends) {
			NodeHelpers.mergeNodeProperties(merged, this.getProperties(parent));
		}
		NodeHelpers.mergeNodeProperties(merged, credentialType.properties);
		return merged;
	}
}
