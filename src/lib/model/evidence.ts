/**
 * The "what the science says" view as data: graded claims (model-reference §5) and long-term outcomes at the
 * size trials found, kept apart from the mechanism the model animates. The UI translates claims by id.
 */
import { DAYS_PER_YEAR } from './constants';
import { sanitizeInputs, type ModelInputs } from './parameters';
import { ucOcRatioReduction, inactiveMgpReduction } from './vitamins';

export type EvidenceGrade = 'strong' | 'mixed' | 'low';

export type EvidenceClaimId =
	| 'calcium_in_bone_and_gut_absorption'
	| 'vitamin_d_raises_absorption'
	| 'vitamin_k_carboxylates'
	| 'k_lowers_biomarkers'
	| 'd3_raises_25ohd'
	| 'k2_bone_density'
	| 'k2_fractures'
	| 'k2_arteries'
	| 'regulators_bone_claim'
	| 'warfarin_vitamin_k';

export interface EvidenceClaim {
	id: EvidenceClaimId;
	grade: EvidenceGrade;
	/** English qualifier of the grade, e.g. "mechanism", "biomarkers", "small effect once replete". */
	gradeNote?: string;
	/** English claim (the UI shows the translated message for this id). */
	claim: string;
	sources: readonly string[];
	/** English caveat the view must show with the claim. */
	caveat?: string;
}

const industryCaveat =
	'Several positive K2 trials come from one research group with industry funding.';

/** The §5 table of model-reference.md, plus the warfarin safety point of §4. */
export const evidenceClaims: readonly EvidenceClaim[] = [
	{
		id: 'calcium_in_bone_and_gut_absorption',
		grade: 'strong',
		claim:
			'About 99% of body calcium is in bone; the gut absorbs about a quarter of dietary calcium.',
		sources: ['IOM 2011']
	},
	{
		id: 'vitamin_d_raises_absorption',
		grade: 'strong',
		gradeNote: 'small effect once replete',
		claim: 'Vitamin D (via calcitriol) raises calcium absorption; deficiency impairs it.',
		sources: ['IOM 2011', 'Need 2008', 'Hansen 2008', 'Aloia 2014']
	},
	{
		id: 'vitamin_k_carboxylates',
		grade: 'strong',
		gradeNote: 'mechanism',
		claim: 'Vitamin K is required to carboxylate osteocalcin and MGP.',
		sources: ['Luo 1997 (Nature)', 'biochemistry textbooks']
	},
	{
		id: 'k_lowers_biomarkers',
		grade: 'strong',
		gradeNote: 'biomarkers',
		claim:
			'Vitamin K supplements lower undercarboxylated osteocalcin and inactive MGP (dp-ucMGP), dose-dependently.',
		sources: ['Dalmeijer 2012 (Atherosclerosis 225:397)', 'Knapen 2013', 'Knapen 2015']
	},
	{
		id: 'd3_raises_25ohd',
		grade: 'strong',
		claim: 'Vitamin D3 raises serum 25(OH)D, with a plateau.',
		sources: ['Gallagher 2012 (Ann Intern Med 156:425)']
	},
	{
		id: 'k2_bone_density',
		grade: 'mixed',
		gradeNote: 'mixed / low',
		claim: 'K2 improves bone density.',
		sources: [
			'Knapen 2013 (Osteoporos Int 24:2499), positive',
			'Emaus 2010, null',
			'Booth 2008, null',
			'Binkley 2009, null',
			'Cheung 2008, null',
			'Mott 2019 review: no evidence of effect'
		],
		caveat: industryCaveat
	},
	{
		id: 'k2_fractures',
		grade: 'low',
		gradeNote: 'low / uncertain',
		claim: 'K2 prevents fractures.',
		sources: [
			'Cockayne 2006 (Japanese MK-4 trials, later integrity concerns)',
			'Mott 2019: OR 0.76 (0.58–1.01) in low-bias trials'
		]
	},
	{
		id: 'k2_arteries',
		grade: 'low',
		gradeNote: 'observational; null randomised trial',
		claim: 'K2 protects arteries.',
		sources: [
			'Geleijnse 2004 (Rotterdam Study, observational)',
			'Knapen 2015',
			'AVADEC, Diederichsen 2022 (randomised, null)',
			'EFSA 2012 rejected a claim'
		],
		caveat: industryCaveat
	},
	{
		id: 'regulators_bone_claim',
		grade: 'strong',
		gradeNote: 'essential-nutrient claim, not a treatment claim',
		claim:
			'EFSA accepts "vitamin K contributes to the maintenance of normal bone" as an essential-nutrient claim, not a treatment claim.',
		sources: ['EFSA 2009', 'EFSA 2017']
	},
	{
		id: 'warfarin_vitamin_k',
		grade: 'strong',
		claim:
			'Vitamin K intake changes how warfarin works: MK-7 at 10–20 µg/day lowered INR in a clinically relevant way in 40–60% of people on warfarin. Anyone on a vitamin K antagonist must talk to their doctor before changing vitamin K intake.',
		sources: ['Theuwissen 2013']
	}
];

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
