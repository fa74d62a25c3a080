/** The public API of the calcium routing model (pure TypeScript: no UI, DOM or Svelte). */
export * from './parameters';
export { initialState, copyState, massBalanceErrorMg, type ModelState } from './state';
export { step } from './step';
export {
	advance,
	assumptionBand,
	simulate,
	simulateAssumptions,
	steadyState,
	steadyStateOf,
	type AssumptionBandPoint,
	type SimulateOptions
} from './simulate';
export { type ScheduleEntry } from './schedule';
export {
	ASSUMPTIONS,
	ASSUMPTION_VALUES,
	assumptionValues,
	type Assumption,
	type AssumptionValues
} from './assumptions';
export { snapshotOf, type Snapshot } from './snapshot';
export { scenarios, scenarioById, type Scenario, type ScenarioId } from './scenarios';
export {
	evidenceClaims,
	type EvidenceClaim,
	type EvidenceClaimId,
	type EvidenceGrade
} from './evidence-claims';
export {
	evidenceScaledOutcomes,
	K2_BONE_EFFECT_MAX_PCT_PER_YEAR,
	K2_BONE_TRIAL_DOSE_MCG,
	MENOPAUSE_EARLY_LOSS_PCT_PER_YEAR,
	MENOPAUSE_LATE_LOSS_PCT_PER_YEAR,
	TRIAL_YEARS,
	type EvidenceRange,
	type EvidenceScaledOutcomes,
	type NoTrialDataReason
} from './evidence';
export {
	ARTERIAL_INDEX_UNIT_MG,
	DAYS_PER_YEAR,
	DEFAULT_DT_DAYS,
	PLASMA_CALCIUM_NORMAL_RANGE_MMOL_L
} from './constants';
export {
	serum25OHDSteadyStateNmolL,
	mk7SerumSteadyStateNgPerMl,
	carboxylatedOsteocalcinFraction,
	carboxylatedMgpFraction,
	inactiveMgpReduction,
	internationalNormalisedRatio,
	ucOcRatioReduction
} from './vitamins';
