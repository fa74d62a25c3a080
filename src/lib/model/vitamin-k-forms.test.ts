// The forms of vitamin K and food vitamin D: defaults change nothing, more of any form never less carboxylation, no NaN anywhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, assumptionValues } from './assumptions';
import { REFERENCE_MK7_SERUM_NG_PER_ML } from './calibration';
import { DIET_K_DEPLETION_SCALE_MCG } from './constants';
import { defaultInputs, type ModelInputs } from './parameters';
import { steadyState } from './simulate';
import { inputsArbitrary } from './testing';
import {
	extrahepaticKDoseMcgPerDay,
	hepaticKDoseMcgPerDay,
	mk7IntakeAboveReferenceMcgPerDay,
	mk7SerumTargetNgPerMl,
	shortFormsExtrahepaticMcgPerDay,
	steadyExtrahepaticKDoseMcgPerDay,
	supplementMk4McgPerDay,
	supplementMk7McgPerDay,
	takesK2Supplement
} from './vitamin-k-forms';

const steady = (change: Partial<ModelInputs>, assume: (typeof ASSUMPTIONS)[number] = 'central') =>
	steadyState({ ...defaultInputs(), ...change }, assume);

describe('vitamin K forms', () => {
	it('gives exactly the reference dose, serum MK-7 and INR at the default diet, under every assumption', () => {
		const inputs = defaultInputs();
		expect(mk7SerumTargetNgPerMl(inputs)).toBe(REFERENCE_MK7_SERUM_NG_PER_ML);
		for (const assume of ASSUMPTIONS)
			expect(
				extrahepaticKDoseMcgPerDay(REFERENCE_MK7_SERUM_NG_PER_ML, inputs, assumptionValues(assume))
			).toBe(0);
		expect(hepaticKDoseMcgPerDay(REFERENCE_MK7_SERUM_NG_PER_ML, inputs)).toBe(0);
		expect(steady({ warfarin: true }).inr).toBeCloseTo(2.5, 10);
	});

	it('states the depletion scale as the central reference diet: 0.15 × 250 K1 + 0.1 × 10 MK-4 + 15 MK-7', () => {
		const central = assumptionValues('central');
		const none = { ...defaultInputs(), k1McgPerDay: 0, mk4McgPerDay: 0, dietMk7McgPerDay: 0 };
		expect(-steadyExtrahepaticKDoseMcgPerDay(none, central)).toBeCloseTo(
			DIET_K_DEPLETION_SCALE_MCG,
			10
		);
	});

	it('never lowers carboxylated MGP or osteocalcin, nor raises INR, when any form of K goes up', () => {
		const forms = ['k1McgPerDay', 'mk4McgPerDay', 'dietMk7McgPerDay', 'k2McgPerDay'] as const;
		fc.assert(
			fc.property(
				inputsArbitrary,
				fc.constantFrom(...forms),
				fc.double({ min: 1, max: 300, noNaN: true }),
				fc.constantFrom(...ASSUMPTIONS),
				(inputs, form, extra, assume) => {
					const before = steadyState(inputs, assume);
					const after = steadyState({ ...inputs, [form]: inputs[form] + extra }, assume);
					expect(after.carboxylatedMgpFraction).toBeGreaterThanOrEqual(
						before.carboxylatedMgpFraction - 1e-12
					);
					expect(after.carboxylatedOsteocalcinFraction).toBeGreaterThanOrEqual(
						before.carboxylatedOsteocalcinFraction - 1e-12
					);
					expect(after.inr).toBeLessThanOrEqual(before.inr + 1e-12);
				}
			),
			{ numRuns: 60 }
		);
	});

	it('gives less carboxylation, bounded, on a diet with less vitamin K than the reference', () => {
		const reference = steady({});
		const poor = steady({ k1McgPerDay: 0, mk4McgPerDay: 0, dietMk7McgPerDay: 0 });
		expect(poor.carboxylatedMgpFraction).toBeLessThan(reference.carboxylatedMgpFraction);
		expect(poor.carboxylatedOsteocalcinFraction).toBeLessThan(
			reference.carboxylatedOsteocalcinFraction
		);
		expect(1 - poor.carboxylatedOsteocalcinFraction).toBeLessThanOrEqual(0.4 + 1e-12);
		expect(poor.carboxylatedMgpFraction).toBeGreaterThanOrEqual(0.4 - 1e-12);
	});

	it('orders the supplement forms as the evidence does: 180 µg MK-7 > 180 µg MK-4; the 45 mg drug dose most', () => {
		const mk7 = steady({ k2McgPerDay: 180, k2Form: 'mk7' });
		const mk4 = steady({ k2McgPerDay: 180, k2Form: 'mk4' });
		const drug = steady({ k2McgPerDay: 0, k2Form: 'mk4-drug' });
		expect(mk7.carboxylatedOsteocalcinFraction).toBeGreaterThan(
			mk4.carboxylatedOsteocalcinFraction
		);
		expect(drug.carboxylatedOsteocalcinFraction).toBeGreaterThan(
			mk7.carboxylatedOsteocalcinFraction
		);
		expect(mk4.mk7SerumNgPerMl).toBeCloseTo(REFERENCE_MK7_SERUM_NG_PER_ML, 12);
	});

	it('lets dietary K1 move INR on warfarin: more greens, lower INR; none, higher but finite', () => {
		const usual = steady({ warfarin: true }).inr;
		expect(steady({ warfarin: true, k1McgPerDay: 500 }).inr).toBeLessThan(usual);
		const none = steady({
			warfarin: true,
			k1McgPerDay: 0,
			mk4McgPerDay: 0,
			dietMk7McgPerDay: 0
		}).inr;
		expect(none).toBeGreaterThan(usual);
		expect(Number.isFinite(none)).toBe(true);
	});
});

describe('vitamin D from food', () => {
	it('adds to the supplement: more food D never less 25(OH)D; with no vitamin D from anywhere it stays at the floor of 8 nmol/L, never below', () => {
		fc.assert(
			fc.property(
				inputsArbitrary,
				fc.double({ min: 10, max: 500, noNaN: true }),
				(inputs, extra) => {
					const more = Math.min(2000, inputs.dietVitaminDIuPerDay + extra);
					expect(
						steadyState({ ...inputs, dietVitaminDIuPerDay: more }).serum25OHDNmolL
					).toBeGreaterThanOrEqual(steadyState(inputs).serum25OHDNmolL);
				}
			),
			{ numRuns: 40 }
		);
		const floor = steady({ sunExposure: 'none', d3IuPerDay: 0, dietVitaminDIuPerDay: 0 });
		expect(floor.serum25OHDNmolL).toBeCloseTo(8, 6);
		const lowFood = steady({ sunExposure: 'low', d3IuPerDay: 0, dietVitaminDIuPerDay: 0 });
		expect(lowFood.serum25OHDNmolL).toBeGreaterThan(8);
		expect(lowFood.serum25OHDNmolL).toBeLessThan(
			steady({ sunExposure: 'low', d3IuPerDay: 0 }).serum25OHDNmolL
		);
	});
});

describe('each form of vitamin K, dose by dose', () => {
	const k = (change: Partial<ModelInputs>) => ({ ...defaultInputs(), ...change });

	it('reads the slider as MK-7 or MK-4 by form, and the drug form as 45 mg/day MK-4 whatever the slider', () => {
		expect(supplementMk7McgPerDay(k({ k2McgPerDay: 180 }))).toBe(180);
		expect(supplementMk7McgPerDay(k({ k2McgPerDay: -5 }))).toBe(0);
		expect(supplementMk7McgPerDay(k({ k2McgPerDay: 180, k2Form: 'mk4' }))).toBe(0);
		expect(supplementMk4McgPerDay(k({ k2McgPerDay: 180, k2Form: 'mk4' }))).toBe(180);
		expect(supplementMk4McgPerDay(k({ k2McgPerDay: -5, k2Form: 'mk4' }))).toBe(0);
		expect(supplementMk4McgPerDay(k({ k2McgPerDay: 0, k2Form: 'mk4-drug' }))).toBe(45_000);
		expect(supplementMk4McgPerDay(k({ k2McgPerDay: 180 }))).toBe(0);
		expect(takesK2Supplement(k({}))).toBe(false);
		expect(takesK2Supplement(k({ k2McgPerDay: 10 }))).toBe(true);
		expect(takesK2Supplement(k({ k2McgPerDay: 10, k2Form: 'mk4' }))).toBe(true);
		expect(takesK2Supplement(k({ k2McgPerDay: 0, k2Form: 'mk4-drug' }))).toBe(true);
	});

	it('counts long-chain MK-7 from food and supplement above the 15 µg/day reference, never negative amounts', () => {
		expect(mk7IntakeAboveReferenceMcgPerDay(k({}))).toBe(0);
		expect(mk7IntakeAboveReferenceMcgPerDay(k({ k2McgPerDay: 100, dietMk7McgPerDay: 35 }))).toBe(
			120
		);
		expect(mk7IntakeAboveReferenceMcgPerDay(k({ dietMk7McgPerDay: -10 }))).toBe(-15);
		// 350 µg/day above the diet: 5.3 ng/mL (natto, Schurgers 2007); no food MK-7 at all: a little under 0.4.
		expect(mk7SerumTargetNgPerMl(k({ k2McgPerDay: 350 }))).toBeCloseTo(5.3, 10);
		expect(mk7SerumTargetNgPerMl(k({ dietMk7McgPerDay: 0 }))).toBeCloseTo(
			0.4 - 15 * (4.9 / 350),
			12
		);
	});

	it('weights K1 and MK-4 by their assumed potency (central 0.15 and 0.1) for bone and vessels, 0.03 for the liver', () => {
		const central = assumptionValues('central');
		expect(shortFormsExtrahepaticMcgPerDay(k({ k1McgPerDay: 500 }), central)).toBeCloseTo(37.5, 10);
		expect(shortFormsExtrahepaticMcgPerDay(k({ k1McgPerDay: -5 }), central)).toBeCloseTo(-37.5, 10);
		expect(shortFormsExtrahepaticMcgPerDay(k({ mk4McgPerDay: 110 }), central)).toBeCloseTo(10, 10);
		expect(shortFormsExtrahepaticMcgPerDay(k({ mk4McgPerDay: -5 }), central)).toBeCloseTo(-1, 10);
		expect(
			shortFormsExtrahepaticMcgPerDay(k({ k2McgPerDay: 180, k2Form: 'mk4' }), central)
		).toBeCloseTo(18, 10);
		const serum = REFERENCE_MK7_SERUM_NG_PER_ML;
		expect(hepaticKDoseMcgPerDay(serum, k({ k1McgPerDay: 350 }))).toBeCloseTo(3, 10);
		expect(hepaticKDoseMcgPerDay(serum, k({ k1McgPerDay: -5 }))).toBeCloseTo(-7.5, 10);
		expect(hepaticKDoseMcgPerDay(serum, k({ mk4McgPerDay: 110 }))).toBeCloseTo(3, 10);
		expect(hepaticKDoseMcgPerDay(serum, k({ mk4McgPerDay: -5 }))).toBeCloseTo(-0.3, 10);
		expect(hepaticKDoseMcgPerDay(serum, k({ k2Form: 'mk4-drug' }))).toBeCloseTo(1350, 8);
		expect(hepaticKDoseMcgPerDay(5.3, k({}))).toBeCloseTo(350, 8);
		expect(extrahepaticKDoseMcgPerDay(5.3, k({}), central)).toBeCloseTo(350, 8);
	});

	it('floors the bone-and-vessel dose at no vitamin K at all (−53.5 µg/day), even where potencies would go lower', () => {
		const none = k({ k1McgPerDay: 0, mk4McgPerDay: 0, dietMk7McgPerDay: 0 });
		// High potency: 0.35 × −250 K1 alone is −87.5 µg/day, below the floor.
		expect(steadyExtrahepaticKDoseMcgPerDay(none, assumptionValues('high'))).toBe(
			-DIET_K_DEPLETION_SCALE_MCG
		);
		expect(steadyExtrahepaticKDoseMcgPerDay(none, assumptionValues('low'))).toBeGreaterThan(
			-DIET_K_DEPLETION_SCALE_MCG
		);
	});
});
