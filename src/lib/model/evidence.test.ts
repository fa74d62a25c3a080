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

describe('evidenceScaledOutcomes at the edges of the trials', () => {
	const years = (n: number) => n * DAYS_PER_YEAR;

	it('loses 0.7 %/year over 70 (Dubbo) and follows SWAN within the transition: 2.5 %/year for the first 3 years', () => {
		const older = evidenceScaledOutcomes({ ...adult, lifeStage: 'older' }, years(2));
		expect(older.lifeStageBoneChangePct).toBeCloseTo(-1.4, 12);
		expect(older.boneMineralChangePct.high).toBeCloseTo(-1.4, 12);
		const post = { ...adult, lifeStage: 'postmenopausal' as const };
		expect(evidenceScaledOutcomes(post, years(2)).lifeStageBoneChangePct).toBeCloseTo(-5, 12);
		expect(evidenceScaledOutcomes(adult, years(2)).lifeStageBoneChangePct).toBe(0);
		expect(evidenceScaledOutcomes(adult, -30).years).toBe(0);
	});

	it('scales the K2 bone range by the ucOC response relative to the 180 µg/day trial dose, zero below the diet', () => {
		const post = { ...adult, lifeStage: 'postmenopausal' as const };
		// ucOC/cOC falls 0.97·90/200 at 90 µg vs 0.97·180/290 at 180 µg: 72.5% of the trial's 0.5 %/year, over 3 years.
		const half = evidenceScaledOutcomes({ ...post, k2McgPerDay: 90 }, years(3));
		expect(half.k2BoneEffectPct.high).toBeCloseTo(0.5 * (0.45 / (180 / 290)) * 3, 10);
		const oneYear = evidenceScaledOutcomes({ ...post, k2McgPerDay: 180 }, years(1));
		expect(oneYear.k2BoneEffectPct.high).toBeCloseTo(0.5, 10);
		expect(oneYear.boneMineralChangePct.high).toBeCloseTo(-2.5 + 0.5, 10);
		// Knapen 2013 studied women after menopause: no K2 bone credit for anyone else.
		expect(
			evidenceScaledOutcomes({ ...adult, k2McgPerDay: 180 }, years(1)).k2BoneEffectPct.high
		).toBe(0);
		const noK = { ...post, k1McgPerDay: 0, mk4McgPerDay: 0, dietMk7McgPerDay: 0 };
		const poor = evidenceScaledOutcomes(noK, years(3));
		expect(poor.k2BoneEffectPct.high).toBe(0);
		expect(poor.ucOcRatioChangePct).toBeCloseTo(100, 10);
		expect(poor.inactiveMgpChangePct).toBeCloseTo(50, 10);
	});

	it("adds Tai 2015's calcium gain in proportion over the first year and Burt 2019's D3 loss in proportion to dose and years", () => {
		const base = evidenceScaledOutcomes(adult, years(0.5)).boneMineralChangePct;
		const calcium = evidenceScaledOutcomes({ ...adult, calciumMgPerDay: 1500 }, years(0.5));
		expect(calcium.boneMineralChangePct.low).toBeCloseTo(base.low + 0.3, 10);
		expect(calcium.boneMineralChangePct.high).toBeCloseTo(base.high + 0.9, 10);
		// 5200 IU: half of the 400→10 000 IU step; 1.5 of Burt's 3 years: a quarter of the 2.3-point loss.
		const d3 = evidenceScaledOutcomes({ ...adult, d3IuPerDay: 5200 }, years(1.5));
		expect(d3.boneMineralChangePct.low).toBeCloseTo(-2.3 / 4, 10);
		const low = evidenceScaledOutcomes({ ...adult, d3IuPerDay: 300 }, years(3));
		expect(low.boneMineralChangePct.low).toBe(0);
		expect(evidenceScaledOutcomes(adult, years(2)).boneMineralChangePct.low).toBeCloseTo(
			-2.3 * (200 / 9600) * (2 / 3),
			12
		);
	});

	it('backs the bone range by the shortest trial behind an active setting: calcium 5 years from 1500 mg, D3 3 years above 4000 IU', () => {
		const at = (change: Partial<typeof adult>, n: number) =>
			evidenceScaledOutcomes({ ...adult, ...change }, years(n));
		expect(at({}, 1).boneTrialYears).toBe(10);
		expect(at({ calciumMgPerDay: 1500 }, 1).boneTrialYears).toBe(5);
		expect(at({ calciumMgPerDay: 1450 }, 1).boneTrialYears).toBe(10);
		expect(at({ d3IuPerDay: 4000 }, 1).boneTrialYears).toBe(10);
		expect(at({ d3IuPerDay: 4100 }, 1).boneTrialYears).toBe(3);
		expect(at({ k2McgPerDay: 180, lifeStage: 'postmenopausal' }, 1).boneTrialYears).toBe(3);
		expect(at({ calciumMgPerDay: 1500 }, 5).boneNoTrialData).toBeNull();
		expect(at({ calciumMgPerDay: 1500 }, 5.5).boneNoTrialData).toBe('beyond_years');
		expect(at({ k2McgPerDay: 180, warfarin: true }, 1).boneNoTrialData).toBe('warfarin');
	});

	it('shows AVADEC only for a K2 supplement off warfarin, for its 2 years', () => {
		const k2 = { ...adult, k2McgPerDay: 720 };
		expect(evidenceScaledOutcomes(k2, years(2)).arteryNoTrialData).toBeNull();
		expect(evidenceScaledOutcomes(k2, years(2)).arterialTrialRangePct).toEqual({
			low: -29,
			high: 18
		});
		const warfarin = evidenceScaledOutcomes({ ...k2, warfarin: true }, years(1));
		expect(warfarin.arteryNoTrialData).toBe('warfarin');
		expect(warfarin.arterialTrialRangePct).toBeNull();
		expect(evidenceScaledOutcomes(adult, years(1)).arterialTrialRangePct).toBeNull();
		expect(evidenceScaledOutcomes(adult, years(1)).claimIds).toEqual([
			'k_lowers_biomarkers',
			'k2_bone_density',
			'k2_arteries',
			'vitamin_d_raises_absorption'
		]);
	});
});
