// Each rate law behaves as its source says (shape, direction, size), and the one assembler agrees with step and steady state.
import { describe, expect, it } from 'vitest';
import { assumptionValues } from './assumptions';
import { highVitaminDDeficit, lifeStageDeficit, refillShare, resorptionMgPerDay } from './bone';
import { REFERENCE_CARBOXYLATED_MGP, REFERENCE_URINE_MG_PER_DAY } from './calibration';
import { ECF_CALCIUM_SET_POINT_MG, DAYS_PER_YEAR, PTH_REFERENCE_PG_ML } from './constants';
import {
	arterialDepositionMgPerDay,
	assembleFluxes,
	fractionalAbsorption,
	osteocalcinShift,
	urineMgPerDay
} from './fluxes';
import {
	pthPgMl,
	glandCapacityAfter,
	glandCapacitySteadyState,
	calcitriolSubstrateFactor
} from './hormones';
import { defaultInputs } from './parameters';
import { fluxPointOf } from './point';
import { steadyStateOf } from './simulate';
import { initialState } from './state';

const central = assumptionValues('central');

describe('absorption', () => {
	it('absorbs a smaller fraction but more calcium as intake rises, and never more than passes through', () => {
		let previous = 0;
		for (const inflow of [0, 100, 320, 1120, 2120, 3120]) {
			const fraction = fractionalAbsorption(inflow, 1);
			const absorbed = fraction * inflow;
			expect(fraction).toBeLessThanOrEqual(0.9);
			expect(absorbed).toBeLessThanOrEqual(inflow);
			expect(absorbed).toBeGreaterThanOrEqual(previous);
			previous = absorbed;
		}
		expect(fractionalAbsorption(320, 1)).toBeGreaterThan(fractionalAbsorption(3120, 1));
	});

	it('rises with transport capacity and caps at 90%', () => {
		expect(fractionalAbsorption(1120, 2)).toBeGreaterThan(fractionalAbsorption(1120, 1));
		expect(fractionalAbsorption(1120, 0)).toBeCloseTo(0.08, 10);
		expect(fractionalAbsorption(10, 50)).toBe(0.9);
		expect(fractionalAbsorption(1120, 1)).toBeCloseTo(0.26, 10);
	});
});

describe('homeostasis', () => {
	it('makes PTH rise steeply when calcium falls and fall when it rises (35 pg/mL at the set point)', () => {
		expect(pthPgMl(1, 1)).toBeCloseTo(PTH_REFERENCE_PG_ML, 10);
		expect(pthPgMl(0.99, 1) / pthPgMl(1, 1)).toBeGreaterThan(1.15);
		expect(pthPgMl(1.01, 1)).toBeLessThan(pthPgMl(1, 1));
		expect(pthPgMl(1, 2)).toBeCloseTo(2 * PTH_REFERENCE_PG_ML, 10);
	});

	it('grows the gland while calcium stays low, and not at the set point', () => {
		expect(glandCapacityAfter(1, 1, 30)).toBeCloseTo(1, 12);
		expect(glandCapacityAfter(1, 0.99, 30)).toBeGreaterThan(1);
		expect(glandCapacityAfter(1, 1.01, 30)).toBeLessThan(1);
		expect(glandCapacityAfter(1, 0.99, 10_000)).toBeCloseTo(glandCapacitySteadyState(0.99), 6);
	});

	it('limits calcitriol by 25(OH)D only in deep deficiency', () => {
		expect(calcitriolSubstrateFactor(8)).toBeLessThan(0.4);
		expect(calcitriolSubstrateFactor(30)).toBeGreaterThan(0.95);
		expect(calcitriolSubstrateFactor(-5)).toBe(0);
	});

	it('passes more calcium into the urine as calcium rises and less as PTH rises', () => {
		const set = ECF_CALCIUM_SET_POINT_MG;
		expect(urineMgPerDay(set, PTH_REFERENCE_PG_ML)).toBeCloseTo(REFERENCE_URINE_MG_PER_DAY, 10);
		expect(urineMgPerDay(set * 1.01, PTH_REFERENCE_PG_ML)).toBeGreaterThan(
			REFERENCE_URINE_MG_PER_DAY
		);
		expect(urineMgPerDay(set, 2 * PTH_REFERENCE_PG_ML)).toBeLessThan(REFERENCE_URINE_MG_PER_DAY);
	});
});

describe('bone', () => {
	it('refills every site in the adult and leaves a deficit after menopause, larger in the first ~3 years (SWAN)', () => {
		expect(lifeStageDeficit('adult', 0)).toBe(0);
		const early = lifeStageDeficit('postmenopausal', 365);
		const late = lifeStageDeficit('postmenopausal', 8 * DAYS_PER_YEAR);
		expect(early).toBeGreaterThan(late);
		expect(late).toBeGreaterThan(0);
		expect(refillShare(0, 1, assumptionValues('high'))).toBe(1);
	});

	it('lets the osteocalcin hypothesis change loss only where there is loss, by at most the assumed size', () => {
		const high = assumptionValues('high');
		const low = assumptionValues('low');
		expect(refillShare(0.034, 1, low)).toBeCloseTo(1 - 0.034, 12);
		expect(refillShare(0.034, 1, high)).toBeGreaterThan(1 - 0.034);
		expect(refillShare(0.034, -1, high)).toBeLessThan(1 - 0.034);
		expect(refillShare(0.034, 5, high)).toBe(refillShare(0.034, 1, high));
		expect(osteocalcinShift(0.75)).toBeCloseTo(0, 10);
	});

	it('resorbs more after menopause and when PTH is high; very high 25(OH)D adds a deficit', () => {
		expect(resorptionMgPerDay('adult', PTH_REFERENCE_PG_ML, 0.5)).toBeCloseTo(500, 10);
		expect(resorptionMgPerDay('postmenopausal', PTH_REFERENCE_PG_ML, 0.5)).toBeGreaterThan(500);
		expect(resorptionMgPerDay('adult', 2 * PTH_REFERENCE_PG_ML, 0.5)).toBeCloseTo(
			500 * Math.SQRT2,
			8
		);
		expect(highVitaminDDeficit(100, 0.8)).toBe(0);
		expect(highVitaminDDeficit(144, 0.8)).toBeGreaterThan(highVitaminDDeficit(120, 0.8));
	});
});

describe('artery wall', () => {
	it('deposits more with inactive MGP (as strongly as the assumption says), with calcium load and with age', () => {
		const set = ECF_CALCIUM_SET_POINT_MG;
		const ref = arterialDepositionMgPerDay(set, REFERENCE_CARBOXYLATED_MGP, 'adult', 0.3);
		expect(ref).toBeCloseTo(0.05, 10);
		expect(arterialDepositionMgPerDay(set, 0.9, 'adult', 0.3)).toBeLessThan(ref);
		expect(arterialDepositionMgPerDay(set, 0.9, 'adult', 1)).toBeLessThan(
			arterialDepositionMgPerDay(set, 0.9, 'adult', 0.3)
		);
		expect(
			arterialDepositionMgPerDay(set * 1.02, REFERENCE_CARBOXYLATED_MGP, 'adult', 0.3)
		).toBeGreaterThan(ref);
		expect(
			arterialDepositionMgPerDay(set, REFERENCE_CARBOXYLATED_MGP, 'postmenopausal', 0.3)
		).toBeCloseTo(0.075, 10);
	});
});

describe('assembleFluxes', () => {
	it('balances at the reference adult: net absorption = urine + arterial deposit, formation = resorption', () => {
		const flux = assembleFluxes(fluxPointOf(initialState(), defaultInputs(), central));
		expect(flux.absorbed - flux.secretion).toBeCloseTo(flux.urine + flux.arterial, 8);
		expect(flux.formation).toBeCloseTo(flux.resorption, 8);
		expect(flux.faecal).toBeCloseTo(flux.unabsorbed, 8);
	});

	it('answers a new intake at once, never absorbing more than today’s intake plus secretions (day 0, paused)', () => {
		const state = initialState();
		for (const calciumMgPerDay of [200, 400, 3000]) {
			const flux = assembleFluxes(
				fluxPointOf(state, { ...defaultInputs(), calciumMgPerDay }, central)
			);
			expect(flux.absorbed).toBeLessThanOrEqual(calciumMgPerDay + flux.secretion);
			expect(flux.absorbed - flux.secretion).toBeLessThan(calciumMgPerDay);
			expect(flux.gutInflow).toBeCloseTo(calciumMgPerDay + flux.secretion, 10);
		}
	});

	it('is what the steady state solves: every pool still', () => {
		const inputs = { ...defaultInputs(), calciumMgPerDay: 400, sunExposure: 'low' as const };
		const state = steadyStateOf(inputs);
		const flux = assembleFluxes(fluxPointOf(state, inputs, central));
		expect(flux.absorbed + flux.resorption).toBeCloseTo(
			flux.secretion + flux.formation + flux.urine + flux.arterial,
			6
		);
		expect(state.remodellingSpaceMg).toBeCloseTo(flux.resorption * 130, 6);
	});
});
