/** Named presets for teachers, as data only: id, inputs and run length. Their titles and "what to look for" notes are messages (classroom_preset_<id>_title/_look), the one place the text lives. */
import { defaultInputs, type ModelInputs } from './parameters';

export type ScenarioId =
	| 'typical_western'
	| 'natto_eater'
	| 'vitamin_d_deficient'
	| 'high_calcium_d3_little_k2'
	| 'after_menopause'
	| 'on_warfarin';

export interface Scenario {
	id: ScenarioId;
	inputs: ModelInputs;
	/** How long to run to see the story (years). */
	suggestedYears: number;
}

const base = defaultInputs();

/** Every preset, in display order. Each run starts from the same typical adult (see initialState). */
export const scenarios: readonly Scenario[] = [
	{
		id: 'typical_western',
		inputs: { ...base },
		suggestedYears: 3
	},
	{
		id: 'natto_eater',
		inputs: { ...base, k2McgPerDay: 350 },
		suggestedYears: 3
	},
	{
		id: 'vitamin_d_deficient',
		inputs: { ...base, d3IuPerDay: 0, sunExposure: 'none' },
		suggestedYears: 1
	},
	{
		id: 'high_calcium_d3_little_k2',
		inputs: { ...base, calciumMgPerDay: 2000, d3IuPerDay: 4000 },
		suggestedYears: 3
	},
	{
		id: 'after_menopause',
		inputs: { ...base, lifeStage: 'postmenopausal' },
		suggestedYears: 6
	},
	{
		id: 'on_warfarin',
		inputs: { ...base, warfarin: true },
		suggestedYears: 2
	}
];

/** The preset with this id, or undefined. */
export function scenarioById(id: string): Scenario | undefined {
	return scenarios.find((scenario) => scenario.id === id);
}
