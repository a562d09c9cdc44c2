/** What every object generator may ask of the org it belongs to. */
import type { Rng } from './random';
import type { AnomalyKind, ObjectName, OrgCounts, RecordStamps, SfRecord } from './types';

/**
 * Independent random streams of one record: values drawn from one never shift another. (Which
 * record points at which comes from ctx.unit, one hash per decision: see references.ts.)
 */
export const Stream = {
	/** Ordinary field values. */
	Fields: 0,
	/** Name, email, company: what other records copy or derive from. */
	Identity: 1,
	/** A second identity value (a Lead's company). */
	Company: 2,
} as const;
export type Stream = (typeof Stream)[keyof typeof Stream];

export interface OrgContext {
	readonly counts: Readonly<OrgCounts>;
	/** Epoch seconds of the org's "now". */
	readonly nowSeconds: number;
	rng(object: ObjectName, index: number, stream: Stream): Rng;
	/** A uniform number in [0, 1) for (object, index, salt): for one-off decisions. */
	unit(object: ObjectName, index: number, salt: number): number;
	kindAt(object: ObjectName, index: number): AnomalyKind | null;
	idOf(object: ObjectName, index: number): string;
	/** Final timestamps (after boundaryDate adjustments). */
	stamps(object: ObjectName, index: number): RecordStamps;
	record(object: ObjectName, index: number): SfRecord;
}
