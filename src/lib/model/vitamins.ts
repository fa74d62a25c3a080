/** Vitamin pools and carboxylation: serum 25(OH)D, serum MK-7, and the carboxylated shares of osteocalcin and MGP. */
import {
	INACTIVE_MGP_DIET,
	INACTIVE_MGP_HALF_EFFECT_DOSE_MCG,
	INACTIVE_MGP_MAX_REDUCTION,
	MK7_DIET_SERUM_NG_PER_ML,
	MK7_HALF_LIFE_DAYS,
	MK7_SERUM_PER_DOSE_NG_PER_ML,
	SERUM_25OHD_BASE_NMOL_L,
	SERUM_25OHD_DOSE_SCALE_IU,
	SERUM_25OHD_RISE_NMOL_L,
	UCOC_RATIO_HALF_EFFECT_DOSE_MCG,
	UCOC_RATIO_MAX_REDUCTION,
	UNDERCARBOXYLATED_OSTEOCALCIN_DIET,
	VITAMIN_D_ABSORPTION_HALF_SATURATION_NMOL_L,
	WARFARIN_CARBOXYLATION_RETAINED
} from './constants';

/** Rate constant of MK-7 elimination (per day), from its ~68 h half-life (Schurgers 2007). */
export const MK7_ELIMINATION_PER_DAY = Math.LN2 / MK7_HALF_LIFE_DAYS;

/** Steady-state serum 25(OH)D for a D3 intake: 45 + 90·(1 − e^(−IU/3500)) nmol/L (fit to Heaney 2003, Gallagher 2012). */
export function serum25OHDSteadyStateNmolL(d3IuPerDay: number): number {
	return (
		SERUM_25OHD_BASE_NMOL_L +
		SERUM_25OHD_RISE_NMOL_L * (1 - Math.exp(-Math.max(0, d3IuPerDay) / SERUM_25OHD_DOSE_SCALE_IU))
	);
}

/** Steady-state serum MK-7 (ng/mL): diet (~0.4, Kaneki 2001) plus a linear rise with the supplement. */
export function mk7SerumSteadyStateNgPerMl(k2McgPerDay: number): number {
	return MK7_DIET_SERUM_NG_PER_ML + MK7_SERUM_PER_DOSE_NG_PER_ML * Math.max(0, k2McgPerDay);
}

/** Exact first-order relaxation of `current` toward `target` over `dtDays` with the given time constant. */
export function relaxToward(
	current: number,
	target: number,
	dtDays: number,
	timeConstantDays: number
): number {
	return target + (current - target) * Math.exp(-dtDays / timeConstantDays);
}

/** The MK-7 dose (µg/day) whose steady state equals the current serum MK-7: the "effective dose" the Emax fits take. */
export function effectiveMk7DoseMcgPerDay(mk7SerumNgPerMl: number): number {
	return Math.max(0, (mk7SerumNgPerMl - MK7_DIET_SERUM_NG_PER_ML) / MK7_SERUM_PER_DOSE_NG_PER_ML);
}

/** Fractional fall of inactive MGP (dp-ucMGP) at an effective MK-7 dose: 0.89·D/(D + 340) (fit to Dalmeijer 2012). */
export function inactiveMgpReduction(doseMcgPerDay: number): number {
	return (
		(INACTIVE_MGP_MAX_REDUCTION * doseMcgPerDay) /
		(doseMcgPerDay + INACTIVE_MGP_HALF_EFFECT_DOSE_MCG)
	);
}

/** Fractional fall of the ucOC/cOC ratio at an effective MK-7 dose: 0.97·D/(D + 110) (fit to Dalmeijer 2012). */
export function ucOcRatioReduction(doseMcgPerDay: number): number {
	return (
		(UCOC_RATIO_MAX_REDUCTION * doseMcgPerDay) / (doseMcgPerDay + UCOC_RATIO_HALF_EFFECT_DOSE_MCG)
	);
}

/**
 * Carboxylated share of osteocalcin (0–1). With diet alone ~75% (undercarboxylated 20–30%, O'Connor 2007);
 * MK-7 lowers the ucOC/cOC ratio by the Dalmeijer 2012 fit; warfarin leaves a low floor (assumed 20% of normal).
 */
export function carboxylatedOsteocalcinFraction(doseMcgPerDay: number, warfarin: boolean): number {
	const dietRatio = UNDERCARBOXYLATED_OSTEOCALCIN_DIET / (1 - UNDERCARBOXYLATED_OSTEOCALCIN_DIET);
	const ratio = dietRatio * (1 - ucOcRatioReduction(doseMcgPerDay));
	const carboxylated = 1 / (1 + ratio);
	return warfarin ? carboxylated * WARFARIN_CARBOXYLATION_RETAINED : carboxylated;
}

/**
 * Carboxylated share of MGP (0–1). With diet alone 60% (assumed); MK-7 lowers the inactive share by the
 * Dalmeijer 2012 fit; warfarin leaves a low floor (assumed 20% of normal).
 */
export function carboxylatedMgpFraction(doseMcgPerDay: number, warfarin: boolean): number {
	const carboxylated = 1 - INACTIVE_MGP_DIET * (1 - inactiveMgpReduction(doseMcgPerDay));
	return warfarin ? carboxylated * WARFARIN_CARBOXYLATION_RETAINED : carboxylated;
}

/**
 * How much 25(OH)D enables active calcium absorption (0–1): S/(S + 20 nmol/L) (VITAMIN_D_ABSORPTION_HALF_SATURATION_NMOL_L). Steep only in deep deficiency
 * (Need 2008), small gains when replete (Hansen 2008; Aloia 2014).
 */
export function vitaminDAbsorptionFactor(serum25OHDNmolL: number): number {
	const serum = Math.max(0, serum25OHDNmolL);
	return serum / (serum + VITAMIN_D_ABSORPTION_HALF_SATURATION_NMOL_L);
}
