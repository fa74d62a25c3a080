// Sentences about the run as a whole: the calm summary while the clock runs, "what changed since the start?" and the comparison with a pinned run.
import type { Snapshot } from '$lib/model';
import type { ModelInputs } from '$lib/model/parameters';
import { m } from '$lib/paraglide/messages';
import { calendarParts } from '$lib/sim/time-format';
import { boneClause, inputChanges, relativeDirection } from './clauses';
import { formatIn, listIn, percentIn, type Locale } from './locale-format';

/** A run and the inputs it ran with: the current run, its start, or a pinned run. */
export interface RunPoint {
	snapshot: Snapshot;
	inputs: ModelInputs;
}

/** Model time as the time counter says it: "year 1, month 2, day 3". */
export function timeIn(locale: Locale, day: number): string {
	const parts = calendarParts(day);
	return m.time_counter(
		{
			years: formatIn(locale, parts.years),
			months: formatIn(locale, parts.months),
			days: formatIn(locale, parts.days)
		},
		{ locale }
	);
}

const bone = (locale: Locale, snapshot: Snapshot) =>
	formatIn(locale, snapshot.boneMineralChangePct, 2, true);
const artery = (locale: Locale, snapshot: Snapshot) =>
	formatIn(locale, snapshot.arterialCalciumIndex, 2);

/** The calm summary at the end of a simulated year: outcomes since the start and where bone is heading. */
export function describeYear(locale: Locale, year: number, now: Snapshot): string {
	return m.hear_year_summary(
		{
			year: formatIn(locale, year),
			bone: bone(locale, now),
			artery: artery(locale, now),
			boneTrend: boneClause(locale, now)
		},
		{ locale }
	);
}

/** The calm summary after a meaningful change mid-year: time, the active proteins, where bone is heading. */
export function describeProgress(locale: Locale, now: Snapshot): string {
	const time = timeIn(locale, now.day);
	return m.hear_progress_summary(
		{
			time: time.charAt(0).toLocaleUpperCase(locale) + time.slice(1),
			mgp: percentIn(locale, now.carboxylatedMgpFraction),
			oc: percentIn(locale, now.carboxylatedOsteocalcinFraction),
			boneTrend: boneClause(locale, now)
		},
		{ locale }
	);
}

/** Spoken when the clock is paused after running: where the run stopped and what it shows. */
export function describePause(locale: Locale, now: Snapshot): string {
	return m.hear_paused(
		{
			time: timeIn(locale, now.day),
			bone: bone(locale, now),
			artery: artery(locale, now),
			boneTrend: boneClause(locale, now)
		},
		{ locale }
	);
}

/** "What changed since the start?": time and outcomes, the inputs changed, and the proteins then and now. */
export function describeSinceStart(locale: Locale, start: RunPoint, now: RunPoint): string {
	const changes = inputChanges(locale, start.inputs, now.inputs);
	if (now.snapshot.day <= 0 && changes.length === 0)
		return m.hear_since_start_nothing({}, { locale });
	const sentences = [
		m.hear_since_start_time(
			{
				time: timeIn(locale, now.snapshot.day),
				bone: bone(locale, now.snapshot),
				artery: artery(locale, now.snapshot)
			},
			{ locale }
		)
	];
	if (changes.length > 0)
		sentences.push(m.hear_since_start_inputs({ changes: listIn(locale, changes) }, { locale }));
	sentences.push(
		m.hear_since_start_proteins(
			{
				mgpFrom: percentIn(locale, start.snapshot.carboxylatedMgpFraction),
				mgpTo: percentIn(locale, now.snapshot.carboxylatedMgpFraction),
				ocFrom: percentIn(locale, start.snapshot.carboxylatedOsteocalcinFraction),
				ocTo: percentIn(locale, now.snapshot.carboxylatedOsteocalcinFraction),
				boneTrend: boneClause(locale, now.snapshot)
			},
			{ locale }
		)
	);
	return sentences.join(' ');
}

/** "Compare with the pinned run": outcomes side by side, MGP and artery flow, and which inputs differ. No reference: say how to make one. */
export function describeComparison(locale: Locale, now: RunPoint, reference?: RunPoint): string {
	if (!reference)
		return m.hear_compare_none({ pinButton: m.compare_pin({}, { locale }) }, { locale });
	const here = now.snapshot;
	const pinned = reference.snapshot;
	const direction = relativeDirection(
		pinned.arterialDepositionMgPerDay,
		here.arterialDepositionMgPerDay
	);
	const arteryClause =
		direction < 0
			? m.hear_compare_artery_less({}, { locale })
			: direction > 0
				? m.hear_compare_artery_more({}, { locale })
				: m.hear_compare_artery_same({}, { locale });
	const changes = inputChanges(locale, reference.inputs, now.inputs);
	return [
		m.hear_compare_outcomes(
			{
				bone: bone(locale, here),
				pinnedBone: bone(locale, pinned),
				artery: artery(locale, here),
				pinnedArtery: artery(locale, pinned)
			},
			{ locale }
		),
		m.hear_compare_proteins(
			{
				mgp: percentIn(locale, here.carboxylatedMgpFraction),
				pinnedMgp: percentIn(locale, pinned.carboxylatedMgpFraction),
				arteryClause
			},
			{ locale }
		),
		changes.length > 0
			? m.hear_compare_inputs({ changes: listIn(locale, changes) }, { locale })
			: m.hear_compare_same_inputs({}, { locale })
	].join(' ');
}
