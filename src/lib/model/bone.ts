/**
 * Bone remodelling with a remodelling space (Heaney 1994): resorption happens now, refilling months later, so a
 * change in remodelling rate shifts bone once and then levels off; only a per-site deficit (menopause, very high
 * vitamin D, and the hypothetical osteocalcin link) makes loss progressive.
 */
import type { AssumptionValues } from './assumptions';
import {
	BONE_CALCIUM_ADULT_MG,
	BONE_TURNOVER_MG_PER_DAY,
	BURT_HIGH_DOSE_SERUM_NMOL_L,
	DAYS_PER_YEAR,
	HIGH_VITAMIN_D_THRESHOLD_NMOL_L,
	MENOPAUSE_ACTIVATION,
	MENOPAUSE_EARLY_DEFICIT,
	MENOPAUSE_LATE_DEFICIT,
	MENOPAUSE_TRANSITION_WIDTH_YEARS,
	MENOPAUSE_TRANSITION_YEARS,
	PTH_REFERENCE_PG_ML
} from './constants';
import { lifeStagePhysiology } from './life-course';
import type { LifeStage } from './parameters';

/** mg/day of bone per %/year (of the reference skeleton). */
const MG_PER_DAY_PER_PCT_PER_YEAR = BONE_CALCIUM_ADULT_MG / 100 / DAYS_PER_YEAR;

/** Activation of remodelling from life stage (1 in the adult; higher after menopause and over 70: life-course.ts). */
export function lifeStageActivation(lifeStage: LifeStage): number {
	return lifeStagePhysiology(lifeStage).activation;
}

/** Share of each resorbed site not refilled, from life stage: 0 in the adult; after menopause early then late (SWAN); over 70 slow loss. */
export function lifeStageDeficit(lifeStage: LifeStage, daysSinceMenopause: number): number {
	if (lifeStage !== 'postmenopausal') return lifeStagePhysiology(lifeStage).deficit;
	const years = daysSinceMenopause / DAYS_PER_YEAR;
	const early =
		1 / (1 + Math.exp((years - MENOPAUSE_TRANSITION_YEARS) / MENOPAUSE_TRANSITION_WIDTH_YEARS));
	return MENOPAUSE_LATE_DEFICIT + (MENOPAUSE_EARLY_DEFICIT - MENOPAUSE_LATE_DEFICIT) * early;
}

/** Per-site deficit from very high 25(OH)D (Burt 2019), zero up to 100 nmol/L and rising linearly above. */
export function highVitaminDDeficit(serum25OHDNmolL: number, lossPctPerYearAt144: number): number {
	const excess = Math.max(0, serum25OHDNmolL - HIGH_VITAMIN_D_THRESHOLD_NMOL_L);
	const share = excess / (BURT_HIGH_DOSE_SERUM_NMOL_L - HIGH_VITAMIN_D_THRESHOLD_NMOL_L);
	return (share * lossPctPerYearAt144 * MG_PER_DAY_PER_PCT_PER_YEAR) / BONE_TURNOVER_MG_PER_DAY;
}

/**
 * Share of each resorbed site refilled (≤ 1). The hypothetical osteocalcin link (`osteocalcinShift`: +1 at the
 * 180 µg/day trial dose, −1 on warfarin) slows or speeds loss only while there is loss to change, by at most the
 * assumed %/year at late-postmenopausal turnover (Knapen 2013 vs the null trials; Mott 2019).
 */
export function refillShare(
	baseDeficit: number,
	osteocalcinShift: number,
	assumption: AssumptionValues
): number {
	const presence = Math.min(1, baseDeficit / MENOPAUSE_LATE_DEFICIT);
	const k2 =
		(assumption.k2BonePctPerYear * MG_PER_DAY_PER_PCT_PER_YEAR) /
		(BONE_TURNOVER_MG_PER_DAY * MENOPAUSE_ACTIVATION);
	const shift = Math.max(-1, Math.min(1, osteocalcinShift));
	return 1 - Math.max(0, baseDeficit - k2 * shift * presence);
}

/** Resorption (mg/day): turnover × life-stage activation × PTH^γ (γ uncertain: sets calcium's one-off bone shift). */
export function resorptionMgPerDay(lifeStage: LifeStage, pth: number, exponent: number): number {
	return (
		BONE_TURNOVER_MG_PER_DAY *
		lifeStageActivation(lifeStage) *
		Math.pow(pth / PTH_REFERENCE_PG_ML, exponent)
	);
}
