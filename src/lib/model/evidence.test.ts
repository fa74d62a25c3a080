// The evidence view's data: the §5 table and trial-sized outcomes that never exceed what trials found.
import { describe, expect, it } from 'vitest';
import { DAYS_PER_YEAR } from './constants';
import { evidenceScaledOutcomes, K2_BONE_EFFECT_MAX_PCT_PER_YEAR } from './evidence';
import { evidenceClaims } from './evidence-claims';
import { defaultInputs } from './parameters';

const adult = defaultInputs();

describe('evidenceClaims', () => {
	it('grades every claim strong, mixed or low, with sources and unique ids', () => {
		const ids = new Set(evidenceClaims.map((claim) => claim.id));
		expect(ids.size).toBe(evidenceClaims.length);
		for (const claim of evidenceClaims) {
			expect(['strong', 'mixed', 'low']).toContain(claim.grade);
			expect(claim.sources.length).toBeGreaterThan(0);
		}
	});

	it('grades K2 outcomes as mixed or low and K biomarkers as strong', () => {
		const grade = (id: string) => evidenceClaims.find((claim) => claim.id === id)?.grade;
		expect(grade('k2_bone_density')).toBe('mixed');
		expect(grade('k2_fractures')).toBe('low');
		expect(grade('k2_arteries')).toBe('low');
		expect(grade('k_lowers_biomarkers')).toBe('strong');
	});
});

describe('evidenceScaledOutcomes', () => {
	it('credits K2 with at most a fraction of a percent per year after menopause, and zero at the low end', () => {
		const post = { ...adult, lifeStage: 'postmenopausal' as const, k2McgPerDay: 1000 };
		const outcome = evidenceScaledOutcomes(post, 3 * DAYS_PER_YEAR);
		expect(outcome.k2BoneEffectPct.low).toBe(0);
		expect(outcome.k2BoneEffectPct.high).toBeCloseTo(3 * K2_BONE_EFFECT_MAX_PCT_PER_YEAR, 9);
		expect(outcome.arterialEffectKnown).toBe(false);
		expect(outcome.boneNoTrialData).toBeNull();
	});

	it('says "no trial data" beyond the trial years and outside the trial populations, instead of extrapolating', () => {
		const post = { ...adult, lifeStage: 'postmenopausal' as const, k2McgPerDay: 180 };
		const tenYears = evidenceScaledOutcomes(post, 10 * DAYS_PER_YEAR);
		expect(tenYears.boneNoTrialData).toBe('beyond_years');
		expect(tenYears.k2BoneEffectPct.high).toBeCloseTo(3 * K2_BONE_EFFECT_MAX_PCT_PER_YEAR, 9);
		expect(evidenceScaledOutcomes({ ...adult, k2McgPerDay: 180 }, 365).boneNoTrialData).toBe(
			'population'
		);
		expect(evidenceScaledOutcomes({ ...post, warfarin: true }, 365).boneNoTrialData).toBe(
			'warfarin'
		);
		expect(evidenceScaledOutcomes(adult, 10 * DAYS_PER_YEAR).boneNoTrialData).toBeNull();
		expect(evidenceScaledOutcomes(post, 365).arterialTrialRangePct).toEqual({ low: -29, high: 18 });
		expect(evidenceScaledOutcomes(post, 3 * DAYS_PER_YEAR).arteryNoTrialData).toBe('beyond_years');
		expect(evidenceScaledOutcomes(adult, 3 * DAYS_PER_YEAR).arteryNoTrialData).toBeNull();
	});

	it("adds calcium's one-off gain (Tai 2015) and very high D3's loss (Burt 2019) to the bone range", () => {
		const base = evidenceScaledOutcomes(adult, 2 * DAYS_PER_YEAR).boneMineralChangePct;
		const calcium = evidenceScaledOutcomes({ ...adult, calciumMgPerDay: 2000 }, 2 * DAYS_PER_YEAR);
		expect(calcium.boneMineralChangePct.low).toBeCloseTo(base.low + 0.6, 9);
		expect(calcium.boneMineralChangePct.high).toBeCloseTo(base.high + 1.8, 9);
		const d3 = evidenceScaledOutcomes({ ...adult, d3IuPerDay: 10_000 }, 3 * DAYS_PER_YEAR);
		expect(d3.boneMineralChangePct.low).toBeCloseTo(-2.3, 9);
		expect(d3.boneMineralChangePct.high).toBe(0);
	});

	it('follows SWAN for menopause and credits nothing without K2 or on warfarin', () => {
		const menopause = evidenceScaledOutcomes(
			{ ...adult, lifeStage: 'postmenopausal' },
			5 * DAYS_PER_YEAR
		);
		expect(menopause.lifeStageBoneChangePct).toBeCloseTo(-(3 * 2.5 + 2 * 1), 9);
		expect(menopause.k2BoneEffectPct.high).toBe(0);
		const warfarin = evidenceScaledOutcomes(
			{ ...adult, k2McgPerDay: 180, warfarin: true },
			DAYS_PER_YEAR
		);
		expect(warfarin.k2BoneEffectPct.high).toBe(0);
		expect(warfarin.claimIds).toContain('warfarin_vitamin_k');
	});

	it('reports the Dalmeijer 2012 biomarker changes at 180 µg/day', () => {
		const outcome = evidenceScaledOutcomes({ ...adult, k2McgPerDay: 180 }, 84);
		expect(outcome.inactiveMgpChangePct).toBeCloseTo(-31, 0);
		expect(outcome.ucOcRatioChangePct).toBeCloseTo(-60, 0);
	});
});
