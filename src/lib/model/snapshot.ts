/** What the app, charts and CLI read: a snapshot of the state with its instantaneous flows (mg/day) and changes vs an origin. */
import { ARTERIAL_INDEX_UNIT_MG, GUT_TRANSIT_DAYS } from './constants';
import {
	arterialDepositionMgPerDay,
	boneFormationMgPerDay,
	boneResorptionMgPerDay,
	fractionalAbsorption,
	homeostaticSignal,
	lifeStageResorptionMgPerDay,
	plasmaCalciumMmolL,
	secretionMgPerDay,
	urineMgPerDay
} from './fluxes';
import { sanitizeInputs, type ModelInputs } from './parameters';
import { massBalanceErrorMg, type ModelState } from './state';
import {
	carboxylatedMgpFraction,
	carboxylatedOsteocalcinFraction,
	effectiveMk7DoseMcgPerDay
} from './vitamins';

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
	/** PTH/calcitriol-like signal, 1 at the set point; above 1 when blood calcium runs low. */
	homeostaticSignal: number;
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

/** The snapshot of `state` under `inputs`, with changes relative to `origin` (normally the day-0 state). */
export function snapshotOf(state: ModelState, inputs: ModelInputs, origin: ModelState): Snapshot {
	const clean = sanitizeInputs(inputs);
	const ecf = state.ecfCalciumMg;
	const signal = homeostaticSignal(ecf);
	const secretion = secretionMgPerDay(ecf);
	const fraction = fractionalAbsorption(
		clean.calciumMgPerDay + secretion,
		state.serum25OHDNmolL,
		signal
	);
	const lumenOutflow = state.gutLumenMg / GUT_TRANSIT_DAYS;
	const gross = fraction * lumenOutflow;
	const dose = effectiveMk7DoseMcgPerDay(state.mk7SerumNgPerMl);
	const carboxylatedOsteocalcin = carboxylatedOsteocalcinFraction(dose, clean.warfarin);
	const carboxylatedMgp = carboxylatedMgpFraction(dose, clean.warfarin);
	const formation = boneFormationMgPerDay(carboxylatedOsteocalcin);
	const resorption = boneResorptionMgPerDay(
		lifeStageResorptionMgPerDay(clean.lifeStage, state.daysSinceMenopause),
		signal
	);
	return {
		day: state.timeDays,
		intakeMgPerDay: clean.calciumMgPerDay,
		serum25OHDNmolL: state.serum25OHDNmolL,
		mk7SerumNgPerMl: state.mk7SerumNgPerMl,
		fractionalAbsorption: fraction,
		grossAbsorptionMgPerDay: gross,
		secretionMgPerDay: secretion,
		netAbsorptionMgPerDay: gross - secretion,
		faecalMgPerDay: lumenOutflow - gross,
		urineMgPerDay: urineMgPerDay(ecf),
		boneFormationMgPerDay: formation,
		boneResorptionMgPerDay: resorption,
		netBoneBalanceMgPerDay: formation - resorption,
		arterialDepositionMgPerDay: arterialDepositionMgPerDay(ecf, carboxylatedMgp),
		carboxylatedOsteocalcinFraction: carboxylatedOsteocalcin,
		carboxylatedMgpFraction: carboxylatedMgp,
		homeostaticSignal: signal,
		bloodCalciumMmolL: plasmaCalciumMmolL(ecf),
		ecfCalciumMg: ecf,
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
