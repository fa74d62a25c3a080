// Numbers, lists and durations for a given language, for sentences built outside the DOM (pure: the written-out number format, Intl.ListFormat and messages only).
import { m } from '$lib/paraglide/messages';
import { formatFixed } from '$lib/i18n/number-format';
import type { Locale } from '$lib/paraglide/runtime';

export type { Locale };

/** `value` with `digits` decimals in `locale`; a value that is not finite reads as a dash, never NaN. */
export function formatIn(locale: Locale, value: number, digits = 0, signed = false): string {
	if (!Number.isFinite(value)) return '—';
	return formatFixed(locale, value, digits, signed);
}

/** A 0–1 fraction as a whole percentage number, e.g. 0.254 → "25". */
export function percentIn(locale: Locale, fraction: number): string {
	return formatIn(locale, fraction * 100);
}

/** "a, b and c" (or "a, b y c") in `locale`. */
export function listIn(locale: Locale, items: string[]): string {
	return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

const DAYS_PER_WEEK = 7;
const DAYS_PER_MONTH = 365.25 / 12;
/** Below this a change reads "within a few days"; below 10 days it is counted in days, then weeks up to 9, then months. */
const WITHIN_DAYS = 4;

/** How long a change takes, in words: "within a few days", "over about 2 weeks", "over about 3 months". */
export function durationIn(locale: Locale, days: number | null): string {
	if (days === null || !(days >= WITHIN_DAYS)) return m.hear_within_days({}, { locale });
	if (days < 10) return m.hear_over_days({ count: formatIn(locale, Math.round(days)) }, { locale });
	if (days < 9 * DAYS_PER_WEEK)
		return m.hear_over_weeks(
			{ count: formatIn(locale, Math.max(2, Math.round(days / DAYS_PER_WEEK))) },
			{ locale }
		);
	return m.hear_over_months(
		{ count: formatIn(locale, Math.max(2, Math.round(days / DAYS_PER_MONTH))) },
		{ locale }
	);
}
