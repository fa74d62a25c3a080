// Across a grid of every input and every assumption: no NaN, nothing non-physiological, monotone where physiology is.
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from './assumptions';
import {
	calciumSpec,
	d3Spec,
	defaultInputs,
	k2Spec,
	lifeStageSpec,
	sunSpec,
	type ModelInputs
} from './parameters';
import { advance, steadyState } from './simulate';
import { snapshotOf } from './snapshot';
import { initialState } from './state';

const levels = (spec: { min: number; max: number }, count: number) =>
	Array.from({ length: count }, (_, i) => spec.min + ((spec.max - spec.min) * i) / (count - 1));

function grid(): ModelInputs[] {
	const all: ModelInputs[] = [];
	for (const calciumMgPerDay of levels(calciumSpec, 3))
		for (const d3IuPerDay of levels(d3Spec, 3))
			for (const k2McgPerDay of levels(k2Spec, 2))
				for (const sunExposure of [sunSpec.options[0], sunSpec.options[3]])
					for (const lifeStage of lifeStageSpec.options)
						for (const warfarin of [false, true])
							all.push({
								...defaultInputs(),
								calciumMgPerDay,
								d3IuPerDay,
								k2McgPerDay,
								sunExposure,
								lifeStage,
								warfarin
							});
	return all;
}

describe('the whole input space', () => {
	it('gives finite, physiological steady states for every input and assumption', () => {
		for (const assume of ASSUMPTIONS)
			for (const inputs of grid()) {
				const s = steadyState(inputs, assume);
				for (const value of Object.values(s)) expect(Number.isFinite(value)).toBe(true);
				// Deep deficiency (no sun, no D3) at very low intake is where people do become mildly hypocalcaemic.
				expect(s.bloodCalciumMmolL).toBeGreaterThanOrEqual(s.serum25OHDNmolL < 20 ? 2.1 : 2.2);
				expect(s.bloodCalciumMmolL).toBeLessThanOrEqual(2.6);
				expect(s.pthPgMl).toBeGreaterThan(5);
				// Deep deficiency at 200 mg/day: secondary hyperparathyroidism reaches a few hundred pg/mL in people too.
				expect(s.pthPgMl).toBeLessThan(1000);
				expect(s.calcitriolPmolL).toBeGreaterThan(2);
				expect(s.calcitriolPmolL).toBeLessThan(250);
				expect(s.fractionalAbsorption).toBeGreaterThan(0.08);
				// The 0.9 guard binds only for a growing child or teenager on 200 mg/day with ample vitamin D.
				if (inputs.lifeStage === 'child' || inputs.lifeStage === 'teen')
					expect(s.fractionalAbsorption).toBeLessThanOrEqual(0.9);
				else expect(s.fractionalAbsorption).toBeLessThan(0.9);
				expect(s.netAbsorptionMgPerDay).toBeLessThan(inputs.calciumMgPerDay);
				expect(s.urineMgPerDay).toBeGreaterThan(2);
				expect(s.urineMgPerDay).toBeLessThan(600);
				expect(s.inr).toBeGreaterThanOrEqual(1);
				expect(s.inr).toBeLessThan(4);
				expect(s.serum25OHDNmolL).toBeLessThan(375);
			}
	});

	it('is monotone where physiology is: more intake never less absorbed; more D3 never less 25(OH)D; more K2 never a higher INR', () => {
		for (const assume of ASSUMPTIONS)
			for (const base of grid().filter(
				(inputs) => inputs.calciumMgPerDay === 200 && inputs.lifeStage === 'adult'
			)) {
				let absorbed = -Infinity;
				let pth = Infinity;
				for (const calciumMgPerDay of levels(calciumSpec, 5)) {
					const s = steadyState({ ...base, calciumMgPerDay }, assume);
					expect(s.grossAbsorptionMgPerDay).toBeGreaterThanOrEqual(absorbed);
					expect(s.pthPgMl).toBeLessThanOrEqual(pth + 1e-9);
					absorbed = s.grossAbsorptionMgPerDay;
					pth = s.pthPgMl;
				}
				const d3 = levels(d3Spec, 4).map((d3IuPerDay) =>
					steadyState({ ...base, d3IuPerDay }, assume)
				);
				for (let i = 1; i < d3.length; i++)
					expect(d3[i].serum25OHDNmolL).toBeGreaterThan(d3[i - 1].serum25OHDNmolL);
				const k2 = levels(k2Spec, 4).map((k2McgPerDay) =>
					steadyState({ ...base, k2McgPerDay }, assume)
				);
				for (let i = 1; i < k2.length; i++) {
					expect(k2[i].inr).toBeLessThanOrEqual(k2[i - 1].inr);
					expect(k2[i].carboxylatedMgpFraction).toBeGreaterThan(k2[i - 1].carboxylatedMgpFraction);
					expect(k2[i].arterialDepositionMgPerDay).toBeLessThanOrEqual(
						k2[i - 1].arterialDepositionMgPerDay
					);
				}
			}
	});

	it('never shows more absorbed for less intake at any moment, even the instant a slider moves (day 0 and paused)', () => {
		const origin = initialState();
		const later = advance(origin, defaultInputs(), 200, 1);
		for (const state of [origin, later]) {
			let previous = -Infinity;
			for (const calciumMgPerDay of levels(calciumSpec, 8)) {
				const s = snapshotOf(state, { ...defaultInputs(), calciumMgPerDay }, origin);
				expect(s.grossAbsorptionMgPerDay).toBeGreaterThan(previous);
				expect(s.netAbsorptionMgPerDay).toBeLessThan(calciumMgPerDay);
				expect(s.grossAbsorptionMgPerDay).toBeLessThanOrEqual(
					calciumMgPerDay + s.secretionMgPerDay
				);
				previous = s.grossAbsorptionMgPerDay;
			}
		}
	});

	it('keeps a year-long run healthy at the corners under every assumption', () => {
		for (const assume of ASSUMPTIONS)
			for (const inputs of grid().filter((_, i) => i % 17 === 0)) {
				const origin = initialState();
				const end = snapshotOf(advance(origin, inputs, 365, 5, assume), inputs, origin, assume);
				for (const value of Object.values(end)) expect(Number.isFinite(value)).toBe(true);
				expect(end.bloodCalciumMmolL).toBeGreaterThan(2.2);
				expect(end.boneMineralChangePct).toBeGreaterThan(-8);
				// Children and teenagers lay down bone (~5–7 % of an adult skeleton a year); adults barely gain.
				const growing = inputs.lifeStage === 'child' || inputs.lifeStage === 'teen';
				expect(end.boneMineralChangePct).toBeLessThan(growing ? 9 : 3);
				expect(Math.abs(end.massBalanceErrorMg)).toBeLessThan(1e-4);
			}
	});
});
