/** Running the model: advance a state on a fixed step grid, whole runs (with schedules and assumptions), steady states. */
import { assumptionValues, type Assumption, type AssumptionValues } from './assumptions';
import { REFERENCE_CALCITRIOL_SUBSTRATE, REFERENCE_SERUM_25OHD_NMOL_L } from './calibration';
import {
	DEFAULT_DT_DAYS,
	ECF_CALCIUM_SET_POINT_MG,
	GUT_TRANSIT_DAYS,
	REMODELLING_REFILL_DAYS
} from './constants';
import { assembleFluxes } from './fluxes';
import {
	calcitriolTargetPmolL,
	glandCapacitySteadyState,
	gutCapacityTarget,
	pthPgMl
} from './hormones';
import { sanitizeInputs, type ModelInputs } from './parameters';
import { fluxPointOf } from './point';
import { applyChange, normaliseSchedule, type ScheduleEntry } from './schedule';
import { snapshotOf, snapshotOfClean, type Snapshot } from './snapshot';
import { solveIncreasingRoot } from './solver';
import { copyState, initialState, type ModelState } from './state';
import { assertStepDays, integrateInPlace } from './step';
import { serum25OHDTargetNmolL } from './life-course-vitamins';
import { mk7SerumTargetNgPerMl } from './vitamin-k-forms';

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
	dtDays: number,
	assumption: AssumptionValues
): void {
	const endDays = state.timeDays + days;
	const steps = stepsBetween(state.timeDays, endDays, dtDays);
	for (let index = 0; index < steps; index++) integrateInPlace(state, inputs, dtDays, assumption);
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
	dtDays: number = DEFAULT_DT_DAYS,
	// Stryker disable next-line StringLiteral: assumptionValues reads any unknown assumption as central.
	assume: Assumption = 'central'
): ModelState {
	assertDays(days);
	assertStepDays(dtDays);
	const next = copyState(state);
	advanceInPlace(next, sanitizeInputs(inputs), days, dtDays, assumptionValues(assume));
	return next;
}

export interface SimulateOptions {
	/** Length of the run (days). */
	days: number;
	/** Integration step (days); default 0.25. */
	dtDays?: number;
	/** Keep a snapshot every this many days (default 1); day 0 and the last day are always kept. */
	every?: number;
	/** Value of every uncertain parameter (assumptions.ts); default central. */
	assume?: Assumption;
	/** Input changes over time: `{ day: 365, k2McgPerDay: 0 }` stops K2 after a year. */
	schedule?: readonly ScheduleEntry[];
}

/** Runs the model from `initialState(inputs)` for `days` and returns snapshots (day 0 included). */
export function simulate(inputs: ModelInputs, options: SimulateOptions): Snapshot[] {
	// Stryker disable next-line StringLiteral: assumptionValues (here and in snapshotOfClean) reads any unknown assumption as central.
	const { days, dtDays = DEFAULT_DT_DAYS, every = 1, assume = 'central' } = options;
	assertDays(days);
	assertStepDays(dtDays);
	if (!(Number.isFinite(every) && every > 0))
		throw new RangeError(`every must be a number > 0; got ${every}`);
	const assumption = assumptionValues(assume);
	const changes = normaliseSchedule(options.schedule ?? []);
	let current = sanitizeInputs(inputs);
	while (changes.length > 0 && changes[0].day <= 0)
		current = applyChange(current, changes.shift()!);
	const origin = initialState(current);
	const state = copyState(origin);
	const snapshots = [snapshotOfClean(state, current, origin, assume)];
	// Stryker disable next-line EqualityOperator: the clock lands on `days` exactly, never on days − GRID_EPSILON, so < and ≤ agree.
	for (let index = 1; state.timeDays < days - GRID_EPSILON; index++) {
		const target = Math.min(days, index * every);
		while (changes.length > 0 && changes[0].day <= target) {
			const change = changes.shift()!;
			advanceInPlace(state, current, change.day - state.timeDays, dtDays, assumption);
			current = applyChange(current, change);
		}
		advanceInPlace(state, current, target - state.timeDays, dtDays, assumption);
		state.timeDays = target;
		snapshots.push(snapshotOfClean(state, current, origin, assume));
	}
	return snapshots;
}

/** The same run under the low, central and high assumptions. */
export function simulateAssumptions(
	inputs: ModelInputs,
	options: Omit<SimulateOptions, 'assume'>
): Record<Assumption, Snapshot[]> {
	return {
		low: simulate(inputs, { ...options, assume: 'low' }),
		// Stryker disable next-line StringLiteral: assumptionValues reads any unknown assumption as central.
		central: simulate(inputs, { ...options, assume: 'central' }),
		high: simulate(inputs, { ...options, assume: 'high' })
	};
}

export interface AssumptionBandPoint {
	day: number;
	low: number;
	central: number;
	high: number;
}

/** The low–high band of one snapshot field over the three runs (low = smallest value at each day, high = largest). */
export function assumptionBand(
	runs: Record<Assumption, Snapshot[]>,
	field: 'boneMineralChangePct' | 'arterialCalciumIndex' | keyof Snapshot
): AssumptionBandPoint[] {
	return runs.central.map((snapshot, index) => {
		const values = [runs.low[index][field], snapshot[field], runs.high[index][field]];
		return {
			day: snapshot.day,
			low: Math.min(...values),
			central: values[1],
			high: Math.max(...values)
		};
	});
}

/**
 * The fast and adapting pools at equilibrium for `inputs` (ECF calcium, PTH gland, calcitriol, gut transport, gut
 * lumen, remodelling space, vitamins), with bone and artery at the reference adult's values (they move over years).
 * After menopause this is the quasi-steady state at menopause. Day 0.
 */
// Stryker disable next-line StringLiteral: assumptionValues reads any unknown assumption as central.
export function steadyStateOf(inputs: ModelInputs, assume: Assumption = 'central'): ModelState {
	const clean = sanitizeInputs(inputs);
	const assumption = assumptionValues(assume);
	const base: ModelState = {
		...initialState(clean),
		serum25OHDNmolL: serum25OHDTargetNmolL(clean),
		mk7SerumNgPerMl: mk7SerumTargetNgPerMl(clean)
	};
	const settle = (ecfMg: number): ModelState => {
		const q = ecfMg / ECF_CALCIUM_SET_POINT_MG;
		const glandCapacity = glandCapacitySteadyState(q);
		const serum = base.serum25OHDNmolL;
		const calcitriol = calcitriolTargetPmolL(
			pthPgMl(q, glandCapacity),
			serum,
			REFERENCE_CALCITRIOL_SUBSTRATE
		);
		const transport = gutCapacityTarget(
			calcitriol,
			serum,
			assumption.d3RepleteAbsorptionGain,
			REFERENCE_SERUM_25OHD_NMOL_L
		);
		const state = {
			...base,
			ecfCalciumMg: ecfMg,
			pthGlandCapacity: glandCapacity,
			calcitriolPmolL: calcitriol,
			gutTransportCapacity: transport
		};
		const flux = assembleFluxes(fluxPointOf(state, clean, assumption));
		state.remodellingSpaceMg = flux.resorption * REMODELLING_REFILL_DAYS;
		// Stryker disable next-line ArithmeticOperator: GUT_TRANSIT_DAYS is 1, so × and ÷ agree.
		state.gutLumenMg = flux.unabsorbed * GUT_TRANSIT_DAYS;
		return state;
	};
	const netOutflow = (ecfMg: number): number => {
		const flux = assembleFluxes(fluxPointOf(settle(ecfMg), clean, assumption));
		const out = flux.secretion + flux.formation + flux.urine + flux.arterial;
		return out - flux.absorbed - flux.resorption;
	};
	return settle(solveIncreasingRoot(netOutflow, ECF_CALCIUM_SET_POINT_MG, 1e-10, 0).root);
}

/** The snapshot of `steadyStateOf(inputs)`: the long-run flows at these inputs (for the adult, bone in balance). */
// Stryker disable next-line StringLiteral: assumptionValues (and snapshotOf) read any unknown assumption as central.
export function steadyState(inputs: ModelInputs, assume: Assumption = 'central'): Snapshot {
	const state = steadyStateOf(inputs, assume);
	return snapshotOf(state, inputs, state, assume);
}
