import { Outcomes } from '../../../nodes/shared/outcomes';

describe('Outcomes', () => {
	it('links a landed record to every input item it came from', () => {
		const outcomes = new Outcomes();
		outcomes.succeed([0, 3], { hubspotId: '101', created: true });
		expect(outcomes.landed).toEqual([
			{ json: { hubspotId: '101', created: true }, pairedItem: [{ item: 0 }, { item: 3 }] },
		]);
		expect(outcomes.failed).toEqual([]);
	});

	it('records a failure with its reason under `error`, next to the json given', () => {
		const outcomes = new Outcomes();
		const reason = {
			category: 'VALIDATION_ERROR',
			code: 'INVALID_EMAIL',
			property: 'email',
			message: 'Email address x is invalid',
		};
		outcomes.fail([2], reason, { key: 'x', error: 'replaced' });
		outcomes.fail([4, 5], { category: 'RATE_LIMIT', message: 'Daily limit reached' });
		expect(outcomes.failed).toEqual([
			{ json: { key: 'x', error: reason }, pairedItem: [{ item: 2 }] },
			{
				json: { error: { category: 'RATE_LIMIT', message: 'Daily limit reached' } },
				pairedItem: [{ item: 4 }, { item: 5 }],
			},
		]);
	});

	it('counts records, not input items', () => {
		const outcomes = new Outcomes();
		outcomes.succeed([0, 1], { id: 'a' });
		outcomes.succeed([2], { id: 'b' });
		outcomes.fail([3, 4, 5], { category: 'X', message: 'no' });
		expect(outcomes.counts).toEqual({ landed: 2, failed: 1 });
		expect(new Outcomes().counts).toEqual({ landed: 0, failed: 0 });
	});

	it('gives the landed output first and the failed output second, in the order recorded', () => {
		const outcomes = new Outcomes();
		outcomes.fail([1], { category: 'X', message: 'first failure' });
		outcomes.succeed([0], { id: 'a' });
		outcomes.succeed([2], { id: 'b' });
		const [landed, failed] = outcomes.toOutputs();
		expect(landed.map(({ json }) => json.id)).toEqual(['a', 'b']);
		expect(failed.map(({ pairedItem }) => pairedItem)).toEqual([[{ item: 1 }]]);
		expect(outcomes.toOutputs()).toHaveLength(2);
	});
});
