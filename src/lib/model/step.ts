/**
 * One integration step. Vitamin pools relax exactly; then ECF calcium at the end of the step is solved implicitly
 * (backward Euler, one variable): for a guessed end value, the gland capacity, calcitriol and gut transport move
 * exactly toward the targets that value implies, the gut lumen and the remodelling space update exactly, and every
 * amount follows from `assembleFluxes`. Every amount leaves one pool and enters another: mass is conserved exactly.
 */
import { assumptionValues, type Assumption, type AssumptionValues } from './assumptions';
import { REFERENCE_CALCITRIOL_SUBSTRATE, REFERENCE_SERUM_25OHD_NMOL_L } from './calibration';
import { SERUM_25OHD_TIME_CONSTANT_DAYS } from './constants';
import * as constants from './constants';
import { emptyFluxes, prepareFluxes, type FluxContext } from './fluxes';
import * as fluxes from './fluxes';
import { calcitriolSubstrateFactor, repleteAbsorptionFactor } from './hormones';
import * as hormones from './hormones';
import { sanitizeInputs, type ModelInputs } from './parameters';
import { fluxPointOf } from './point';
import { solveIncreasingRoot } from './solver';
import { copyState, type ModelState } from './state';
import {
	MK7_ELIMINATION_PER_DAY,
	mk7SerumSteadyStateNgPerMl,
	serum25OHDSteadyStateNmolL
} from './vitamins';
import * as vitamins from './vitamins';

// Local copies of hot-path imports (read once: module-namespace getters are slow in tsx-run scripts).
const { relaxToward } = vitamins;

// Local copies of hot-path imports (read once: module-namespace getters are slow in tsx-run scripts).
const { fluxesAt } = fluxes;

// Local copies of hot-path imports (read once: module-namespace getters are slow in tsx-run scripts).
const { calcitriolFromPth, glandCapacityAfter, gutCapacityFromCalcitriol, pthPgMl } = hormones;

// Local copies of hot-path imports (read once: module-namespace getters are slow in tsx-run scripts).
const {
	CALCITRIOL_TIME_CONSTANT_DAYS,
	ECF_CALCIUM_SET_POINT_MG,
	GUT_ADAPTATION_TIME_CONSTANT_DAYS,
	GUT_TRANSIT_DAYS,
	REMODELLING_REFILL_DAYS
} = constants;

/** How closely ECF calcium is solved (mg); mass balance holds exactly whatever the tolerance. */
const SOLVER_TOLERANCE_MG = 1e-7;

/**
 * First guess of the residual's slope per day of step (≈ 13.7 at the reference adult and 1 day): saves the
 * finite difference; the secant corrects it, so it changes speed, never results.
 */
const RESIDUAL_SLOPE_PER_DAY_GUESS = 12.7;

/** Calcium amounts (mg) and end-of-step values for one guessed end-of-step ECF calcium. */
export interface StepAmounts {
	secreted: number;
	absorbed: number;
	faecal: number;
	resorbed: number;
	formed: number;
	urinary: number;
	deposited: number;
	lumenEndMg: number;
	remodellingSpaceEndMg: number;
	glandCapacity: number;
	calcitriolPmolL: number;
	gutTransportCapacity: number;
	ecfEndMg: number;
}

/** What stays fixed while ECF calcium is solved within one step. */
export interface StepContext {
	start: ModelState;
	dtDays: number;
	flux: FluxContext;
	relativeSubstrate: number;
	relativeReplete: number;
	lumenDecay: number;
	spaceDecay: number;
}

/** The step context for `start` (its vitamin pools already at their end values) under clean inputs. */
export function stepContext(
	start: ModelState,
	inputs: ModelInputs,
	dtDays: number,
	assumption: AssumptionValues
): StepContext {
	const serum = start.serum25OHDNmolL;
	const gain = assumption.d3RepleteAbsorptionGain;
	return {
		start,
		dtDays,
		flux: prepareFluxes(fluxPointOf(start, inputs, assumption)),
		relativeSubstrate: calcitriolSubstrateFactor(serum) / REFERENCE_CALCITRIOL_SUBSTRATE,
		relativeReplete:
			repleteAbsorptionFactor(serum, gain) /
			repleteAbsorptionFactor(REFERENCE_SERUM_25OHD_NMOL_L, gain),
		lumenDecay: Math.exp(-dtDays / GUT_TRANSIT_DAYS),
		spaceDecay: Math.exp(-dtDays / REMODELLING_REFILL_DAYS)
	};
}

const scratchFluxes = emptyFluxes();

/** The amounts moved in the step of `context` if ECF ends at `ecfEndMg`, written into `out`. */
export function stepAmounts(context: StepContext, ecfEndMg: number, out: StepAmounts): StepAmounts {
	const { start, dtDays } = context;
	const q = ecfEndMg / ECF_CALCIUM_SET_POINT_MG;
	const glandCapacity = glandCapacityAfter(start.pthGlandCapacity, q, dtDays);
	const pth = pthPgMl(q, glandCapacity);
	const calcitriol = relaxToward(
		start.calcitriolPmolL,
		calcitriolFromPth(pth, context.relativeSubstrate),
		dtDays,
		CALCITRIOL_TIME_CONSTANT_DAYS
	);
	const transport = relaxToward(
		start.gutTransportCapacity,
		gutCapacityFromCalcitriol(calcitriol, context.relativeReplete),
		dtDays,
		GUT_ADAPTATION_TIME_CONSTANT_DAYS
	);
	const flux = fluxesAt(context.flux, ecfEndMg, glandCapacity, transport, scratchFluxes);
	const lumenSteady = flux.unabsorbed * GUT_TRANSIT_DAYS;
	const lumenEndMg = lumenSteady + (start.gutLumenMg - lumenSteady) * context.lumenDecay;
	const spaceSteady = flux.resorption * REMODELLING_REFILL_DAYS;
	const spaceEndMg = spaceSteady + (start.remodellingSpaceMg - spaceSteady) * context.spaceDecay;
	out.resorbed = flux.resorption * dtDays;
	out.secreted = flux.secretion * dtDays;
	out.absorbed = flux.absorbed * dtDays;
	out.faecal = flux.unabsorbed * dtDays - (lumenEndMg - start.gutLumenMg);
	out.formed = flux.refillShare * (out.resorbed - (spaceEndMg - start.remodellingSpaceMg));
	out.urinary = flux.urine * dtDays;
	out.deposited = flux.arterial * dtDays;
	out.lumenEndMg = lumenEndMg;
	out.remodellingSpaceEndMg = spaceEndMg;
	out.glandCapacity = glandCapacity;
	out.calcitriolPmolL = calcitriol;
	out.gutTransportCapacity = transport;
	out.ecfEndMg =
		start.ecfCalciumMg +
		out.absorbed +
		out.resorbed -
		out.secreted -
		out.formed -
		out.urinary -
		out.deposited;
	return out;
}

/** A zeroed amounts record (reused per step). */
function emptyAmounts(): StepAmounts {
	return {
		secreted: 0,
		absorbed: 0,
		faecal: 0,
		resorbed: 0,
		formed: 0,
		urinary: 0,
		deposited: 0,
		lumenEndMg: 0,
		remodellingSpaceEndMg: 0,
		glandCapacity: 0,
		calcitriolPmolL: 0,
		gutTransportCapacity: 0,
		ecfEndMg: 0
	};
}

const scratchAmounts = emptyAmounts();

/** Advances `state` in place by one step of `dtDays` with clean inputs. Internal: callers copy first. */
export function integrateInPlace(
	state: ModelState,
	inputs: ModelInputs,
	dtDays: number,
	assumption: AssumptionValues = assumptionValues('central')
): void {
	state.serum25OHDNmolL = relaxToward(
		state.serum25OHDNmolL,
		serum25OHDSteadyStateNmolL(inputs.d3IuPerDay, inputs.sunExposure),
		dtDays,
		SERUM_25OHD_TIME_CONSTANT_DAYS
	);
	state.mk7SerumNgPerMl = relaxToward(
		state.mk7SerumNgPerMl,
		mk7SerumSteadyStateNgPerMl(inputs.k2McgPerDay),
		dtDays,
		1 / MK7_ELIMINATION_PER_DAY
	);
	const context = stepContext(state, inputs, dtDays, assumption);
	const residual = (ecfEndMg: number) =>
		ecfEndMg - stepAmounts(context, ecfEndMg, scratchAmounts).ecfEndMg;
	const solution = solveIncreasingRoot(
		residual,
		state.ecfCalciumMg,
		SOLVER_TOLERANCE_MG,
		0,
		1 + RESIDUAL_SLOPE_PER_DAY_GUESS * dtDays
	);
	const amounts = stepAmounts(context, solution.root, scratchAmounts);

	state.ecfCalciumMg = amounts.ecfEndMg;
	state.gutLumenMg = amounts.lumenEndMg;
	state.remodellingSpaceMg = amounts.remodellingSpaceEndMg;
	state.pthGlandCapacity = amounts.glandCapacity;
	state.calcitriolPmolL = amounts.calcitriolPmolL;
	state.gutTransportCapacity = amounts.gutTransportCapacity;
	state.boneMg += amounts.formed - amounts.resorbed;
	state.arterialMg += amounts.deposited;
	state.cumulativeIntakeMg += inputs.calciumMgPerDay * dtDays;
	state.cumulativeFaecalMg += amounts.faecal;
	state.cumulativeUrinaryMg += amounts.urinary;
	if (inputs.lifeStage === 'postmenopausal') state.daysSinceMenopause += dtDays;
	state.timeDays += dtDays;
}

/** Throws unless `dtDays` is a usable step length (days). */
export function assertStepDays(dtDays: number): void {
	if (!(Number.isFinite(dtDays) && dtDays > 0 && dtDays <= 30)) {
		throw new RangeError(`dtDays must be a number in (0, 30]; got ${dtDays}`);
	}
}

/**
 * One step of `dtDays` (days) from `state`: returns a new state, `state` is untouched. Inputs are clamped into
 * their ranges first (parameters.ts). The scheme is stable at any step; 1 day or less keeps it accurate.
 */
export function step(
	state: ModelState,
	inputs: ModelInputs,
	dtDays: number,
	assume: Assumption = 'central'
): ModelState {
	assertStepDays(dtDays);
	const next = copyState(state);
	integrateInPlace(next, sanitizeInputs(inputs), dtDays, assumptionValues(assume));
	return next;
}
