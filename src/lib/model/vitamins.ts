/**
 * Vitamin pools and carboxylation: serum 25(OH)D (sun, diet, supplements), serum MK-7, the carboxylated shares of
 * osteocalcin and MGP, and the liver branch (clotting factors, INR) under warfarin.
 */
import {
	DIET_K_DEPLETION_SCALE_MCG,
	INACTIVE_MGP_DEPLETION_MAX,
	INACTIVE_MGP_DIET,
	INACTIVE_MGP_HALF_EFFECT_DOSE_MCG,
	INACTIVE_MGP_MAX_REDUCTION,
	MK7_DIET_SERUM_NG_PER_ML,
	MK7_HALF_LIFE_DAYS,
	LIVER_HALF_SATURATION_MCG,
	LIVER_SUPPLY_FLOOR_MCG,
	MK7_SERUM_PER_DOSE_NG_PER_ML,
	SERUM_25OHD_DOSE_SCALE_IU,
	SERUM_25OHD_FLOOR_NMOL_L,
	SERUM_25OHD_RISE_NMOL_L,
	SUN_EQUIVALENT_IU,
	UCOC_RATIO_HALF_EFFECT_DOSE_MCG,
	UCOC_RATIO_DEPLETION_MAX,
	UCOC_RATIO_MAX_REDUCTION,
	UNDERCARBOXYLATED_OSTEOCALCIN_DIET,
	WARFARIN_DIET_VITAMIN_K_MCG,
	WARFARIN_EXTRAHEPATIC_HALF_DOSE_MCG,
	WARFARIN_EXTRAHEPATIC_RETAINED
} from './constants';
import type { SunExposure } from './parameters';

/** Rate constant of MK-7 elimination (per day), from its ~68 h half-life (Schurgers 2007). */
export const MK7_ELIMINATION_PER_DAY = Math.LN2 / MK7_HALF_LIFE_DAYS;

/** Vitamin D from food in the reference diet (IU/day): the fit below already contains it (IOM 2011, NHANES). */
const REFERENCE_DIET_VITAMIN_D_IU = 200;

/**
 * Steady-state serum 25(OH)D (nmol/L) for a D3 intake and a sun level: 8 + 127·(1 − e^(−(IU + sun)/3500)); with
 * moderate sun exactly 45 + 90·(1 − e^(−IU/3500)) (fit to Heaney 2003, Gallagher 2012). No sun and no D3: ~8 nmol/L.
 * Food vitamin D adds to the supplement relative to the reference diet (200 IU); the equivalent dose never falls below 0, so 8 stays the floor;
 * `skinSynthesis` scales the sun (≈ 0.5 over 70, MacLaughlin & Holick 1985).
 */
export function serum25OHDSteadyStateNmolL(
	d3IuPerDay: number,
	sunExposure: SunExposure = 'moderate',
	dietVitaminDIuPerDay = REFERENCE_DIET_VITAMIN_D_IU,
	skinSynthesis = 1
): number {
	const equivalentIu = Math.max(
		0,
		Math.max(0, d3IuPerDay) +
			Math.max(0, dietVitaminDIuPerDay) -
			REFERENCE_DIET_VITAMIN_D_IU +
			SUN_EQUIVALENT_IU[sunExposure] * Math.max(0, skinSynthesis)
	);
	return (
		SERUM_25OHD_FLOOR_NMOL_L +
		SERUM_25OHD_RISE_NMOL_L * (1 - Math.exp(-equivalentIu / SERUM_25OHD_DOSE_SCALE_IU))
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

/** Share of the way from the reference diet to no vitamin K at all (0–1) for a dose below the diet's (D < 0). */
function depletion(doseMcgPerDay: number): number {
	return Math.min(1, Math.max(0, -doseMcgPerDay / DIET_K_DEPLETION_SCALE_MCG));
}

/**
 * Fractional fall of inactive MGP (dp-ucMGP) at an effective MK-7 dose: 0.89·D/(D + 340) (fit to Dalmeijer 2012).
 * Below the reference diet (D < 0) it rises instead, linearly up to INACTIVE_MGP_DEPLETION_MAX (assumed).
 */
export function inactiveMgpReduction(doseMcgPerDay: number): number {
	if (doseMcgPerDay < 0) return -INACTIVE_MGP_DEPLETION_MAX * depletion(doseMcgPerDay);
	return (
		(INACTIVE_MGP_MAX_REDUCTION * doseMcgPerDay) /
		(doseMcgPerDay + INACTIVE_MGP_HALF_EFFECT_DOSE_MCG)
	);
}

/** Fractional fall of the ucOC/cOC ratio at an effective MK-7 dose: 0.97·D/(D + 110) (Dalmeijer 2012); below the diet it rises. */
export function ucOcRatioReduction(doseMcgPerDay: number): number {
	if (doseMcgPerDay < 0) return -UCOC_RATIO_DEPLETION_MAX * depletion(doseMcgPerDay);
	return (
		(UCOC_RATIO_MAX_REDUCTION * doseMcgPerDay) / (doseMcgPerDay + UCOC_RATIO_HALF_EFFECT_DOSE_MCG)
	);
}

/**
 * Share of bone and vessel carboxylation left on warfarin (1 off it). Warfarin blocks VKORC1; extra vitamin K partly
 * overcomes the block by the warfarin-insensitive route, but the liver takes it first (McCann & Ames 2009), so the
 * extrahepatic share rises only at high doses: 0.2 + 0.8·D²/(D² + 300²). Assumed shape.
 */
export function warfarinExtrahepaticRetained(doseMcgPerDay: number, warfarin: boolean): number {
	if (!warfarin) return 1;
	const dose = Math.max(0, doseMcgPerDay);
	const squared = dose * dose;
	const half = WARFARIN_EXTRAHEPATIC_HALF_DOSE_MCG * WARFARIN_EXTRAHEPATIC_HALF_DOSE_MCG;
	return (
		WARFARIN_EXTRAHEPATIC_RETAINED +
		(1 - WARFARIN_EXTRAHEPATIC_RETAINED) * (squared / (squared + half))
	);
}

/**
 * Carboxylated share of osteocalcin (0–1). With diet alone ~75% (undercarboxylated 20–30%, O'Connor 2007);
 * MK-7 lowers the ucOC/cOC ratio by the Dalmeijer 2012 fit; on warfarin it keeps the retained share.
 */
export function carboxylatedOsteocalcinFraction(doseMcgPerDay: number, warfarin: boolean): number {
	const dietRatio = UNDERCARBOXYLATED_OSTEOCALCIN_DIET / (1 - UNDERCARBOXYLATED_OSTEOCALCIN_DIET);
	const ratio = dietRatio * (1 - ucOcRatioReduction(doseMcgPerDay));
	return warfarinExtrahepaticRetained(doseMcgPerDay, warfarin) / (1 + ratio);
}

/**
 * Carboxylated share of MGP (0–1). With diet alone 60% (assumed); MK-7 lowers the inactive share by the
 * Dalmeijer 2012 fit; on warfarin it keeps the retained share.
 */
export function carboxylatedMgpFraction(doseMcgPerDay: number, warfarin: boolean): number {
	const inactive = Math.min(1, INACTIVE_MGP_DIET * (1 - inactiveMgpReduction(doseMcgPerDay)));
	const carboxylated = 1 - inactive;
	return carboxylated * warfarinExtrahepaticRetained(doseMcgPerDay, warfarin);
}

/**
 * Carboxylated share of the liver's clotting factors (0–1): 1 off warfarin (the liver is served first, McCann &
 * Ames 2009); on warfarin, vitamin K reaching the carboxylase by the insensitive route, (K_diet + D)/(K_diet + D + K_L),
 * fitted to Theuwissen 2013 (acenocoumarol).
 */
export function carboxylatedClottingFactorFraction(
	doseMcgPerDay: number,
	warfarin: boolean
): number {
	if (!warfarin) return 1;
	const supply = Math.max(LIVER_SUPPLY_FLOOR_MCG, WARFARIN_DIET_VITAMIN_K_MCG + doseMcgPerDay);
	return supply / (supply + LIVER_HALF_SATURATION_MCG);
}

/**
 * International normalised ratio: 1.0 off warfarin; on it, inversely proportional to the carboxylated clotting
 * factors (2.5 on the diet alone, the middle of the therapeutic 2–3). More vitamin K always lowers it.
 */
export function internationalNormalisedRatio(doseMcgPerDay: number, warfarin: boolean): number {
	return 1 / carboxylatedClottingFactorFraction(doseMcgPerDay, warfarin);
}
