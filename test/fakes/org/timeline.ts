/**
 * CreatedDate, LastModifiedDate and SystemModstamp of every record, computed from its index alone.
 *
 * - CreatedDate grows with the index (as Salesforce ids do): record i of n is created inside the
 *   i-th of n equal slices of the history window [now - historyDays, now - 1 day].
 * - Records are grouped by index into groups of `sharedTimestampEvery` consecutive records. A group
 *   is "clustered" with probability `sharedTimestampRate` (decided by hashing the group number):
 *   every record in it gets exactly the same SystemModstamp, as after a bulk update. In a
 *   'bulkUpdate' group LastModifiedDate equals that SystemModstamp too; in a 'systemRecalc' group
 *   (a system process touched the records) each record keeps its own, earlier LastModifiedDate.
 *   A quarter of the clustered groups land exactly on a month boundary (00:00:00 on the 1st).
 * - Everything else: 35% never modified after creation; the rest modified some time later;
 *   10% of records also have SystemModstamp a few seconds to an hour after LastModifiedDate.
 * Always CreatedDate <= LastModifiedDate <= SystemModstamp <= now, all in whole seconds.
 */
import { unitHash } from './random';
import type { ModstampGroup, RecordStamps } from './types';

export const DAY = 86_400;

export interface TimelineOptions {
	/** Epoch seconds of "now": nothing is created or modified later. */
	now: number;
	historyDays: number;
	sharedTimestampEvery: number;
	sharedTimestampRate: number;
}

const SALT_CREATED = 0x1c4ea7ed;
const SALT_MODIFIED = 0x30d1f1ed;
const SALT_MODSTAMP = 0x5a3b0000;
const SALT_GROUP = 0x6a0be000;
const SALT_GROUP_DELAY = 0x6a0be001;
const SALT_GROUP_MODE = 0x6a0be002;

const PAD2 = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

/** `YYYY-MM-DD` of a day number (days since 1970-01-01), without Date (Hinnant's civil_from_days). */
function civilDate(days: number): string {
	const z = days + 719_468;
	const era = Math.floor(z / 146_097);
	const doe = z - era * 146_097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
	return `${String(year).padStart(4, '0')}-${PAD2[month]}-${PAD2[day]}`;
}

/** `2024-03-01T12:34:56.000+0000`, the way Salesforce's REST API prints a datetime (whole seconds). */
export function sfDateTime(epochSeconds: number): string {
	const seconds = Math.floor(epochSeconds);
	const days = Math.floor(seconds / DAY);
	const t = seconds - days * DAY;
	const h = Math.floor(t / 3600);
	const m = Math.floor((t - h * 3600) / 60);
	return `${civilDate(days)}T${PAD2[h]}:${PAD2[m]}:${PAD2[t - h * 3600 - m * 60]}.000+0000`;
}

/** `2024-03-01`. */
export function sfDate(epochSeconds: number): string {
	return civilDate(Math.floor(epochSeconds / DAY));
}

/** Epoch seconds of a `YYYY-MM-DD` date at midnight UTC. */
export function dateToEpoch(date: string): number {
	return Date.parse(`${date}T00:00:00Z`) / 1000;
}

export function startOfNextMonth(epochSeconds: number): number {
	const d = new Date(epochSeconds * 1000);
	return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 1000;
}

export class Timeline {
	private readonly start: number;
	private readonly span: number;

	constructor(
		private readonly seed: number,
		private readonly options: TimelineOptions,
	) {
		this.start = options.now - options.historyDays * DAY;
		this.span = options.now - DAY - this.start;
	}

	get now(): number {
		return this.options.now;
	}

	/** Seconds between two consecutive records' creation slices. */
	private step(count: number): number {
		return this.span / Math.max(count, 1);
	}

	created(salt: number, count: number, index: number): number {
		const u = unitHash(this.seed, salt ^ SALT_CREATED, index);
		return Math.floor(this.start + (index + u) * this.step(count));
	}

	group(salt: number, count: number, index: number): ModstampGroup & { stamp: number | null } {
		const size = Math.max(1, Math.floor(this.options.sharedTimestampEvery));
		const g = Math.floor(index / size);
		const first = g * size;
		const last = Math.min(first + size, Math.max(count, index + 1)) - 1;
		const clustered = size > 1 && unitHash(this.seed, salt ^ SALT_GROUP, g) < this.options.sharedTimestampRate;
		if (!clustered) return { first, last, clustered: false, mode: null, SystemModstamp: null, stamp: null };
		// No member can be created after the end of the group's last creation slice.
		const latestCreation = Math.ceil(this.start + (last + 1) * this.step(count));
		let stamp = latestCreation + 60 + Math.floor(unitHash(this.seed, salt ^ SALT_GROUP_DELAY, g) * 14 * DAY);
		const modeRoll = unitHash(this.seed, salt ^ SALT_GROUP_MODE, g);
		if (modeRoll < 0.25) stamp = startOfNextMonth(stamp);
		stamp = Math.min(stamp, this.options.now);
		const mode = modeRoll < 0.65 ? 'bulkUpdate' : 'systemRecalc';
		return { first, last, clustered: true, mode, SystemModstamp: sfDateTime(stamp), stamp };
	}

	stamps(salt: number, count: number, index: number): RecordStamps {
		const now = this.options.now;
		const created = this.created(salt, count, index);
		const group = this.group(salt, count, index);
		const u = unitHash(this.seed, salt ^ SALT_MODIFIED, index);
		if (group.stamp !== null) {
			const lastModified = group.mode === 'bulkUpdate' ? group.stamp : created + Math.floor(u * (group.stamp - created));
			return { created, lastModified, modstamp: group.stamp };
		}
		let lastModified = created;
		if (u >= 0.35) lastModified = Math.min(now, created + Math.floor(((u - 0.35) / 0.65) ** 3 * (now - created)));
		const v = unitHash(this.seed, salt ^ SALT_MODSTAMP, index);
		const modstamp = v < 0.1 ? Math.min(now, lastModified + 1 + Math.floor(v * 36_000)) : lastModified;
		return { created, lastModified, modstamp };
	}
}
