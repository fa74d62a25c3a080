/**
 * One integration step. Vitamin pools relax exactly; then ECF calcium at the end of the step is solved implicitly
 * (backward Euler, one variable): for a guessed end value, the gland capacity, calcitriol and gut transport move
 * exactly toward the targets that value implies, the gut lumen and the remodelling space update exactly, and every
 * amount follows from `assembleFluxes`. Every amount leaves one pool and enters another: mass is conserved exactly.
 */
import { assumptionValues, type Assumption, type AssumptionValues } from './assumptions';
import { REFERENCE_CALCITRIOL_SUBSTRATE, REFERENCE_SERUM_25OHD_NMOL_L } from './calibration';
import {
	CALCITRIOL_TIME_CONSTANT_DAYS,
	GUT_ADAPTATION_TIME_CONSTANT_DAYS,
	SERUM_25OHD_TIME_CONSTANT_DAYS
} from './constants';
import * as constants from './constants';
import { emptyFluxes, prepareFluxes, type FluxContext } from './fluxes';
import * as fluxes from './fluxes';
import { calcitriolSubstrateFactor, glandCapacityDecay, repleteAbsorptionFactor } from './hormones';
import * as hormones from './hormones';
import { sanitizeInputs, type ModelInputs } from './parameters';
import { fluxPointOf } from './point';
import { solveIncreasingRoot } from './solver';
import { copyState, type ModelState } from './state';
import { serum25OHDTargetNmolL } from './life-course-vitamins';
import { mk7SerumTargetNgPerMl } from './vitamin-k-forms';
import { MK7_ELIMINATION_PER_DAY } from './vitamins';

// Local copies of hot-path imports, read once: module-namespace getters are slow in tsx-run scripts and benches.
const { fluxesAt } = fluxes;
const { calcitriolFromPth, glandCapacityFromStimulus, gutCapacityFromCalcitriol, pthStimulus } =
	hormones;
const { ECF_CALCIUM_SET_POINT_MG, GUT_TRANSIT_DAYS, PTH_REFERENCE_PG_ML, REMODELLING_REFILL_DAYS } =
	constants;

/** How closely ECF calcium is solved (mg); mass balance holds exactly whatever the tolerance. */
const SOLVER_TOLERANCE_MG = 1e-6;

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
	calcitriolDecay: number;
	gutDecay: number;
	glandDecay: number;
}

/** The step context for `start` (its vitamin pools already at their end values) under clean inputs. */
/** Values that depend only on the inputs, the step length and the assumption (computed once per run segment). */
interface StepFixed {
	inputs: ModelInputs;
	dtDays: number;
	assumption: AssumptionValues;
	serumTarget: number;
	mk7Target: number;
	serumDecay: number;
	mk7Decay: number;
	lumenDecay: number;
	spaceDecay: number;
	calcitriolDecay: number;
	gutDecay: number;
	glandDecay: number;
	repleteAtReference: number;
}

let lastFixed: StepFixed | undefined;

/** The fixed values for these arguments; reuses the last ones when the same inputs object, step and assumption repeat. */
function stepFixed(inputs: ModelInputs, dtDays: number, assumption: AssumptionValues): StepFixed {
	if (
		lastFixed &&
		lastFixed.inputs === inputs &&
		lastFixed.dtDays === dtDays &&
		lastFixed.assumption === assumption
	)
		return lastFixed;
	lastFixed = {
		inputs,
		dtDays,
		assumption,
		serumTarget: serum25OHDTargetNmolL(inputs),
		mk7Target: mk7SerumTargetNgPerMl(inputs),
		serumDecay: Math.exp(-dtDays / SERUM_25OHD_TIME_CONSTANT_DAYS),
		mk7Decay: Math.exp(-dtDays * MK7_ELIMINATION_PER_DAY),
		// Stryker disable next-line ArithmeticOperator: GUT_TRANSIT_DAYS is 1, so × and ÷ agree.
		lumenDecay: Math.exp(-dtDays / GUT_TRANSIT_DAYS),
		spaceDecay: Math.exp(-dtDays / REMODELLING_REFILL_DAYS),
		// Stryker disable next-line ArithmeticOperator: CALCITRIOL_TIME_CONSTANT_DAYS is 1, so × and ÷ agree.
		calcitriolDecay: Math.exp(-dtDays / CALCITRIOL_TIME_CONSTANT_DAYS),
		gutDecay: Math.exp(-dtDays / GUT_ADAPTATION_TIME_CONSTANT_DAYS),
		glandDecay: glandCapacityDecay(dtDays),
		repleteAtReference: repleteAbsorptionFactor(
			REFERENCE_SERUM_25OHD_NMOL_L,
			assumption.d3RepleteAbsorptionGain
		)
	};
	return lastFixed;
}

/** The step context for `start` (its vitamin pools already at their end values) under clean inputs. */
export function stepContext(
	start: ModelState,
	inputs: ModelInputs,
	dtDays: number,
	assumption: AssumptionValues
): StepContext {
	const fixed = stepFixed(inputs, dtDays, assumption);
	const serum = start.serum25OHDNmolL;
	return {
		start,
		dtDays,
		flux: prepareFluxes(fluxPointOf(start, inputs, assumption)),
		relativeSubstrate: calcitriolSubstrateFactor(serum) / REFERENCE_CALCITRIOL_SUBSTRATE,
		relativeReplete:
			repleteAbsorptionFactor(serum, assumption.d3RepleteAbsorptionGain) / fixed.repleteAtReference,
		lumenDecay: fixed.lumenDecay,
		spaceDecay: fixed.spaceDecay,
		calcitriolDecay: fixed.calcitriolDecay,
		gutDecay: fixed.gutDecay,
		glandDecay: fixed.glandDecay
	};
}

const scratchFluxes = emptyFluxes();

/** The amounts moved in the step of `context` if ECF ends at `ecfEndMg`, written into `out`. */
export function stepAmounts(context: StepContext, ecfEndMg: number, out: StepAmounts): StepAmounts {
	const { start, dtDays } = context;
	const q = ecfEndMg / ECF_CALCIUM_SET_POINT_MG;
	const stimulus = pthStimulus(q);
	const glandCapacity = glandCapacityFromStimulus(
		start.pthGlandCapacity,
		stimulus,
		context.glandDecay
	);
	const pth = PTH_REFERENCE_PG_ML * glandCapacity * stimulus;
	// Exact first-order relaxations toward the targets this end value implies (decays precomputed per step).
	const calcitriolTarget = calcitriolFromPth(pth, context.relativeSubstrate);
	const calcitriol =
		calcitriolTarget + (start.calcitriolPmolL - calcitriolTarget) * context.calcitriolDecay;
	const transportTarget = gutCapacityFromCalcitriol(calcitriol, context.relativeReplete);
	const transport =
		transportTarget + (start.gutTransportCapacity - transportTarget) * context.gutDecay;
	const flux = fluxesAt(context.flux, ecfEndMg, glandCapacity, transport, scratchFluxes, pth);
	// Stryker disable next-line ArithmeticOperator: GUT_TRANSIT_DAYS is 1, so × and ÷ agree.
	const lumenSteady = flux.unabsorbed * GUT_TRANSIT_DAYS;
	const lumenEndMg = lumenSteady + (start.gutLumenMg - lumenSteady) * context.lumenDecay;
	const spaceSteady = flux.resorption * REMODELLING_REFILL_DAYS;
	const spaceEndMg = spaceSteady + (start.remodellingSpaceMg - spaceSteady) * context.spaceDecay;
	out.resorbed = flux.resorption * dtDays;
	out.secreted = flux.secretion * dtDays;
	out.absorbed = flux.absorbed * dtDays;
	out.faecal = flux.unabsorbed * dtDays - (lumenEndMg - start.gutLumenMg);
	out.formed =
		flux.refillShare * (out.resorbed - (spaceEndMg - start.remodellingSpaceMg)) +
		flux.growth * dtDays;
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
	// Stryker disable next-line ObjectLiteral: stepAmounts writes every field before any is read; the literal only fixes the shape.
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
	// Stryker disable next-line StringLiteral: assumptionValues reads any unknown assumption as central.
	assumption: AssumptionValues = assumptionValues('central')
): void {
	// Exact first-order relaxation of the vitamin pools toward their steady states (Heaney 2003; Schurgers 2007).
	const fixed = stepFixed(inputs, dtDays, assumption);
	state.serum25OHDNmolL =
		fixed.serumTarget + (state.serum25OHDNmolL - fixed.serumTarget) * fixed.serumDecay;
	state.mk7SerumNgPerMl =
		fixed.mk7Target + (state.mk7SerumNgPerMl - fixed.mk7Target) * fixed.mk7Decay;
	const context = stepContext(state, inputs, dtDays, assumption);
	const residual = (ecfEndMg: number) =>
		ecfEndMg - stepAmounts(context, ecfEndMg, scratchAmounts).ecfEndMg;
	const solution = solveIncreasingRoot(
		residual,
		state.ecfCalciumMg,
		SOLVER_TOLERANCE_MG,
		0,
		// Stryker disable next-line ArithmeticOperator: only the first slope; the secant corrects it (same root to 1e-6 mg).
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
	// Stryker disable next-line StringLiteral: assumptionValues reads any unknown assumption as central.
	assume: Assumption = 'central'
): ModelState {
	assertStepDays(dtDays);
	const next = copyState(state);
	integrateInPlace(next, sanitizeInputs(inputs), dtDays, assumptionValues(assume));
	return next;
}
