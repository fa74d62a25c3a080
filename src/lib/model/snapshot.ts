/** What the app, charts and CLI read: a snapshot of the state with its instantaneous flows (mg/day) and changes vs an origin. */
import { assumptionValues, type Assumption } from './assumptions';
import { ARTERIAL_INDEX_UNIT_MG, PTH_REFERENCE_PG_ML } from './constants';
import { assembleFluxes, plasmaCalciumMmolL } from './fluxes';
import { sanitizeInputs, type ModelInputs } from './parameters';
import { fluxPointOf } from './point';
import { massBalanceErrorMg, type ModelState } from './state';
import { hepaticKDoseMcgPerDay } from './vitamin-k-forms';
import { internationalNormalisedRatio } from './vitamins';

/** One moment of a run. Flows are instantaneous (mg/day); changes are relative to the run's origin (day 0). */
export interface Snapshot {
	/** Simulated day (the state's clock). */
	day: number;
	intakeMgPerDay: number;
	serum25OHDNmolL: number;
	/** Serum MK-7 (ng/mL): ~0.4 on a Western diet, ~5 in natto eaters (Kaneki 2001). */
	mk7SerumNgPerMl: number;
	/** Share of the calcium passing through the gut (food plus secretions) that is absorbed, 0–1: what isotope tests measure. */
	fractionalAbsorption: number;
	grossAbsorptionMgPerDay: number;
	secretionMgPerDay: number;
	/** Gross absorption − secretion. */
	netAbsorptionMgPerDay: number;
	faecalMgPerDay: number;
	urineMgPerDay: number;
	boneFormationMgPerDay: number;
	boneResorptionMgPerDay: number;
	/** Formation − resorption (positive: bone gains). */
	netBoneBalanceMgPerDay: number;
	arterialDepositionMgPerDay: number;
	carboxylatedOsteocalcinFraction: number;
	carboxylatedMgpFraction: number;
	/** PTH relative to the reference adult (PTH / 35 pg/mL): 1 at the set point, above 1 when calcium runs low. */
	homeostaticSignal: number;
	/** Plasma parathyroid hormone (pg/mL); reference ≈ 10–65. */
	pthPgMl: number;
	/** Plasma calcitriol, 1,25(OH)2D (pmol/L); reference ≈ 40–150. */
	calcitriolPmolL: number;
	/** International normalised ratio of clotting time: 1.0 off warfarin, ~2–3 on it; more vitamin K lowers it. */
	inr: number;
	/** Gut calcium-transport capacity relative to the reference adult (adapts to calcitriol over weeks). */
	gutTransportCapacity: number;
	/** Remodelling space (mg of calcium resorbed from sites not yet refilled). */
	remodellingSpaceMg: number;
	/** Plasma total calcium (mmol/L); normal 2.2–2.6. */
	bloodCalciumMmolL: number;
	/** Calcium in blood and extracellular fluid (mg). */
	ecfCalciumMg: number;
	/** Calcium in the gut lumen (mg). */
	gutLumenCalciumMg: number;
	boneCalciumG: number;
	/** Bone calcium change vs the origin (%). */
	boneMineralChangePct: number;
	/** Arterial calcium deposited since the origin, in units of the reference adult's yearly deposit (relative, ≥ 0). */
	arterialCalciumIndex: number;
	/** Totals since the origin (mg). */
	cumulativeIntakeMg: number;
	cumulativeFaecalMg: number;
	cumulativeUrinaryMg: number;
	/** Intake − losses − change in every pool since the origin (mg); zero up to rounding. */
	massBalanceErrorMg: number;
}

/**
 * The snapshot of `state` under `inputs`, with changes relative to `origin` (normally the day-0 state). Flows answer
 * the current inputs at once (absorption is a share of today's intake plus secretions, so it never exceeds them and
 * never falls when intake rises); the unabsorbed calcium already in transit leaves as faeces over about a day.
 */
export function snapshotOf(
	state: ModelState,
	inputs: ModelInputs,
	origin: ModelState,
	assume: Assumption = 'central'
): Snapshot {
	return snapshotOfClean(state, sanitizeInputs(inputs), origin, assume);
}

/** `snapshotOf` for inputs already in range (runs call it once per snapshot). */
export function snapshotOfClean(
	state: ModelState,
	clean: ModelInputs,
	origin: ModelState,
	assume: Assumption
): Snapshot {
	const point = fluxPointOf(state, clean, assumptionValues(assume));
	const flux = assembleFluxes(point);
	return {
		day: state.timeDays,
		intakeMgPerDay: clean.calciumMgPerDay,
		serum25OHDNmolL: state.serum25OHDNmolL,
		mk7SerumNgPerMl: state.mk7SerumNgPerMl,
		fractionalAbsorption: flux.fractionalAbsorption,
		grossAbsorptionMgPerDay: flux.absorbed,
		secretionMgPerDay: flux.secretion,
		netAbsorptionMgPerDay: flux.absorbed - flux.secretion,
		faecalMgPerDay: flux.faecal,
		urineMgPerDay: flux.urine,
		boneFormationMgPerDay: flux.formation,
		boneResorptionMgPerDay: flux.resorption,
		netBoneBalanceMgPerDay: flux.formation - flux.resorption,
		arterialDepositionMgPerDay: flux.arterial,
		carboxylatedOsteocalcinFraction: point.carboxylatedOsteocalcin,
		carboxylatedMgpFraction: point.carboxylatedMgp,
		homeostaticSignal: flux.pthPgMl / PTH_REFERENCE_PG_ML,
		pthPgMl: flux.pthPgMl,
		calcitriolPmolL: state.calcitriolPmolL,
		inr: internationalNormalisedRatio(
			hepaticKDoseMcgPerDay(state.mk7SerumNgPerMl, clean),
			clean.warfarin
		),
		gutTransportCapacity: state.gutTransportCapacity,
		remodellingSpaceMg: state.remodellingSpaceMg,
		bloodCalciumMmolL: plasmaCalciumMmolL(state.ecfCalciumMg),
		ecfCalciumMg: state.ecfCalciumMg,
		gutLumenCalciumMg: state.gutLumenMg,
		boneCalciumG: state.boneMg / 1000,
		boneMineralChangePct: ((state.boneMg - origin.boneMg) / origin.boneMg) * 100,
		arterialCalciumIndex: Math.max(
			0,
			(state.arterialMg - origin.arterialMg) / ARTERIAL_INDEX_UNIT_MG
		),
		cumulativeIntakeMg: state.cumulativeIntakeMg - origin.cumulativeIntakeMg,
		cumulativeFaecalMg: state.cumulativeFaecalMg - origin.cumulativeFaecalMg,
		cumulativeUrinaryMg: state.cumulativeUrinaryMg - origin.cumulativeUrinaryMg,
		massBalanceErrorMg: massBalanceErrorMg(state, origin)
	};
}
