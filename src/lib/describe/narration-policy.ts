// When the running clock may speak: once per simulated year, or on a meaningful change, never more often than every few real seconds.
import type { Snapshot } from '$lib/model';
import { DAYS_PER_YEAR } from '$lib/model/constants';

/** No two running summaries closer than this (real seconds): a calm pace a listener can follow. */
export const MIN_SECONDS_BETWEEN_SUMMARIES = 8;
/** A carboxylated share moving this much (0–1) since the last summary is worth saying mid-year. */
export const MEANINGFUL_FRACTION_CHANGE = 0.05;

export type SummaryKind = 'year' | 'progress' | null;

/**
 * Which summary is due now, if any. `last` is the snapshot at the previous summary (or when the clock started),
 * `secondsSinceLast` the real time since anything was spoken.
 */
export function summaryDue(last: Snapshot, now: Snapshot, secondsSinceLast: number): SummaryKind {
	if (secondsSinceLast < MIN_SECONDS_BETWEEN_SUMMARIES) return null;
	if (Math.floor(now.day / DAYS_PER_YEAR) > Math.floor(last.day / DAYS_PER_YEAR)) return 'year';
	const moved =
		Math.abs(now.carboxylatedMgpFraction - last.carboxylatedMgpFraction) >=
			MEANINGFUL_FRACTION_CHANGE ||
		Math.abs(now.carboxylatedOsteocalcinFraction - last.carboxylatedOsteocalcinFraction) >=
			MEANINGFUL_FRACTION_CHANGE;
	return moved ? 'progress' : null;
}
