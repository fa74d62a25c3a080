// The three classroom activities of the teacher guide: timing, setup steps, and questions with answer notes.
import { m } from '$lib/paraglide/messages';
import type { Message } from './references';

export interface ActivityQuestion {
	id: string;
	question: Message;
	/** A short answer for the teacher, with the sources it rests on. */
	note: Message;
}

export interface Activity {
	id: string;
	title: Message;
	time: Message;
	summary: Message;
	setup: readonly Message[];
	questions: readonly ActivityQuestion[];
}

export const activities: readonly Activity[] = [
	{
		id: 'follow-the-calcium',
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
	}
];
