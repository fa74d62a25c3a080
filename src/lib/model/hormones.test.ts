// Calcium homeostasis in numbers: PTH falls as calcium rises, the gland adapts with the stated time constant and cap, calcitriol follows PTH and substrate, the gut follows calcitriol.
import { describe, expect, it } from 'vitest';
import {
	CALCITRIOL_PTH_EXPONENT,
	CALCITRIOL_REFERENCE_PMOL_L,
	PTH_GLAND_LEAK,
	PTH_GLAND_MAX_CAPACITY,
	PTH_GLAND_TIME_CONSTANT_DAYS,
	PTH_REFERENCE_PG_ML
} from './constants';
import {
	calcitriolFromPth,
	calcitriolSubstrateFactor,
	calcitriolTargetPmolL,
	glandCapacityAfter,
	glandCapacityDecay,
	glandCapacityFromStimulus,
	glandCapacitySteadyState,
	gutCapacityFromCalcitriol,
	gutCapacityTarget,
	pthPgMl,
	pthStimulus,
	repleteAbsorptionFactor
} from './hormones';

describe('PTH', () => {
	it('is 1 at the set point, higher when calcium is low, lower (to a floor) when it is high', () => {
		expect(pthStimulus(1)).toBe(1);
		expect(pthStimulus(0.95)).toBeGreaterThan(1.5);
		expect(pthStimulus(1.03)).toBeLessThan(0.8);
		// Far above the set point only the floor is left: 0.1 / (0.1 + 1/(1 + e^1.2)).
		expect(pthStimulus(2)).toBeCloseTo(0.1 / (0.1 + 1 / (1 + Math.exp(1.2))), 9);
	});

	it('scales with the gland capacity', () => {
		expect(pthPgMl(1, 1)).toBe(PTH_REFERENCE_PG_ML);
		expect(pthPgMl(1, 2)).toBe(2 * PTH_REFERENCE_PG_ML);
		expect(pthPgMl(0.95, 1)).toBeCloseTo(PTH_REFERENCE_PG_ML * pthStimulus(0.95), 9);
	});
});

describe('the parathyroid gland', () => {
	const tau = PTH_GLAND_TIME_CONSTANT_DAYS / PTH_GLAND_LEAK;

	it('relaxes ln(capacity) by e⁻¹ in τ/leak days', () => {
		expect(glandCapacityDecay(0)).toBe(1);
		expect(glandCapacityDecay(tau)).toBeCloseTo(Math.exp(-1), 12);
		// At the set point the target is capacity 1: a doubled gland shrinks to 2^(1/e) in τ/leak days.
		expect(glandCapacityAfter(2, 1, tau)).toBeCloseTo(2 ** Math.exp(-1), 9);
		expect(glandCapacityAfter(0.5, 1, tau)).toBeCloseTo(0.5 ** Math.exp(-1), 9);
	});

	it('grows while calcium stays low, towards stimulus^(1/leak), never beyond the cap', () => {
		const stimulus = pthStimulus(0.96);
		expect(glandCapacityAfter(1, 0.96, 10)).toBeGreaterThan(1);
		expect(glandCapacityAfter(1, 0.96, 1e6)).toBeCloseTo(stimulus ** (1 / PTH_GLAND_LEAK), 6);
		expect(glandCapacitySteadyState(0.96)).toBeCloseTo(stimulus ** (1 / PTH_GLAND_LEAK), 9);
		expect(glandCapacitySteadyState(1)).toBe(1);
		expect(glandCapacitySteadyState(0.5)).toBe(PTH_GLAND_MAX_CAPACITY);
		expect(glandCapacityFromStimulus(1, 100, 0)).toBe(PTH_GLAND_MAX_CAPACITY);
		expect(glandCapacityFromStimulus(3, 1, 1)).toBeCloseTo(3, 12);
		// Halfway (decay ½) from capacity 2 towards the target 4^(1/leak) = 16, in logs: √(2 · 16).
		expect(glandCapacityFromStimulus(2, 4, 0.5)).toBeCloseTo(Math.sqrt(2 * 16), 9);
	});
});

describe('calcitriol', () => {
	it('needs 25(OH)D: half-made at 10 nmol/L, a Hill curve of order 3, nothing at or below zero', () => {
		expect(calcitriolSubstrateFactor(10)).toBeCloseTo(0.5, 12);
		expect(calcitriolSubstrateFactor(20)).toBeCloseTo(8 / 9, 12);
		expect(calcitriolSubstrateFactor(0)).toBe(0);
		expect(calcitriolSubstrateFactor(-5)).toBe(0);
	});

	it('rises with PTH by the stated exponent and scales with the substrate', () => {
		expect(calcitriolFromPth(PTH_REFERENCE_PG_ML, 1)).toBe(CALCITRIOL_REFERENCE_PMOL_L);
		expect(calcitriolFromPth(2 * PTH_REFERENCE_PG_ML, 1)).toBeCloseTo(
			CALCITRIOL_REFERENCE_PMOL_L * 2 ** CALCITRIOL_PTH_EXPONENT,
			9
		);
		expect(calcitriolFromPth(PTH_REFERENCE_PG_ML, 0.5)).toBe(CALCITRIOL_REFERENCE_PMOL_L / 2);
		expect(calcitriolTargetPmolL(PTH_REFERENCE_PG_ML, 10, 0.5)).toBeCloseTo(
			CALCITRIOL_REFERENCE_PMOL_L,
			9
		);
		expect(calcitriolTargetPmolL(PTH_REFERENCE_PG_ML, 10, 1)).toBeCloseTo(
			CALCITRIOL_REFERENCE_PMOL_L / 2,
			9
		);
	});
});

describe('gut transport', () => {
	it('gains with 25(OH)D when replete: 1 + g·S/(S + 120)', () => {
		expect(repleteAbsorptionFactor(0, 0.4)).toBe(1);
		expect(repleteAbsorptionFactor(-10, 0.4)).toBe(1);
		expect(repleteAbsorptionFactor(120, 0.4)).toBeCloseTo(1.2, 12);
		expect(repleteAbsorptionFactor(360, 0.4)).toBeCloseTo(1.3, 12);
	});

	it('follows calcitriol relative to the reference, times the replete factor', () => {
		expect(gutCapacityFromCalcitriol(CALCITRIOL_REFERENCE_PMOL_L, 1)).toBe(1);
		expect(gutCapacityFromCalcitriol(2 * CALCITRIOL_REFERENCE_PMOL_L, 1.5)).toBeCloseTo(3, 12);
		expect(gutCapacityTarget(CALCITRIOL_REFERENCE_PMOL_L, 70, 0.4, 70)).toBeCloseTo(1, 12);
		expect(gutCapacityTarget(CALCITRIOL_REFERENCE_PMOL_L, 120, 0.4, 0)).toBeCloseTo(1.2, 12);
		expect(gutCapacityTarget(CALCITRIOL_REFERENCE_PMOL_L, 0, 0.4, 120)).toBeCloseTo(1 / 1.2, 12);
	});
});
