// Pure mapping from the model's flows to the sound layer: knocks per second for calcium into bone, ticks per second into the artery wall, chimes as Glu becomes Gla.
import { defaultInputs, steadyState, type Snapshot } from '$lib/model';

/** The reference: the default adult's steady state (model-reference.md), heard at the reference rates below. */
const reference = steadyState(defaultInputs());

/** Knocks a second when calcium enters bone at the reference adult's formation rate (~500 mg/day). */
export const BONE_REFERENCE_PER_SECOND = 3;
/** Ticks a second when calcium enters the artery wall at the reference adult's deposition rate. */
export const ARTERY_REFERENCE_PER_SECOND = 3;
/** Ceilings: lively with full motion, calm with reduced motion. */
export const MAX_PER_SECOND = 12;
export const MAX_PER_SECOND_REDUCED = 4;
/** Net bone balance (mg/day) per semitone the bone knock is raised (gaining) or lowered (losing); ±6 at most. */
export const MG_PER_DAY_PER_SEMITONE = 20;
/** One chime for each percentage point that carboxylated MGP plus osteocalcin rise. */
export const CHIME_EVERY_PERCENTAGE_POINTS = 1;
/** At most this many chimes per update, so a jump (warfarin off) is a short flourish, not a storm. */
export const MAX_CHIMES_PER_UPDATE = 2;

export interface FlowSound {
	bonePerSecond: number;
	arteryPerSecond: number;
	/** Pitch of the bone knock relative to its base, in semitones: up while bone gains, down while it loses. */
	boneSemitones: number;
}

const clamp = (value: number, low: number, high: number) =>
	Number.isFinite(value) ? Math.min(high, Math.max(low, value)) : low;

/** Rates in proportion to the model's flows (mg/day), capped; with reduced motion the cap is lower. */
export function flowSound(snapshot: Snapshot, reduced = false): FlowSound {
	const ceiling = reduced ? MAX_PER_SECOND_REDUCED : MAX_PER_SECOND;
	return {
		bonePerSecond: clamp(
			(BONE_REFERENCE_PER_SECOND * snapshot.boneFormationMgPerDay) /
				reference.boneFormationMgPerDay,
			0,
			ceiling
		),
		arteryPerSecond: clamp(
			(ARTERY_REFERENCE_PER_SECOND * snapshot.arterialDepositionMgPerDay) /
				reference.arterialDepositionMgPerDay,
			0,
			ceiling
		),
		boneSemitones: clamp(snapshot.netBoneBalanceMgPerDay / MG_PER_DAY_PER_SEMITONE, -6, 6)
	};
}

/**
 * Chimes due as carboxylation rises from `previous` to `now` (falls are silent), with the fraction of a chime
 * carried over: returns how many to play now and the new carry (percentage points).
 */
export function glaChimes(
	previous: Snapshot,
	now: Snapshot,
	carry = 0
): { chimes: number; carry: number } {
	const risePoints =
		(now.carboxylatedMgpFraction -
			previous.carboxylatedMgpFraction +
			now.carboxylatedOsteocalcinFraction -
			previous.carboxylatedOsteocalcinFraction) *
		100;
	const total = Math.max(0, carry + (Number.isFinite(risePoints) ? risePoints : 0));
	const due = Math.floor(total / CHIME_EVERY_PERCENTAGE_POINTS);
	const chimes = Math.min(MAX_CHIMES_PER_UPDATE, due);
	return { chimes, carry: due > chimes ? 0 : total - due * CHIME_EVERY_PERCENTAGE_POINTS };
}

/** Advances a rhythm's phase by `seconds` at `perSecond`: how many events fall due, and the phase left over (0–1). */
export function eventsDue(
	phase: number,
	perSecond: number,
	seconds: number
): { events: number; phase: number } {
	const next = phase + Math.max(0, perSecond) * Math.max(0, seconds);
	const events = Math.floor(next);
	return { events, phase: next - events };
}
