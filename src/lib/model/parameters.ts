/**
 * Every input of the calcium routing model, declared once: id, units, range, default, step, short name,
 * with the source of its range and default in the comment above it. Sliders, clamping, URL parsing, embed
 * options, reset, the snapshot caption, the CLI, the README's tables and the tests all read `inputSpecs`:
 * a new input is one entry here, its English words in input-docs.ts (CLI and README) and its messages.
 */
import {
	choiceInput,
	defaultsOf,
	numberInput,
	sanitizeWith,
	switchInput,
	type InputsOf,
	type InputSpec
} from './input-spec';
import { LIFE_STAGES, lifeStageLimits } from './life-stages';

export * from './input-spec';
export { LIFE_STAGE_LIMITS, lifeStageLimits, type LifeStageLimits } from './life-stages';

/** Source: The supplement dose in the form chosen by k2-form (MK-7 unless told otherwise). Dose range of MK-7 trials: 180–360 µg/day (Dalmeijer 2012), 720 µg/day (AVADEC, Diederichsen 2022). No upper limit is set for vitamin K (US NIH ODS). */
export const k2Spec = numberInput({
	id: 'k2McgPerDay',
	units: 'µg/day',
	min: 0,
	max: 1000,
	default: 0,
	step: 10,
	shortName: 'k2'
});

/** Source: Supplement. RDA 600 IU/day (ages 1–70), 800 IU/day from 71; upper limit 4000 IU/day from age 9 (IOM 2011). */
export const d3Spec = numberInput({
	id: 'd3IuPerDay',
	units: 'IU/day',
	min: 0,
	max: 10_000,
	default: 600,
	step: 100,
	warnAbove: (inputs) => lifeStageLimits(String(inputs.lifeStage)).vitaminDUpperLimitIuPerDay,
	shortName: 'd3'
});

/** Source: MK-7 half-life ~68 h vs MK-4 not detectable in serum at nutritional doses (Schurgers 2007, Blood 109:3279; Sato 2012, Nutr J 11:93). 45 mg/day MK-4 (menatetrenone) is prescribed for osteoporosis in Japan; Cockayne 2006 (Arch Intern Med 166:1256) pooled its fracture trials, several later questioned for data integrity. */
export const k2FormSpec = choiceInput({
	id: 'k2Form',
	options: ['mk7', 'mk4', 'mk4-drug'],
	default: 'mk7',
	shortName: 'k2-form'
});

/** Source: Reference adult intake ~1000 mg/day (RDA 1300 mg/day at 9–18 years, 1000 at 19–50, 1200 for women from 51 and everyone from 71); upper limit 3000 mg/day at 9–18, 2500 at 19–50, 2000 from 51 (IOM 2011). */
export const calciumSpec = numberInput({
	id: 'calciumMgPerDay',
	units: 'mg/day',
	min: 200,
	max: 3000,
	default: 1000,
	step: 50,
	warnAbove: (inputs) => calciumUpperLimitMgPerDay(inputs.lifeStage as LifeStage),
	shortName: 'ca'
});

/** Source: Calcium and vitamin D RDA and upper limits by age (IOM 2011). Menopause: spine bone loss ~2.5%/year over the transition, then ~1%/year (SWAN, Greendale 2012). */
export const lifeStageSpec = choiceInput({
	id: 'lifeStage',
	options: LIFE_STAGES,
	default: 'adult',
	shortName: 'life'
});

/** Source: Warfarin inhibits VKORC1 and so blocks γ-carboxylation; extra vitamin K partly overcomes it, which is why vitamin K intake moves INR (Theuwissen 2013, in people on acenocoumarol, another vitamin K antagonist). */
export const warfarinSpec = switchInput({
	id: 'warfarin',
	default: false,
	shortName: 'warfarin'
});

/** Source: Skin synthesis, not diet, is the main source of vitamin D for most people; 25(OH)D below 25–30 nmol/L is common with little sun (IOM 2011; Holick 2007, NEJM 357:266). */
export const sunSpec = choiceInput({
	id: 'sunExposure',
	options: ['none', 'low', 'moderate', 'high'],
	default: 'moderate',
	shortName: 'sun'
});

/** Source: Typical US adult intake from food ~150–250 IU/day (NHANES 2005–2006 in IOM 2011; Bailey 2010, J Nutr 140:817); the default is the diet the model was calibrated on. */
export const dietVitaminDSpec = numberInput({
	id: 'dietVitaminDIuPerDay',
	units: 'IU/day',
	min: 0,
	max: 2000,
	default: 200,
	step: 10,
	group: 'diet',
	shortName: 'diet-d'
});

/** Source: Western intake of phylloquinone ~100–300 µg/day, ~90% of dietary vitamin K (Schurgers & Vermeer 2000; EFSA 2017, EFSA J 15:4780; adequate intake 70 µg/day); the default is the diet the model was calibrated on. */
export const k1Spec = numberInput({
	id: 'k1McgPerDay',
	units: 'µg/day',
	min: 0,
	max: 1000,
	default: 250,
	step: 10,
	group: 'diet',
	shortName: 'k1'
});

/** Source: MK-4 from animal foods ~5–15 µg/day in Western diets (Schurgers & Vermeer 2000; Geleijnse 2004 Rotterdam; Walther 2013). */
export const mk4Spec = numberInput({
	id: 'mk4McgPerDay',
	units: 'µg/day',
	min: 0,
	max: 200,
	default: 10,
	step: 1,
	group: 'diet',
	shortName: 'mk4'
});

/** Source: Menaquinones are ~10% of Western vitamin K intake, the long chains mostly from cheese (~10–20 µg/day; Schurgers & Vermeer 2000; EFSA 2017); a 40 g serving of natto holds ~350 µg MK-7 (Schurgers 2007). */
export const dietMk7Spec = numberInput({
	id: 'dietMk7McgPerDay',
	units: 'µg/day',
	min: 0,
	max: 1000,
	default: 15,
	step: 5,
	group: 'diet',
	shortName: 'mk7-food'
});

/** Every input in display order: the one list everything else reads. */
export const inputSpecs = [
	k2Spec,
	k2FormSpec,
	d3Spec,
	calciumSpec,
	lifeStageSpec,
	warfarinSpec,
	sunSpec,
	dietVitaminDSpec,
	k1Spec,
	mk4Spec,
	dietMk7Spec
] as const;

type AnySpec = (typeof inputSpecs)[number];
/** The inputs of one simulation run, one field per spec (units live in the ids). */
export type ModelInputs = InputsOf<typeof inputSpecs>;
export type InputId = AnySpec['id'];
export type NumericInputId = Extract<AnySpec, { kind: 'number' }>['id'];
export type ChoiceInputId = Extract<AnySpec, { kind: 'choice' }>['id'];
export type SwitchInputId = Extract<AnySpec, { kind: 'switch' }>['id'];
export type LifeStage = (typeof lifeStageSpec.options)[number];
/** Sun on the skin, the main source of vitamin D for most people (Holick 2007): from none to a lot of summer sun. */
export type SunExposure = (typeof sunSpec.options)[number];
/** The form of the K2 supplement: MK-7, MK-4 at the slider's dose, or MK-4 at the 45 mg/day drug dose. */
export type K2Form = (typeof k2FormSpec.options)[number];
/** The diet inputs a plate of foods sets (shown together under "Diet in detail"). */
export const dietInputSpecs: readonly SpecOfKind<'number'>[] = [
	dietVitaminDSpec,
	k1Spec,
	mk4Spec,
	dietMk7Spec
];

type SpecOfKind<Kind extends InputSpec['kind']> = Extract<AnySpec, { kind: Kind }>;
const ofKind =
	<Kind extends InputSpec['kind']>(kind: Kind) =>
	(spec: AnySpec): spec is SpecOfKind<Kind> =>
		spec.kind === kind;

/** The numeric inputs (sliders), in display order. */
export const numericInputSpecs: readonly SpecOfKind<'number'>[] = inputSpecs.filter(
	ofKind('number')
);
/** The choice inputs (radio groups), in display order. */
export const choiceInputSpecs: readonly SpecOfKind<'choice'>[] = inputSpecs.filter(
	ofKind('choice')
);
/** The on/off inputs (checkboxes), in display order. */
export const switchInputSpecs: readonly SpecOfKind<'switch'>[] = inputSpecs.filter(
	ofKind('switch')
);

/** The spec with this URL short name, or undefined. */
export function specByShortName(shortName: string): AnySpec | undefined {
	return inputSpecs.find((spec) => spec.shortName === shortName);
}

/** The calcium upper limit by life stage (IOM 2011: 3000 mg at 9–18 y, 2500 mg at 19–50 y, 2000 mg from 51 y). */
export function calciumUpperLimitMgPerDay(lifeStage: LifeStage): number {
	return lifeStageLimits(lifeStage).calciumUpperLimitMgPerDay;
}

/** The default inputs, derived from the spec. A fresh object each call. */
export function defaultInputs(): ModelInputs {
	return defaultsOf(inputSpecs);
}

/** A copy of `inputs` with every numeric value clamped into range, every choice and switch valid. */
export function sanitizeInputs(inputs: ModelInputs): ModelInputs {
	return sanitizeWith(inputSpecs, inputs);
}

/** A copy of `inputs` with one input set by id (for code that iterates the spec). */
export function withInput(inputs: ModelInputs, id: InputId, value: unknown): ModelInputs {
	return { ...inputs, [id]: value } as ModelInputs;
}
