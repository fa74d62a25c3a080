// The life course: every stage has its IOM 2011 limits, children lay down bone, older adults slowly lose it, mass balance holds.
import { describe, expect, it } from 'vitest';
import { LIFE_STAGE_PHYSIOLOGY } from './life-course';
import { LIFE_STAGES } from './life-stages';
import {
	calciumSpec,
	d3Spec,
	defaultInputs,
	lifeStageLimits,
	lifeStageSpec,
	warningLimit,
	type ModelInputs
} from './parameters';
import { simulate, steadyState } from './simulate';

const at = (lifeStage: ModelInputs['lifeStage'], change: Partial<ModelInputs> = {}) => ({
	...defaultInputs(),
	lifeStage,
	...change
});

describe('life stages', () => {
	it('lists every stage in the spec, with physiology and IOM 2011 limits that warn', () => {
		expect(lifeStageSpec.options).toEqual(LIFE_STAGES);
		for (const stage of LIFE_STAGES) {
			const limits = lifeStageLimits(stage);
			expect(LIFE_STAGE_PHYSIOLOGY[stage]).toBeDefined();
			expect(limits.calciumRdaMgPerDay).toBeLessThan(limits.calciumUpperLimitMgPerDay);
			expect(warningLimit(calciumSpec, at(stage))).toBe(limits.calciumUpperLimitMgPerDay);
			expect(warningLimit(d3Spec, at(stage))).toBe(limits.vitaminDUpperLimitIuPerDay);
		}
		expect(lifeStageLimits('child').calciumUpperLimitMgPerDay).toBe(3000);
		expect(lifeStageLimits('older').vitaminDRdaIuPerDay).toBe(800);
	});

	it('keeps the adult exactly at its set point and the menopause as it was', () => {
		const adult = steadyState(defaultInputs());
		expect(adult.netBoneBalanceMgPerDay).toBeCloseTo(0, 9);
		expect(adult.fractionalAbsorption).toBeCloseTo(0.26, 9);
	});

	it('gives children and teenagers net bone gain that falls with a short calcium supply, and older adults slow loss', () => {
		for (const stage of ['child', 'teen'] as const) {
			const rda = steadyState(
				at(stage, { calciumMgPerDay: lifeStageLimits(stage).calciumRdaMgPerDay })
			);
			const little = steadyState(at(stage, { calciumMgPerDay: 400 }));
			expect(rda.netBoneBalanceMgPerDay).toBeGreaterThan(100);
			expect(rda.netBoneBalanceMgPerDay).toBeLessThan(360);
			expect(little.netBoneBalanceMgPerDay).toBeLessThan(rda.netBoneBalanceMgPerDay);
			expect(rda.arterialDepositionMgPerDay).toBeLessThan(
				steadyState(defaultInputs()).arterialDepositionMgPerDay
			);
		}
		const older = simulate(at('older', { calciumMgPerDay: 1200, d3IuPerDay: 800 }), { days: 730 });
		const end = older.at(-1)!;
		expect(end.boneMineralChangePct / 2).toBeLessThan(-0.3);
		expect(end.boneMineralChangePct / 2).toBeGreaterThan(-1.5);
		expect(Math.abs(end.massBalanceErrorMg)).toBeLessThan(1e-4);
	});

	it('lowers 25(OH)D over 70 at the same sun (thinner skin synthesis) and raises absorption in growth', () => {
		expect(steadyState(at('older')).serum25OHDNmolL).toBeLessThan(
			steadyState(at('adult')).serum25OHDNmolL
		);
		expect(steadyState(at('child')).fractionalAbsorption).toBeGreaterThan(0.3);
		expect(steadyState(at('older')).fractionalAbsorption).toBeLessThan(0.26);
	});

	it('conserves mass in a growing child over two years', () => {
		const end = simulate(at('child', { calciumMgPerDay: 1300 }), { days: 730 }).at(-1)!;
		expect(end.boneMineralChangePct).toBeGreaterThan(5);
		expect(Math.abs(end.massBalanceErrorMg)).toBeLessThan(1e-4);
	});
});
