// fast-check generators of valid app states and embed options, built from the parameter spec (for round-trip tests).
import fc from 'fast-check';
import {
	defaultInputs,
	inputSpecs,
	lifeStageSpec,
	numericInputSpecs,
	sunSpec,
	type ModelInputs,
	type NumericInputSpec
} from '$lib/model/parameters';
import { locales } from '$lib/paraglide/runtime';
import {
	defaultAppState,
	HIDEABLE_PARTS,
	SPEEDS,
	TOUR_STEP_LIMIT,
	VIEWS,
	type AppUrlState
} from './app-state';
import { EMBED_PANELS, EMBED_THEMES, type EmbedControl, type EmbedOptions } from './embed-options';
import { decimalPlacesOf } from './field-schemas';

/** A valid value of one numeric input: in range, at the precision of its step. */
function numericValue(spec: NumericInputSpec): fc.Arbitrary<number> {
	const scale = 10 ** decimalPlacesOf(spec.step);
	return fc
		.integer({ min: Math.ceil(spec.min * scale), max: Math.floor(spec.max * scale) })
		.map((scaled) => scaled / scale + 0);
}

/** Valid model inputs, built by iterating the spec. */
export const inputsArbitrary: fc.Arbitrary<ModelInputs> = fc
	.record({
		numbers: fc.tuple(...numericInputSpecs.map(numericValue)),
		lifeStage: fc.constantFrom(...lifeStageSpec.options),
		warfarin: fc.boolean(),
		sunExposure: fc.constantFrom(...sunSpec.options)
	})
	.map(({ numbers, lifeStage, warfarin, sunExposure }) => {
		const inputs = defaultInputs();
		numericInputSpecs.forEach((spec, index) => (inputs[spec.id] = numbers[index]));
		return { ...inputs, lifeStage, warfarin, sunExposure };
	});

/** Any valid app state (optional fields absent, not undefined). */
export const appStateArbitrary: fc.Arbitrary<AppUrlState> = fc
	.record({
		inputs: inputsArbitrary,
		view: fc.constantFrom(...VIEWS),
		speed: fc.constantFrom(...SPEEDS),
		playing: fc.boolean(),
		tour: fc.option(fc.integer({ min: 1, max: TOUR_STEP_LIMIT }), { nil: undefined }),
		lang: fc.option(fc.constantFrom(...locales), { nil: undefined }),
		hidden: fc.subarray([...HIDEABLE_PARTS])
	})
	.map(({ tour, lang, hidden, ...rest }) => {
		const state: AppUrlState = { ...rest, hide: defaultAppState().hide };
		for (const part of hidden) state.hide[part] = true;
		if (tour !== undefined) state.tour = tour;
		if (lang !== undefined) state.lang = lang;
		return state;
	});

const controlIds: readonly EmbedControl[] = [...inputSpecs.map((spec) => spec.id), 'time'];

/** Any valid embed options, lists in their canonical order. */
export const embedOptionsArbitrary: fc.Arbitrary<EmbedOptions> = fc
	.record({
		controls: fc.subarray([...controlIds]),
		panels: fc.subarray([...EMBED_PANELS]),
		lock: fc.subarray(inputSpecs.map((spec) => spec.id)),
		theme: fc.constantFrom(...EMBED_THEMES),
		autoplay: fc.boolean(),
		childId: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), { nil: undefined })
	})
	.map(({ childId, ...rest }) => (childId === undefined ? rest : { ...rest, childId }));
