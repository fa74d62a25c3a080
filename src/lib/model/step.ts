/**
 * One integration step: vitamin pools relax exactly, the gut lumen updates exactly, and ECF calcium is solved
 * implicitly (backward Euler) so the fast homeostatic loop is stable at any step. Every calcium amount leaves one
 * pool and enters another, so mass is conserved exactly.
 */
import {
	ARTERIAL_CALCIUM_LOAD_SENSITIVITY,
	CALCITRIOL_ABSORPTION_EXPONENT,
	ECF_CALCIUM_SET_POINT_MG,
	FRACTIONAL_ABSORPTION_MAX,
	GUT_TRANSIT_DAYS,
	HOMEOSTATIC_GAIN,
	PASSIVE_ABSORPTION_FRACTION,
	PTH_RESORPTION_EXPONENT,
	SERUM_25OHD_TIME_CONSTANT_DAYS,
	URINE_CALCIUM_SENSITIVITY
} from './constants';
import {
	activeAbsorptionFraction,
	arterialDepositionMgPerDay,
	boneFormationMgPerDay,
	boneResorptionMgPerDay,
	homeostaticSignal,
	lifeStageResorptionMgPerDay,
	secretionMgPerDay,
	urineMgPerDay
} from './fluxes';
import { sanitizeInputs, type ModelInputs } from './parameters';
import { solveIncreasingRoot } from './solver';
import { copyState, type ModelState } from './state';
import {
	carboxylatedMgpFraction,
	carboxylatedOsteocalcinFraction,
	effectiveMk7DoseMcgPerDay,
	MK7_ELIMINATION_PER_DAY,
	mk7SerumSteadyStateNgPerMl,
	relaxToward,
	serum25OHDSteadyStateNmolL
} from './vitamins';

/** What stays fixed while ECF calcium is solved within one step (reused: no allocation per step). */
const context = {
	dtDays: 1,
	intakeMgPerDay: 0,
	serum25OHDNmolL: 0,
	formationMgPerDay: 0,
	lifeStageResorptionMgPerDay: 0,
	carboxylatedMgp: 0,
	lumenDecay: 0,
	lumenStartMg: 0,
	ecfStartMg: 0
};

/** Calcium amounts moved during the step (mg) for an end-of-step ECF calcium, and the residual's slope there. */
const amounts = {
	secreted: 0,
	absorbed: 0,
	faecal: 0,
	resorbed: 0,
	formed: 0,
	urinary: 0,
	deposited: 0,
	lumenEndMg: 0,
	residualSlope: 1
};

/** Fills `amounts` for an end-of-step ECF calcium (backward Euler in ECF; exact exponential in the lumen). */
function computeAmounts(ecfMg: number): void {
	const dt = context.dtDays;
	const signal = homeostaticSignal(ecfMg);
	const secretionRate = secretionMgPerDay(ecfMg);
	const inflowRate = context.intakeMgPerDay + secretionRate;
	const lumenSteadyMg = inflowRate * GUT_TRANSIT_DAYS;
	const lumenEndMg = lumenSteadyMg + (context.lumenStartMg - lumenSteadyMg) * context.lumenDecay;
	const outflow = Math.max(0, inflowRate * dt - (lumenEndMg - context.lumenStartMg));
	const active = activeAbsorptionFraction(inflowRate, context.serum25OHDNmolL, signal);
	const absorbed =
		Math.min(FRACTIONAL_ABSORPTION_MAX, active + PASSIVE_ABSORPTION_FRACTION) * outflow;
	amounts.secreted = secretionRate * dt;
	amounts.absorbed = absorbed;
	amounts.faecal = outflow - absorbed;
	amounts.lumenEndMg = context.lumenStartMg + inflowRate * dt - outflow;
	amounts.resorbed = boneResorptionMgPerDay(context.lifeStageResorptionMgPerDay, signal) * dt;
	amounts.formed = context.formationMgPerDay * dt;
	amounts.urinary = urineMgPerDay(ecfMg) * dt;
	amounts.deposited = arterialDepositionMgPerDay(ecfMg, context.carboxylatedMgp) * dt;
	// Slope of the residual (Newton): each flow's sensitivity to ECF calcium, from its exponential form.
	const feedback =
		active * outflow * CALCITRIOL_ABSORPTION_EXPONENT * HOMEOSTATIC_GAIN +
		amounts.resorbed * PTH_RESORPTION_EXPONENT * HOMEOSTATIC_GAIN +
		amounts.urinary * URINE_CALCIUM_SENSITIVITY +
		amounts.deposited * ARTERIAL_CALCIUM_LOAD_SENSITIVITY;
	amounts.residualSlope = 1 + amounts.secreted / ecfMg + feedback / ECF_CALCIUM_SET_POINT_MG;
}

/** ECF calcium at the end of the step implied by the amounts moved (mg). */
function ecfEndFromAmounts(): number {
	const inflow = amounts.absorbed + amounts.resorbed;
	const outflow = amounts.secreted + amounts.formed + amounts.urinary + amounts.deposited;
	return context.ecfStartMg + inflow - outflow;
}

/** Backward-Euler residual: zero when the guessed end-of-step ECF calcium matches the amounts it implies. */
function ecfResidual(ecfMg: number): number {
	computeAmounts(ecfMg);
	return ecfMg - ecfEndFromAmounts();
}

/** The residual's slope at the last point evaluated. */
function ecfResidualSlope(): number {
	return amounts.residualSlope;
}

/** Advances `state` in place by one step of `dtDays` with inputs already in range. Internal: callers copy first. */
export function integrateInPlace(state: ModelState, inputs: ModelInputs, dtDays: number): void {
	const serum = relaxToward(
		state.serum25OHDNmolL,
		serum25OHDSteadyStateNmolL(inputs.d3IuPerDay),
		dtDays,
		SERUM_25OHD_TIME_CONSTANT_DAYS
	);
	const mk7 = relaxToward(
		state.mk7SerumNgPerMl,
		mk7SerumSteadyStateNgPerMl(inputs.k2McgPerDay),
		dtDays,
		1 / MK7_ELIMINATION_PER_DAY
	);
	const dose = effectiveMk7DoseMcgPerDay(mk7);
	context.dtDays = dtDays;
	context.intakeMgPerDay = inputs.calciumMgPerDay;
	context.serum25OHDNmolL = serum;
	context.formationMgPerDay = boneFormationMgPerDay(
		carboxylatedOsteocalcinFraction(dose, inputs.warfarin)
	);
	context.carboxylatedMgp = carboxylatedMgpFraction(dose, inputs.warfarin);
	context.lifeStageResorptionMgPerDay = lifeStageResorptionMgPerDay(
		inputs.lifeStage,
		state.daysSinceMenopause
	);
	context.lumenDecay = Math.exp(-dtDays / GUT_TRANSIT_DAYS);
	context.lumenStartMg = state.gutLumenMg;
	context.ecfStartMg = state.ecfCalciumMg;

	const ecfGuess = solveIncreasingRoot(ecfResidual, state.ecfCalciumMg, 1e-9, 0, ecfResidualSlope);
	computeAmounts(ecfGuess);

	state.ecfCalciumMg = ecfEndFromAmounts();
	state.gutLumenMg = amounts.lumenEndMg;
	state.boneMg += amounts.formed - amounts.resorbed;
	state.arterialMg += amounts.deposited;
	state.cumulativeIntakeMg += inputs.calciumMgPerDay * dtDays;
	state.cumulativeFaecalMg += amounts.faecal;
	state.cumulativeUrinaryMg += amounts.urinary;
	state.serum25OHDNmolL = serum;
	state.mk7SerumNgPerMl = mk7;
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
export function step(state: ModelState, inputs: ModelInputs, dtDays: number): ModelState {
	assertStepDays(dtDays);
	const next = copyState(state);
	integrateInPlace(next, sanitizeInputs(inputs), dtDays);
	return next;
}
