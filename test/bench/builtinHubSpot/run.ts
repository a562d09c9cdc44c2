/**
 * The built-in side of `bench:hubspot`: n8n's HubSpot node writes `records` generated contacts to a
 * fake HubSpot through the redirect (redirect.ts), in a fresh n8n user folder, with `n8n execute`
 * timed and memory-measured as for our node (n8nBench.ts); then the fake says what landed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { N8nRuntime } from '../../e2e/harness';
import type { FakeHubSpot } from '../../fakes/hubspot';
import { BenchN8n, benchRuntime, n8nNodeOptions, removeAtExit } from '../n8nBench';
import { round } from '../report';
import { landedContacts, requestFigures } from './figures';
import { startHubSpotRedirect } from './redirect';
import {
	builtinHubSpotCredential,
	builtinHubSpotUpsertWorkflow,
	type BuiltinUpsertSummary,
} from './workflow';

export interface BuiltinHubSpotFigures {
	records: number;
	/** Generated contacts present in the fake after the run. */
	landed: number;
	/** Items the node output as failed (On Error: continue); null when the run gave no summary. */
	failed: number | null;
	/** `records` − `landed`. */
	lost: number;
	duplicated: number;
	/** Landed contacts whose names or company differ from what was generated. */
	mismatched: number;
	/** Generated contacts already in the fake before the run (they count as landed). */
	alreadyPresent: number;
	/** `landed` / `seconds`. */
	recordsPerSec: number | null;
	/** Wall time of `n8n execute`, n8n's start-up and shut-down included. */
	seconds: number | null;
	/** First to last request the fake saw, seconds. */
	apiSpanSec: number | null;
	apiCalls: number;
	apiCallsBy: Record<string, number>;
	rateLimited429: number;
	/** TLS connections n8n opened to the forwarder (one a request without keep-alive). */
	tlsConnections: number;
	peakRssMb: number | null;
	databaseMb: number | null;
	simplify: boolean;
	/** Failed items by error message, as the node reported them. */
	itemErrors?: Record<string, number>;
	/** Present when the run failed (or gave no summary). */
	error?: string;
}

export interface RunBuiltinHubSpotOptions {
	fake: FakeHubSpot;
	records: number;
	/** Simplify Output (one request a contact instead of two). Default off, as in the node. */
	simplify?: boolean;
	seed?: number;
	emailPrefix?: string;
	/** Default: n8n 1.x (`benchRuntime('n8n-v1')`). */
	runtime?: N8nRuntime;
	/** n8n's NODE_OPTIONS before the preloads; default `n8nNodeOptions()`. */
	nodeOptions?: string;
}

/**
 * A BenchN8n; when no package is installed for the benchmark (E2E_INSTALLED_NODES unset, as in a
 * run of the built-in side alone), its `.n8n/nodes` is an empty package folder. E2E_INSTALLED_NODES
 * is set only while the user folder is made, so a later `installOurPackage()` still installs ours.
 */
function createBench(runtime: N8nRuntime, nodeOptions: string, env: Record<string, string>) {
	if (process.env.E2E_INSTALLED_NODES) return BenchN8n.create(runtime, nodeOptions, env);
	const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-no-nodes-'));
	removeAtExit(empty);
	fs.writeFileSync(
		path.join(empty, 'package.json'),
		JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }),
	);
	process.env.E2E_INSTALLED_NODES = empty;
	try {
		return BenchN8n.create(runtime, nodeOptions, env);
	} finally {
		delete process.env.E2E_INSTALLED_NODES;
		fs.rmSync(empty, { recursive: true, force: true });
	}
}

export async function runBuiltinHubSpot(
	options: RunBuiltinHubSpotOptions,
): Promise<BuiltinHubSpotFigures> {
	const { fake, records, simplify = false, seed = 42, emailPrefix = 'builtin' } = options;
	const runtime = options.runtime ?? benchRuntime('n8n-v1');
	const workflows = builtinHubSpotUpsertWorkflow({ records, seed, emailPrefix, simplify });
	const alreadyPresent = landedContacts(fake, records, seed, emailPrefix).landed;

	const redirect = await startHubSpotRedirect({ targetUrl: fake.url });
	// NODE_OPTIONS goes through BenchN8n's own (which adds the peak-RSS preload): the rest as env.
	const redirectEnv = { ...redirect.env };
	delete redirectEnv.NODE_OPTIONS;
	const nodeOptions = [options.nodeOptions ?? n8nNodeOptions(), redirect.nodeOptions].join(' ');
	let bench: BenchN8n | undefined;
	try {
		bench = createBench(runtime, nodeOptions, redirectEnv);
		await bench.importCredentials([builtinHubSpotCredential(fake.token)]);
		await bench.importWorkflow(workflows.sub, { publish: true });
		const id = await bench.importWorkflow(workflows.parent);

		fake.server.log.clear();
		const run = await bench.execute(id);
		const summary =
			run.result && !run.error
				? (run.result.output(workflows.resultNode)[0]?.json as unknown as
						| BuiltinUpsertSummary
						| undefined)
				: undefined;
		const requests = requestFigures(fake);
		const { landed, duplicated, mismatched } = landedContacts(fake, records, seed, emailPrefix);
		const error = run.error ?? (summary ? undefined : 'the run gave no summary item');
		return {
			records,
			landed,
			failed: summary ? summary.failed : null,
			lost: records - landed,
			duplicated,
			mismatched,
			alreadyPresent,
			recordsPerSec: round(landed / run.seconds, 1),
			seconds: round(run.seconds, 2),
			apiSpanSec: round(requests.apiSpanSec, 2),
			apiCalls: requests.apiCalls,
			apiCallsBy: requests.apiCallsBy,
			rateLimited429: requests.rateLimited429,
			tlsConnections: redirect.connections(),
			peakRssMb: round(run.peakRssMb, 1),
			databaseMb: round(run.databaseMb, 1),
			simplify,
			...(summary && summary.failed > 0 ? { itemErrors: summary.errors } : {}),
			...(requests.logDropped > 0
				? { error: `the fake's request log dropped ${requests.logDropped} entries` }
				: {}),
			...(error ? { error } : {}),
		};
	} finally {
		await bench?.dispose();
		await redirect.stop();
	}
}
