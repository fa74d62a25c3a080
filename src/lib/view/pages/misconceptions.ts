// Common misconceptions for the teacher guide, each with the evidence that corrects it and its sources.
import { m } from '$lib/paraglide/messages';
import type { Message, ReferenceId } from './references';

export interface Misconception {
	id: string;
	claim: Message;
	evidence: Message;
	sources: readonly ReferenceId[];
	/** True when the correction also rests on standard physiology textbooks. */
	textbooks?: boolean;
}

export const misconceptions: readonly Misconception[] = [
	{
		id: 'more-calcium',
		claim: m.pages_teach_myth_calcium_claim,
		evidence: m.pages_teach_myth_calcium_evidence,
		sources: ['iom2011']
	},
	{
		id: 'vitamin-d-bone',
		claim: m.pages_teach_myth_vitamin_d_claim,
		evidence: m.pages_teach_myth_vitamin_d_evidence,
		sources: ['iom2011', 'need2008', 'hansen2008', 'aloia2014'],
		textbooks: true
	},
	{
		id: 'arteries-from-diet',
		claim: m.pages_teach_myth_arteries_claim,
		evidence: m.pages_teach_myth_arteries_evidence,
		sources: ['luo1997', 'bolland2010'],
		textbooks: true
	},
	{
		id: 'k2-heart',
		claim: m.pages_teach_myth_k2_heart_claim,
		evidence: m.pages_teach_myth_k2_heart_evidence,
		sources: ['dalmeijer2012', 'geleijnse2004', 'diederichsen2022', 'efsa2012']
	},
	{
		id: 'biomarker',
		claim: m.pages_teach_myth_biomarker_claim,
		evidence: m.pages_teach_myth_biomarker_evidence,
		sources: ['diederichsen2022', 'emaus2010', 'binkley2009']
	},
	{
		id: 'more-vitamin-d',
		claim: m.pages_teach_myth_more_d_claim,
		evidence: m.pages_teach_myth_more_d_evidence,
		sources: ['gallagher2012', 'hansen2008', 'iom2011', 'marcinowska2018']
	},
	{
		id: 'bone-static',
		claim: m.pages_teach_myth_bone_static_claim,
		evidence: m.pages_teach_myth_bone_static_evidence,
		sources: ['peterson2010', 'greendale2012'],
		textbooks: true
	}
];

/** The model's simplifications, each a short title and an explanation. */
export const simplifications: readonly { id: string; title: Message; text: Message }[] = [
	{
		id: 'one-adult',
		title: m.pages_teach_simplification_1_title,
		text: m.pages_teach_simplification_1_text
	},
	{
		id: 'compartments',
		title: m.pages_teach_simplification_2_title,
		text: m.pages_teach_simplification_2_text
	},
	{
		id: 'fitted-curves',
		title: m.pages_teach_simplification_3_title,
		text: m.pages_teach_simplification_3_text
	},
	{
		id: 'artery-index',
		title: m.pages_teach_simplification_4_title,
		text: m.pages_teach_simplification_4_text
	},
	{
		id: 'two-views',
		title: m.pages_teach_simplification_5_title,
		text: m.pages_teach_simplification_5_text
	},
	{
		id: 'one-k2',
		title: m.pages_teach_simplification_6_title,
		text: m.pages_teach_simplification_6_text
	},
	{
		id: 'warfarin-switch',
		title: m.pages_teach_simplification_7_title,
		text: m.pages_teach_simplification_7_text
	},
	{
		id: 'left-out',
		title: m.pages_teach_simplification_8_title,
		text: m.pages_teach_simplification_8_text
	}
];
