/**
 * Calcium homeostasis: PTH from the calcium-sensing parathyroid (a steep sigmoid times a slowly adapting gland
 * capacity), calcitriol made in the kidney under PTH and limited by 25(OH)D, and the gut's transport capacity
 * following calcitriol. The structure follows Peterson & Riggs 2010 (Bone 46:49), much simplified.
 */
import { CALCITRIOL_SUBSTRATE_HALF_NMOL_L, CALCITRIOL_SUBSTRATE_HILL } from './constants';
import * as constants from './constants';

// Local copies of hot-path imports, read once (module-namespace getters are slow in tsx-run scripts).
const {
	PTH_GLAND_MAX_CAPACITY,
	CALCITRIOL_GUT_EXPONENT,
	CALCITRIOL_PTH_EXPONENT,
	CALCITRIOL_REFERENCE_PMOL_L,
	PTH_GLAND_LEAK,
	PTH_GLAND_TIME_CONSTANT_DAYS,
	PTH_MINIMUM_SECRETION,
	PTH_REFERENCE_PG_ML,
	PTH_SIGMOID_MIDPOINT,
	PTH_SIGMOID_STEEPNESS
} = constants;

/** Unnormalised calcium-sensing sigmoid: high when calcium is low, with a floor (Brown 1983). */
function sigmoid(relativeCalcium: number): number {
	return (
		PTH_MINIMUM_SECRETION +
		1 / (1 + Math.exp(PTH_SIGMOID_STEEPNESS * (relativeCalcium - PTH_SIGMOID_MIDPOINT)))
	);
}

const SIGMOID_AT_SET_POINT = sigmoid(1);

/** PTH secretion per unit of gland capacity, relative to the set point (1 at the set point; falls as calcium rises). */
export function pthStimulus(relativeCalcium: number): number {
	return sigmoid(relativeCalcium) / SIGMOID_AT_SET_POINT;
}

/** Plasma PTH (pg/mL) for a relative calcium and a gland capacity (1 at the reference adult). */
export function pthPgMl(relativeCalcium: number, glandCapacity: number): number {
	return PTH_REFERENCE_PG_ML * glandCapacity * pthStimulus(relativeCalcium);
}

/**
 * Gland capacity after `dtDays` with the stimulus held: ln C relaxes toward ln(stimulus)/leak with time constant
 * τ/leak, the exact solution of d ln C/dt = (ln stimulus − leak·ln C)/τ. Integral-like: while calcium stays low the
 * gland keeps growing, so at steady state PTH = stimulus^(1 + 1/leak) and calcium barely moves (assumed form).
 */
export function glandCapacityAfter(
	capacity: number,
	relativeCalcium: number,
	dtDays: number
): number {
	return glandCapacityFromStimulus(
		capacity,
		pthStimulus(relativeCalcium),
		glandCapacityDecay(dtDays)
	);
}

/** The decay factor of ln(gland capacity) over a step of `dtDays`. */
export function glandCapacityDecay(dtDays: number): number {
	return Math.exp((-PTH_GLAND_LEAK * dtDays) / PTH_GLAND_TIME_CONSTANT_DAYS);
}

/** `glandCapacityAfter` with the stimulus and the decay factor already computed (the step's hot path). */
export function glandCapacityFromStimulus(
	capacity: number,
	stimulus: number,
	decay: number
): number {
	const target = Math.log(stimulus) / PTH_GLAND_LEAK;
	return Math.min(PTH_GLAND_MAX_CAPACITY, Math.exp(target + (Math.log(capacity) - target) * decay));
}

/** The gland capacity a steady relative calcium leads to. */
export function glandCapacitySteadyState(relativeCalcium: number): number {
	return Math.min(
		PTH_GLAND_MAX_CAPACITY,
		Math.pow(pthStimulus(relativeCalcium), 1 / PTH_GLAND_LEAK)
	);
}

/** Substrate limit of renal 1α-hydroxylase (0–1): S³/(S³ + 10³); below 1 only in deep deficiency (fit to Need 2008). */
export function calcitriolSubstrateFactor(serum25OHDNmolL: number): number {
	const s = Math.pow(Math.max(0, serum25OHDNmolL), CALCITRIOL_SUBSTRATE_HILL);
	return s / (s + Math.pow(CALCITRIOL_SUBSTRATE_HALF_NMOL_L, CALCITRIOL_SUBSTRATE_HILL));
}

/** Calcitriol the kidney makes (pmol/L at steady state) at this PTH and a substrate factor relative to the reference adult's. */
export function calcitriolFromPth(pth: number, relativeSubstrate: number): number {
	return (
		CALCITRIOL_REFERENCE_PMOL_L *
		Math.pow(pth / PTH_REFERENCE_PG_ML, CALCITRIOL_PTH_EXPONENT) *
		relativeSubstrate
	);
}

/** Calcitriol the kidney makes at this PTH and 25(OH)D (pmol/L at steady state). */
export function calcitriolTargetPmolL(
	pth: number,
	serum25OHDNmolL: number,
	referenceSubstrate: number
): number {
	return calcitriolFromPth(pth, calcitriolSubstrateFactor(serum25OHDNmolL) / referenceSubstrate);
}

/** Direct 25(OH)D factor of gut transport when replete: 1 + g·S/(S + 120) (Hansen 2008 to Aloia 2014, by assumption). */
export function repleteAbsorptionFactor(serum25OHDNmolL: number, gain: number): number {
	const serum = Math.max(0, serum25OHDNmolL);
	return 1 + (gain * serum) / (serum + 120);
}

/** Gut transport capacity from calcitriol and a replete factor relative to the reference adult's. */
export function gutCapacityFromCalcitriol(
	calcitriolPmolL: number,
	relativeReplete: number
): number {
	const relative = calcitriolPmolL / CALCITRIOL_REFERENCE_PMOL_L;
	return (
		(CALCITRIOL_GUT_EXPONENT === 1 ? relative : Math.pow(relative, CALCITRIOL_GUT_EXPONENT)) *
		relativeReplete
	);
}

/** Gut transport capacity the current calcitriol and 25(OH)D lead to (1 at the reference adult). */
export function gutCapacityTarget(
	calcitriolPmolL: number,
	serum25OHDNmolL: number,
	gain: number,
	referenceSerum: number
): number {
	return gutCapacityFromCalcitriol(
		calcitriolPmolL,
		repleteAbsorptionFactor(serum25OHDNmolL, gain) / repleteAbsorptionFactor(referenceSerum, gain)
	);
}
