/** Named presets for teachers, as data only: id, inputs and run length. Their titles and "what to look for" notes are messages (classroom_preset_<id>_title/_look), the one place the text lives. */
import { defaultInputs, type ModelInputs } from './parameters';

export type ScenarioId =
	| 'typical_western'
	| 'natto_eater'
	| 'vitamin_d_deficient'
	| 'high_calcium_d3_little_k2'
	| 'after_menopause'
	| 'on_warfarin'
	| 'western_plate'
	| 'natto_plate'
	| 'teen_no_milk'
	| 'winter_indoors';

export interface Scenario {
	id: ScenarioId;
	inputs: ModelInputs;
	/** How long to run to see the story (years). */
	suggestedYears: number;
}

const base = defaultInputs();

/**
 * The diet inputs of the starter plates (src/lib/model/foods/starter-plates.ts), written out so that the
 * preset list does not load the food table (rounded to the sliders' steps); scenarios.test.ts checks them against `plateInputs`.
 * Values: USDA FoodData Central (calcium, vitamin D, K1); Schurgers & Vermeer 2000 and later analyses (MK-4, MK-7–9).
 */
const westernDay = {
	calciumMgPerDay: 850,
	dietVitaminDIuPerDay: 70,
	k1McgPerDay: 50,
	mk4McgPerDay: 20,
	dietMk7McgPerDay: 5
};
const nattoDay = {
	calciumMgPerDay: 750,
	dietVitaminDIuPerDay: 700,
	k1McgPerDay: 270,
	mk4McgPerDay: 6,
	dietMk7McgPerDay: 400
};
const noDairyTeenDay = {
	calciumMgPerDay: 250,
	dietVitaminDIuPerDay: 50,
	k1McgPerDay: 30,
	mk4McgPerDay: 22,
	dietMk7McgPerDay: 0
};

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
	},
	{ id: 'western_plate', inputs: { ...base, ...westernDay }, suggestedYears: 3 },
	{ id: 'natto_plate', inputs: { ...base, ...nattoDay }, suggestedYears: 3 },
	{
		id: 'teen_no_milk',
		inputs: { ...base, ...noDairyTeenDay, lifeStage: 'teen' },
		suggestedYears: 3
	},
	{
		id: 'winter_indoors',
		inputs: { ...base, ...westernDay, sunExposure: 'none' },
		suggestedYears: 1
	}
];

/** The starter plate each plate-built preset was written from (its link carries the plate too). */
export const PRESET_STARTER_PLATE: Partial<Record<ScenarioId, string>> = {
	western_plate: 'western',
	natto_plate: 'natto',
	teen_no_milk: 'noDairyTeen',
	winter_indoors: 'winterIndoors'
};

/** The preset with this id, or undefined. */
export function scenarioById(id: string): Scenario | undefined {
	return scenarios.find((scenario) => scenario.id === id);
}
