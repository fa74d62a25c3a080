/**
 * The one place the rate laws meet: `assembleFluxes` turns a physiological point (pools, hormones, vitamins,
 * inputs) into every calcium flow (mg/day). `step`, `snapshotOf` and the steady state all call it.
 */
import type { AssumptionValues } from './assumptions';
import { highVitaminDDeficit, lifeStageDeficit, refillShare, resorptionMgPerDay } from './bone';
import {
	REFERENCE_CARBOXYLATED_MGP,
	REFERENCE_CARBOXYLATED_OSTEOCALCIN,
	TRIAL_DOSE_CARBOXYLATED_OSTEOCALCIN
} from './calibration';
import * as calibration from './calibration';
import {
	ARTERIAL_DEPOSITION_REFERENCE_MG_PER_DAY,
	PLASMA_CALCIUM_SET_POINT_MMOL_L
} from './constants';
import * as constants from './constants';
import * as hormones from './hormones';
import { lifeStagePhysiology } from './life-course';
import type { LifeStage } from './parameters';

// Local copies of hot-path imports, read once (module-namespace getters are slow in tsx-run scripts).
const { pthPgMl } = hormones;

// Local copies of hot-path imports, read once (module-namespace getters are slow in tsx-run scripts).
const { ACTIVE_ABSORPTION_MAX_MG_PER_DAY, REFERENCE_URINE_MG_PER_DAY } = calibration;

// Local copies of hot-path imports, read once (module-namespace getters are slow in tsx-run scripts).
const {
	ACTIVE_ABSORPTION_HALF_SATURATION_MG_PER_DAY,
	ARTERIAL_CALCIUM_LOAD_SENSITIVITY,
	ECF_CALCIUM_SET_POINT_MG,
	FRACTIONAL_ABSORPTION_MAX,
	GUT_SECRETION_MG_PER_DAY,
	GUT_TRANSIT_DAYS,
	PASSIVE_ABSORPTION_FRACTION,
	PTH_REFERENCE_PG_ML,
	REMODELLING_REFILL_DAYS,
	URINE_CALCIUM_SENSITIVITY,
	URINE_PTH_EXPONENT
} = constants;

/** Everything the flows depend on at one moment. */
export interface FluxPoint {
	intakeMgPerDay: number;
	lifeStage: LifeStage;
	daysSinceMenopause: number;
	ecfCalciumMg: number;
	gutLumenMg: number;
	remodellingSpaceMg: number;
	pthGlandCapacity: number;
	gutTransportCapacity: number;
	serum25OHDNmolL: number;
	carboxylatedOsteocalcin: number;
	carboxylatedMgp: number;
	assumption: AssumptionValues;
}

/** Every flow (mg/day) and the hormone level behind them. */
export interface Fluxes {
	pthPgMl: number;
	secretion: number;
	/** Calcium entering the gut per day: food plus secretions. */
	gutInflow: number;
	fractionalAbsorption: number;
	/** Gross absorption: a share of the inflow, so never more than what passes through. */
	absorbed: number;
	/** Unabsorbed calcium entering transit to the faeces. */
	unabsorbed: number;
	faecal: number;
	resorption: number;
	/** Remodelling sites closing (mg/day of resorbed calcium whose sites are refilling). */
	refill: number;
	/** Share of each closing site refilled with new bone (1 in the adult; less after menopause). */
	refillShare: number;
	formation: number;
	/** Bone laid down by growth (mg/day; part of formation): children and teenagers only. */
	growth: number;
	urine: number;
	arterial: number;
}

/** Relative ECF (and plasma) calcium: 1 at the set point. */
export function relativeCalcium(ecfCalciumMg: number): number {
	return ecfCalciumMg / ECF_CALCIUM_SET_POINT_MG;
}

/** Plasma total calcium (mmol/L), proportional to ECF calcium: 2.35 at the set point (textbooks; Peterson & Riggs 2010). */
export function plasmaCalciumMmolL(ecfCalciumMg: number): number {
	return PLASMA_CALCIUM_SET_POINT_MMOL_L * relativeCalcium(ecfCalciumMg);
}

/**
 * Fraction of the calcium entering the gut that is absorbed: an active, saturable route scaled by transport capacity
 * (calcitriol-driven; Bronner 2003; IOM 2011) plus a passive 8%. Q·φ(Q) rises with Q: more intake is never less absorbed.
 */
export function fractionalAbsorption(
	gutInflowMgPerDay: number,
	transportCapacity: number,
	stageFactor = 1
): number {
	const active =
		(ACTIVE_ABSORPTION_MAX_MG_PER_DAY * Math.max(0, transportCapacity)) /
		(Math.max(0, gutInflowMgPerDay) + ACTIVE_ABSORPTION_HALF_SATURATION_MG_PER_DAY);
	return Math.min(
		FRACTIONAL_ABSORPTION_MAX,
		stageAdjustedActive(active, stageFactor) + PASSIVE_ABSORPTION_FRACTION
	);
}

/**
 * The active share scaled by the life stage's factor f, saturating toward the ceiling (0.9 − passive) so that a
 * child's ×1.5 never passes it: f·a/(1 + (f − 1)·a/ceiling). Exactly `a` at f = 1; increasing in a and in f.
 */
function stageAdjustedActive(active: number, stageFactor: number): number {
	// A fast path for adults (factor 1, every step): the formula gives exactly `active` there, so this is equivalent.
	// Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: equivalent (see above).
	if (stageFactor === 1) return active;
	const ceiling = FRACTIONAL_ABSORPTION_MAX - PASSIVE_ABSORPTION_FRACTION;
	return (stageFactor * active) / (1 + ((stageFactor - 1) * active) / ceiling);
}

/** Urinary calcium (mg/day): rises with the filtered load, falls as PTH raises reabsorption (textbooks). */
export function urineMgPerDay(ecfCalciumMg: number, pth: number): number {
	return (
		REFERENCE_URINE_MG_PER_DAY *
		Math.exp(URINE_CALCIUM_SENSITIVITY * (relativeCalcium(ecfCalciumMg) - 1)) *
		Math.pow(pth / PTH_REFERENCE_PG_ML, -URINE_PTH_EXPONENT)
	);
}

/**
 * Arterial deposition (mg/day): driven by the calcium(-phosphate) load and age (MESA, Kronmal 2007), braked by
 * carboxylated MGP with an assumed strength s: × (1 + s·(inactive/inactive_ref − 1)) (AVADEC low, mechanism high).
 */
export function arterialDepositionMgPerDay(
	ecfCalciumMg: number,
	carboxylatedMgp: number,
	lifeStage: LifeStage,
	brakeStrength: number
): number {
	const inactiveRelative = (1 - carboxylatedMgp) / (1 - REFERENCE_CARBOXYLATED_MGP);
	const load = Math.exp(ARTERIAL_CALCIUM_LOAD_SENSITIVITY * (relativeCalcium(ecfCalciumMg) - 1));
	const age = lifeStagePhysiology(lifeStage).arterialAge;
	return (
		ARTERIAL_DEPOSITION_REFERENCE_MG_PER_DAY *
		age *
		load *
		Math.max(0, 1 + brakeStrength * (inactiveRelative - 1))
	);
}

/** Osteocalcin shift of the hypothetical bone link: 0 on the diet, +1 at the 180 µg/day trial dose, −1 on warfarin. */
export function osteocalcinShift(carboxylatedOsteocalcin: number): number {
	return (
		(carboxylatedOsteocalcin - REFERENCE_CARBOXYLATED_OSTEOCALCIN) /
		(TRIAL_DOSE_CARBOXYLATED_OSTEOCALCIN - REFERENCE_CARBOXYLATED_OSTEOCALCIN)
	);
}

/**
 * Bone laid down by growth (mg/day) at this PTH: the stage's accretion when calcium is plentiful (PTH at or below
 * reference), less as PTH rises with a short supply: G·2r/(1 + r), r = min(1, PTH_ref/PTH). Retention rises with
 * intake up to a plateau at ~1300–1500 mg/day in adolescents (Matkovic & Heaney 1992, Am J Clin Nutr 55:992).
 */
export function growthMgPerDay(accretionMgPerDay: number, relativePth: number): number {
	const r = Math.min(1, 1 / Math.max(relativePth, 1e-9));
	return (accretionMgPerDay * 2 * r) / (1 + r);
}

/** The parts of the flows that do not depend on ECF calcium, the gland or the gut (computed once per step). */
export interface FluxContext {
	intakeMgPerDay: number;
	gutLumenMg: number;
	remodellingSpaceMg: number;
	/** Resorption at reference PTH (mg/day): turnover × life-stage activation. */
	resorptionAtReferencePth: number;
	pthRemodellingExponent: number;
	refillShare: number;
	/** Arterial deposition at the set point (mg/day): reference × age × MGP brake. */
	arterialAtSetPoint: number;
	/** Bone laid down by growth (mg/day, children and teenagers; life-course.ts). */
	growthMgPerDay: number;
	/** Multiplier of the active absorption route by life stage (life-course.ts). */
	absorptionFactor: number;
}

/** The ECF-independent part of the flows at `point`. */
export function prepareFluxes(point: FluxPoint): FluxContext {
	const stage = lifeStagePhysiology(point.lifeStage);
	const deficit =
		lifeStageDeficit(point.lifeStage, point.daysSinceMenopause) +
		highVitaminDDeficit(point.serum25OHDNmolL, point.assumption.highVitaminDLossPctPerYear);
	return {
		intakeMgPerDay: point.intakeMgPerDay,
		gutLumenMg: point.gutLumenMg,
		remodellingSpaceMg: point.remodellingSpaceMg,
		resorptionAtReferencePth: resorptionMgPerDay(point.lifeStage, PTH_REFERENCE_PG_ML, 1),
		pthRemodellingExponent: point.assumption.pthRemodellingExponent,
		refillShare: refillShare(
			deficit,
			osteocalcinShift(point.carboxylatedOsteocalcin),
			point.assumption
		),
		arterialAtSetPoint: arterialDepositionMgPerDay(
			ECF_CALCIUM_SET_POINT_MG,
			point.carboxylatedMgp,
			point.lifeStage,
			point.assumption.mgpBrakeStrength
		),
		growthMgPerDay: stage.growthMgPerDay,
		absorptionFactor: stage.absorption
	};
}

/** An empty flux record to fill (reuse one per loop: no allocation per evaluation). */
export function emptyFluxes(): Fluxes {
	return {
		pthPgMl: 0,
		secretion: 0,
		gutInflow: 0,
		fractionalAbsorption: 0,
		absorbed: 0,
		unabsorbed: 0,
		faecal: 0,
		resorption: 0,
		refill: 0,
		refillShare: 0,
		formation: 0,
		growth: 0,
		urine: 0,
		arterial: 0
	};
}

/**
 * Every flow (mg/day) for a context at this ECF calcium, gland capacity and gut transport capacity, written into
 * `out`. `knownPthPgMl`, when given, must equal pthPgMl(q, glandCapacity) (saves recomputing it).
 */
export function fluxesAt(
	context: FluxContext,
	ecfCalciumMg: number,
	glandCapacity: number,
	transportCapacity: number,
	out: Fluxes,
	knownPthPgMl?: number
): Fluxes {
	const q = relativeCalcium(ecfCalciumMg);
	const pth = knownPthPgMl ?? pthPgMl(q, glandCapacity);
	const relativePth = pth / PTH_REFERENCE_PG_ML;
	out.pthPgMl = pth;
	out.secretion = GUT_SECRETION_MG_PER_DAY * q;
	out.gutInflow = context.intakeMgPerDay + out.secretion;
	out.fractionalAbsorption = fractionalAbsorption(
		out.gutInflow,
		transportCapacity,
		context.absorptionFactor
	);
	out.absorbed = out.fractionalAbsorption * out.gutInflow;
	out.unabsorbed = out.gutInflow - out.absorbed;
	// Stryker disable next-line ArithmeticOperator: GUT_TRANSIT_DAYS is 1, so × and ÷ agree.
	out.faecal = context.gutLumenMg / GUT_TRANSIT_DAYS;
	out.resorption =
		context.resorptionAtReferencePth * Math.pow(relativePth, context.pthRemodellingExponent);
	out.refill = context.remodellingSpaceMg / REMODELLING_REFILL_DAYS;
	out.refillShare = context.refillShare;
	// A fast path for every stage without growth (the formula gives exactly 0 there; it saved ~30 % of a step at dt 1).
	// Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent (see above).
	out.growth = context.growthMgPerDay > 0 ? growthMgPerDay(context.growthMgPerDay, relativePth) : 0;
	out.formation = context.refillShare * out.refill + out.growth;
	out.urine = urineMgPerDay(ecfCalciumMg, pth);
	out.arterial = context.arterialAtSetPoint * Math.exp(ARTERIAL_CALCIUM_LOAD_SENSITIVITY * (q - 1));
	return out;
}

/** Every flow at `point` (mg/day): the one assembly of the rate laws, used by step, snapshot and steady state. */
export function assembleFluxes(point: FluxPoint): Fluxes {
	return fluxesAt(
		prepareFluxes(point),
		point.ecfCalciumMg,
		point.pthGlandCapacity,
		point.gutTransportCapacity,
		emptyFluxes()
	);
}
