import { deepCopy, UserError } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, INodeCredentialsDetails } from 'n8n-workflow';

/** `{ [credentialTypeName]: { [credentialId or name]: data } }` */
export type CredentialsInput = Record<string, Record<string, ICredentialDataDecryptedObject>>;

/**
 * The saved credentials of one run: what the n8n database is to the real CredentialsHelper.
 * Starts as a copy of the test's input; updates (preAuthentication, OAuth2 token refresh)
 * land here and are what later reads in the same run see.
 */
export class CredentialStore {
	private readonly data: CredentialsInput;

	constructor(input: CredentialsInput = {}) {
		this.data = deepCopy(input);
	}

	get(ref: INodeCredentialsDetails, type: string): ICredentialDataDecryptedObject {
		return deepCopy(this.entries(type)[this.keyOf(ref, type)]);
	}

	set(ref: INodeCredentialsDetails, type: string, data: ICredentialDataDecryptedObject): void {
		this.entries(type)[this.keyOf(ref, type)] = deepCopy(data);
	}

	/** The credentials as they stand now, e.g. after a token refresh. */
	snapshot(): CredentialsInput {
		return deepCopy(this.data);
	}

	private entries(type: string) {
		return (this.data[type] ??= {});
	}

	/** A node's credential reference `{ id, name }` matches an entry by id first, then by name. */
	private keyOf(ref: INodeCredentialsDetails, type: string): string {
		const entries = this.entries(type);
		for (const key of [ref.id, ref.name]) {
			if (key !== null && key !== undefined && key in entries) return key;
		}
		throw new UserError(
			`Credential with ID "${ref.id ?? ''}" / name "${ref.name}" does not exist for type "${type}".`,
			{ description: `Known ${type} credentials in this run: ${Object.keys(entries).join(', ') || 'none'}` },
		);
	}
}
