/** Running the model: advance a state by any number of days on a fixed step grid, whole runs, and steady states. */
import { DEFAULT_DT_DAYS, ECF_CALCIUM_SET_POINT_MG, GUT_TRANSIT_DAYS } from './constants';
import {
	arterialDepositionMgPerDay,
	boneFormationMgPerDay,
	boneResorptionMgPerDay,
	fractionalAbsorption,
	homeostaticSignal,
	lifeStageResorptionMgPerDay,
	secretionMgPerDay,
	urineMgPerDay
} from './fluxes';
import { sanitizeInputs, type ModelInputs } from './parameters';
import { snapshotOf, type Snapshot } from './snapshot';
import { solveIncreasingRoot } from './solver';
import { copyState, initialState, type ModelState } from './state';
import { assertStepDays, integrateInPlace } from './step';
import {
	carboxylatedMgpFraction,
	carboxylatedOsteocalcinFraction,
	effectiveMk7DoseMcgPerDay,
	mk7SerumSteadyStateNgPerMl,
	serum25OHDSteadyStateNmolL
} from './vitamins';

/** Tolerance when counting whole steps on the grid, so 10 × 0.1 day counts as 1 day. */
const GRID_EPSILON = 1e-9;

/** Steps on the grid k·dtDays passed between two clock times. */
function stepsBetween(fromDays: number, toDays: number, dtDays: number): number {
	return Math.floor(toDays / dtDays + GRID_EPSILON) - Math.floor(fromDays / dtDays + GRID_EPSILON);
}

function assertDays(days: number): void {
	if (!(Number.isFinite(days) && days >= 0))
		throw new RangeError(`days must be a finite number ≥ 0; got ${days}`);
}

/** Advances in place (clean inputs only). */
function advanceInPlace(
	state: ModelState,
	inputs: ModelInputs,
	days: number,
	dtDays: number
): void {
	const endDays = state.timeDays + days;
	const steps = stepsBetween(state.timeDays, endDays, dtDays);
	for (let index = 0; index < steps; index++) integrateInPlace(state, inputs, dtDays);
	state.timeDays = endDays;
}

/**
 * Advances `state` by `days` (any amount ≥ 0, fractional too) and returns a new state. The physiology moves in
 * fixed steps of `dtDays` on the grid 0, dt, 2·dt, …; the clock (`timeDays`) keeps the exact time, so a UI can
 * call this every frame with small amounts: 4 × 0.25 day gives exactly the same state as 1 day.
 */
export function advance(
	state: ModelState,
	inputs: ModelInputs,
	days: number,
	dtDays: number = DEFAULT_DT_DAYS
): ModelState {
	assertDays(days);
	assertStepDays(dtDays);
	const next = copyState(state);
	advanceInPlace(next, sanitizeInputs(inputs), days, dtDays);
	return next;
}

export interface SimulateOptions {
	/** Length of the run (days). */
	days: number;
	/** Integration step (days); default 0.25. */
	dtDays?: number;
	/** Keep a snapshot every this many days (default 1); day 0 and the last day are always kept. */
	every?: number;
}

/** Runs the model from `initialState(inputs)` for `days` and returns snapshots (day 0 included). */
export function simulate(inputs: ModelInputs, options: SimulateOptions): Snapshot[] {
	const { days, dtDays = DEFAULT_DT_DAYS, every = 1 } = options;
	assertDays(days);
	assertStepDays(dtDays);
	if (!(Number.isFinite(every) && every > 0))
		throw new RangeError(`every must be a number > 0; got ${every}`);
	const clean = sanitizeInputs(inputs);
	const origin = initialState(clean);
	const state = copyState(origin);
	const snapshots = [snapshotOf(state, clean, origin)];
	for (let index = 1; state.timeDays < days - GRID_EPSILON; index++) {
		const target = Math.min(days, index * every);
		advanceInPlace(state, clean, target - state.timeDays, dtDays);
		state.timeDays = target;
		snapshots.push(snapshotOf(state, clean, origin));
	}
	return snapshots;
}

/**
 * The fast pools (gut lumen, ECF calcium) and the vitamin pools at equilibrium for `inputs`, with bone and artery
 * at the reference adult's values (they move over years and have no steady state after menopause). Day 0.
 */
export function steadyStateOf(inputs: ModelInputs): ModelState {
	const clean = sanitizeInputs(inputs);
	const serum = serum25OHDSteadyStateNmolL(clean.d3IuPerDay);
	const mk7 = mk7SerumSteadyStateNgPerMl(clean.k2McgPerDay);
	const dose = effectiveMk7DoseMcgPerDay(mk7);
	const formation = boneFormationMgPerDay(carboxylatedOsteocalcinFraction(dose, clean.warfarin));
	const carboxylatedMgp = carboxylatedMgpFraction(dose, clean.warfarin);
	const lifeStageResorption = lifeStageResorptionMgPerDay(clean.lifeStage, 0);
	const netOutflow = (ecfMg: number): number => {
		const signal = homeostaticSignal(ecfMg);
		const secretion = secretionMgPerDay(ecfMg);
		const throughput = clean.calciumMgPerDay + secretion;
		const absorbed = fractionalAbsorption(throughput, serum, signal) * throughput;
		const resorbed = boneResorptionMgPerDay(lifeStageResorption, signal);
		const out =
			secretion +
			formation +
			urineMgPerDay(ecfMg) +
			arterialDepositionMgPerDay(ecfMg, carboxylatedMgp);
		return out - absorbed - resorbed;
	};
	const ecf = solveIncreasingRoot(netOutflow, ECF_CALCIUM_SET_POINT_MG, 1e-10, 0);
	return {
		...initialState(clean),
		ecfCalciumMg: ecf,
		gutLumenMg: (clean.calciumMgPerDay + secretionMgPerDay(ecf)) * GUT_TRANSIT_DAYS,
		serum25OHDNmolL: serum,
		mk7SerumNgPerMl: mk7
	};
}

/** The snapshot of `steadyStateOf(inputs)`: the long-run flows at these inputs (for the adult, bone in balance). */
export function steadyState(inputs: ModelInputs): Snapshot {
	const state = steadyStateOf(inputs);
	return snapshotOf(state, inputs, state);
}
