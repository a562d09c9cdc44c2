import { IntercomError } from 'intercom-client';
import { bodyOf, payloadOf } from '../../../nodes/IntercomBulk/helpers/attributes';
import { conflictOf } from '../../../nodes/IntercomBulk/helpers/conflict';
import { recordOf, referenceTo } from '../../../nodes/IntercomBulk/helpers/records';
import { intercomRatePolicy } from '../../../nodes/IntercomBulk/transport/ratePolicy';
import { reasonFromError } from '../../../nodes/IntercomBulk/transport/errors';

const errorList = (code: string, message: string) => ({
	type: 'error.list',
	request_id: 'r1',
	errors: [{ code, message }],
});

describe('Intercom payloads', () => {
	it('keeps standard fields at the top and the rest in custom_attributes', () => {
		const payload = payloadOf(
			'contact',
			{
				external_id: '003A',
				email: 'ada@example.com',
				'custom_attributes.sf_rating': 'Hot',
				sf_score: 7,
				phone: '',
				sf_notes: null,
			},
			'clear',
		);
		expect(bodyOf(payload)).toEqual({
			external_id: '003A',
			email: 'ada@example.com',
			custom_attributes: { sf_rating: 'Hot', sf_score: 7, sf_notes: null },
		});
		expect(bodyOf(payloadOf('contact', { external_id: '003A', sf_notes: null }, 'skip'))).toEqual({
			external_id: '003A',
		});
	});

	it('knows the company fields', () => {
		expect(
			bodyOf(payloadOf('company', { company_id: '001A', name: 'Acme', sf_tier: 'Gold' }, 'skip')),
		).toEqual({
			company_id: '001A',
			name: 'Acme',
			custom_attributes: { sf_tier: 'Gold' },
		});
	});

	it('reads mapper output with associations, and flat items', () => {
		const record = recordOf({
			properties: { external_id: '003A' },
			associations: [{ toObject: 'company', key: '001A', field: 'AccountId' }],
		});
		expect(referenceTo(record, 'company')).toBe('001A');
		expect(recordOf({ external_id: '003B' })).toEqual({
			properties: { external_id: '003B' },
			references: [],
		});
	});
});

describe('Intercom answers', () => {
	it('reads the contact a 409 names, archived or not', () => {
		const live = new IntercomError({
			statusCode: 409,
			body: errorList(
				'conflict',
				'A contact matching those details already exists with id=6762f0dd1bb69f9f2193bb83',
			),
		});
		expect(conflictOf(live)).toEqual({ id: '6762f0dd1bb69f9f2193bb83', archived: false });
		const archived = new IntercomError({
			statusCode: 409,
			body: errorList(
				'conflict',
				'An archived contact matching those details already exists with id=abc123',
			),
		});
		expect(conflictOf(archived)).toEqual({ id: 'abc123', archived: true });
		expect(
			conflictOf(new IntercomError({ statusCode: 400, body: errorList('parameter_invalid', 'x') })),
		).toBeUndefined();
	});

	it('waits for the reset on a 429 and retries server errors and drops', () => {
		const reset = Math.floor(Date.now() / 1000) + 3;
		const limited = Object.assign(
			new IntercomError({
				statusCode: 429,
				body: errorList('rate_limit_exceeded', 'Exceeded rate limit of 1667 in 10_seconds'),
			}),
			{ headers: { 'x-ratelimit-reset': String(reset) } },
		);
		const verdict = intercomRatePolicy.classify(limited);
		expect(verdict.kind).toBe('throttled');
		expect((verdict as { waitMs: number }).waitMs).toBeGreaterThan(1500);
		expect((verdict as { waitMs: number }).waitMs).toBeLessThanOrEqual(3250);
		expect(intercomRatePolicy.classify(new IntercomError({ statusCode: 503 })).kind).toBe(
			'transient',
		);
		expect(intercomRatePolicy.classify(new IntercomError({ message: 'socket hang up' })).kind).toBe(
			'transient',
		);
		expect(intercomRatePolicy.classify(new IntercomError({ statusCode: 400 })).kind).toBe('fatal');
		expect(
			intercomRatePolicy.read({ 'x-ratelimit-limit': '1667', 'x-ratelimit-remaining': '0' }),
		).toMatchObject({
			limit: 1667,
			intervalMs: 10_000,
			remaining: 0,
		});
	});

	it("gives Intercom's code, message and field as the failure reason", () => {
		const error = new IntercomError({
			statusCode: 400,
			body: {
				type: 'error.list',
				errors: [
					{ code: 'parameter_invalid', message: "Custom attribute 'x' does not exist", field: 'x' },
				],
			},
		});
		expect(reasonFromError(error)).toEqual({
			category: 'INTERCOM_ERROR',
			code: 'parameter_invalid',
			message: "Custom attribute 'x' does not exist",
			property: 'x',
			status: 400,
		});
	});
});
