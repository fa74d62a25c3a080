/** Rate laws of the calcium model (mg/day): one small pure function each, each citing its source. */
import {
	ACTIVE_ABSORPTION_HALF_SATURATION_MG_PER_DAY,
	ARTERIAL_CALCIUM_LOAD_SENSITIVITY,
	ARTERIAL_DEPOSITION_REFERENCE_MG_PER_DAY,
	BONE_TURNOVER_MG_PER_DAY,
	CALCITRIOL_ABSORPTION_EXPONENT,
	DAYS_PER_YEAR,
	ECF_CALCIUM_SET_POINT_MG,
	FRACTIONAL_ABSORPTION_MAX,
	GUT_SECRETION_MG_PER_DAY,
	HOMEOSTATIC_GAIN,
	MENOPAUSE_EARLY_EXCESS_RESORPTION_MG_PER_DAY,
	MENOPAUSE_LATE_EXCESS_RESORPTION_MG_PER_DAY,
	MENOPAUSE_TRANSITION_WIDTH_YEARS,
	MENOPAUSE_TRANSITION_YEARS,
	OSTEOCALCIN_FORMATION_WEIGHT,
	PASSIVE_ABSORPTION_FRACTION,
	PLASMA_CALCIUM_SET_POINT_MMOL_L,
	PTH_RESORPTION_EXPONENT,
	URINE_CALCIUM_SENSITIVITY
} from './constants';
import {
	ACTIVE_ABSORPTION_MAX_MG_PER_DAY,
	REFERENCE_CARBOXYLATED_MGP,
	REFERENCE_CARBOXYLATED_OSTEOCALCIN,
	REFERENCE_URINE_MG_PER_DAY
} from './calibration';
import type { LifeStage } from './parameters';
import { vitaminDAbsorptionFactor } from './vitamins';

/** Relative deviation of ECF calcium from its set point (0 at the set point). */
export function calciumDeviation(ecfCalciumMg: number): number {
	return ecfCalciumMg / ECF_CALCIUM_SET_POINT_MG - 1;
}

/** Plasma total calcium (mmol/L), proportional to ECF calcium: 2.35 at the set point (textbooks; Peterson & Riggs 2010). */
export function plasmaCalciumMmolL(ecfCalciumMg: number): number {
	return (PLASMA_CALCIUM_SET_POINT_MMOL_L * ecfCalciumMg) / ECF_CALCIUM_SET_POINT_MG;
}

/**
 * Homeostatic signal (PTH and calcitriol, lumped; 1 at the set point): rises steeply when calcium falls,
 * e^(−20·ε). PTH–calcium feedback (textbooks; Peterson & Riggs 2010 model it in far more detail).
 */
export function homeostaticSignal(ecfCalciumMg: number): number {
	return Math.exp(-HOMEOSTATIC_GAIN * calciumDeviation(ecfCalciumMg));
}

/**
 * Active (transcellular, saturable) share of the calcium passing through the gut that is absorbed: scaled by
 * 25(OH)D and by calcitriol (signal^0.5), saturating in the calcium load (Bronner 2003; IOM 2011; vitamin D
 * factor fitted to Need 2008, Hansen 2008, Aloia 2014).
 */
export function activeAbsorptionFraction(
	gutThroughputMgPerDay: number,
	serum25OHDNmolL: number,
	signal: number
): number {
	return (
		(ACTIVE_ABSORPTION_MAX_MG_PER_DAY *
			vitaminDAbsorptionFactor(serum25OHDNmolL) *
			Math.pow(signal, CALCITRIOL_ABSORPTION_EXPONENT)) /
		(Math.max(0, gutThroughputMgPerDay) + ACTIVE_ABSORPTION_HALF_SATURATION_MG_PER_DAY)
	);
}

/**
 * Fraction of the calcium passing through the gut that is absorbed (0–1): the active share plus a passive
 * paracellular share proportional to the load (Bronner 2003), capped at FRACTIONAL_ABSORPTION_MAX.
 */
export function fractionalAbsorption(
	gutThroughputMgPerDay: number,
	serum25OHDNmolL: number,
	signal: number
): number {
	const active = activeAbsorptionFraction(gutThroughputMgPerDay, serum25OHDNmolL, signal);
	return Math.min(FRACTIONAL_ABSORPTION_MAX, active + PASSIVE_ABSORPTION_FRACTION);
}

/** Calcium secreted into the gut with digestive juices (mg/day): ~120 at the set point, proportional to ECF calcium (IOM 2011 Table 5-2). */
export function secretionMgPerDay(ecfCalciumMg: number): number {
	return (GUT_SECRETION_MG_PER_DAY * ecfCalciumMg) / ECF_CALCIUM_SET_POINT_MG;
}

/**
 * Urinary calcium (mg/day): the kidney filters ~10 g/day and reabsorbs ~98%, so what escapes rises steeply
 * with the calcium load: U_ref·e^(15·ε), 100–200 mg/day at the set point (textbooks).
 */
export function urineMgPerDay(ecfCalciumMg: number): number {
	return (
		REFERENCE_URINE_MG_PER_DAY *
		Math.exp(URINE_CALCIUM_SENSITIVITY * calciumDeviation(ecfCalciumMg))
	);
}

/**
 * Bone formation (mg/day): ~500 in the adult (textbooks, 400–600), raised slightly by carboxylated
 * osteocalcin. The weight is small: trials found at most a fraction of a percent per year (Knapen 2013).
 */
export function boneFormationMgPerDay(carboxylatedOsteocalcin: number): number {
	const relative = carboxylatedOsteocalcin / REFERENCE_CARBOXYLATED_OSTEOCALCIN - 1;
	return BONE_TURNOVER_MG_PER_DAY * (1 + OSTEOCALCIN_FORMATION_WEIGHT * relative);
}

/**
 * Extra resorption after menopause (mg/day): high during the ~3-year transition (spine loss ~2.5%/year),
 * lower afterwards (~1%/year), joined by a smooth step (SWAN, Greendale 2012).
 */
export function menopauseExcessResorptionMgPerDay(daysSinceMenopause: number): number {
	const years = daysSinceMenopause / DAYS_PER_YEAR;
	const early =
		1 / (1 + Math.exp((years - MENOPAUSE_TRANSITION_YEARS) / MENOPAUSE_TRANSITION_WIDTH_YEARS));
	const late = MENOPAUSE_LATE_EXCESS_RESORPTION_MG_PER_DAY;
	return late + (MENOPAUSE_EARLY_EXCESS_RESORPTION_MG_PER_DAY - late) * early;
}

/**
 * Bone resorption set by life stage (mg/day): in the adult equal to formation; after menopause more (SWAN).
 * No vitamin input enters here: no trial shows a vitamin cancelling menopausal loss.
 */
export function lifeStageResorptionMgPerDay(
	lifeStage: LifeStage,
	daysSinceMenopause: number
): number {
	return lifeStage === 'postmenopausal'
		? BONE_TURNOVER_MG_PER_DAY + menopauseExcessResorptionMgPerDay(daysSinceMenopause)
		: BONE_TURNOVER_MG_PER_DAY;
}

/** Bone resorption (mg/day): the life-stage rate nudged by PTH (signal^0.05; textbooks, small on purpose). */
export function boneResorptionMgPerDay(lifeStageResorption: number, signal: number): number {
	return lifeStageResorption * Math.pow(signal, PTH_RESORPTION_EXPONENT);
}

/**
 * Calcium deposited in the artery wall (mg/day): proportional to inactive MGP (MGP-knockout mice calcify,
 * Luo 1997) and rising with the calcium load. Illustrative: the size of the human effect is not known.
 */
export function arterialDepositionMgPerDay(ecfCalciumMg: number, carboxylatedMgp: number): number {
	const inactiveRelative = (1 - carboxylatedMgp) / (1 - REFERENCE_CARBOXYLATED_MGP);
	const load = Math.exp(ARTERIAL_CALCIUM_LOAD_SENSITIVITY * calciumDeviation(ecfCalciumMg));
	return ARTERIAL_DEPOSITION_REFERENCE_MG_PER_DAY * inactiveRelative * load;
}
