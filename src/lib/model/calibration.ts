/**
 * Constants derived from the reference adult (the default inputs), so that at those inputs the model sits exactly
 * at its set point: bone in balance, urine = net absorption − arterial deposition, plasma calcium 2.35 mmol/L,
 * PTH and calcitriol at their reference values, whatever the assumption.
 */
import {
	ACTIVE_ABSORPTION_HALF_SATURATION_MG_PER_DAY,
	ARTERIAL_DEPOSITION_REFERENCE_MG_PER_DAY,
	BONE_TURNOVER_MG_PER_DAY,
	FRACTIONAL_ABSORPTION_REFERENCE,
	GUT_SECRETION_MG_PER_DAY,
	GUT_TRANSIT_DAYS,
	PASSIVE_ABSORPTION_FRACTION,
	REMODELLING_REFILL_DAYS
} from './constants';
import { calcitriolSubstrateFactor } from './hormones';
import { defaultInputs } from './parameters';
import {
	carboxylatedMgpFraction,
	carboxylatedOsteocalcinFraction,
	effectiveMk7DoseMcgPerDay,
	mk7SerumSteadyStateNgPerMl,
	serum25OHDSteadyStateNmolL
} from './vitamins';

const reference = defaultInputs();

/** Serum 25(OH)D of the reference adult (nmol/L): the steady state at the default D3 intake and sun. */
export const REFERENCE_SERUM_25OHD_NMOL_L = serum25OHDSteadyStateNmolL(
	reference.d3IuPerDay,
	reference.sunExposure
);

/** Renal substrate factor of the reference adult (calcitriol is scaled relative to it). */
export const REFERENCE_CALCITRIOL_SUBSTRATE = calcitriolSubstrateFactor(
	REFERENCE_SERUM_25OHD_NMOL_L
);

/** Serum MK-7 of the reference adult (ng/mL). */
export const REFERENCE_MK7_SERUM_NG_PER_ML = mk7SerumSteadyStateNgPerMl(reference.k2McgPerDay);

const referenceDose = effectiveMk7DoseMcgPerDay(REFERENCE_MK7_SERUM_NG_PER_ML);

/** Carboxylated osteocalcin share of the reference adult. */
export const REFERENCE_CARBOXYLATED_OSTEOCALCIN = carboxylatedOsteocalcinFraction(
	referenceDose,
	false
);

/** Carboxylated osteocalcin at the 180 µg/day dose of Knapen 2013: the hypothetical bone link is scaled to it. */
export const TRIAL_DOSE_CARBOXYLATED_OSTEOCALCIN = carboxylatedOsteocalcinFraction(180, false);

/** Carboxylated MGP share of the reference adult; arterial deposition is scaled by the inactive share relative to it. */
export const REFERENCE_CARBOXYLATED_MGP = carboxylatedMgpFraction(referenceDose, false);

/** Calcium passing through the gut of the reference adult (mg/day): food plus secretions. */
export const REFERENCE_GUT_THROUGHPUT_MG_PER_DAY =
	reference.calciumMgPerDay + GUT_SECRETION_MG_PER_DAY;

/** Maximal active absorption (mg/day) at transport capacity 1, so the reference adult absorbs ~26% (IOM 2011). */
export const ACTIVE_ABSORPTION_MAX_MG_PER_DAY =
	(FRACTIONAL_ABSORPTION_REFERENCE - PASSIVE_ABSORPTION_FRACTION) *
	(REFERENCE_GUT_THROUGHPUT_MG_PER_DAY + ACTIVE_ABSORPTION_HALF_SATURATION_MG_PER_DAY);

/** Net absorption of the reference adult (mg/day): gross absorption minus secretion. */
export const REFERENCE_NET_ABSORPTION_MG_PER_DAY =
	FRACTIONAL_ABSORPTION_REFERENCE * REFERENCE_GUT_THROUGHPUT_MG_PER_DAY - GUT_SECRETION_MG_PER_DAY;

/** Urinary calcium at the set point (mg/day): what balances net absorption in the adult steady state (100–200, textbooks). */
export const REFERENCE_URINE_MG_PER_DAY =
	REFERENCE_NET_ABSORPTION_MG_PER_DAY - ARTERIAL_DEPOSITION_REFERENCE_MG_PER_DAY;

/** Unabsorbed calcium in transit in the reference adult (mg). */
export const REFERENCE_GUT_LUMEN_MG =
	(1 - FRACTIONAL_ABSORPTION_REFERENCE) * REFERENCE_GUT_THROUGHPUT_MG_PER_DAY * GUT_TRANSIT_DAYS;

/** Remodelling space of the reference adult (mg of calcium resorbed and not yet refilled): turnover × refill time. */
export const REFERENCE_REMODELLING_SPACE_MG = BONE_TURNOVER_MG_PER_DAY * REMODELLING_REFILL_DAYS;
