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
			'About 350 µg/day of MK-7, roughly one serving of natto. Serum MK-7 climbs over about two weeks to about 5 ng/mL, as measured in natto eaters in Tokyo (Kaneki 2001). Active osteocalcin and MGP rise: these biomarkers are well established. The arterial index grows a little more slowly only as far as the assumed MGP brake allows, and bone does not change in an adult: effects on bones and arteries are hypotheses the trials have not confirmed.'
	},
	{
		id: 'vitamin_d_deficient',
		title: 'Vitamin D deficient',
		inputs: { ...base, d3IuPerDay: 0, sunExposure: 'none' },
		suggestedYears: 1,
		description:
			'No sun (indoors, or winter far from the equator) and no vitamin D3 from diet or supplements. Serum 25(OH)D falls over 2–3 months to below 10 nmol/L, deep deficiency (IOM 2011; Holick 2007). Calcitriol can no longer be made in full, the share of calcium absorbed falls steeply (Need 2008), PTH climbs and bone is drawn on to keep blood calcium normal.'
	},
	{
		id: 'high_calcium_d3_little_k2',
		title: 'High calcium and D3, little K2',
		inputs: { ...base, calciumMgPerDay: 2000, d3IuPerDay: 4000 },
		suggestedYears: 3,
		description:
			'2000 mg of calcium (the upper limit from age 51) and 4000 IU of D3 (the adult upper limit), with no K2 supplement. The gut absorbs a smaller share but more calcium in total. Blood calcium barely moves: PTH and calcitriol fall instead and the kidneys pass more. Bone gains a little once, as remodelling slows, then levels off (Tai 2015). Active MGP stays where the diet puts it; how much that matters for arteries in people is not known.'
	},
	{
		id: 'after_menopause',
		title: 'After menopause',
		inputs: { ...base, lifeStage: 'postmenopausal' },
		suggestedYears: 6,
		description:
			'Falling oestrogen speeds up bone remodelling and each site is not quite refilled: bone mineral falls about 2.5 % a year over the roughly three-year transition, then about 1 % a year (SWAN, Greendale 2012). Try the sliders: calcium and D3 shift bone a little once, K2 slows the loss by at most a fraction of a percent a year (a hypothesis: other trials found nothing), and no combination cancels most of it.'
	},
	{
		id: 'on_warfarin',
		title: 'On warfarin',
		inputs: { ...base, warfarin: true },
		suggestedYears: 2,
		description:
			"Warfarin blocks the enzyme that recycles vitamin K (VKORC1). The liver's clotting factors are carboxylated less, so the INR rises to about 2.5; osteocalcin and MGP fall further, because the liver is served first. Extra vitamin K partly overcomes the block: even 10–20 µg/day of MK-7 lowered the INR in people on acenocoumarol, another vitamin K antagonist (Theuwissen 2013). Anyone on warfarin must talk to their doctor before changing their vitamin K intake."
	}
];

/** The preset with this id, or undefined. */
export function scenarioById(id: string): Scenario | undefined {
	return scenarios.find((scenario) => scenario.id === id);
}
