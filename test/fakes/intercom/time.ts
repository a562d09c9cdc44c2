/** Intercom speaks Unix seconds everywhere; the fake's clock speaks milliseconds. */
export const DAY_SECONDS = 86_400;

export function toSeconds(ms: number): number {
	return Math.floor(ms / 1000);
}

/** Midnight UTC of the day holding `seconds` (the fake's "workspace time zone" is UTC). */
export function utcDayStart(seconds: number): number {
	return Math.floor(seconds / DAY_SECONDS) * DAY_SECONDS;
}
