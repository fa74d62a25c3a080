/**
 * Every input of the calcium routing model, declared once: id, label, units, range, default, step, source.
 * Sliders, clamping, URL parsing, embed options, reset, the snapshot caption, the CLI, the README's
 * tables and the tests all read `inputSpecs`: a new input is one entry here plus its messages.
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

export * from './input-spec';

export const k2Spec = numberInput({
	id: 'k2McgPerDay',
	label: 'Vitamin K2 (MK-7) supplement',
	units: 'µg/day',
	min: 0,
	max: 1000,
	default: 0,
	step: 10,
	shortName: 'k2',
	source:
		'Dose range of MK-7 trials: 180–360 µg/day (Dalmeijer 2012), 720 µg/day (AVADEC, Diederichsen 2022). No upper limit is set for vitamin K (US NIH ODS).'
});

export const d3Spec = numberInput({
	id: 'd3IuPerDay',
	label: 'Vitamin D3',
	units: 'IU/day',
	min: 0,
	max: 10_000,
	default: 600,
	step: 100,
	warnAbove: 4000,
	shortName: 'd3',
	source: 'RDA 600 IU/day (ages 1–70) and upper limit 4000 IU/day (IOM 2011).'
});

export const calciumSpec = numberInput({
	id: 'calciumMgPerDay',
	label: 'Dietary calcium',
	units: 'mg/day',
	min: 200,
	max: 3000,
	default: 1000,
	step: 50,
	warnAbove: (inputs) => calciumUpperLimitMgPerDay(inputs.lifeStage as LifeStage),
	shortName: 'ca',
	source:
		'Reference adult intake ~1000 mg/day; upper limit 2500 mg/day at 19–50 years, 2000 mg/day from 51 (IOM 2011).'
});

export const lifeStageSpec = choiceInput({
	id: 'lifeStage',
	label: 'Life stage',
	options: ['adult', 'postmenopausal'],
	default: 'adult',
	shortName: 'life',
	source:
		'Menopause: spine bone loss ~2.5%/year over the transition, then ~1%/year (SWAN, Greendale 2012).'
});

export const warfarinSpec = switchInput({
	id: 'warfarin',
	label: 'Taking warfarin (a vitamin K antagonist)',
	default: false,
	shortName: 'warfarin',
	source:
		'Warfarin inhibits VKORC1 and so blocks γ-carboxylation; extra vitamin K partly overcomes it, which is why vitamin K intake moves INR (Theuwissen 2013, in people on acenocoumarol, another vitamin K antagonist).'
});

export const sunSpec = choiceInput({
	id: 'sunExposure',
	label: 'Sun exposure',
	options: ['none', 'low', 'moderate', 'high'],
	optionLabels: {
		none: 'none (indoors, or winter at high latitude)',
		low: 'low (mostly indoors)',
		moderate: 'moderate (some sun most days)',
		high: 'high (a lot of summer sun)'
	},
	default: 'moderate',
	shortName: 'sun',
	source:
		'Skin synthesis, not diet, is the main source of vitamin D for most people; 25(OH)D below 25–30 nmol/L is common with little sun (IOM 2011; Holick 2007, NEJM 357:266).'
});

/** Every input in display order: the one list everything else reads. */
export const inputSpecs = [
	k2Spec,
	d3Spec,
	calciumSpec,
	lifeStageSpec,
	warfarinSpec,
	sunSpec
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

/** The calcium upper limit by life stage (IOM 2011: 2500 mg at 19–50 y, 2000 mg from 51 y). */
export function calciumUpperLimitMgPerDay(lifeStage: LifeStage): number {
	return lifeStage === 'postmenopausal' ? 2000 : 2500;
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
