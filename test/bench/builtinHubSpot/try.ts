/**
 * Tries the built-in side alone: a fake HubSpot (TRY_LIMIT requests per 10 s, default 190), then
 * n8n's HubSpot node creating TRY_RECORDS contacts (default 300) in it; prints the figures as JSON.
 *   npx ts-node --transpile-only test/bench/builtinHubSpot/try.ts
 *   TRY_LIMIT=100000 TRY_SIMPLIFY=1 npx ts-node --transpile-only test/bench/builtinHubSpot/try.ts
 */
import { startFakeHubSpot } from '../../fakes/hubspot';
import { removeFolders } from '../n8nBench';
import { runBuiltinHubSpot } from './run';

async function main(): Promise<void> {
	const tenSecondlyLimit = Number(process.env.TRY_LIMIT ?? 190);
	const records = Number(process.env.TRY_RECORDS ?? 300);
	const simplify = process.env.TRY_SIMPLIFY === '1';
	const fake = await startFakeHubSpot({ tenSecondlyLimit, log: { storeBodies: false } });
	try {
		const figures = await runBuiltinHubSpot({ fake, records, simplify });
		console.log(JSON.stringify({ tenSecondlyLimit, ...figures }, null, 2));
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
