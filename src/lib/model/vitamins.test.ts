// Vitamin pools and carboxylation land on the published anchors (doc/reference-values.md §2–§3).
import { describe, expect, it } from 'vitest';
import { defaultInputs } from './parameters';
import { simulate, steadyState } from './simulate';
import {
	carboxylatedClottingFactorFraction,
	carboxylatedMgpFraction,
	carboxylatedOsteocalcinFraction,
	effectiveMk7DoseMcgPerDay,
	inactiveMgpReduction,
	mk7SerumSteadyStateNgPerMl,
	internationalNormalisedRatio,
	MK7_ELIMINATION_PER_DAY,
	relaxToward,
	warfarinExtrahepaticRetained,
	serum25OHDSteadyStateNmolL,
	ucOcRatioReduction
} from './vitamins';

const adult = defaultInputs();

describe('serum 25(OH)D', () => {
	it.each([
		[0, 40, 50],
		[800, 60, 65],
		[2000, 80, 85],
		[4000, 105, 115]
	])('reaches the anchor at %i IU/day (%i–%i nmol/L)', (iu, low, high) => {
		const value = steadyState({ ...adult, d3IuPerDay: iu }).serum25OHDNmolL;
		expect(value).toBeGreaterThanOrEqual(low);
		expect(value).toBeLessThanOrEqual(high);
	});

	it('plateaus: the rise from 4000 to 10000 IU is smaller than from 0 to 2000 IU', () => {
		const rise = (from: number, to: number) =>
			serum25OHDSteadyStateNmolL(to) - serum25OHDSteadyStateNmolL(from);
		expect(rise(4000, 10_000)).toBeLessThan(rise(0, 2000) / 1.5);
	});

	it('moves ~90% of the way to its new steady state in ~75 days, not in a week', () => {
		const run = simulate({ ...adult, d3IuPerDay: 4000 }, { days: 75 });
		const start = run[0].serum25OHDNmolL;
		const target = serum25OHDSteadyStateNmolL(4000);
		const share = (day: number) => (run[day].serum25OHDNmolL - start) / (target - start);
		expect(share(75)).toBeGreaterThan(0.85);
		expect(share(75)).toBeLessThan(0.95);
		expect(share(7)).toBeLessThan(0.25);
	});
});

describe('MK-7 and carboxylation', () => {
	it('has a half-life of ~68 hours', () => {
		expect(Math.LN2 / MK7_ELIMINATION_PER_DAY).toBeCloseTo(68 / 24, 6);
	});

	it('keeps carboxylation above zero without a supplement, with ~20–30% of osteocalcin undercarboxylated', () => {
		const undercarboxylated = 1 - carboxylatedOsteocalcinFraction(0, false);
		expect(undercarboxylated).toBeGreaterThanOrEqual(0.2);
		expect(undercarboxylated).toBeLessThanOrEqual(0.3);
		expect(carboxylatedMgpFraction(0, false)).toBeGreaterThan(0.3);
	});

	it('lowers dp-ucMGP by ~31% / ~46% and ucOC/cOC by ~60% / ~74% after 12 weeks of 180 / 360 µg (Dalmeijer 2012)', () => {
		const expected = { 180: [0.31, 0.6], 360: [0.46, 0.74] } as const;
		for (const dose of [180, 360] as const) {
			const run = simulate({ ...adult, k2McgPerDay: dose }, { days: 84 });
			const end = run[84];
			const inactiveMgp = (1 - end.carboxylatedMgpFraction) / (1 - run[0].carboxylatedMgpFraction);
			const ratio = (c: number) => (1 - c) / c;
			const ucOcRatio =
				ratio(end.carboxylatedOsteocalcinFraction) / ratio(run[0].carboxylatedOsteocalcinFraction);
			expect(Math.abs(1 - inactiveMgp - expected[dose][0])).toBeLessThan(0.02);
			expect(Math.abs(1 - ucOcRatio - expected[dose][1])).toBeLessThan(0.02);
		}
	});

	it('builds its effect over ~2 weeks, not in a day', () => {
		const run = simulate({ ...adult, k2McgPerDay: 180 }, { days: 28 });
		const gain = (day: number) => run[day].carboxylatedMgpFraction - run[0].carboxylatedMgpFraction;
		expect(gain(1) / gain(28)).toBeLessThan(0.3);
		expect(gain(14) / gain(28)).toBeGreaterThan(0.9);
	});

	it('follows the Emax fits exactly', () => {
		expect(inactiveMgpReduction(340)).toBeCloseTo(0.89 / 2, 10);
		expect(ucOcRatioReduction(110)).toBeCloseTo(0.97 / 2, 10);
		expect(inactiveMgpReduction(0)).toBe(0);
	});

	it('falls to a low floor on warfarin that extra vitamin K lifts only at high doses (liver first)', () => {
		for (const dose of [0, 45]) {
			expect(carboxylatedOsteocalcinFraction(dose, true)).toBeLessThan(0.25);
			expect(carboxylatedMgpFraction(dose, true)).toBeLessThan(0.25);
			expect(carboxylatedMgpFraction(dose, true)).toBeGreaterThan(0);
		}
		expect(carboxylatedMgpFraction(1000, true)).toBeGreaterThan(0.7);
		expect(warfarinExtrahepaticRetained(0, true)).toBeCloseTo(0.2, 10);
		expect(warfarinExtrahepaticRetained(300, true)).toBeCloseTo(0.6, 10);
		expect(warfarinExtrahepaticRetained(300, false)).toBe(1);
	});

	it('gives an INR of 1 off warfarin, 2.5 on it, lowered by vitamin K dose by dose (Theuwissen 2013)', () => {
		expect(internationalNormalisedRatio(0, false)).toBe(1);
		expect(internationalNormalisedRatio(500, false)).toBe(1);
		expect(internationalNormalisedRatio(0, true)).toBeCloseTo(2.5, 10);
		expect(internationalNormalisedRatio(45, true)).toBeCloseTo(1.5, 10);
		let previous = Infinity;
		for (const dose of [0, 10, 20, 45, 100, 1000]) {
			const inr = internationalNormalisedRatio(dose, true);
			expect(inr).toBeLessThan(previous);
			expect(inr).toBeGreaterThanOrEqual(1);
			previous = inr;
		}
	});

	it('sets 25(OH)D by sun and dose: deficiency with no sun, the model-1 curve with moderate sun', () => {
		expect(serum25OHDSteadyStateNmolL(0, 'none')).toBeCloseTo(8, 10);
		expect(serum25OHDSteadyStateNmolL(0, 'moderate')).toBeCloseTo(45, 10);
		expect(serum25OHDSteadyStateNmolL(800)).toBeCloseTo(45 + 90 * (1 - Math.exp(-800 / 3500)), 10);
		expect(serum25OHDSteadyStateNmolL(0, 'low')).toBeLessThan(25);
		expect(serum25OHDSteadyStateNmolL(0, 'high')).toBeGreaterThan(90);
		expect(serum25OHDSteadyStateNmolL(-100, 'none')).toBe(serum25OHDSteadyStateNmolL(0, 'none'));
	});

	it('relaxes toward its target, never away from it, exactly', () => {
		expect(relaxToward(10, 20, 1, 1)).toBeCloseTo(20 - 10 * Math.exp(-1), 12);
		expect(relaxToward(30, 20, 1, 1)).toBeCloseTo(20 + 10 * Math.exp(-1), 12);
		expect(relaxToward(10, 20, 0, 5)).toBe(10);
		expect(relaxToward(10, 20, 1, 4)).toBeCloseTo(20 - 10 * Math.exp(-0.25), 12);
	});
});

describe('the vitamin laws at their edges', () => {
	it('sets 25(OH)D from food D above or below the 200 IU reference diet, never from negative amounts', () => {
		const serum = serum25OHDSteadyStateNmolL;
		// 1000 IU D3 + 400 IU food = 1200 IU above the reference diet, no sun: 8 + 127·(1 − e^(−1200/3500)).
		expect(serum(1000, 'none', 400)).toBeCloseTo(8 + 127 * (1 - Math.exp(-1200 / 3500)), 10);
		expect(serum(1000, 'none', -500)).toBe(serum(1000, 'none', 0));
		expect(serum(1000, 'none', 0)).toBeCloseTo(8 + 127 * (1 - Math.exp(-800 / 3500)), 10);
		// Half the skin synthesis (over 70) halves the sun's equivalent dose; a negative one counts as none.
		expect(serum(4000, 'moderate', 200, 0.5)).toBeLessThan(serum(4000, 'moderate'));
		expect(serum(4000, 'moderate', 200, 0.5)).toBeGreaterThan(serum(4000, 'none'));
		expect(serum(4000, 'moderate', 200, -1)).toBe(serum(4000, 'none'));
		expect(serum(0, 'none', 0)).toBe(8);
	});

	it('gives 5.3 ng/mL serum MK-7 at 350 µg/day (natto, Schurgers 2007) and reads that back as the dose', () => {
		expect(mk7SerumSteadyStateNgPerMl(350)).toBeCloseTo(5.3, 10);
		expect(mk7SerumSteadyStateNgPerMl(-50)).toBe(0.4);
		expect(effectiveMk7DoseMcgPerDay(5.3)).toBeCloseTo(350, 8);
		expect(effectiveMk7DoseMcgPerDay(0.2)).toBe(0);
	});

	it('raises the inactive forms below the reference diet in proportion to the deficit, up to their assumed maxima', () => {
		// Half the 53.5 µg/day depletion scale: half of the +50% dp-ucMGP and of the doubled ucOC/cOC ratio.
		expect(inactiveMgpReduction(-53.5 / 2)).toBeCloseTo(-0.25, 12);
		expect(inactiveMgpReduction(-1000)).toBeCloseTo(-0.5, 12);
		expect(ucOcRatioReduction(-53.5 / 2)).toBeCloseTo(-0.5, 12);
		expect(ucOcRatioReduction(-1000)).toBeCloseTo(-1, 12);
		expect(ucOcRatioReduction(0)).toBe(0);
		// Carboxylated MGP 60% on the diet (40% inactive), 40% with no vitamin K; osteocalcin 75%, then 60%.
		expect(carboxylatedMgpFraction(0, false)).toBeCloseTo(0.6, 12);
		expect(carboxylatedMgpFraction(-1000, false)).toBeCloseTo(0.4, 12);
		expect(carboxylatedOsteocalcinFraction(0, false)).toBeCloseTo(0.75, 12);
		expect(carboxylatedOsteocalcinFraction(-53.5, false)).toBeCloseTo(0.6, 12);
		expect(carboxylatedOsteocalcinFraction(0, true)).toBeCloseTo(0.15, 12);
	});

	it('keeps the warfarin floors when the dose is below the diet: 20% carboxylation retained, a liver supply of at least 2 µg', () => {
		expect(warfarinExtrahepaticRetained(-300, true)).toBeCloseTo(0.2, 12);
		expect(carboxylatedClottingFactorFraction(-100, true)).toBeCloseTo(2 / (2 + 33.75), 12);
		expect(internationalNormalisedRatio(-100, true)).toBeCloseTo(35.75 / 2, 10);
		expect(carboxylatedClottingFactorFraction(-100, false)).toBe(1);
	});
});
