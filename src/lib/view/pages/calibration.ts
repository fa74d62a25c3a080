// The calibration anchors of doc/reference-values.md §1–§3, grouped into the three tables of the about page.
import { m } from '$lib/paraglide/messages';
import type { Message, ReferenceId } from './references';

export interface AnchorRow {
	id: string;
	quantity: Message;
	target: Message;
	sources: readonly ReferenceId[];
	/** True when the anchor also rests on standard physiology textbooks. */
	textbooks?: boolean;
}

export interface AnchorTable {
	id: string;
	caption: Message;
	rows: readonly AnchorRow[];
}

export const anchorTables: readonly AnchorTable[] = [
	{
		id: 'balance',
		caption: m.pages_about_calibration_balance_caption,
		rows: [
			{
				id: 'intake',
				quantity: m.pages_about_cal_intake_quantity,
				target: m.pages_about_cal_intake_target,
				sources: ['iom2011']
			},
			{
				id: 'fraction',
				quantity: m.pages_about_cal_fraction_quantity,
				target: m.pages_about_cal_fraction_target,
				sources: ['iom2011']
			},
			{
				id: 'absorbed',
				quantity: m.pages_about_cal_absorbed_quantity,
				target: m.pages_about_cal_absorbed_target,
				sources: ['iom2011'],
				textbooks: true
			},
			{
				id: 'urine',
				quantity: m.pages_about_cal_urine_quantity,
				target: m.pages_about_cal_urine_target,
				sources: [],
				textbooks: true
			},
			{
				id: 'remodelling',
				quantity: m.pages_about_cal_remodelling_quantity,
				target: m.pages_about_cal_remodelling_target,
				sources: ['peterson2010'],
				textbooks: true
			},
			{
				id: 'body',
				quantity: m.pages_about_cal_body_quantity,
				target: m.pages_about_cal_body_target,
				sources: ['iom2011']
			},
			{
				id: 'ecf',
				quantity: m.pages_about_cal_ecf_quantity,
				target: m.pages_about_cal_ecf_target,
				sources: ['peterson2010']
			},
			{
				id: 'plasma',
				quantity: m.pages_about_cal_plasma_quantity,
				target: m.pages_about_cal_plasma_target,
				sources: [],
				textbooks: true
			}
		]
	},
	{
		id: 'vitamin-d',
		caption: m.pages_about_calibration_vitamin_d_caption,
		rows: [
			{
				id: 'curve',
				quantity: m.pages_about_cal_d_curve_quantity,
				target: m.pages_about_cal_d_curve_target,
				sources: ['heaney2003', 'ekwaru2014', 'gallagher2012']
			},
			{
				id: 'plateau',
				quantity: m.pages_about_cal_d_plateau_quantity,
				target: m.pages_about_cal_d_plateau_target,
				sources: ['gallagher2012']
			},
			{
				id: 'time',
				quantity: m.pages_about_cal_d_time_quantity,
				target: m.pages_about_cal_d_time_target,
				sources: ['heaney2003']
			},
			{
				id: 'deficient',
				quantity: m.pages_about_cal_d_deficient_quantity,
				target: m.pages_about_cal_d_deficient_target,
				sources: ['need2008', 'iom2011']
			},
			{
				id: 'replete',
				quantity: m.pages_about_cal_d_replete_quantity,
				target: m.pages_about_cal_d_replete_target,
				sources: ['hansen2008', 'aloia2014']
			},
			{
				id: 'limit',
				quantity: m.pages_about_cal_d_limit_quantity,
				target: m.pages_about_cal_d_limit_target,
				sources: ['iom2011']
			}
		]
	},
	{
		id: 'vitamin-k',
		caption: m.pages_about_calibration_vitamin_k_caption,
		rows: [
			{
				id: 'trial',
				quantity: m.pages_about_cal_k_trial_quantity,
				target: m.pages_about_cal_k_trial_target,
				sources: ['dalmeijer2012']
			},
			{
				id: 'half-life',
				quantity: m.pages_about_cal_k_half_life_quantity,
				target: m.pages_about_cal_k_half_life_target,
				sources: ['schurgers2007']
			},
			{
				id: 'baseline',
				quantity: m.pages_about_cal_k_baseline_quantity,
				target: m.pages_about_cal_k_baseline_target,
				sources: ['oconnor2007']
			},
			{
				id: 'diet',
				quantity: m.pages_about_cal_k_diet_quantity,
				target: m.pages_about_cal_k_diet_target,
				sources: ['efsa2017']
			},
			{
				id: 'natto',
				quantity: m.pages_about_cal_k_natto_quantity,
				target: m.pages_about_cal_k_natto_target,
				sources: ['kaneki2001']
			}
		]
	}
];
