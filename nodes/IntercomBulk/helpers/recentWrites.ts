import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

/** Longer than Intercom's search takes to show a new record ("a few minutes"). */
const KEEP_MS = 10 * 60_000;

type Ledger = Record<string, [value: string, at: number]>;

/**
 * What this workflow wrote in the last ten minutes, kept in its static data (saved by n8n after
 * every run that is not a manual test run), so that a re-run finds records Intercom's search
 * does not show yet. Old entries are dropped on every use: the size follows the write rate, not
 * the size of the org.
 */
export class RecentWrites {
	private readonly ledger: Ledger;

	constructor(context: IExecuteFunctions, kind: string) {
		const staticData = context.getWorkflowStaticData('global');
		const key = `intercomBulk.recent.${kind}`;
		const ledger = (staticData[key] as Ledger | undefined) ?? {};
		const now = Date.now();
		for (const [entry, [, at]] of Object.entries(ledger))
			if (now - at > KEEP_MS) delete ledger[entry];
		staticData[key] = ledger as unknown as IDataObject;
		this.ledger = staticData[key] as unknown as Ledger;
	}

	get(key: string): string | undefined {
		const entry = this.ledger[key];
		return entry && Date.now() - entry[1] <= KEEP_MS ? entry[0] : undefined;
	}

	set(key: string, value: string): void {
		this.ledger[key] = [value, Date.now()];
	}
}
