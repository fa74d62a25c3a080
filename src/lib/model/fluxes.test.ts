// Each rate law behaves as its source says: shape, direction and size.
import { describe, expect, it } from 'vitest';
import { DAYS_PER_YEAR, ECF_CALCIUM_SET_POINT_MG } from './constants';
import {
	arterialDepositionMgPerDay,
	boneFormationMgPerDay,
	boneResorptionMgPerDay,
	fractionalAbsorption,
	homeostaticSignal,
	lifeStageResorptionMgPerDay,
	menopauseExcessResorptionMgPerDay,
	urineMgPerDay
} from './fluxes';
import { REFERENCE_GUT_THROUGHPUT_MG_PER_DAY } from './calibration';
import { defaultInputs } from './parameters';
import { steadyState } from './simulate';

const throughput = REFERENCE_GUT_THROUGHPUT_MG_PER_DAY;
const absorptionAt = (serum: number) => fractionalAbsorption(throughput, serum, 1);

describe('absorption', () => {
	it('falls steeply only in deep deficiency (Need 2008: 0.36 at <10 vs 0.56 at 11–20 nmol/L)', () => {
		const ratio = absorptionAt(5) / absorptionAt(15);
		expect(ratio).toBeGreaterThan(0.55);
		expect(ratio).toBeLessThan(0.8);
		const deepDrop = absorptionAt(15) - absorptionAt(5);
		const repleteGain = absorptionAt(160) - absorptionAt(55);
		expect(repleteGain).toBeLessThan(deepDrop);
	});

	it('gains only a few points when replete (Hansen 2008: +3 points from 55 to 160 nmol/L)', () => {
		const gain = absorptionAt(160) - absorptionAt(55);
		expect(gain).toBeGreaterThan(0.01);
		expect(gain).toBeLessThan(0.05);
	});

	it('gains a little with D3 at steady state, homeostasis included (Hansen 2008; Aloia 2014)', () => {
		const at = (iu: number) =>
			steadyState({ ...defaultInputs(), d3IuPerDay: iu }).fractionalAbsorption;
		expect(at(4000) - at(600)).toBeGreaterThan(0.005);
		expect(at(4000) - at(600)).toBeLessThan(0.07);
		expect(at(0)).toBeLessThan(at(600));
	});

	it('absorbs a smaller fraction but more calcium as intake rises (saturable active route)', () => {
		const at = (mg: number) => steadyState({ ...defaultInputs(), calciumMgPerDay: mg });
		expect(at(400).fractionalAbsorption).toBeGreaterThan(at(1000).fractionalAbsorption);
		expect(at(2000).fractionalAbsorption).toBeLessThan(at(1000).fractionalAbsorption);
		expect(at(2000).netAbsorptionMgPerDay).toBeGreaterThan(at(1000).netAbsorptionMgPerDay);
		expect(at(2000).urineMgPerDay).toBeGreaterThan(at(1000).urineMgPerDay);
	});
});

describe('homeostasis and excretion', () => {
	it('raises the PTH-like signal when calcium is low and lowers it when high', () => {
		expect(homeostaticSignal(ECF_CALCIUM_SET_POINT_MG)).toBe(1);
		expect(homeostaticSignal(ECF_CALCIUM_SET_POINT_MG * 0.98)).toBeGreaterThan(1.3);
		expect(homeostaticSignal(ECF_CALCIUM_SET_POINT_MG * 1.02)).toBeLessThan(0.7);
	});

	it('passes more calcium into the urine as blood calcium rises', () => {
		expect(urineMgPerDay(ECF_CALCIUM_SET_POINT_MG * 1.01)).toBeGreaterThan(
			urineMgPerDay(ECF_CALCIUM_SET_POINT_MG)
		);
	});
});

describe('bone', () => {
	it('forms a little more bone with more carboxylated osteocalcin, never much more', () => {
		const reference = boneFormationMgPerDay(0.75);
		expect(boneFormationMgPerDay(0.9)).toBeGreaterThan(reference);
		expect(boneFormationMgPerDay(1) / reference).toBeLessThan(1.03);
	});

	it('resorbs more after menopause, most in the first ~3 years (SWAN), and a little more when PTH is high', () => {
		const adult = lifeStageResorptionMgPerDay('adult', 0);
		const early = lifeStageResorptionMgPerDay('postmenopausal', 0);
		const late = lifeStageResorptionMgPerDay('postmenopausal', 6 * DAYS_PER_YEAR);
		expect(early).toBeGreaterThan(late);
		expect(late).toBeGreaterThan(adult);
		expect(boneResorptionMgPerDay(adult, 1.5)).toBeGreaterThan(adult);
		expect(boneResorptionMgPerDay(adult, 1.5) / adult).toBeLessThan(1.05);
		expect(menopauseExcessResorptionMgPerDay(2 * DAYS_PER_YEAR)).toBeGreaterThan(
			menopauseExcessResorptionMgPerDay(4 * DAYS_PER_YEAR)
		);
	});
});

describe('artery wall', () => {
	it('deposits less with more carboxylated MGP and more with a higher calcium load', () => {
		const reference = arterialDepositionMgPerDay(ECF_CALCIUM_SET_POINT_MG, 0.6);
		expect(arterialDepositionMgPerDay(ECF_CALCIUM_SET_POINT_MG, 0.8)).toBeLessThan(reference);
		expect(arterialDepositionMgPerDay(ECF_CALCIUM_SET_POINT_MG * 1.02, 0.6)).toBeGreaterThan(
			reference
		);
		expect(arterialDepositionMgPerDay(ECF_CALCIUM_SET_POINT_MG, 1)).toBe(0);
	});
});
