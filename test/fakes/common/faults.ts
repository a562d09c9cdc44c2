import { SeededRandom } from './random';
import type { FakeRequest, HeaderRecord, ResponseBody } from './types';

export interface FaultMatch {
	method?: string;
	/** Exact path, or a RegExp tested against it. */
	path?: string | RegExp;
	/** Any other condition on the request, e.g. on its body. */
	where?: (req: FakeRequest) => boolean;
}

interface FaultSchedule {
	/** Which requests the fault considers; all when omitted. */
	match?: FaultMatch;
	/** Fire at most this many times (default: unlimited). */
	times?: number;
	/** Let the first N matching requests through. */
	after?: number;
	/** Fire on every Nth matching request after `after` (the Nth, 2Nth, ...). */
	every?: number;
	/** Fire with this probability (0..1), drawn from the server's seeded random. */
	probability?: number;
}

export type FaultAction =
	/** Answer with this status (and body/headers) instead of the service, as a proxy or load balancer would. */
	| { kind: 'status'; status: number; body?: ResponseBody; headers?: HeaderRecord }
	/** Close the connection without a response: `reset` (default) sends RST so clients see ECONNRESET; `close` a FIN ("socket hang up"). */
	| { kind: 'drop'; mode?: 'reset' | 'close' }
	/** Wait (wall-clock) and then carry on with the normal pipeline. */
	| { kind: 'delay'; ms: number }
	/** The 429 (or whatever the limiter answers) the configured rate limiter would send; `window` names the exceeded window. */
	| { kind: 'rateLimit'; window?: string }
	/** The auth layer's answer to an expired token. */
	| { kind: 'expiredToken' }
	/** Keep the request open without ever answering, until the client gives up or the server stops. */
	| { kind: 'hang' }
	| { kind: 'timeout' };

export type FaultSpec = FaultSchedule & FaultAction;
export type FaultKind = FaultAction['kind'];
export type TerminalFault = Exclude<FaultSpec, { kind: 'delay' }>;

export interface FaultHandle {
	/** Times the fault was applied. */
	readonly hits: number;
	/** Matching requests it has seen, applied or not. */
	readonly seen: number;
	remove(): void;
}

export interface FaultDecision {
	/** Total delay from all firing `delay` faults. */
	delayMs: number;
	/** The first firing non-delay fault, in injection order. */
	terminal?: TerminalFault;
}

class InjectedFault implements FaultHandle {
	hits = 0;
	seen = 0;

	constructor(
		readonly spec: FaultSpec,
		private readonly detach: (fault: InjectedFault) => void,
	) {}

	remove(): void {
		this.detach(this);
	}

	matches(req: FakeRequest): boolean {
		const match = this.spec.match;
		if (!match) return true;
		if (match.method !== undefined && match.method.toUpperCase() !== req.method) return false;
		if (typeof match.path === 'string' && match.path !== req.path) return false;
		if (match.path instanceof RegExp && !match.path.test(req.path)) return false;
		return match.where ? match.where(req) : true;
	}

	/** Counts a matching request and says whether this one is due under after/every/times/probability. */
	isDue(random: SeededRandom): boolean {
		this.seen++;
		const { after = 0, every = 1, times = Infinity, probability } = this.spec;
		const ordinal = this.seen - after;
		if (ordinal <= 0 || ordinal % every !== 0 || this.hits >= times) return false;
		return probability === undefined || random.chance(probability);
	}
}

/**
 * Faults a test injects into one fake. Every matching fault counts every request; delays add up;
 * of the other kinds only the first due one (in injection order) is applied to a request.
 */
export class FaultInjector {
	private faults: InjectedFault[] = [];

	constructor(
		private readonly random: SeededRandom = new SeededRandom(),
		private readonly validate: (spec: FaultSpec) => void = () => undefined,
	) {}

	inject(spec: FaultSpec): FaultHandle {
		validateSchedule(spec);
		this.validate(spec);
		const fault = new InjectedFault(spec, (f) => {
			this.faults = this.faults.filter((other) => other !== f);
		});
		this.faults.push(fault);
		return fault;
	}

	clear(): void {
		this.faults = [];
	}

	get active(): number {
		return this.faults.length;
	}

	decide(req: FakeRequest): FaultDecision {
		const decision: FaultDecision = { delayMs: 0 };
		for (const fault of this.faults) {
			if (!fault.matches(req)) continue;
			const due = fault.isDue(this.random);
			if (!due) continue;
			if (fault.spec.kind === 'delay') {
				fault.hits++;
				decision.delayMs += fault.spec.ms;
			} else if (!decision.terminal) {
				fault.hits++;
				decision.terminal = fault.spec;
			}
		}
		return decision;
	}
}

function validateSchedule(spec: FaultSpec): void {
	for (const field of ['times', 'after', 'every'] as const) {
		const value = spec[field];
		if (value !== undefined && !(Number.isInteger(value) && value >= (field === 'after' ? 0 : 1))) {
			throw new RangeError(
				`fault ${field} must be a ${field === 'after' ? 'non-negative' : 'positive'} integer`,
			);
		}
	}
	if (spec.probability !== undefined && !(spec.probability >= 0 && spec.probability <= 1)) {
		throw new RangeError('fault probability must be between 0 and 1');
	}
	if (spec.kind === 'delay' && !(spec.ms >= 0)) throw new RangeError('delay ms must be >= 0');
}
