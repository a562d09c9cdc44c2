/**
 * Tries the built-in side alone: our package installed (as the bench does; n8n needs a nodes
 * folder), a fake Intercom (TRY_PER_MINUTE requests a minute, default 10,000), then n8n's Intercom
 * node creating TRY_RECORDS users (default 5) in it; prints the figures as JSON, and with
 * TRY_SHOW=1 every request the fake saw, with its body, and the first contact it holds.
 *   TRY_SHOW=1 npx ts-node --transpile-only test/bench/builtinIntercom/try.ts
 */
import { startFakeIntercom } from '../../fakes/intercom';
import { benchRuntime, installOurPackage, removeFolders } from '../n8nBench';
import { runBuiltinIntercom } from './run';

async function main(): Promise<void> {
	const perMinute = Number(process.env.TRY_PER_MINUTE ?? 10_000);
	const records = Number(process.env.TRY_RECORDS ?? 5);
	const show = process.env.TRY_SHOW === '1';
	installOurPackage();
	const fake = await startFakeIntercom({ perMinute, log: { storeBodies: show } });
	try {
		const figures = await runBuiltinIntercom({ runtime: benchRuntime('n8n-v1'), fake, records });
		console.log(JSON.stringify({ perMinute, ...figures }, null, 2));
		if (show) {
			for (const entry of fake.server.log.entries())
				console.log(entry.method, entry.path, entry.status, JSON.stringify(entry.requestBody));
			console.log(JSON.stringify(fake.contacts.all()[0], null, 2));
		}
	} finally {
		await fake.stop();
	}
}

main()
	.then(() => {
		removeFolders();
		process.exit(0);
	})
	.catch((error) => {
		console.error(error);
		removeFolders();
		process.exit(1);
	});
