// The evidence grades of doc/reference-values.md §5: each claim of the model with its grade and key sources.
import { m } from '$lib/paraglide/messages';
import type { Message, ReferenceId } from './references';

/** Strong, mixed and low are evidence grades; `none` marks a regulatory position, which is not graded. */
export type GradeLevel = 'strong' | 'mixed' | 'low' | 'none';

export interface EvidenceRow {
	id: string;
	claim: Message;
	grade: GradeLevel;
	/** A few words that refine the grade (e.g. "mechanism", "small effect once replete"). */
	qualifier?: Message;
	sources: readonly ReferenceId[];
	/** Text after the linked sources: what each found, or a source that is not a paper. */
	note?: Message;
}

export const evidenceRows: readonly EvidenceRow[] = [
	{
		id: 'bone-calcium',
		claim: m.pages_about_evidence_bone_calcium_claim,
		grade: 'strong',
		sources: ['iom2011']
	},
	{
		id: 'vitamin-d-absorption',
		claim: m.pages_about_evidence_vitamin_d_absorption_claim,
		grade: 'strong',
		qualifier: m.pages_about_evidence_vitamin_d_absorption_qualifier,
		sources: ['iom2011', 'need2008', 'hansen2008', 'aloia2014']
	},
	{
		id: 'carboxylation',
		claim: m.pages_about_evidence_carboxylation_claim,
		grade: 'strong',
		qualifier: m.pages_about_evidence_carboxylation_qualifier,
		sources: ['luo1997'],
		note: m.pages_about_evidence_carboxylation_note
	},
	{
		id: 'biomarkers',
		claim: m.pages_about_evidence_biomarkers_claim,
		grade: 'strong',
		qualifier: m.pages_about_evidence_biomarkers_qualifier,
		sources: ['dalmeijer2012', 'knapen2013', 'knapen2015']
	},
	{
		id: 'vitamin-d-level',
		claim: m.pages_about_evidence_vitamin_d_level_claim,
		grade: 'strong',
		sources: ['gallagher2012']
	},
	{
		id: 'bone-density',
		claim: m.pages_about_evidence_bone_density_claim,
		grade: 'mixed',
		qualifier: m.pages_about_evidence_bone_density_qualifier,
		sources: ['knapen2013', 'emaus2010', 'booth2008', 'binkley2009', 'cheung2008', 'mott2019'],
		note: m.pages_about_evidence_bone_density_note
	},
	{
		id: 'fractures',
		claim: m.pages_about_evidence_fractures_claim,
		grade: 'low',
		qualifier: m.pages_about_evidence_fractures_qualifier,
		sources: ['cockayne2006', 'mott2019'],
		note: m.pages_about_evidence_fractures_note
	},
	{
		id: 'arteries',
		claim: m.pages_about_evidence_arteries_claim,
		grade: 'low',
		qualifier: m.pages_about_evidence_arteries_qualifier,
		sources: ['geleijnse2004', 'knapen2015', 'diederichsen2022', 'efsa2012'],
		note: m.pages_about_evidence_arteries_note
	},
	{
		id: 'regulators',
		claim: m.pages_about_evidence_regulators_claim,
		grade: 'none',
		qualifier: m.pages_about_evidence_regulators_qualifier,
		sources: ['efsa2009', 'efsa2017']
	}
];

/** The visible name of each grade; the badge's shape repeats it, never colour alone. */
export const gradeLabels: Record<GradeLevel, Message> = {
	strong: m.pages_grade_strong,
	mixed: m.pages_grade_mixed,
	low: m.pages_grade_low,
	none: m.pages_grade_none
};
