// The life course: every stage has its IOM 2011 limits, children lay down bone, older adults slowly lose it, mass balance holds.
import { describe, expect, it } from 'vitest';
import { DAYS_PER_YEAR } from './constants';
import { LIFE_STAGE_PHYSIOLOGY, lifeStagePhysiology } from './life-course';
import { serum25OHDTargetNmolL } from './life-course-vitamins';
import { LIFE_STAGE_LIMITS } from './life-stages';
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
import { serum25OHDSteadyStateNmolL } from './vitamins';

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

describe('life-stage physiology, exactly', () => {
	it('sets the over-70 per-site deficit to 0.4 %/year of the 1000 g skeleton at 500 mg/day × 1.2 turnover', () => {
		const older = LIFE_STAGE_PHYSIOLOGY.older;
		const mgPerDay = 500 * older.activation * older.deficit;
		expect(older.activation).toBe(1.2);
		expect(((mgPerDay * DAYS_PER_YEAR) / 1_000_000) * 100).toBeCloseTo(0.4, 12);
	});

	it('reads an unknown stage as the adult', () => {
		expect(lifeStagePhysiology('nobody')).toBe(LIFE_STAGE_PHYSIOLOGY.adult);
		expect(lifeStagePhysiology('child')).toBe(LIFE_STAGE_PHYSIOLOGY.child);
		expect(lifeStageLimits('nobody')).toBe(LIFE_STAGE_LIMITS.adult);
	});

	it("halves the sun's share of 25(OH)D over 70 (MacLaughlin & Holick 1985), whatever the supplement", () => {
		const older = at('older');
		expect(serum25OHDTargetNmolL(older)).toBe(
			serum25OHDSteadyStateNmolL(600, 'moderate', 200, 0.5)
		);
		expect(serum25OHDTargetNmolL({ ...older, sunExposure: 'none' })).toBe(
			serum25OHDTargetNmolL({ ...at('adult'), sunExposure: 'none' })
		);
		expect(
			serum25OHDTargetNmolL({ ...at('adult'), d3IuPerDay: 2000, dietVitaminDIuPerDay: 400 })
		).toBe(serum25OHDSteadyStateNmolL(2000, 'moderate', 400, 1));
	});

	it('labels each stage with its IOM 2011 age band', () => {
		expect(Object.values(LIFE_STAGE_LIMITS).map((limits) => limits.ages)).toEqual([
			'9–13',
			'14–18',
			'19–50',
			'51–70',
			'71+'
		]);
	});
});
