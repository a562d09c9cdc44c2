import {
	deduplicateByKey,
	mapConcurrently,
	sendBatches,
	type Keyed,
} from '../../../nodes/shared/batching';
import { RateBudgetExhaustedError, RetriesExhaustedError } from '../../../nodes/shared/rateControl';

type Properties = Record<string, string>;

const laterWins = (earlier: Properties, later: Properties): Properties => ({
	...earlier,
	...later,
});

const lowerCase = (key: string) => key.toLowerCase();

/** Lets every promise chain that can move on do so. */
const tick = async () => await new Promise((resolve) => setImmediate(resolve));

function deferred<T = void>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	return { promise, resolve, reject };
}

describe('deduplicateByKey', () => {
	const entries = (): Array<Keyed<Properties>> => [
		{ key: 'ada@example.com', value: { firstname: 'Ada', city: 'London' }, itemIndexes: [0] },
		{ key: 'alan@example.com', value: { firstname: 'Alan' }, itemIndexes: [1] },
		{ key: 'ADA@example.com', value: { city: 'Paris', phone: '1' }, itemIndexes: [2] },
		{ key: 'Ada@Example.com', value: { phone: '2' }, itemIndexes: [3, 4] },
	];

	it('merges entries with one key, later values winning, and keeps every item index', () => {
		const result = deduplicateByKey(entries(), 'merge', laterWins, lowerCase);
		expect(result.entries).toEqual([
			{
				key: 'ada@example.com',
				value: { firstname: 'Ada', city: 'Paris', phone: '2' },
				itemIndexes: [0, 2, 3, 4],
			},
			{ key: 'alan@example.com', value: { firstname: 'Alan' }, itemIndexes: [1] },
		]);
		expect(result.duplicates).toEqual([]);
	});

	it('leaves the input entries as they were when merging', () => {
		const input = entries();
		deduplicateByKey(input, 'merge', laterWins, lowerCase);
		expect(input).toEqual(entries());
	});

	it('reports later duplicates and keeps the first entry unchanged', () => {
		const input = entries();
		const merge = jest.fn(laterWins);
		const result = deduplicateByKey(input, 'report', merge, lowerCase);
		expect(result.entries).toEqual([input[0], input[1]]);
		expect(result.duplicates).toEqual([input[2], input[3]]);
		expect(merge).not.toHaveBeenCalled();
	});

	it('compares keys exactly when no normaliser is given', () => {
		const result = deduplicateByKey(entries(), 'merge', laterWins);
		expect(result.entries.map(({ key }) => key)).toEqual([
			'ada@example.com',
			'alan@example.com',
			'ADA@example.com',
			'Ada@Example.com',
		]);
	});

	it('keeps first-seen order', () => {
		const result = deduplicateByKey(
			[
				{ key: 'b', value: 1, itemIndexes: [0] },
				{ key: 'a', value: 2, itemIndexes: [1] },
				{ key: 'b', value: 3, itemIndexes: [2] },
			],
			'merge',
			(_, later) => later,
		);
		expect(result.entries).toEqual([
			{ key: 'b', value: 3, itemIndexes: [0, 2] },
			{ key: 'a', value: 2, itemIndexes: [1] },
		]);
	});
});

describe('mapConcurrently', () => {
	it('runs at most `concurrency` at once and returns results in input order', async () => {
		let active = 0;
		let mostActive = 0;
		const finished: number[] = [];
		const inputs = Array.from({ length: 12 }, (_, index) => index);

		const results = await mapConcurrently(inputs, 3, async (input, index) => {
			active++;
			mostActive = Math.max(mostActive, active);
			// Later inputs finish sooner, so completion order differs from input order.
			for (let wait = 0; wait < 12 - index; wait++) await tick();
			active--;
			finished.push(input);
			return `result ${input}`;
		});

		expect(results).toEqual(inputs.map((input) => `result ${input}`));
		expect(mostActive).toBe(3);
		expect(finished).not.toEqual(inputs);
	});

	it('runs one at a time when concurrency is 0, and as many as there are inputs at most', async () => {
		const track = () => {
			let active = 0;
			let mostActive = 0;
			const work = async (input: number) => {
				active++;
				mostActive = Math.max(mostActive, active);
				await tick();
				active--;
				return input;
			};
			return { work, most: () => mostActive };
		};
		const serial = track();
		await expect(mapConcurrently([1, 2, 3], 0, serial.work)).resolves.toEqual([1, 2, 3]);
		expect(serial.most()).toBe(1);
		const wide = track();
		await expect(mapConcurrently([1, 2, 3], 50, wide.work)).resolves.toEqual([1, 2, 3]);
		expect(wide.most()).toBe(3);
	});

	it('returns an empty list for no inputs without calling work', async () => {
		const work = jest.fn(async () => 1);
		await expect(mapConcurrently([], 4, work)).resolves.toEqual([]);
		expect(work).not.toHaveBeenCalled();
	});

	it('starts no new work after a failure and rejects only when every lane has finished', async () => {
		const started: number[] = [];
		const finished: number[] = [];
		const holds = Array.from({ length: 10 }, () => deferred());
		const failure = new Error('item 1 failed');
		let rejected = false;

		const run = mapConcurrently(
			Array.from({ length: 10 }, (_, index) => index),
			3,
			async (index) => {
				started.push(index);
				if (index === 1) {
					await tick();
					throw failure;
				}
				await holds[index].promise;
				finished.push(index);
				return index;
			},
		);
		const outcome = run.catch((error: unknown) => {
			rejected = true;
			return error;
		});

		for (let wait = 0; wait < 5; wait++) await tick();
		expect(started).toEqual([0, 1, 2]);
		expect(rejected).toBe(false);

		holds[0].resolve();
		for (let wait = 0; wait < 5; wait++) await tick();
		expect(rejected).toBe(false);
		holds[2].resolve();

		await expect(outcome).resolves.toBe(failure);
		expect(finished).toEqual([0, 2]);
		expect(started).toEqual([0, 1, 2]);
	});
});

describe('sendBatches', () => {
	const batches = ['b0', 'b1', 'b2', 'b3', 'b4', 'b5'];

	it('sends every batch and hands nothing back when all go through', async () => {
		const sent: string[] = [];
		const result = await sendBatches(batches, 2, async (batch) => {
			await tick();
			sent.push(batch);
		});
		expect(result).toEqual({ unsent: [] });
		expect(result.exhausted).toBeUndefined();
		expect([...sent].sort()).toEqual(batches);
	});

	it('hands back the batches never sent, with the error, when the daily budget runs out', async () => {
		const exhausted = new RateBudgetExhaustedError('Daily limit reached');
		const started: string[] = [];
		const landed: string[] = [];

		const result = await sendBatches(batches, 2, async (batch) => {
			started.push(batch);
			await tick();
			if (batch === 'b2') throw exhausted;
			landed.push(batch);
		});

		expect(result.exhausted).toBe(exhausted);
		// b3 was in flight when b2 failed: it finishes; b4 and b5 never start.
		expect(started).toEqual(['b0', 'b1', 'b2', 'b3']);
		expect(landed).toEqual(['b0', 'b1', 'b3']);
		expect(result.unsent).toEqual(['b2', 'b4', 'b5']);
	});

	it('counts a batch in flight that also hit the exhausted budget as unsent', async () => {
		const result = await sendBatches(batches, 2, async (batch) => {
			await tick();
			if (batch === 'b2' || batch === 'b3') throw new RateBudgetExhaustedError('Daily limit');
		});
		expect(result.unsent).toEqual(['b2', 'b3', 'b4', 'b5']);
		expect(result.exhausted).toBeInstanceOf(RateBudgetExhaustedError);
	});

	it('passes on any other error', async () => {
		const failure = new RetriesExhaustedError('Failed 7 times in a row', new Error('502'));
		await expect(
			sendBatches(batches, 2, async (batch) => {
				await tick();
				if (batch === 'b1') throw failure;
			}),
		).rejects.toBe(failure);
	});
});
