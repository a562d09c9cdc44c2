/**
 * SOQL literals: quoted strings with their escapes, LIKE patterns, date and datetime literals, and
 * the relative date literals (TODAY, LAST_N_DAYS:n, THIS_MONTH...) as [start, end) ranges in UTC
 * (the fake org's time zone is UTC; weeks start on Sunday; the fiscal year is the calendar year).
 */

const DAY = 86_400_000;

const SIMPLE_ESCAPES: Record<string, string> = {
	n: '\n',
	r: '\r',
	t: '\t',
	b: '\b',
	f: '\f',
	'"': '"',
	"'": "'",
	'\\': '\\',
	'%': '%',
	_: '_',
};

/** `'O\'Brien'` -> `O'Brien`; undefined when an escape is not valid SOQL. */
export function unquote(raw: string): string | undefined {
	const body = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1) : raw;
	let out = '';
	for (let i = 0; i < body.length; i++) {
		const ch = body[i];
		if (ch !== '\\') {
			out += ch;
			continue;
		}
		const next = body[++i];
		if (next === 'u') {
			const hex = body.slice(i + 1, i + 5);
			if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
			out += String.fromCharCode(parseInt(hex, 16));
			i += 4;
		} else if (next !== undefined && next in SIMPLE_ESCAPES) {
			out += SIMPLE_ESCAPES[next];
		} else {
			return undefined;
		}
	}
	return out;
}

/** A LIKE pattern as a case-insensitive RegExp: `%` any run, `_` one character, `\%` `\_` literal. */
export function likeRegExp(raw: string): RegExp | undefined {
	const body = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1) : raw;
	let source = '';
	for (let i = 0; i < body.length; i++) {
		const ch = body[i];
		if (ch === '%') source += '[\\s\\S]*';
		else if (ch === '_') source += '[\\s\\S]';
		else if (ch === '\\') {
			const next = body[i + 1];
			if (next === 'u') {
				const hex = body.slice(i + 2, i + 6);
				if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
				source += escapeRegExp(String.fromCharCode(parseInt(hex, 16)));
				i += 5;
			} else if (next !== undefined && next in SIMPLE_ESCAPES) {
				source += escapeRegExp(SIMPLE_ESCAPES[next]);
				i += 1;
			} else return undefined;
		} else source += escapeRegExp(ch);
	}
	return new RegExp(`^${source}$`, 'i');
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(Z|[+-]\d{2}:?\d{2})$/;

/** `2024-01-01T00:00:00Z`, `...000+0000`, `...+01:00` -> epoch ms; NaN when malformed. */
export function parseDateTimeLiteral(text: string): number {
	const m = DATETIME_RE.exec(text);
	if (!m) return NaN;
	const [, y, mo, d, h, mi, s, ms, zone] = m;
	let t = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, ms ? Number(ms.padEnd(3, '0')) : 0);
	if (zone !== 'Z') {
		const sign = zone[0] === '-' ? -1 : 1;
		const digits = zone.slice(1).replace(':', '');
		t -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
	}
	return t;
}

export function isValidDate(text: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) return false;
	const t = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
	return t.getUTCFullYear() === +m[1] && t.getUTCMonth() === +m[2] - 1 && t.getUTCDate() === +m[3];
}

export interface Range {
	start: number;
	end: number;
}

function startOfDay(ms: number): number {
	return Math.floor(ms / DAY) * DAY;
}

function startOfWeek(ms: number): number {
	const day = startOfDay(ms);
	return day - new Date(day).getUTCDay() * DAY;
}

function monthStart(ms: number, addMonths = 0): number {
	const d = new Date(ms);
	return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + addMonths, 1);
}

function quarterStart(ms: number, addQuarters = 0): number {
	const d = new Date(ms);
	return Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3 + addQuarters * 3, 1);
}

function yearStart(ms: number, addYears = 0): number {
	return Date.UTC(new Date(ms).getUTCFullYear() + addYears, 0, 1);
}

type Unit = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

/** Start of the unit containing `now`, shifted by `k` units. */
function unitStart(unit: Unit, now: number, k: number): number {
	switch (unit) {
		case 'DAY':
			return startOfDay(now) + k * DAY;
		case 'WEEK':
			return startOfWeek(now) + k * 7 * DAY;
		case 'MONTH':
			return monthStart(now, k);
		case 'QUARTER':
			return quarterStart(now, k);
		case 'YEAR':
			return yearStart(now, k);
	}
}

const FIXED: Record<string, (now: number) => Range> = {
	YESTERDAY: (now) => ({ start: unitStart('DAY', now, -1), end: unitStart('DAY', now, 0) }),
	TODAY: (now) => ({ start: unitStart('DAY', now, 0), end: unitStart('DAY', now, 1) }),
	TOMORROW: (now) => ({ start: unitStart('DAY', now, 1), end: unitStart('DAY', now, 2) }),
	LAST_90_DAYS: (now) => ({ start: unitStart('DAY', now, -90), end: unitStart('DAY', now, 1) }),
	NEXT_90_DAYS: (now) => ({ start: unitStart('DAY', now, 1), end: unitStart('DAY', now, 91) }),
};
for (const [name, unit] of [
	['WEEK', 'WEEK'],
	['MONTH', 'MONTH'],
	['QUARTER', 'QUARTER'],
	['YEAR', 'YEAR'],
	['FISCAL_QUARTER', 'QUARTER'],
	['FISCAL_YEAR', 'YEAR'],
] as const) {
	FIXED[`LAST_${name}`] = (now) => ({ start: unitStart(unit, now, -1), end: unitStart(unit, now, 0) });
	FIXED[`THIS_${name}`] = (now) => ({ start: unitStart(unit, now, 0), end: unitStart(unit, now, 1) });
	FIXED[`NEXT_${name}`] = (now) => ({ start: unitStart(unit, now, 1), end: unitStart(unit, now, 2) });
}

const N_UNITS: Record<string, Unit> = {
	DAYS: 'DAY',
	WEEKS: 'WEEK',
	MONTHS: 'MONTH',
	QUARTERS: 'QUARTER',
	YEARS: 'YEAR',
	FISCAL_QUARTERS: 'QUARTER',
	FISCAL_YEARS: 'YEAR',
};

/**
 * The range a relative date literal covers at `now`; undefined for an unknown literal.
 * LAST_N_DAYS:n includes today; NEXT_N_DAYS:n starts tomorrow; N_DAYS_AGO:n is one day.
 */
export function dateLiteralRange(literal: string, now: number): Range | undefined {
	const upper = literal.toUpperCase();
	const [name, nText] = upper.split(':');
	if (nText === undefined) return FIXED[name]?.(now);
	const n = Number(nText);
	if (!Number.isInteger(n) || n < 0) return undefined;
	const m = /^(LAST|NEXT)_N_(\w+)$|^N_(\w+)_AGO$/.exec(name);
	if (!m) return undefined;
	const unit = N_UNITS[m[2] ?? m[3]];
	if (!unit) return undefined;
	if (m[1] === 'LAST') {
		return unit === 'DAY'
			? { start: unitStart('DAY', now, -n), end: unitStart('DAY', now, 1) }
			: { start: unitStart(unit, now, -n), end: unitStart(unit, now, 0) };
	}
	if (m[1] === 'NEXT') return { start: unitStart(unit, now, 1), end: unitStart(unit, now, 1 + n) };
	return { start: unitStart(unit, now, -n), end: unitStart(unit, now, -n + 1) };
}

/** `2024-03-01` of an epoch ms. */
export function dateText(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}
