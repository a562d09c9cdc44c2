import type { FailureReason } from '../../shared/outcomes';

/** A record that cannot land, for a reason of our own (not an API error): goes to Failed as is. */
export class RecordFailure extends Error {
	constructor(readonly reason: FailureReason) {
		super(reason.message);
	}
}
