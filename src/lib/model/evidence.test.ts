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
	it('credits K2 with at most a fraction of a percent per year, and zero at the low end', () => {
		const outcome = evidenceScaledOutcomes({ ...adult, k2McgPerDay: 1000 }, 3 * DAYS_PER_YEAR);
		expect(outcome.k2BoneEffectPct.low).toBe(0);
		expect(outcome.k2BoneEffectPct.high).toBeCloseTo(3 * K2_BONE_EFFECT_MAX_PCT_PER_YEAR, 9);
		expect(outcome.arterialEffectKnown).toBe(false);
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
