import { Connection } from 'jsforce';
import type { IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';
import { currentSession, renewedSession } from './session';

/**
 * The only place a jsforce connection is built. Tokens stay in n8n's credential store: when
 * Salesforce answers 401, jsforce asks for a new session once, n8n renews and stores it, and
 * jsforce retries the request.
 */
export async function salesforceConnection(
	context: IExecuteFunctions | ILoadOptionsFunctions,
): Promise<Connection> {
	const session = await currentSession(context);
	return new Connection({
		instanceUrl: session.instanceUrl,
		accessToken: session.accessToken,
		version: session.apiVersion,
		refreshFn: (_conn, callback) => {
			renewedSession(context).then(
				(renewed) => callback(null, renewed.accessToken),
				(error: Error) => callback(error),
			);
		},
	});
}
