/**
 * Long-term outcomes at the size trials found, for the evidence view: kept apart from the mechanism the model
 * animates, and never larger than the trials.
 */
import { assumptionValues } from './assumptions';
import { OLDER_BONE_LOSS_PCT_PER_YEAR } from './life-course';
import { steadyExtrahepaticKDoseMcgPerDay, takesK2Supplement } from './vitamin-k-forms';
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

/** Years the trials behind each outcome ran: beyond them the evidence view says "no trial data". */
export const TRIAL_YEARS = {
	/** SWAN followed women across and after the menopause transition for about a decade (Greendale 2012). */
	menopause: 10,
	/** Knapen 2013 ran 3 years; the null trials 1–3 years (Emaus 2010; Booth 2008; Binkley 2009; Cheung 2008). */
	k2Bone: 3,
	/** Tai 2015 pooled calcium trials lasting up to ~5 years. */
	calcium: 5,
	/** Burt 2019 ran 3 years. */
	highDoseD3: 3,
	/** AVADEC ran 2 years (Diederichsen 2022). */
	k2Arteries: 2
} as const;

/** Why the evidence view shows no trial range. */
export type NoTrialDataReason = 'beyond_years' | 'population' | 'warfarin';

/** Calcium intake above which Tai 2015's one-off gain applies (mg/day): trials added ~500–1000 mg to ~800. */
export const CALCIUM_TRIAL_EXTRA_FROM_MG = 1500;
/** Tai 2015: BMD gain with more calcium, %, supplements 0.7–1.8 (diet 0.6–1.0): a one-off within a year or two. */
export const CALCIUM_BONE_GAIN_PCT = { low: 0.6, high: 1.8 } as const;
/** Burt 2019: 10,000 vs 400 IU/day for 3 years, radius −3.5% vs −1.2% (−2.3 points); tibia −1.3 points. */
export const HIGH_DOSE_D3_BONE_LOSS_PCT_AT_10000 = 2.3;

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
	/** Years the bone range is backed by trials for these settings; beyond them, no trial data. */
	boneTrialYears: number;
	/** Why there is no trial range for bone at these settings and this time, or null. */
	boneNoTrialData: NoTrialDataReason | null;
	/** AVADEC's arterial range (% of progression) for a K2 supplement within its 2 years, or null. */
	arterialTrialRangePct: EvidenceRange | null;
	/** Why there is no trial range for arteries at these settings and this time, or null (no K2: nothing to show). */
	arteryNoTrialData: NoTrialDataReason | null;
}

/** Expected bone change from life stage alone (%), after `years`. */
function lifeStageBoneChangePct(inputs: ModelInputs, years: number): number {
	if (inputs.lifeStage === 'older') return -OLDER_BONE_LOSS_PCT_PER_YEAR * years;
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

/** Bone coverage: the shortest trial behind an active setting, and a reason when no trial studied these people. */
function boneCoverage(inputs: ModelInputs): { years: number; reason: NoTrialDataReason | null } {
	let years: number = TRIAL_YEARS.menopause;
	let reason: NoTrialDataReason | null = null;
	if (takesK2Supplement(inputs)) {
		years = Math.min(years, TRIAL_YEARS.k2Bone);
		if (inputs.warfarin) reason = 'warfarin';
		else if (inputs.lifeStage !== 'postmenopausal') reason = 'population';
	}
	if (inputs.calciumMgPerDay >= CALCIUM_TRIAL_EXTRA_FROM_MG)
		years = Math.min(years, TRIAL_YEARS.calcium);
	if (inputs.d3IuPerDay > 4000) years = Math.min(years, TRIAL_YEARS.highDoseD3);
	return { years, reason };
}

/**
 * Evidence-sized outcomes for a run of `days` at `inputs` (biomarkers at their steady state), only within the
 * populations and durations trials covered. On warfarin no K2 benefit is credited: the trials excluded people on
 * vitamin K antagonists. Calcium adds Tai 2015's one-off gain; doses above 4000 IU add Burt 2019's loss.
 */
export function evidenceScaledOutcomes(inputs: ModelInputs, days: number): EvidenceScaledOutcomes {
	const clean = sanitizeInputs(inputs);
	const years = Math.max(0, days) / DAYS_PER_YEAR;
	// Stryker disable next-line StringLiteral: assumptionValues reads any unknown assumption as central.
	const central = assumptionValues('central');
	const dose = clean.warfarin ? 0 : steadyExtrahepaticKDoseMcgPerDay(clean, central);
	const doseShare = Math.max(
		0,
		Math.min(1, ucOcRatioReduction(dose) / ucOcRatioReduction(K2_BONE_TRIAL_DOSE_MCG))
	);
	const trialYears = Math.min(years, TRIAL_YEARS.k2Bone);
	const k2High =
		clean.lifeStage === 'postmenopausal'
			? K2_BONE_EFFECT_MAX_PCT_PER_YEAR * doseShare * trialYears
			: 0;
	const lifeStage = lifeStageBoneChangePct(clean, years);
	const calciumShare =
		clean.calciumMgPerDay >= CALCIUM_TRIAL_EXTRA_FROM_MG ? Math.min(1, years) : 0;
	const d3Share =
		(Math.max(0, (clean.d3IuPerDay - 400) / 9600) * Math.min(years, TRIAL_YEARS.highDoseD3)) / 3;
	const coverage = boneCoverage(clean);
	const k2Active = takesK2Supplement(clean);
	return {
		years,
		lifeStageBoneChangePct: lifeStage,
		k2BoneEffectPct: { low: 0, high: k2High },
		boneMineralChangePct: {
			low:
				lifeStage +
				CALCIUM_BONE_GAIN_PCT.low * calciumShare -
				HIGH_DOSE_D3_BONE_LOSS_PCT_AT_10000 * d3Share,
			high: lifeStage + k2High + CALCIUM_BONE_GAIN_PCT.high * calciumShare
		},
		boneTrialYears: coverage.years,
		boneNoTrialData: coverage.reason ?? (years > coverage.years + 1e-9 ? 'beyond_years' : null),
		arterialTrialRangePct: k2Active && !clean.warfarin ? { low: -29, high: 18 } : null,
		arteryNoTrialData: !k2Active
			? null
			: clean.warfarin
				? 'warfarin'
				: years > TRIAL_YEARS.k2Arteries + 1e-9
					? 'beyond_years'
					: null,
		inactiveMgpChangePct: -100 * inactiveMgpReduction(dose),
		ucOcRatioChangePct: -100 * ucOcRatioReduction(dose),
		arterialEffectKnown: false,
		claimIds: clean.warfarin ? [...outcomeClaimIds, 'warfarin_vitamin_k'] : outcomeClaimIds
	};
}
