// The numbers each guided-tour step's text quotes, computed from the model: only the tour's panel (loaded when the tour opens) imports this, so the first visit does not carry it.
import {
	defaultInputs,
	evidenceScaledOutcomes,
	simulate,
	steadyState,
	type ModelInputs,
	type Snapshot
} from '$lib/model';
import { stepDays, stepInputs, type TourStep } from './tour';

/** The snapshot at the end of a run of `days` at `inputs` (the same run the explorer shows). */
function endOf(inputs: ModelInputs, days: number): Snapshot {
	const run = simulate(inputs, { days: Math.max(1, days), every: Math.max(1, days) });
	return run[run.length - 1];
}

const percent = (fraction: number) => fraction * 100;

/** The numbers a step's text quotes, computed from the model (units as the text says them). */
export function tourFigures(step: TourStep): Record<string, number> {
	const inputs = stepInputs(step);
	const days = stepDays(step);
	const typical = steadyState(defaultInputs());
	const typicalIndexAfter = () => endOf(defaultInputs(), days).arterialCalciumIndex;
	switch (step.id) {
		case 'balance':
			return {
				intake: typical.intakeMgPerDay,
				absorbed: percent(typical.fractionalAbsorption),
				net: typical.netAbsorptionMgPerDay,
				formation: typical.boneFormationMgPerDay,
				urine: typical.urineMgPerDay
			};
		case 'gate': {
			const end = endOf(inputs, days);
			return {
				weeks: step.stepCount,
				serumStart: typical.serum25OHDNmolL,
				serumEnd: end.serum25OHDNmolL,
				absorbedStart: percent(typical.fractionalAbsorption),
				absorbedEnd: percent(end.fractionalAbsorption)
			};
		}
		case 'osteocalcin': {
			const end = endOf(inputs, days);
			return {
				weeks: step.stepCount,
				mk7Start: typical.mk7SerumNgPerMl,
				mk7End: end.mk7SerumNgPerMl,
				activeStart: percent(typical.carboxylatedOsteocalcinFraction),
				activeEnd: percent(end.carboxylatedOsteocalcinFraction)
			};
		}
		case 'mgp': {
			const end = endOf(inputs, days);
			return {
				activeStart: percent(typical.carboxylatedMgpFraction),
				activeEnd: percent(end.carboxylatedMgpFraction),
				index: end.arterialCalciumIndex,
				typicalIndex: typicalIndexAfter()
			};
		}
		case 'd3_without_k2': {
			const end = endOf(inputs, days);
			const withK2 = endOf({ ...inputs, k2McgPerDay: 360 }, days);
			return {
				netEnd: end.netAbsorptionMgPerDay,
				netTypical: typical.netAbsorptionMgPerDay,
				urineEnd: end.urineMgPerDay,
				mgp: percent(end.carboxylatedMgpFraction),
				index: end.arterialCalciumIndex,
				typicalIndex: typicalIndexAfter(),
				indexWithK2: withK2.arterialCalciumIndex
			};
		}
		case 'life_stage': {
			const end = endOf(inputs, days);
			const withoutK2 = endOf({ ...inputs, k2McgPerDay: 0 }, days);
			return { bone: end.boneMineralChangePct, boneWithoutK2: withoutK2.boneMineralChangePct };
		}
		case 'evidence': {
			const end = endOf(inputs, days);
			const trials = evidenceScaledOutcomes(inputs, days);
			return {
				years: trials.years,
				modelBone: end.boneMineralChangePct,
				trialLow: trials.boneMineralChangePct.low,
				trialHigh: trials.boneMineralChangePct.high,
				inactiveMgp: trials.inactiveMgpChangePct
			};
		}
	}
}
