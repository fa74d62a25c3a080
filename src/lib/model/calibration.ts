/**
 * Constants derived from the reference adult (the default inputs), so that at those inputs the model sits
 * exactly at its set point: bone in balance, urine = net absorption − arterial deposition, plasma calcium 2.35 mmol/L.
 */
import {
	ACTIVE_ABSORPTION_HALF_SATURATION_MG_PER_DAY,
	ARTERIAL_DEPOSITION_REFERENCE_MG_PER_DAY,
	FRACTIONAL_ABSORPTION_REFERENCE,
	GUT_SECRETION_MG_PER_DAY,
	PASSIVE_ABSORPTION_FRACTION
} from './constants';
import { defaultInputs } from './parameters';
import {
	carboxylatedMgpFraction,
	carboxylatedOsteocalcinFraction,
	mk7SerumSteadyStateNgPerMl,
	serum25OHDSteadyStateNmolL,
	effectiveMk7DoseMcgPerDay,
	vitaminDAbsorptionFactor
} from './vitamins';

const reference = defaultInputs();

/** Serum 25(OH)D of the reference adult (nmol/L): the steady state at the default D3 intake. */
export const REFERENCE_SERUM_25OHD_NMOL_L = serum25OHDSteadyStateNmolL(reference.d3IuPerDay);

/** Serum MK-7 of the reference adult (ng/mL). */
export const REFERENCE_MK7_SERUM_NG_PER_ML = mk7SerumSteadyStateNgPerMl(reference.k2McgPerDay);

const referenceDose = effectiveMk7DoseMcgPerDay(REFERENCE_MK7_SERUM_NG_PER_ML);

/** Carboxylated osteocalcin share of the reference adult; bone formation is scaled relative to it. */
export const REFERENCE_CARBOXYLATED_OSTEOCALCIN = carboxylatedOsteocalcinFraction(
	referenceDose,
	false
);

/** Carboxylated MGP share of the reference adult; arterial deposition is scaled by the inactive share relative to it. */
export const REFERENCE_CARBOXYLATED_MGP = carboxylatedMgpFraction(referenceDose, false);

/** Calcium passing through the gut of the reference adult (mg/day): food plus secretions. */
export const REFERENCE_GUT_THROUGHPUT_MG_PER_DAY =
	reference.calciumMgPerDay + GUT_SECRETION_MG_PER_DAY;

/**
 * Maximal active absorption (mg/day) chosen so that the reference adult absorbs FRACTIONAL_ABSORPTION_REFERENCE
 * (~25%, IOM 2011) of what passes through the gut.
 */
export const ACTIVE_ABSORPTION_MAX_MG_PER_DAY =
	((FRACTIONAL_ABSORPTION_REFERENCE - PASSIVE_ABSORPTION_FRACTION) *
		(REFERENCE_GUT_THROUGHPUT_MG_PER_DAY + ACTIVE_ABSORPTION_HALF_SATURATION_MG_PER_DAY)) /
	vitaminDAbsorptionFactor(REFERENCE_SERUM_25OHD_NMOL_L);

/** Net absorption of the reference adult (mg/day): gross absorption minus secretion. */
export const REFERENCE_NET_ABSORPTION_MG_PER_DAY =
	FRACTIONAL_ABSORPTION_REFERENCE * REFERENCE_GUT_THROUGHPUT_MG_PER_DAY - GUT_SECRETION_MG_PER_DAY;

/** Urinary calcium at the set point (mg/day): what balances net absorption in the adult steady state (100–200, textbooks). */
export const REFERENCE_URINE_MG_PER_DAY =
	REFERENCE_NET_ABSORPTION_MG_PER_DAY - ARTERIAL_DEPOSITION_REFERENCE_MG_PER_DAY;
