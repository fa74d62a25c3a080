/**
 * Every input of the calcium routing model, declared once: id, label, units, range, default, step, source.
 * Sliders, clamping, URL parsing, reset, the CLI and the tests all read this spec.
 */

export type LifeStage = 'adult' | 'postmenopausal';

/** Sun on the skin, the main source of vitamin D for most people (Holick 2007): from none to a lot of summer sun. */
export type SunExposure = 'none' | 'low' | 'moderate' | 'high';

/** The inputs of one simulation run. Units live in the names. */
export interface ModelInputs {
	/** Vitamin K2 as MK-7, taken on top of the diet (µg/day). */
	k2McgPerDay: number;
	/** Vitamin D3 intake from supplements and diet (IU/day). */
	d3IuPerDay: number;
	/** Dietary calcium intake (mg/day). */
	calciumMgPerDay: number;
	/** Life stage: sets bone resorption. */
	lifeStage: LifeStage;
	/** A vitamin K antagonist (warfarin) that blocks carboxylation. */
	warfarin: boolean;
	/** Sun exposure: skin synthesis of vitamin D (none = indoors or high-latitude winter). */
	sunExposure: SunExposure;
}

export type NumericInputId = 'k2McgPerDay' | 'd3IuPerDay' | 'calciumMgPerDay';

export interface NumericInputSpec {
	kind: 'number';
	id: NumericInputId;
	/** English label for the CLI and docs; the UI shows the translated message of the same id. */
	label: string;
	units: string;
	min: number;
	max: number;
	default: number;
	step: number;
	/** Above this the UI warns ("above the upper limit" or similar); undefined = no warning. */
	warnAbove?: number;
	/** Short name for URLs and CLI flags. */
	shortName: string;
	source: string;
}

export interface ChoiceInputSpec {
	kind: 'choice';
	id: 'lifeStage';
	label: string;
	options: readonly LifeStage[];
	default: LifeStage;
	shortName: string;
	source: string;
}

export interface SwitchInputSpec {
	kind: 'switch';
	id: 'warfarin';
	label: string;
	default: boolean;
	shortName: string;
	source: string;
}

/** A choice among ordered levels (sun exposure); shares the 'choice' kind with the life stage. */
export interface SunInputSpec {
	kind: 'choice';
	id: 'sunExposure';
	label: string;
	options: readonly SunExposure[];
	/** English label of each level for the CLI and docs (the UI shows translated messages). */
	optionLabels: Readonly<Record<SunExposure, string>>;
	default: SunExposure;
	shortName: string;
	source: string;
}

export type InputSpec = NumericInputSpec | ChoiceInputSpec | SwitchInputSpec | SunInputSpec;

export const k2Spec: NumericInputSpec = {
	kind: 'number',
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
};

export const d3Spec: NumericInputSpec = {
	kind: 'number',
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
};

export const calciumSpec: NumericInputSpec = {
	kind: 'number',
	id: 'calciumMgPerDay',
	label: 'Dietary calcium',
	units: 'mg/day',
	min: 200,
	max: 3000,
	default: 1000,
	step: 50,
	warnAbove: 2500,
	shortName: 'ca',
	source:
		'Reference adult intake ~1000 mg/day; upper limit 2500 mg/day at 19–50 years, 2000 mg/day from 51 (IOM 2011).'
};

export const lifeStageSpec: ChoiceInputSpec = {
	kind: 'choice',
	id: 'lifeStage',
	label: 'Life stage',
	options: ['adult', 'postmenopausal'] as const,
	default: 'adult',
	shortName: 'life',
	source:
		'Menopause: spine bone loss ~2.5%/year over the transition, then ~1%/year (SWAN, Greendale 2012).'
};

export const warfarinSpec: SwitchInputSpec = {
	kind: 'switch',
	id: 'warfarin',
	label: 'Taking warfarin (a vitamin K antagonist)',
	default: false,
	shortName: 'warfarin',
	source:
		'Warfarin inhibits VKORC1 and so blocks γ-carboxylation; extra vitamin K partly overcomes it, which is why vitamin K intake moves INR (Theuwissen 2013, in people on acenocoumarol, another vitamin K antagonist).'
};

export const sunSpec: SunInputSpec = {
	kind: 'choice',
	id: 'sunExposure',
	label: 'Sun exposure',
	options: ['none', 'low', 'moderate', 'high'] as const,
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
};

/** The numeric inputs in display order (K2, D3, calcium). */
export const numericInputSpecs: readonly NumericInputSpec[] = [k2Spec, d3Spec, calciumSpec];

/** Every input in display order. */
export const inputSpecs: readonly InputSpec[] = [
	...numericInputSpecs,
	lifeStageSpec,
	warfarinSpec,
	sunSpec
];

/** The calcium upper limit by life stage (IOM 2011: 2500 mg at 19–50 y, 2000 mg from 51 y). */
export function calciumUpperLimitMgPerDay(lifeStage: LifeStage): number {
	return lifeStage === 'postmenopausal' ? 2000 : 2500;
}

/** The default inputs, derived from the spec. */
export function defaultInputs(): ModelInputs {
	return {
		k2McgPerDay: k2Spec.default,
		d3IuPerDay: d3Spec.default,
		calciumMgPerDay: calciumSpec.default,
		lifeStage: lifeStageSpec.default,
		warfarin: warfarinSpec.default,
		sunExposure: sunSpec.default
	};
}

/** Clamps a numeric input into its range (NaN becomes the default); the model never sees an out-of-range value. */
export function clampNumericInput(spec: NumericInputSpec, value: number): number {
	if (!Number.isFinite(value)) return spec.default;
	return Math.min(spec.max, Math.max(spec.min, value));
}

/** Returns a copy of `inputs` with every numeric value clamped into range and every choice valid. */
export function sanitizeInputs(inputs: ModelInputs): ModelInputs {
	const clean = { ...inputs };
	for (const spec of numericInputSpecs) clean[spec.id] = clampNumericInput(spec, inputs[spec.id]);
	if (!lifeStageSpec.options.includes(inputs.lifeStage)) clean.lifeStage = lifeStageSpec.default;
	clean.warfarin = inputs.warfarin === true;
	if (!sunSpec.options.includes(inputs.sunExposure)) clean.sunExposure = sunSpec.default;
	return clean;
}
