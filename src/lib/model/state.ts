/** The model state (calcium per compartment in mg, hormones, vitamin pools, time) and the starting state of every run. */
import {
	BONE_CALCIUM_ADULT_MG,
	CALCITRIOL_REFERENCE_PMOL_L,
	ECF_CALCIUM_SET_POINT_MG
} from './constants';
import {
	REFERENCE_GUT_LUMEN_MG,
	REFERENCE_MK7_SERUM_NG_PER_ML,
	REFERENCE_REMODELLING_SPACE_MG,
	REFERENCE_SERUM_25OHD_NMOL_L
} from './calibration';
import type { ModelInputs } from './parameters';

/** Everything the model remembers between steps. Plain data: copy it, store it, compare it. */
export interface ModelState {
	/** Simulated clock (days since the run began). May run up to one substep ahead of the integrated physiology. */
	timeDays: number;
	/** Days spent after menopause (grows only while the life stage is postmenopausal). */
	daysSinceMenopause: number;
	/** Unabsorbed calcium in transit to the faeces (mg). */
	gutLumenMg: number;
	/** Calcium in blood and extracellular fluid (mg); ~900 at the set point. */
	ecfCalciumMg: number;
	/** Calcium in bone (mg). */
	boneMg: number;
	/** Calcium deposited in artery walls since the run began (mg); the app shows it only as a relative index. */
	arterialMg: number;
	/** Cumulative calcium eaten (mg). */
	cumulativeIntakeMg: number;
	/** Cumulative calcium lost in the faeces (mg). */
	cumulativeFaecalMg: number;
	/** Cumulative calcium lost in the urine (mg). */
	cumulativeUrinaryMg: number;
	/** Serum 25(OH)D (nmol/L). */
	serum25OHDNmolL: number;
	/** Serum MK-7 (ng/mL). */
	mk7SerumNgPerMl: number;
	/** Parathyroid gland capacity, relative (1 in the reference adult): grows slowly while calcium runs low. */
	pthGlandCapacity: number;
	/** Plasma calcitriol, 1,25(OH)2D (pmol/L). */
	calcitriolPmolL: number;
	/** Gut calcium-transport capacity (calbindin, TRPV6), relative (1 in the reference adult). */
	gutTransportCapacity: number;
	/** Remodelling space: calcium resorbed from sites not yet refilled (mg; a gap in bone, not a pool of calcium). */
	remodellingSpaceMg: number;
}

/** A copy of a state (states are never mutated once handed out). */
export function copyState(state: ModelState): ModelState {
	return { ...state };
}

/**
 * The starting state of every run: the reference adult in steady state at the default inputs (calcium 1000 mg/day,
 * D3 600 IU/day, moderate sun, no K2), with plasma calcium, PTH and calcitriol at their set points, bone in balance
 * and the vitamin pools at their default steady state. The inputs do not change it, on purpose: every run, preset or
 * shared link starts from the same typical adult; other inputs then move 25(OH)D over 2–3 months, MK-7 over ~2
 * weeks, absorption over weeks, and bone and artery over years. Postmenopausal runs start at menopause.
 */
export function initialState(_inputs?: ModelInputs): ModelState {
	return {
		timeDays: 0,
		daysSinceMenopause: 0,
		gutLumenMg: REFERENCE_GUT_LUMEN_MG,
		ecfCalciumMg: ECF_CALCIUM_SET_POINT_MG,
		boneMg: BONE_CALCIUM_ADULT_MG,
		arterialMg: 0,
		cumulativeIntakeMg: 0,
		cumulativeFaecalMg: 0,
		cumulativeUrinaryMg: 0,
		serum25OHDNmolL: REFERENCE_SERUM_25OHD_NMOL_L,
		mk7SerumNgPerMl: REFERENCE_MK7_SERUM_NG_PER_ML,
		pthGlandCapacity: 1,
		calcitriolPmolL: CALCITRIOL_REFERENCE_PMOL_L,
		gutTransportCapacity: 1,
		remodellingSpaceMg: REFERENCE_REMODELLING_SPACE_MG
	};
}

/**
 * Calcium not yet accounted for (mg): intake − faecal − urinary − change in every pool since `origin`.
 * Zero up to rounding: the model conserves mass exactly.
 */
export function massBalanceErrorMg(state: ModelState, origin: ModelState): number {
	const pools =
		state.gutLumenMg -
		origin.gutLumenMg +
		(state.ecfCalciumMg - origin.ecfCalciumMg) +
		(state.boneMg - origin.boneMg) +
		(state.arterialMg - origin.arterialMg);
	const losses =
		state.cumulativeFaecalMg -
		origin.cumulativeFaecalMg +
		(state.cumulativeUrinaryMg - origin.cumulativeUrinaryMg);
	return state.cumulativeIntakeMg - origin.cumulativeIntakeMg - losses - pools;
}
