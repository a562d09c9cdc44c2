/**
 * The built-in side of `bench:intercom`: n8n's Intercom node creates `records` generated users in
 * a fake Intercom, reached at `https://api.intercom.io` (fixed in the node) through the host-name
 * redirect of ../builtinHubSpot (DNS preload, local certificate authority, TLS forwarder on
 * 127.0.0.1:443), in a fresh n8n user folder, with `n8n execute` timed and memory-measured as for
 * our node (n8nBench.ts); then the fake's request log and contacts say what happened.
 *
 * Needs E2E_INSTALLED_NODES (installOurPackage()), like every BenchN8n.
 */
import type { N8nRuntime } from '../../e2e/harness';
import type { FakeIntercom } from '../../fakes/intercom';
import { startHubSpotRedirect } from '../builtinHubSpot';
import { landedContacts, type ComparedField } from '../intercomBench/contacts';
import { requestFigures } from '../intercomBench/requests';
import { commonFigures } from '../intercomBench/sides';
import { BenchN8n, n8nNodeOptions } from '../n8nBench';
import type { SideFigures } from '../report';
import {
	builtinIntercomCreateWorkflow,
	builtinIntercomCredential,
	type BuiltinCreateSummary,
} from './workflow';

/** The node sends no email on Create (workflow.ts): its contacts are checked on these alone. */
const COMPARED: ComparedField[] = ['name', 'phone'];

/** The host n8n's built-in Intercom node calls. */
export const INTERCOM_API_HOSTS = ['api.intercom.io'];

export interface RunBuiltinIntercomOptions {
	runtime: N8nRuntime;
	fake: FakeIntercom;
	records: number;
	/** The contacts' tag (intercomBench/contacts.ts); default `Bi`. */
	tag?: string;
	/** n8n's NODE_OPTIONS before the preloads; default `n8nNodeOptions()`. */
	nodeOptions?: string;
}

/**
 * Runs the built-in node once; figures as for our side (`commonFigures`) plus `landed`, `failed`,
 * `itemErrors`, `tlsConnections`. Throws when the redirect cannot start (port 443 taken).
 */
export async function runBuiltinIntercom(options: RunBuiltinIntercomOptions): Promise<SideFigures> {
	const { runtime, fake, records, tag = 'Bi' } = options;
	const workflows = builtinIntercomCreateWorkflow({ records, tag });
	const alreadyPresent = landedContacts(fake, records, tag, COMPARED).landed;

	// The HubSpot redirect is host-agnostic: only its default host list is HubSpot's.
	const redirect = await startHubSpotRedirect({ targetUrl: fake.url, hosts: INTERCOM_API_HOSTS });
	// NODE_OPTIONS goes through BenchN8n's own (which adds the peak-RSS preload): the rest as env.
	const redirectEnv = { ...redirect.env };
	delete redirectEnv.NODE_OPTIONS;
	const nodeOptions = [options.nodeOptions ?? n8nNodeOptions(), redirect.nodeOptions].join(' ');
	let bench: BenchN8n | undefined;
	try {
		bench = BenchN8n.create(runtime, nodeOptions, redirectEnv);
		await bench.importCredentials([builtinIntercomCredential(fake.token)]);
		await bench.importWorkflow(workflows.sub, { publish: true });
		const id = await bench.importWorkflow(workflows.parent);

		fake.server.log.clear();
		const run = await bench.execute(id);
		const summary =
			run.result && !run.error
				? (run.result.output(workflows.resultNode)[0]?.json as unknown as
						| BuiltinCreateSummary
						| undefined)
				: undefined;
		const requests = requestFigures(fake);
		const landed = landedContacts(fake, records, tag, COMPARED);
		const error =
			run.error ??
			(summary ? undefined : 'the run gave no summary item') ??
			(requests.logDropped > 0
				? `the fake's request log dropped ${requests.logDropped} entries`
				: undefined);
		return {
			...commonFigures(records, landed.landed, requests, run),
			landed: landed.landed,
			written: summary ? summary.ok : null,
			lost: landed.lost,
			duplicated: landed.duplicated,
			duplicatedByEmail: landed.duplicatedByEmail,
			mismatched: landed.mismatched,
			comparedFields: COMPARED,
			withoutExternalId: landed.withoutExternalId,
			alreadyPresent,
			failed: summary ? summary.failed : null,
			tlsConnections: redirect.connections(),
			...(summary && summary.failed > 0 ? { itemErrors: summary.errors } : {}),
			...(error ? { error } : {}),
		};
	} finally {
		await bench?.dispose();
		await redirect.stop();
	}
}
