// The four classroom activities of the teacher guide: links that open each setup in the explorer, timing, setup steps, and questions with answer notes.
import { m } from '$lib/paraglide/messages';
import { STARTER_PLATES } from '$lib/model/foods/starter-plates';
import { cleanPlate } from '$lib/model/foods/food-ids';
import { formatCleanPlate } from '$lib/url/plate-format';
import type { Message } from './references';

/** A lesson link to a plate-built preset with its plate, so "Build a plate" opens on the same foods. */
function plateLink(preset: string, starter: string): string {
	const plate = STARTER_PLATES.find((candidate) => candidate.id === starter)?.plate ?? {};
	return `preset=${preset}&plate=${formatCleanPlate(cleanPlate(plate))}`;
}

export interface ActivityQuestion {
	id: string;
	question: Message;
	/** A short answer for the teacher, with the sources it rests on. */
	note: Message;
}

/** A link that opens the explorer in an activity's exact setup (see "Lesson links" in the README). */
export interface ActivityLink {
	label: Message;
	/** The explorer's query string, without `?` and without `lang` (added for the reader's language). */
	query: string;
}

export interface Activity {
	id: string;
	/** Links into the explorer, one per setup stage; the first is the worksheet's QR code. */
	links: readonly ActivityLink[];
	title: Message;
	time: Message;
	summary: Message;
	setup: readonly Message[];
	questions: readonly ActivityQuestion[];
}

export const activities: readonly Activity[] = [
	{
		id: 'follow-the-calcium',
		links: [
			{ label: m.pages_teach_activity_1_link_1, query: 'preset=typical_western' },
			{ label: m.pages_teach_activity_1_link_2, query: 'tour=1' },
			{
				label: m.pages_teach_activity_1_link_3,
				query: 'speed=month&predict=bone,artery&horizon=1y'
			}
		],
		title: m.pages_teach_activity_1_title,
		time: m.pages_teach_activity_1_time,
		summary: m.pages_teach_activity_1_summary,
		setup: [
			m.pages_teach_activity_1_setup_1,
			m.pages_teach_activity_1_setup_2,
			m.pages_teach_activity_1_setup_3
		],
		questions: [
			{
				id: 'absorbed',
				question: m.pages_teach_activity_1_question_1,
				note: m.pages_teach_activity_1_note_1
			},
			{
				id: 'remodelling',
				question: m.pages_teach_activity_1_question_2,
				note: m.pages_teach_activity_1_note_2
			},
			{
				id: 'urine',
				question: m.pages_teach_activity_1_question_3,
				note: m.pages_teach_activity_1_note_3
			},
			{
				id: 'where',
				question: m.pages_teach_activity_1_question_4,
				note: m.pages_teach_activity_1_note_4
			}
		]
	},
	{
		id: 'vitamin-d-gate',
		links: [
			{
				label: m.pages_teach_activity_2_link_1,
				query: 'preset=vitamin_d_deficient&hide=readouts&predict=absorption,vitaminD&horizon=6m'
			},
			{
				label: m.pages_teach_activity_2_link_2,
				query: 'd3=2000&hide=readouts&predict=absorption,vitaminD&horizon=6m'
			},
			{
				label: m.pages_teach_activity_2_link_3,
				query: 'd3=4000&hide=readouts&predict=absorption,vitaminD&horizon=6m'
			},
			{ label: m.pages_teach_activity_2_link_4, query: 'd3=6000' }
		],
		title: m.pages_teach_activity_2_title,
		time: m.pages_teach_activity_2_time,
		summary: m.pages_teach_activity_2_summary,
		setup: [
			m.pages_teach_activity_2_setup_1,
			m.pages_teach_activity_2_setup_2,
			m.pages_teach_activity_2_setup_3,
			m.pages_teach_activity_2_setup_4
		],
		questions: [
			{
				id: 'deficient',
				question: m.pages_teach_activity_2_question_1,
				note: m.pages_teach_activity_2_note_1
			},
			{
				id: 'plateau',
				question: m.pages_teach_activity_2_question_2,
				note: m.pages_teach_activity_2_note_2
			},
			{
				id: 'time',
				question: m.pages_teach_activity_2_question_3,
				note: m.pages_teach_activity_2_note_3
			},
			{
				id: 'upper-limit',
				question: m.pages_teach_activity_2_question_4,
				note: m.pages_teach_activity_2_note_4
			}
		]
	},
	{
		id: 'k2-mechanism-evidence',
		links: [
			{
				label: m.pages_teach_activity_3_link_1,
				query: 'preset=high_calcium_d3_little_k2&hide=readouts&predict=bone,artery&horizon=5y'
			},
			{
				label: m.pages_teach_activity_3_link_2,
				query: 'preset=natto_eater&predict=osteocalcin,mgp&horizon=6w'
			},
			{ label: m.pages_teach_activity_3_link_3, query: 'preset=natto_eater&view=evidence' },
			{ label: m.pages_teach_activity_3_link_4, query: 'preset=after_menopause' },
			{
				label: m.pages_teach_activity_3_link_5,
				query: 'preset=on_warfarin&predict=osteocalcin,mgp,artery&horizon=1y'
			}
		],
		title: m.pages_teach_activity_3_title,
		time: m.pages_teach_activity_3_time,
		summary: m.pages_teach_activity_3_summary,
		setup: [
			m.pages_teach_activity_3_setup_1,
			m.pages_teach_activity_3_setup_2,
			m.pages_teach_activity_3_setup_3,
			m.pages_teach_activity_3_setup_4
		],
		questions: [
			{
				id: 'where',
				question: m.pages_teach_activity_3_question_1,
				note: m.pages_teach_activity_3_note_1
			},
			{
				id: 'mechanism',
				question: m.pages_teach_activity_3_question_2,
				note: m.pages_teach_activity_3_note_2
			},
			{
				id: 'biomarker',
				question: m.pages_teach_activity_3_question_3,
				note: m.pages_teach_activity_3_note_3
			},
			{
				id: 'menopause',
				question: m.pages_teach_activity_3_question_4,
				note: m.pages_teach_activity_3_note_4
			},
			{
				id: 'warfarin',
				question: m.pages_teach_activity_3_question_5,
				note: m.pages_teach_activity_3_note_5
			}
		]
	},
	{
		id: 'whats-on-the-plate',
		links: [
			{ label: m.pages_teach_activity_4_link_1, query: plateLink('western_plate', 'western') },
			{ label: m.pages_teach_activity_4_link_2, query: plateLink('natto_plate', 'natto') },
			{ label: m.pages_teach_activity_4_link_3, query: plateLink('teen_no_milk', 'noDairyTeen') },
			{
				label: m.pages_teach_activity_4_link_4,
				query: plateLink('winter_indoors', 'winterIndoors')
			}
		],
		title: m.pages_teach_activity_4_title,
		time: m.pages_teach_activity_4_time,
		summary: m.pages_teach_activity_4_summary,
		setup: [
			m.pages_teach_activity_4_setup_1,
			m.pages_teach_activity_4_setup_2,
			m.pages_teach_activity_4_setup_3,
			m.pages_teach_activity_4_setup_4
		],
		questions: [
			{
				id: 'sources',
				question: m.pages_teach_activity_4_question_1,
				note: m.pages_teach_activity_4_note_1
			},
			{
				id: 'natto',
				question: m.pages_teach_activity_4_question_2,
				note: m.pages_teach_activity_4_note_2
			},
			{
				id: 'teen',
				question: m.pages_teach_activity_4_question_3,
				note: m.pages_teach_activity_4_note_3
			},
			{
				id: 'absorbable',
				question: m.pages_teach_activity_4_question_4,
				note: m.pages_teach_activity_4_note_4
			},
			{
				id: 'winter',
				question: m.pages_teach_activity_4_question_5,
				note: m.pages_teach_activity_4_note_5
			}
		]
	}
];
