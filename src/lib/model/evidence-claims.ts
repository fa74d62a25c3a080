/**
 * The "what the science says" table as data (doc/reference-values.md §5, plus the warfarin point of §4): each claim with
 * its grade and sources. The UI translates claims by id.
 */

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

/** The §5 table of doc/reference-values.md, plus the warfarin safety point of §4. */
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
			'Vitamin K intake changes how vitamin K antagonists such as warfarin work: MK-7 at 10–20 µg/day lowered INR in a clinically relevant way in 40–60% of people on acenocoumarol, another vitamin K antagonist. Anyone on a vitamin K antagonist must talk to their doctor before changing vitamin K intake.',
		sources: ['Theuwissen 2013 (acenocoumarol)']
	}
];
