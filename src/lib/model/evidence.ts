/**
 * Long-term outcomes at the size trials found, for the evidence view: kept apart from the mechanism the model
 * animates, and never larger than the trials.
 */
import { DAYS_PER_YEAR } from './constants';
import type { EvidenceClaimId } from './evidence-claims';
import { sanitizeInputs, type ModelInputs } from './parameters';
import { inactiveMgpReduction, ucOcRatioReduction } from './vitamins';

/** Spine bone loss after menopause (%/year): ~2.5 over the ~3-year transition, then ~1 (SWAN, Greendale 2012). */
export const MENOPAUSE_EARLY_LOSS_PCT_PER_YEAR = 2.5;
/** See MENOPAUSE_EARLY_LOSS_PCT_PER_YEAR: later loss (%/year). */
export const MENOPAUSE_LATE_LOSS_PCT_PER_YEAR = 1;
/**
 * Upper end of K2's bone effect (%/year slower loss) at 180 µg/day MK-7: "a fraction of a percent per year,
 * visible only after 2–3 years" (Knapen 2013). The 0.5 is this project's reading of that phrase; the low end is 0
 * (Emaus 2010, Booth 2008, Binkley 2009, Cheung 2008; Mott 2019).
 */
export const K2_BONE_EFFECT_MAX_PCT_PER_YEAR = 0.5;
/** MK-7 dose of the positive bone trial (µg/day), Knapen 2013. Larger doses are not credited with more: no trial shows it. */
export const K2_BONE_TRIAL_DOSE_MCG = 180;

export interface EvidenceRange {
	low: number;
	high: number;
}

/** Outcomes after `days` at the size trials found, for the evidence view. */
export interface EvidenceScaledOutcomes {
	years: number;
	/** Bone change expected from life stage alone (%): 0 for the adult, SWAN for menopause. */
	lifeStageBoneChangePct: number;
	/** Extra bone attributable to the K2 supplement (percentage points): 0 (null trials) to the Knapen 2013 upper bound. */
	k2BoneEffectPct: EvidenceRange;
	/** Life stage plus the K2 range (%). */
	boneMineralChangePct: EvidenceRange;
	/** Biomarkers, well established (Dalmeijer 2012 fits): fall of dp-ucMGP and of the ucOC/cOC ratio (%). */
	inactiveMgpChangePct: number;
	ucOcRatioChangePct: number;
	/** Human arterial effect of K2: not known (observational only; randomised AVADEC 2022 found none). */
	arterialEffectKnown: false;
	/** Claims the view should show next to these numbers. */
	claimIds: readonly EvidenceClaimId[];
}

/** Expected bone change from life stage alone (%), after `years`. */
function lifeStageBoneChangePct(inputs: ModelInputs, years: number): number {
	if (inputs.lifeStage !== 'postmenopausal') return 0;
	const early = Math.min(years, 3);
	return -(
		early * MENOPAUSE_EARLY_LOSS_PCT_PER_YEAR +
		Math.max(0, years - 3) * MENOPAUSE_LATE_LOSS_PCT_PER_YEAR
	);
}

const outcomeClaimIds: readonly EvidenceClaimId[] = [
	'k_lowers_biomarkers',
	'k2_bone_density',
	'k2_arteries',
	'vitamin_d_raises_absorption'
];

/**
 * Evidence-sized outcomes for a run of `days` at `inputs` (biomarkers at their steady state). On warfarin no K2
 * benefit is credited: the trials excluded people on vitamin K antagonists.
 */
export function evidenceScaledOutcomes(inputs: ModelInputs, days: number): EvidenceScaledOutcomes {
	const clean = sanitizeInputs(inputs);
	const years = Math.max(0, days) / DAYS_PER_YEAR;
	const dose = clean.warfarin ? 0 : clean.k2McgPerDay;
	const doseShare = Math.min(
		1,
		ucOcRatioReduction(dose) / ucOcRatioReduction(K2_BONE_TRIAL_DOSE_MCG)
	);
	const k2High = K2_BONE_EFFECT_MAX_PCT_PER_YEAR * doseShare * years;
	const lifeStage = lifeStageBoneChangePct(clean, years);
	return {
		years,
		lifeStageBoneChangePct: lifeStage,
		k2BoneEffectPct: { low: 0, high: k2High },
		boneMineralChangePct: { low: lifeStage, high: lifeStage + k2High },
		inactiveMgpChangePct: -100 * inactiveMgpReduction(dose),
		ucOcRatioChangePct: -100 * ucOcRatioReduction(dose),
		arterialEffectKnown: false,
		claimIds: clean.warfarin ? [...outcomeClaimIds, 'warfarin_vitamin_k'] : outcomeClaimIds
	};
}
