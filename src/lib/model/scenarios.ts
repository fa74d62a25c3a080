/** Named presets for teachers, as data: inputs plus an English note on what to look for (the UI translates by id). */
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
	/** English title (the UI shows the translated message for this id). */
	title: string;
	inputs: ModelInputs;
	/** How long to run to see the story (years). */
	suggestedYears: number;
	/** English description of what to look for. */
	description: string;
}

const base = defaultInputs();

/** Every preset, in display order. Each run starts from the same typical adult (see initialState). */
export const scenarios: readonly Scenario[] = [
	{
		id: 'typical_western',
		title: 'Typical Western diet',
		inputs: { ...base },
		suggestedYears: 3,
		description:
			'The starting point of every run: 1000 mg calcium, 600 IU vitamin D3 (the RDA), no K2 supplement (the diet brings ~250 µg K1 and a little K2). The gut absorbs about a quarter of the calcium, the kidneys pass what the body does not keep, and bone formation equals resorption, so bone stays level. The arterial index creeps up slowly: it is relative, 1 = one year of this typical deposit.'
	},
	{
		id: 'natto_eater',
		title: 'Natto eater',
		inputs: { ...base, k2McgPerDay: 350 },
		suggestedYears: 3,
		description:
			'About 350 µg/day of MK-7, roughly one serving of natto. Serum MK-7 climbs over about two weeks to ~5 ng/mL, as measured in natto eaters in Tokyo (Kaneki 2001). Carboxylated osteocalcin and MGP rise, and the arterial index grows more slowly than in the typical diet. Bone changes only slightly: the biomarkers are well established, the outcomes are not.'
	},
	{
		id: 'vitamin_d_deficient',
		title: 'Vitamin D deficient',
		inputs: { ...base, d3IuPerDay: 0 },
		suggestedYears: 1,
		description:
			'No vitamin D3 from diet or supplements. Serum 25(OH)D drifts down over 2–3 months to ~45 nmol/L, below the 50 nmol/L that the IOM considers sufficient for bone, and fractional absorption falls a little. Absorption falls steeply only in deep deficiency (below ~20 nmol/L, Need 2008); the model keeps a floor of ~45 nmol/L from sunlight and food, so that deep deficiency lies outside the slider.'
	},
	{
		id: 'high_calcium_d3_little_k2',
		title: 'High calcium and D3, little K2',
		inputs: { ...base, calciumMgPerDay: 2000, d3IuPerDay: 4000 },
		suggestedYears: 3,
		description:
			"2000 mg calcium (the upper limit from age 51) and 4000 IU D3 (the adult upper limit), with no K2 supplement. The gut absorbs a smaller fraction but more calcium in total; blood calcium rises a little, the kidneys pass more calcium and the homeostat turns active absorption down. Carboxylated MGP stays where the diet puts it, so the arterial index grows faster than in the typical diet. This is the model's mechanism; how large such an effect is in people is not known."
	},
	{
		id: 'after_menopause',
		title: 'After menopause',
		inputs: { ...base, lifeStage: 'postmenopausal' },
		suggestedYears: 6,
		description:
			'Falling oestrogen lets bone resorption outrun formation: bone mineral falls ~2.5% a year over the ~3-year transition, then ~1% a year (SWAN, Greendale 2012). Try the vitamin sliders: K2 slows the loss only by a fraction of a percent a year, D3 barely changes it, and no slider cancels it, as in the trials.'
	},
	{
		id: 'on_warfarin',
		title: 'On warfarin',
		inputs: { ...base, warfarin: true },
		suggestedYears: 2,
		description:
			'Warfarin blocks the recycling of vitamin K, so carboxylation falls to a low floor: carboxylated osteocalcin and MGP drop and the arterial index grows faster. Vitamin K intake changes how warfarin works (even 10–20 µg/day of MK-7 moved INR in some people, Theuwissen 2013): anyone on warfarin must talk to their doctor before changing vitamin K intake.'
	}
];

/** The preset with this id, or undefined. */
export function scenarioById(id: string): Scenario | undefined {
	return scenarios.find((scenario) => scenario.id === id);
}
