export type Attempted<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs `work` and hands back its result or its failure as a value, so that the caller decides
 * what a failure means (retry, record it on the Failed output, or pass it on to the router, which
 * turns it into n8n's NodeApiError) outside a catch block.
 */
export async function attempt<T>(work: () => Promise<T>): Promise<Attempted<T>> {
	try {
		return { ok: true, value: await work() };
	} catch (error) {
		return { ok: false, error };
	}
}

/** `attempt` for synchronous work. */
export function attemptSync<T>(work: () => T): Attempted<T> {
	try {
		return { ok: true, value: work() };
	} catch (error) {
		return { ok: false, error };
	}
}
