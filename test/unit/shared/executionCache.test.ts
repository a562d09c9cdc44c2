import { forget, oncePerExecution } from '../../../nodes/shared/executionCache';

/** The cache lives as long as the module: every test uses executions of its own. */
let executionCount = 0;
const newExecution = () => `execution-${++executionCount}`;

describe('oncePerExecution', () => {
	afterEach(() => jest.restoreAllMocks());

	it('loads a key once per execution, also for callers that ask while it loads', async () => {
		const execution = newExecution();
		const load = jest.fn(async () => ({ owners: ['ada'] }));
		const [first, second] = await Promise.all([
			oncePerExecution(execution, 'owners', load),
			oncePerExecution(execution, 'owners', load),
		]);
		const third = await oncePerExecution(execution, 'owners', load);
		expect(load).toHaveBeenCalledTimes(1);
		expect(first).toEqual({ owners: ['ada'] });
		expect(second).toBe(first);
		expect(third).toBe(first);
	});

	it('loads separately for each execution and for each key', async () => {
		const [one, two] = [newExecution(), newExecution()];
		let loads = 0;
		const load = async () => ++loads;
		expect(await oncePerExecution(one, 'owners', load)).toBe(1);
		expect(await oncePerExecution(two, 'owners', load)).toBe(2);
		expect(await oncePerExecution(one, 'pipelines', load)).toBe(3);
		expect(await oncePerExecution(one, 'owners', load)).toBe(1);
		expect(await oncePerExecution(two, 'owners', load)).toBe(2);
		expect(loads).toBe(3);
	});

	it('does not keep a failed load: the next caller loads again', async () => {
		const execution = newExecution();
		const failure = new Error('HubSpot answered 502');
		const load = jest
			.fn<Promise<string>, []>()
			.mockRejectedValueOnce(failure)
			.mockResolvedValueOnce('loaded');
		await expect(oncePerExecution(execution, 'properties:contacts', load)).rejects.toBe(failure);
		await expect(oncePerExecution(execution, 'properties:contacts', load)).resolves.toBe('loaded');
		await expect(oncePerExecution(execution, 'properties:contacts', load)).resolves.toBe('loaded');
		expect(load).toHaveBeenCalledTimes(2);
	});

	it('forget(key) drops that key in every execution and leaves other keys', async () => {
		const [one, two] = [newExecution(), newExecution()];
		let loads = 0;
		const load = async () => ++loads;
		await oncePerExecution(one, 'properties:contacts', load);
		await oncePerExecution(two, 'properties:contacts', load);
		await oncePerExecution(one, 'owners', load);
		await oncePerExecution(one, 'custom:properties:contacts', load);
		expect(loads).toBe(4);

		forget('properties:contacts');

		expect(await oncePerExecution(one, 'properties:contacts', load)).toBe(5);
		expect(await oncePerExecution(two, 'properties:contacts', load)).toBe(6);
		expect(await oncePerExecution(one, 'owners', load)).toBe(3);
		// A key that merely ends the same way is another key.
		expect(await oncePerExecution(one, 'custom:properties:contacts', load)).toBe(4);
	});

	it('loads again once an entry is older than ten minutes', async () => {
		const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
		const execution = newExecution();
		let loads = 0;
		const load = async () => ++loads;
		await oncePerExecution(execution, 'owners', load);
		now.mockReturnValue(1_000_000 + 10 * 60_000);
		expect(await oncePerExecution(execution, 'owners', load)).toBe(1);
		now.mockReturnValue(1_000_000 + 10 * 60_000 + 1);
		expect(await oncePerExecution(execution, 'owners', load)).toBe(2);
	});
});
